""""Fix it": say what will change (and whether admin rights are needed), ask consent, apply off the UI
thread, show the verified outcome, then ask "Did this solve it?"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import history
from desktop_app.i18n import tr
from desktop_app.model import Fix, Result
from desktop_app.ui.common import Job, Services, named, start_job, state_icon

OUTCOME_STATE = {"verified": "ok", "rolled back": "warning", "failed": "problem", "refused": "warning"}


def outcome_label(status: str) -> str:
    return {
        "verified": tr("Fixed and verified"),
        "failed": tr("Not fixed"),
        "rolled back": tr("Not fixed — the change was undone"),
        "refused": tr("Not applied"),
        "dry-run": tr("Preview only"),
    }.get(status, status)


class FixDialog(QDialog):
    contact_requested = Signal()
    outcome_ready = Signal(object)

    def __init__(self, fix: Fix, result: Result | None, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        from desktop_app.fixes import engine

        self.fix = fix
        self.result = result
        self.services = services
        self.outcome: Any = None
        self.job: Job | None = None
        self.setWindowTitle(tr("Fix: {title}", title=tr(fix.title)))
        self.setModal(True)
        self.resize(520, 420)
        ctx = services.context()
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{tr(fix.title)}</b>")
        named(title, tr(fix.title))
        layout.addWidget(title)
        changes = QLabel(tr("What it will do: {changes}", changes=tr(fix.changes)))
        changes.setWordWrap(True)
        named(changes, changes.text())
        layout.addWidget(changes)
        admin = QLabel(
            tr("This needs administrator rights: your computer will ask for them.")
            if fix.needs_admin
            else tr("No administrator rights are needed.")
        )
        admin.setWordWrap(True)
        named(admin, admin.text())
        layout.addWidget(admin)
        if fix.reversible:
            undo = QLabel(tr("If it does not help, the change is undone automatically."))
            undo.setWordWrap(True)
            named(undo, undo.text())
            layout.addWidget(undo)
        self.refusal = engine.refusal(fix, ctx)
        steps_text = ""
        if self.refusal is None:
            try:
                steps_text = "\n".join("• " + engine.describe_step(s) for s in engine.preview(fix, ctx))
            except Exception as exc:  # a plan that cannot be built is a refusal, not a crash
                self.refusal = tr("This fix cannot be prepared here ({error}).", error=str(exc))
        steps_label = QLabel(tr("Steps:"))
        layout.addWidget(steps_label)
        self.steps = QPlainTextEdit(steps_text or self.refusal or "")
        self.steps.setReadOnly(True)
        self.steps.setTabChangesFocus(True)
        named(self.steps, tr("Steps"))
        steps_label.setBuddy(self.steps)
        layout.addWidget(self.steps, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        named(self.progress, tr("Applying the fix"))
        layout.addWidget(self.progress)
        self.outcome_row = QHBoxLayout()
        self.outcome_icon = QLabel()
        self.outcome_text = QLabel("")
        self.outcome_text.setWordWrap(True)
        named(self.outcome_text, tr("Outcome"))
        self.outcome_row.addWidget(self.outcome_icon)
        self.outcome_row.addWidget(self.outcome_text, 1)
        layout.addLayout(self.outcome_row)
        if self.refusal:
            self.outcome_text.setText(self.refusal)
        # "Did this solve it?" (shown after the fix ran)
        self.feedback = QWidget()
        row = QHBoxLayout(self.feedback)
        row.setContentsMargins(0, 0, 0, 0)
        question = QLabel(tr("Did this solve it?"))
        self.yes_button = QPushButton(tr("&Yes"))
        self.no_button = QPushButton(tr("&No"))
        named(self.yes_button, tr("Yes, it is solved"))
        named(self.no_button, tr("No, it is not solved"))
        self.yes_button.clicked.connect(lambda: self.answer(True))
        self.no_button.clicked.connect(lambda: self.answer(False))
        row.addWidget(question)
        row.addWidget(self.yes_button)
        row.addWidget(self.no_button)
        row.addStretch(1)
        self.feedback.hide()
        layout.addWidget(self.feedback)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(tr("&Fix it"))
        self.apply_button.setProperty("primary", True)
        self.apply_button.setDefault(True)
        self.apply_button.setEnabled(self.refusal is None)
        named(self.apply_button, tr("Fix it"), tr(fix.changes))
        self.apply_button.clicked.connect(self.apply)
        self.contact_button = QPushButton(tr("Still not working? &Contact IT"))
        named(self.contact_button, tr("Still not working? Contact IT"))
        self.contact_button.clicked.connect(self._contact)
        self.contact_button.hide()
        self.cancel_button = QPushButton(tr("&Cancel"))
        named(self.cancel_button, tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.contact_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

    def apply(self) -> None:
        """The user consented by pressing "Fix it": run the fix off the UI thread."""
        from desktop_app.fixes import engine

        if self.refusal is not None or (self.job is not None and not self.job.finished):
            return
        self.apply_button.setEnabled(False)
        self.progress.show()
        self.outcome_text.setText(tr("Working on it…"))
        fix, services = self.fix, self.services
        verify = services.verify_fn()

        def work(_emit: Any) -> Any:
            return engine.apply(fix, services.make_system(), services.context(), consent=True, verify=verify)

        self.job = start_job(self, work, done=self._done, failed=self._failed)

    def _done(self, outcome: Any) -> None:
        self.outcome = outcome
        self.progress.hide()
        state = OUTCOME_STATE.get(outcome.status, "warning")
        self.outcome_icon.setPixmap(state_icon(state).pixmap(28, 28))
        self.outcome_text.setText(f"<b>{outcome_label(outcome.status)}</b> — {outcome.message}")
        named(self.outcome_text, f"{outcome_label(outcome.status)}: {outcome.message}")
        self.cancel_button.setText(tr("C&lose"))
        named(self.cancel_button, tr("Close"))
        self.feedback.show()
        self.yes_button.setFocus()
        if outcome.status != "verified":
            self.contact_button.show()
        self.outcome_ready.emit(outcome)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.outcome_icon.setPixmap(state_icon("problem").pixmap(28, 28))
        self.outcome_text.setText(tr("The fix stopped unexpectedly ({error}).", error=message))
        self.contact_button.show()

    def answer(self, solved: bool) -> None:
        status = getattr(self.outcome, "status", "")
        results = [self.result.id] if self.result is not None else []
        history.record(self.fix.id, solved, outcome=status, results=results)
        self.feedback.hide()
        self.outcome_text.setText(
            self.outcome_text.text()
            + "<br>"
            + (tr("Thanks! Glad it works again.") if solved else tr("Thanks for telling us. IT can take it from here."))
        )
        if not solved:
            self.contact_button.show()
            self.contact_button.setFocus()

    def _contact(self) -> None:
        self.contact_requested.emit()
        self.accept()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and self.job is not None and not self.job.finished:
            return  # a running fix is not abandoned half-way by Escape
        super().keyPressEvent(event)
