"""Contact IT: pre-filled, editable ticket; the user's own words; attachments with their redaction summary
and a preview; consent; queue in the durable outbox, then one sending attempt off the UI thread.

The helpdesk and bundle modules are imported lazily: the tray still starts if they fail to import.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import history, paths
from desktop_app.i18n import tr
from desktop_app.model import Result
from desktop_app.ui.common import Job, Services, named, start_job, state_icon


def channels_html(policy: Any) -> str:
    """The helpdesk's other ways in (phone, chat, portal, e-mail, hours) from policy [helpdesk]."""
    desk = policy.section("helpdesk")
    rows = []
    if desk.get("phone"):
        rows.append(tr("Phone: {phone}", phone=_esc(desk["phone"])))
    if desk.get("chat_url"):
        rows.append(tr("Chat: {link}", link=_link(desk["chat_url"])))
    if desk.get("portal_url"):
        rows.append(tr("Portal: {link}", link=_link(desk["portal_url"])))
    if desk.get("contact_email"):
        rows.append(tr("E-mail: {link}", link=_link("mailto:" + desk["contact_email"], desk["contact_email"])))
    if desk.get("hours"):
        rows.append(tr("Opening hours: {hours}", hours=_esc(desk["hours"])))
    return "<br>".join(rows)


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _link(url: str, label: str | None = None) -> str:
    return f'<a href="{_esc(url)}">{_esc(label or url)}</a>'


def describe(path: Path | None) -> str:
    """The bundle's redaction summary, from desktop_app.bundle.describe_bundle when it exists."""
    if path is None:
        return ""
    try:
        from desktop_app import bundle
    except Exception:
        return ""
    fn = getattr(bundle, "describe_bundle", None)
    if fn is None:
        return ""
    try:
        info = fn(path)
    except Exception as exc:
        return tr("The attachment could not be described ({error}).", error=str(exc))
    if isinstance(info, dict):
        return "\n".join(f"{k}: {v}" for k, v in info.items())
    if isinstance(info, list | tuple):
        return "\n".join(str(i) for i in info)
    return str(info)


def history_text(limit: int = 5) -> str:
    entries = history.read(limit=limit)
    if not entries:
        return ""
    lines = [tr("What I tried before:")]
    for e in entries:
        answer = tr("solved it") if e.get("solved") else tr("did not solve it")
        lines.append(f"- {e.get('at', '')} {e.get('fix', '')} ({e.get('outcome', '')}): {answer}")
    return "\n".join(lines)


