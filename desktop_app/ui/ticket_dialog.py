"""Contact IT: pre-filled, editable ticket; the user's own words; attachments with their redaction summary
and a preview; consent; queue in the durable outbox, then one sending attempt off the UI thread.

The helpdesk's delivery code and the bundle writer are imported lazily (only its message texts at import
time): the tray still starts if they fail to import.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
    QVBoxLayout,
    QWidget,
)

from desktop_app import paths
from desktop_app.helpdesk import messages as msg
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
    """What is attached and what was hidden, translated (desktop_app.bundle's describe_bundle + describe_text)."""
    if path is None:
        return ""
    try:
        from desktop_app.bundle import describe_bundle, describe_text

        return describe_text(describe_bundle(path), columns=False)
    except Exception as exc:
        return tr("The attachment could not be described ({error}).", error=str(exc))


def report_text(path: Path | None) -> str:
    """The bundle's own report (report.txt), exactly as IT will read it."""
    import zipfile

    if path is None:
        return ""
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.read("report.txt").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        return tr(msg.PREVIEW_NONE, error=str(exc))


def bundles_dir() -> Path:
    return paths.data_dir() / "bundles"


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
        self.bundle_summary = ""
        self.draft: Any = None
        self.item: Any = None
        self.queued = False  # the outbox has its own copy of the bundle from then on
        self.closed = False
        self.jobs: list[Job] = []
        self.setWindowTitle(tr("Contact IT"))
        self.resize(620, 720)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Tell IT what is wrong. We filled in what your computer found; you can change anything."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        named(self.title_edit, tr("Subject"))
        form.addRow(tr("Su&bject:"), self.title_edit)
        self.user_text = QPlainTextEdit()
        self.user_text.setPlaceholderText(tr("For example: since this morning I cannot open the intranet."))
        self.user_text.setTabChangesFocus(True)
        named(self.user_text, tr("Describe the problem in your own words"))
        form.addRow(tr("&In your own words:"), self.user_text)
        self.urgency = QComboBox()
        from desktop_app.helpdesk.draft import URGENCIES

        for key in URGENCIES:
            self.urgency.addItem(tr(msg.URGENCIES[key]), key)
        self.urgency.setCurrentIndex(1)
        named(self.urgency, tr(msg.URGENCY_NAME))
        form.addRow(tr(msg.URGENCY_LABEL), self.urgency)
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(tr(msg.EMAIL_PLACEHOLDER))
        named(self.email_edit, tr(msg.EMAIL_NAME))
        self.email_edit.textChanged.connect(self._update_send)
        form.addRow(tr(msg.EMAIL_LABEL), self.email_edit)
        self.email_hint = QLabel("")
        self.email_hint.setWordWrap(True)
        named(self.email_hint, tr(msg.EMAIL_NAME))
        self.email_hint.hide()
        form.addRow("", self.email_hint)
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
        self.redaction.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        self.finished.connect(self._on_finished)
        self._prefill()
        self._prepare_bundle()

    # -- filling in ------------------------------------------------------------------------------------------
    def _prefill(self) -> None:
        from desktop_app.fixes import engine

        try:
            from desktop_app.helpdesk.draft import prefill

            self.draft = prefill(self.results, engine.read_log(limit=50), self.services.policy, system=self.services.make_system())
        except Exception as exc:
            self.draft = None
            self.state_label.setText(tr("The ticket could not be pre-filled ({error}).", error=str(exc)))
            return
        self.title_edit.setText(getattr(self.draft, "title", ""))
        self.title_edit.setCursorPosition(0)  # a long subject shows its beginning, not its end
        self.body_edit.setPlainText(getattr(self.draft, "body", ""))
        self.user_text.setPlainText(getattr(self.draft, "user_text", "") or "")
        index = self.urgency.findData(getattr(self.draft, "urgency", "normal"))
        self.urgency.setCurrentIndex(index if index >= 0 else 1)
        self.email_edit.setText(getattr(self.draft, "contact_email", "") or "")

    def _prepare_bundle(self) -> None:
        services, results, observations, trigger = self.services, self.results, self.observations, self.trigger

        def work(_emit: Any) -> tuple[Path | None, str]:
            from desktop_app.bundle import create_bundle

            # a folder: the bundle writer names the file after the bundle id and time (its standard name)
            path = create_bundle(bundles_dir(), observations=observations, results=results, ctx=services.context(), trigger=trigger)
            return Path(path), describe(Path(path))

        self.jobs.append(start_job(self, work, done=self._bundle_ready, failed=self._bundle_failed))

    def _bundle_ready(self, value: tuple[Path | None, str]) -> None:
        self.bundle_path, summary = value
        if self.closed:
            self._discard_bundle()  # closed while the bundle was being written: leave nothing behind
            return
        if self.bundle_path is not None and self.bundle_path.exists():
            from desktop_app.bundle.summary import size_text  # the same units as the description below

            size = size_text(self.bundle_path.stat().st_size)
            self.attachments.addItem(tr("{name} ({size}): diagnostic report", name=self.bundle_path.name, size=size))
        self.redaction.setText(summary or tr("Personal details (names, addresses, network names) are removed before sending."))
        self.bundle_summary = summary
        self.preview_button.setEnabled(True)
        self._update_send()

    def _bundle_failed(self, message: str) -> None:
        self.redaction.setText(tr("The diagnostic report could not be prepared ({error}); the message can still be sent.", error=message))
        self._update_send()

    def _email_problem(self) -> str:
        from desktop_app.helpdesk.backends import needs_contact_email
        from desktop_app.helpdesk.contact import valid_email

        email = self.email_edit.text().strip()
        if email and not valid_email(email):
            return tr(msg.EMAIL_INVALID)
        if not email and needs_contact_email(self.services.policy):
            return tr(msg.EMAIL_NEEDED)
        return ""

    def _update_send(self) -> None:
        preparing = any(not j.finished for j in self.jobs)
        problem = self._email_problem()
        self.email_hint.setText(problem)
        self.email_hint.setVisible(bool(problem))
        self.send_button.setEnabled(
            self.consent.isChecked() and self.draft is not None and not preparing and self.item is None and not problem
        )

    def preview(self) -> None:
        """What IT will receive: the attachments, what was hidden, and the report itself (read-only)."""
        dialog = QDialog(self)
        dialog.setWindowTitle(tr(msg.PREVIEW_TITLE))
        layout = QVBoxLayout(dialog)
        summary = QLabel(self.bundle_summary or "")
        summary.setWordWrap(True)
        named(summary, tr("What was removed from the attachments"))
        layout.addWidget(summary)
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setPlainText(report_text(self.bundle_path))
        named(view, tr(msg.PREVIEW_NAME))
        layout.addWidget(view, 1)
        close = QPushButton(tr("C&lose"))
        named(close, tr("Close"))
        close.clicked.connect(dialog.accept)
        layout.addWidget(close)
        dialog.resize(640, 520)
        dialog.open()
        self.preview_dialog = dialog
        self.preview_view = view

    # -- sending ---------------------------------------------------------------------------------------------
    def edited_draft(self) -> Any:
        changes = {
            "title": self.title_edit.text().strip() or getattr(self.draft, "title", ""),
            "body": self.body_edit.toPlainText(),
            "user_text": self.user_text.toPlainText().strip(),
            "urgency": self.urgency.currentData() or "normal",
        }
        if dataclasses.is_dataclass(self.draft):
            draft = dataclasses.replace(self.draft, **changes)
            from desktop_app.helpdesk.draft import set_contact_email

            return set_contact_email(draft, self.email_edit.text().strip())
        for key, value in changes.items():
            setattr(self.draft, key, value)
        return self.draft

    def send(self) -> None:
        if not self.consent.isChecked() or self.draft is None or self._email_problem():
            return
        draft, bundle_path, policy = self.edited_draft(), self.bundle_path, self.services.policy
        self.queued = True  # from now on the bundle belongs to the send (closing the dialog must not delete it)
        self.send_button.setEnabled(False)
        self.progress.show()
        self.state_label.setText(tr("Sending…"))

        def work(_emit: Any) -> Any:
            from desktop_app.helpdesk.outbox import Outbox

            outbox = Outbox()
            item = outbox.queue(draft, bundle_path)  # on disk before any attempt: nothing is lost offline
            try:
                # the app's own policy (a --policy file included); wait if the tray's background pass holds the outbox
                outbox.send_pending(policy=policy, force=True, wait=30.0)
            except Exception:
                pass  # the item stays queued with its error; the outbox retries later
            return outbox.load(item.id)

        self.jobs.append(start_job(self, work, done=self._sent, failed=self._send_failed))

    def _sent(self, item: Any) -> None:
        self.item = item
        self.progress.hide()
        self.consent.setEnabled(False)
        state = getattr(item, "state", "")
        if state == "sent":
            self.state_icon.setPixmap(state_icon("ok").pixmap(24, 24))
            self.state_label.setText(msg.sent_text(item, "dialog"))
        elif msg.needs_it(item):
            reason = item.error_message() if hasattr(item, "error_message") else str(getattr(item, "last_error", ""))
            self.state_icon.setPixmap(state_icon("problem").pixmap(24, 24))
            self.state_label.setText(tr(msg.DIALOG_NEEDS_IT, reason=reason or "?"))
        elif state == "sending":
            self.state_icon.setPixmap(state_icon("warning").pixmap(24, 24))
            self.state_label.setText(tr(msg.DIALOG_SENDING_ELSEWHERE))
        else:
            self.state_icon.setPixmap(state_icon("warning").pixmap(24, 24))
            self.state_label.setText(tr(msg.DIALOG_SAVED))
        named(self.state_label, self.state_label.text())
        self._discard_bundle()  # the outbox keeps its own copy until delivered or discarded
        self.cancel_button.setText(tr("C&lose"))
        named(self.cancel_button, tr("Close"))
        self.cancel_button.setFocus()

    def _send_failed(self, message: str) -> None:
        self.queued = False  # not in the outbox: the bundle is still ours to clean up
        if self.closed:  # closed while it was being saved: nothing else will delete it
            self._discard_bundle()
            return
        self.progress.hide()
        self.state_icon.setPixmap(state_icon("problem").pixmap(24, 24))
        self.state_label.setText(tr("Your message could not be saved ({error}).", error=message))
        self._update_send()

    # -- leaving ---------------------------------------------------------------------------------------------
    def _on_finished(self, _result: int) -> None:
        self.closed = True
        if not self.queued:
            self._discard_bundle()  # cancelled: the bundle was never sent, it must not pile up in data/bundles

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self._on_finished(0)
        super().closeEvent(event)

    def _discard_bundle(self) -> None:
        path = self.bundle_path
        if path is not None and path.parent == bundles_dir():
            with contextlib.suppress(OSError):
                path.unlink()
