"""The outbox: tickets waiting to be sent or already sent, their errors, retry and discard."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import tr
from desktop_app.ui.common import Job, named, start_job


def state_label(state: str) -> str:
    return {
        "queued": tr("Waiting to be sent"),
        "pending": tr("Waiting to be sent"),
        "sending": tr("Sending"),
        "sent": tr("Sent"),
        "failed": tr("Not sent (error)"),
        "error": tr("Not sent (error)"),
        "discarded": tr("Discarded"),
    }.get(state, state)


def _title(item: Any) -> str:
    draft = getattr(item, "draft", None)
    return str(getattr(item, "title", "") or getattr(draft, "title", "") or (draft.get("title", "") if isinstance(draft, dict) else ""))


class OutboxWindow(QDialog):
    def __init__(self, outbox_factory: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.outbox_factory = outbox_factory
        self.job: Job | None = None
        self.items: list[Any] = []
        self.setWindowTitle(tr("Outbox"))
        self.resize(680, 360)
        layout = QVBoxLayout(self)
        self.info = QLabel("")
        self.info.setWordWrap(True)
        named(self.info, tr("Outbox status"))
        layout.addWidget(self.info)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Subject"), tr("State"), tr("Ticket"), tr("Last error")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        named(self.table, tr("Messages to IT"))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton(tr("&Retry now"))
        named(self.retry_button, tr("Retry sending now"))
        self.retry_button.clicked.connect(self.retry)
        self.discard_button = QPushButton(tr("&Discard"))
        named(self.discard_button, tr("Discard the selected message"))
        self.discard_button.clicked.connect(self.discard)
        self.close_button = QPushButton(tr("C&lose"))
        named(self.close_button, tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.refresh()

    def outbox(self) -> Any:
        if self.outbox_factory is not None:
            return self.outbox_factory()
        from desktop_app.helpdesk.outbox import Outbox

        return Outbox()

    def refresh(self) -> None:
        try:
            self.items = list(self.outbox().items())
        except Exception as exc:
            self.items = []
            self.info.setText(tr("The outbox cannot be read ({error}).", error=str(exc)))
            self.table.setRowCount(0)
            return
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            ref = getattr(item, "ticket_ref", "") or ""
            values = [_title(item), state_label(str(getattr(item, "state", ""))), f"#{ref}" if ref else "", str(getattr(item, "last_error", "") or "")]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        waiting = sum(1 for i in self.items if getattr(i, "state", "") not in ("sent", "discarded"))
        self.info.setText(
            tr("{count} message(s) waiting to be sent.", count=waiting) if waiting else tr("Nothing is waiting to be sent.")
        )
        self.discard_button.setEnabled(bool(self.items))

    def retry(self) -> None:
        if self.job is not None and not self.job.finished:
            return
        self.retry_button.setEnabled(False)
        self.info.setText(tr("Sending…"))
        outbox = self.outbox()
        self.job = start_job(self, lambda _e: outbox.send_pending(), done=self._after, failed=self._after)

    def _after(self, _value: Any = None) -> None:
        self.retry_button.setEnabled(True)
        self.refresh()

    def discard(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            self.outbox().discard(self.items[row].id)
            self.refresh()
