"""Help articles, readable offline: Markdown from resources/help/<lang>/<id>.md, grouped by area, searchable."""

from __future__ import annotations

import html
import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n
from desktop_app.i18n import tr
from desktop_app.resources import resource_path
from desktop_app.ui.common import area_label, named

# "Getting help" first: the article a first visit opens (getting-started) is at the top of the list, not scrolled to
GROUPS = ("help", "network", "vpn", "disk", "printers", "other")
# Articles whose id does not start with their area's prefix.
_AREA_OF = {
    "captive-portal": "network",
    "dns-failure": "network",
    "isp-outage": "network",
    "no-gateway": "network",
    "no-ip-address": "network",
    "not-connected": "network",
    "proxy-unreachable": "network",
    "router-unreachable": "network",
    "slow-connection": "network",
    "unstable-connection": "network",
    "clock-skew": "vpn",
    "getting-started": "help",
    "contact-it": "help",
    "privacy": "help",
}
_PREFIXES = (("wifi-", "network"), ("vpn-", "vpn"), ("disk-", "disk"), ("printer-", "printers"), ("system-", "help"))


def article_path(article_id: str, lang: str | None = None) -> Path | None:
    """The article in the user's language, else in English; None when it does not exist."""
    safe = Path(article_id).name  # an id never walks out of the help folder
    for code in (lang or i18n.language(), "en"):
        path = resource_path("help", code, f"{safe}.md")
        if path.is_file():
            return path
    return None


def articles(lang: str | None = None) -> list[tuple[str, str]]:
    """(id, title) of every article, titles from the first Markdown heading."""
    found: dict[str, str] = {}
    for code in ("en", lang or i18n.language()):
        folder = resource_path("help", code)
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.md")):
            found[path.stem] = _title(path)
    return sorted(found.items(), key=lambda kv: (kv[0] != "getting-started", kv[1].lower()))


def area_of(article_id: str) -> str:
    if article_id in _AREA_OF:
        return _AREA_OF[article_id]
    return next((area for prefix, area in _PREFIXES if article_id.startswith(prefix)), "other")


def group_label(group: str) -> str:
    if group == "help":
        return tr("Getting help")
    if group == "other":
        return tr("More articles")
    return area_label(group)


def folded(text: str) -> str:
    """Lower case without accents, so "reseau" finds "réseau", and "l'adresse" typed on a keyboard finds the
    typographic "l’adresse" of the French articles (NFKD already turns a no-break space into a space)."""
    plain = unicodedata.normalize("NFKD", text.casefold()).replace("’", "'")
    return "".join(c for c in plain if not unicodedata.combining(c))


def _title(path: Path) -> str:
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    except OSError:
        pass
    return path.stem


def _read(article_id: str) -> str:
    path = article_path(article_id)
    try:
        return path.read_text(encoding="utf-8") if path is not None else ""
    except OSError:
        return ""


def knowledge_base_html(url: str) -> str:
    """The organisation's knowledge base as a link; the URL comes from policy and is escaped as data."""
    safe = html.escape(url, quote=True)
    return tr("More answers in your organisation's knowledge base: {link}", link=f'<a href="{safe}">{safe}</a>')


class WrappingDelegate(QStyledItemDelegate):
    """Row heights that fit a wrapped title in the width the tree really gives it (indentation included):
    the stock size hint measures one line across the whole column, so long titles were cut."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 - Qt API
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(80, self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 12)
        text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(width, text.height() + 4)


class HelpWindow(QDialog):
    def __init__(self, policy: object, article_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Help articles"))
        self.resize(860, 560)
        self.current: str | None = None
        self._texts: dict[str, str] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        layout = QVBoxLayout(self)
        search_row = QHBoxLayout()
        search_label = QLabel(tr("&Search:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("For example: printer, VPN, slow"))
        self.search.setClearButtonEnabled(True)
        named(self.search, tr("Search the help articles"))
        search_label.setBuddy(self.search)
        self.search.textChanged.connect(self.filter)
        self.search.installEventFilter(self)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setRootIsDecorated(True)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.viewport().installEventFilter(self)
        named(self.tree, tr("Articles"))
        self._build_tree()
        self.tree.currentItemChanged.connect(self._picked)
        self.view = QTextBrowser()
        self.view.setOpenExternalLinks(True)
        named(self.view, tr("Article"))
        self.no_match = QLabel(tr("No article matches your search."))
        self.no_match.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.no_match)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 560])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        kb = policy.get("helpdesk", "knowledge_base_url") if hasattr(policy, "get") else ""
        self.kb_link: QLabel | None = None
        if kb:
            self.kb_link = QLabel(knowledge_base_html(str(kb)))
            self.kb_link.setTextFormat(Qt.TextFormat.RichText)
            self.kb_link.setOpenExternalLinks(True)
            self.kb_link.setWordWrap(True)
            named(self.kb_link, tr("Knowledge base link"), str(kb))
            layout.addWidget(self.kb_link)
        self.close_button = QPushButton(tr("C&lose"))
        named(self.close_button, tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        QWidget.setTabOrder(self.search, self.tree)
        QWidget.setTabOrder(self.tree, self.view)
        QWidget.setTabOrder(self.view, self.close_button)
        first = "getting-started" if "getting-started" in self._items else next(iter(self._items), "")
        self.show_article(article_id or first)
        self.tree.setFocus()

    def _build_tree(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        listed = articles()
        for group in GROUPS:
            members = [(aid, title) for aid, title in listed if area_of(aid) == group]
            if not members:
                continue
            parent = QTreeWidgetItem(self.tree, [group_label(group)])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not an article
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            groups[group] = parent
            for aid, title in members:
                item = QTreeWidgetItem(parent, [title])
                item.setData(0, Qt.ItemDataRole.UserRole, aid)
                item.setToolTip(0, title)
                self._items[aid] = item
                self._texts[aid] = folded(title + "\n" + _read(aid))
        self.tree.expandAll()

    def _picked(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        article_id = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if article_id:
            self.show_article(str(article_id))

    def show_article(self, article_id: str) -> None:
        self.current = article_id
        path = article_path(article_id) if article_id else None
        if path is None:
            self.view.setMarkdown(tr("This article is not available."))
            return
        self.view.setMarkdown(path.read_text(encoding="utf-8"))
        item = self._items.get(article_id)
        if item is not None and self.tree.currentItem() is not item:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.blockSignals(False)
            self.tree.scrollToItem(item)

    def filter(self, text: str) -> list[str]:
        """Show the articles whose title or text holds every word typed; returns their ids."""
        words = folded(text).split()
        shown = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            visible = 0
            for row in range(group.childCount()):
                item = group.child(row)
                aid = str(item.data(0, Qt.ItemDataRole.UserRole))
                match = all(w in self._texts.get(aid, "") for w in words)
                item.setHidden(not match)
                if match:
                    visible += 1
                    shown.append(aid)
            group.setHidden(visible == 0)
        self.no_match.setVisible(not shown)
        return shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """In the search box, Enter opens the first match and Escape clears the search (then closes)."""
        if event.type() == QEvent.Type.Resize and watched is self.tree.viewport():
            self.tree.scheduleDelayedItemsLayout()  # titles re-wrap to the new width
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shown = self.filter(self.search.text())
                if shown:
                    self.show_article(shown[0])
                    self.tree.setFocus()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)
