"""The outbox: tickets waiting to be sent or already sent, their errors (in the current language), retry now
(whatever the backoff said, with the app's policy) and discard."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.helpdesk import messages as msg
from desktop_app.i18n import N_, tr, tr_plural
from desktop_app.ui.common import Job, named, start_job


def state_label(state: str) -> str:
    return {
        "queued": tr("Waiting to be sent"),
        "sending": tr("Sending"),
        "sent": tr("Sent"),
        "error": tr("Not sent (error)"),
        "discarded": tr("Discarded"),
        "damaged": tr(msg.DAMAGED_STATE),
    }.get(state, state)


def _title(item: Any) -> str:
    draft = getattr(item, "draft", None)
    return str(getattr(item, "title", "") or getattr(draft, "title", "") or (draft.get("title", "") if isinstance(draft, dict) else ""))


def _problem(item: Any) -> str:
    """The stored error re-translated into the current language (never the raw stored text when avoidable)."""
    if getattr(item, "state", "") in ("sent", "discarded") or not getattr(item, "last_error", ""):
        return ""
    message = getattr(item, "error_message", None)
    return str(message() if callable(message) else item.last_error)


def _ticket(item: Any) -> str:
    label = getattr(item, "ticket_label", None)
    return str(label) if label is not None else msg.ref_label(getattr(item, "ref_style", ""), getattr(item, "ticket_ref", "") or "")


class OutboxWindow(QDialog):
    def __init__(self, outbox_factory: Any = None, parent: QWidget | None = None, *, policy: Any = None):
        super().__init__(parent)
        self.outbox_factory = outbox_factory
        self.policy = policy  # the app's effective policy: a retry must not re-read the policy from disk
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
        self.table.setHorizontalHeaderLabels([tr("Subject"), tr("State"), tr("Ticket"), tr(msg.LAST_ERROR)])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        # Subject and problem share the width and wrap; state and ticket take what they need: nothing is cut off.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
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
            values = [_title(item), state_label(str(getattr(item, "state", ""))), _ticket(item), _problem(item)]
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, col, cell)
        self.table.resizeRowsToContents()
        waiting = sum(1 for i in self.items if getattr(i, "state", "") in ("queued", "sending", "error"))
        self.info.setText(
            tr_plural(waiting, N_("{count} message waiting to be sent."), N_("{count} messages waiting to be sent."), count=waiting) if waiting else tr("Nothing is waiting to be sent.")
        )
        self.discard_button.setEnabled(bool(self.items))
        self.retry_button.setEnabled(bool(waiting) and (self.job is None or self.job.finished))

    def retry(self) -> None:
        """Send every waiting item now: items in backoff or in error included (the user asked)."""
        if self.job is not None and not self.job.finished:
            return
        self.retry_button.setEnabled(False)
        self.info.setText(tr("Sending…"))
        outbox, policy = self.outbox(), self.policy
        self.job = start_job(self, lambda _e: outbox.send_pending(policy=policy, force=True, wait=30.0), done=self._after, failed=self._after)

    def _after(self, _value: Any = None) -> None:
        self.refresh()

    def discard(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        from desktop_app.helpdesk.outbox import OutboxBusyError

        try:
            self.outbox().discard(self.items[row].id)
        except OutboxBusyError:
            self.refresh()
            self.info.setText(tr(msg.BUSY))  # a sender holds it: discarding now could be undone by that sender
            return
        except (OSError, KeyError) as exc:
            self.refresh()
            self.info.setText(tr("The outbox cannot be read ({error}).", error=str(exc)))
            return
        self.refresh()