class TicketDialog(QDialog):
    def __init__(
        self,
        services: Services,
        results: Sequence[Result],
        observations: Sequence[dict[str, Any]] | None = None,
        parent: QWidget | None = None,
        *,
        trigger: dict[str, Any] | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.results = list(results)
        self.observations = list(observations or [])
        self.trigger = trigger or {"kind": "ticket"}
        self.bundle_path: Path | None = None
        self.draft: Any = None
        self.item: Any = None
        self.jobs: list[Job] = []
        self.setWindowTitle(tr("Contact IT"))
        self.resize(620, 680)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Tell IT what is wrong. We filled in what your computer found; you can change anything."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        named(self.title_edit, tr("Subject"))
        form.addRow(tr("&Subject:"), self.title_edit)
        self.user_text = QPlainTextEdit()
        self.user_text.setPlaceholderText(tr("For example: since this morning I cannot open the intranet."))
        self.user_text.setTabChangesFocus(True)
        named(self.user_text, tr("Describe the problem in your own words"))
        form.addRow(tr("&In your own words:"), self.user_text)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        named(self.body_edit, tr("What your computer found"))
        form.addRow(tr("&What your computer found:"), self.body_edit)
        layout.addLayout(form, 1)
        attach_box = QGroupBox(tr("Attachments"))
        attach_layout = QVBoxLayout(attach_box)
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(60)
        named(self.attachments, tr("Attachments"))
        attach_layout.addWidget(self.attachments)
        self.redaction = QLabel(tr("Preparing the diagnostic report…"))
        self.redaction.setWordWrap(True)
        named(self.redaction, tr("What was removed from the attachments"))
        attach_layout.addWidget(self.redaction)
        self.preview_button = QPushButton(tr("&Preview attachments"))
        named(self.preview_button, tr("Preview attachments"))
        self.preview_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview)
        attach_layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(attach_box)
        channels = channels_html(services.policy)
        if channels:
            other = QLabel(tr("Other ways to reach IT:") + "<br>" + channels)
            other.setTextFormat(Qt.TextFormat.RichText)
            other.setOpenExternalLinks(True)
            other.setWordWrap(True)
            named(other, tr("Other ways to reach IT"))
            layout.addWidget(other)
        self.consent = QCheckBox(tr("I agree to send this message and the attachments to IT"))
        named(self.consent, self.consent.text())
        self.consent.toggled.connect(self._update_send)
        layout.addWidget(self.consent)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        named(self.progress, tr("Sending"))
        layout.addWidget(self.progress)
        state_row = QHBoxLayout()
        self.state_icon = QLabel()
        self.state_label = QLabel("")
        self.state_label.setWordWrap(True)
        named(self.state_label, tr("Ticket status"))
        state_row.addWidget(self.state_icon)
        state_row.addWidget(self.state_label, 1)
        layout.addLayout(state_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.send_button = QPushButton(tr("&Send to IT"))
        self.send_button.setProperty("primary", True)
        self.send_button.setEnabled(False)
        named(self.send_button, tr("Send to IT"))
        self.send_button.clicked.connect(self.send)
        self.cancel_button = QPushButton(tr("&Cancel"))
        named(self.cancel_button, tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self._prefill()
        self._prepare_bundle()

    # -- filling in ------------------------------------------------------------------------------------------
    def _prefill(self) -> None:
        from desktop_app.fixes import engine

        try:
            from desktop_app.helpdesk.draft import prefill

            self.draft = prefill(self.results, engine.read_log(limit=20), self.services.policy)
        except Exception as exc:
            self.draft = None
            self.state_label.setText(tr("The ticket could not be pre-filled ({error}).", error=str(exc)))
            return
        self.title_edit.setText(getattr(self.draft, "title", ""))
        body = getattr(self.draft, "body", "")
        tried = history_text()
        if tried and tried not in body:
            body = body.rstrip() + "\n\n" + tried
        self.body_edit.setPlainText(body)
        self.user_text.setPlainText(getattr(self.draft, "user_text", "") or "")

    def _prepare_bundle(self) -> None:
        services, results, observations, trigger = self.services, self.results, self.observations, self.trigger

        def work(_emit: Any) -> tuple[Path | None, str]:
            from desktop_app.bundle import create_bundle

            out = paths.data_dir() / "bundles" / f"selfdesk-{time.strftime('%Y%m%d-%H%M%S')}.zip"
            path = create_bundle(out, observations=observations, results=results, ctx=services.context(), trigger=trigger)
            return Path(path), describe(Path(path))

        self.jobs.append(start_job(self, work, done=self._bundle_ready, failed=self._bundle_failed))

    def _bundle_ready(self, value: tuple[Path | None, str]) -> None:
        self.bundle_path, summary = value
        if self.bundle_path is not None:
            size_kb = max(1, self.bundle_path.stat().st_size // 1024) if self.bundle_path.exists() else 0
            self.attachments.addItem(tr("{name} ({size} KB): diagnostic report", name=self.bundle_path.name, size=size_kb))
        self.redaction.setText(summary or tr("Personal details (names, addresses, network names) are removed before sending."))
        self.bundle_summary = summary
        self.preview_button.setEnabled(True)
        self._update_send()

    def _bundle_failed(self, message: str) -> None:
        self.redaction.setText(tr("The diagnostic report could not be prepared ({error}); the message can still be sent.", error=message))
        self._update_send()

    def _update_send(self) -> None:
        preparing = any(not j.finished for j in self.jobs)
        self.send_button.setEnabled(self.consent.isChecked() and self.draft is not None and not preparing and self.item is None)

    def preview(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Preview attachments"))
        layout = QVBoxLayout(dialog)
        view = QTextBrowser()
        named(view, tr("Attachment preview"))
        text = getattr(self, "bundle_summary", "") or ""
        if self.bundle_path is not None:
            text = f"{self.bundle_path}\n\n{text}\n\n" + _zip_listing(self.bundle_path)
        view.setPlainText(text)
        layout.addWidget(view)
        close = QPushButton(tr("C&lose"))
        named(close, tr("Close"))
        close.clicked.connect(dialog.accept)
        layout.addWidget(close)
        dialog.resize(520, 420)
        dialog.open()
        self.preview_dialog = dialog

    # -- sending ---------------------------------------------------------------------------------------------
    def edited_draft(self) -> Any:
        changes = {
            "title": self.title_edit.text().strip() or getattr(self.draft, "title", ""),
            "body": self.body_edit.toPlainText(),
            "user_text": self.user_text.toPlainText().strip(),
        }
        if dataclasses.is_dataclass(self.draft):
            return dataclasses.replace(self.draft, **changes)
        for key, value in changes.items():
            setattr(self.draft, key, value)
        return self.draft

    def send(self) -> None:
        if not self.consent.isChecked() or self.draft is None:
            return
        draft, bundle_path = self.edited_draft(), self.bundle_path
        self.send_button.setEnabled(False)
        self.progress.show()
        self.state_label.setText(tr("Sending…"))

        def work(_emit: Any) -> Any:
            from desktop_app.helpdesk.outbox import Outbox

            outbox = Outbox()
            item = outbox.queue(draft, bundle_path)  # on disk before any attempt: nothing is lost offline
            try:
                outbox.send_pending()
            except Exception:
                pass  # the item stays queued with its error; the outbox retries later
            return next((i for i in outbox.items() if i.id == item.id), item)

        self.jobs.append(start_job(self, work, done=self._sent, failed=self._send_failed))

    def _sent(self, item: Any) -> None:
        self.item = item
        self.progress.hide()
        self.consent.setEnabled(False)
        if getattr(item, "state", "") == "sent":
            self.state_icon.setPixmap(state_icon("ok").pixmap(24, 24))
            self.state_label.setText(tr("Sent as #{ref}. IT will get back to you.", ref=getattr(item, "ticket_ref", "") or "?"))
        else:
            self.state_icon.setPixmap(state_icon("warning").pixmap(24, 24))
            self.state_label.setText(tr("Saved, will be sent when you're back online."))
        named(self.state_label, self.state_label.text())
        self.cancel_button.setText(tr("C&lose"))
        named(self.cancel_button, tr("Close"))
        self.cancel_button.setFocus()

    def _send_failed(self, message: str) -> None:
        self.progress.hide()
        self.state_icon.setPixmap(state_icon("problem").pixmap(24, 24))
        self.state_label.setText(tr("Your message could not be saved ({error}).", error=message))
        self._update_send()


def _zip_listing(path: Path) -> str:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return "\n".join(f"{i.filename}  {i.file_size} B" for i in archive.infolist())
    except (OSError, zipfile.BadZipFile):
        return ""
