"""Help articles, readable offline: Markdown from resources/help/<lang>/<id>.md in a QTextBrowser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n
from desktop_app.i18n import tr
from desktop_app.resources import resource_path
from desktop_app.ui.common import named


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


def _title(path: Path) -> str:
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    except OSError:
        pass
    return path.stem


class HelpWindow(QDialog):
    def __init__(self, policy: object, article_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Help articles"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setMaximumWidth(240)
        named(self.list, tr("Articles"))
        for aid, title in articles():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, aid)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(lambda cur, _prev: cur and self.show_article(cur.data(Qt.ItemDataRole.UserRole)))
        body.addWidget(self.list)
        self.view = QTextBrowser()
        self.view.setOpenExternalLinks(True)
        named(self.view, tr("Article"))
        body.addWidget(self.view, 1)
        layout.addLayout(body, 1)
        kb = policy.get("helpdesk", "knowledge_base_url") if hasattr(policy, "get") else ""
        if kb:
            link = QLabel(tr("More answers in your organisation's knowledge base: {link}", link=f'<a href="{kb}">{kb}</a>'))
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setOpenExternalLinks(True)
            named(link, tr("Knowledge base link"))
            layout.addWidget(link)
        close = QPushButton(tr("C&lose"))
        named(close, tr("Close"))
        close.clicked.connect(self.close)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.current: str | None = None
        self.show_article(article_id or (self.list.item(0).data(Qt.ItemDataRole.UserRole) if self.list.count() else ""))

    def show_article(self, article_id: str) -> None:
        self.current = article_id
        path = article_path(article_id) if article_id else None
        if path is None:
            self.view.setMarkdown(tr("This article is not available."))
            return
        self.view.setMarkdown(path.read_text(encoding="utf-8"))
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == article_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
