"""The first-day checklist as a window: finds the user's role from their groups, runs the checklist off the UI
thread and shows each item as soon as its check answers (status as an icon and words), offers "Fix it",
"Open" and "Done" checkboxes and the password reset link, saves the baseline and tells IT per policy when
the user finishes or closes the window."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app import onboarding
from desktop_app.i18n import tr, tr_plural
from desktop_app.model import Context, Result, Status
from desktop_app.onboarding import Item, Outcome, messages
from desktop_app.ui.common import Branding, Job, Services, add_escape, named, start_job, state_icon, status_text

log = logging.getLogger(__name__)

_ICON = {"ok": "ok", "warning": "warning", "failed": "problem", "error": "problem", "pending": "checking", "checking": "checking"}
Reporter = Callable[[Sequence[Outcome], Sequence[Result], Context], Any]


def outcome_status_text(status: str) -> str:
    """The state in words (never colour alone); "pending" is a to-do, not a problem."""
    if status == "pending":
        return tr(messages.TO_DO)
    if status == "checking":
        return tr(messages.CHECKING_ONE)
    try:
        return status_text(Status(status))
    except ValueError:
        return status


def open_url(url: str) -> bool:
    """Open a link in the user's browser (a module function so tests can replace it)."""
    return QDesktopServices.openUrl(QUrl(url))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class ItemRow(QFrame):
    """One checklist item: icon + status word, title, summary, advice, and its actions."""

    fix_requested = Signal(str)
    confirm_toggled = Signal(str, bool)

    def __init__(self, outcome: Outcome, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.outcome = outcome
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QHBoxLayout(self)
        self.badge = QLabel()
        self.badge.setFixedWidth(36)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.badge)
        body = QVBoxLayout()
        self.status_label = QLabel()
        body.addWidget(self.status_label)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        body.addWidget(self.summary_label)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        body.addWidget(self.advice_label)
        self.reset_link: QLabel | None = None
        if outcome.kind == "password" and outcome.url:
            # Always offered with the password item, whatever its state: the portal is where it is changed.
            self.reset_link = QLabel(f'<a href="{_html(outcome.url)}">{_html(tr(messages.RESET_LINK))}</a>')
            self.reset_link.setTextFormat(Qt.TextFormat.RichText)
            self.reset_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            self.reset_link.linkActivated.connect(open_url)
            named(self.reset_link, tr(messages.RESET_LINK), outcome.url)
            body.addWidget(self.reset_link)
        actions = QHBoxLayout()
        self.fix_buttons: list[QPushButton] = []
        ctx = services.context()
        for fix_id in outcome.fixes:
            fix = services.fix(fix_id)
            if fix is None or ctx.platform not in fix.platforms or not ctx.policy.fix_enabled(fix_id):
                continue
            button = QPushButton(tr("&Fix it: {title}", title=tr(fix.title)) if len(outcome.fixes) > 1 else tr("&Fix it"))
            button.setProperty("primary", True)
            named(button, tr("Fix it: {title}", title=tr(fix.title)), tr(fix.changes))
            button.clicked.connect(lambda _=False, f=fix_id: self.fix_requested.emit(f))
            actions.addWidget(button)
            self.fix_buttons.append(button)
        self.open_button: QPushButton | None = None
        if outcome.url and outcome.kind != "password":
            self.open_button = QPushButton(tr("&Open"))
            named(self.open_button, tr("Open {title}", title=outcome.title), outcome.url)
            self.open_button.clicked.connect(lambda: open_url(outcome.url))
            actions.addWidget(self.open_button)
        self.confirm: QCheckBox | None = None
        if outcome.kind in ("link", "confirm"):
            self.confirm = QCheckBox(tr("I have read it") if outcome.kind == "link" else tr("This works for me"))
            self.confirm.setChecked(outcome.status == "ok")
            named(self.confirm, tr("Done: {title}", title=outcome.title))
            self.confirm.toggled.connect(lambda on: self.confirm_toggled.emit(outcome.id, on))
            actions.addWidget(self.confirm)
        actions.addStretch(1)
        body.addLayout(actions)
        outer.addLayout(body, 1)
        self.refresh()

    def refresh(self) -> None:
        o = self.outcome
        name = _ICON.get(o.status)
        self.badge.setPixmap(state_icon(name).pixmap(32, 32) if name else state_icon("selfdesk").pixmap(0, 0))
        named(self.badge, outcome_status_text(o.status))
        self.status_label.setText(f"<b>{outcome_status_text(o.status)}</b> · {_html(o.title)}")
        named(self.status_label, tr("{status}: {title}", status=outcome_status_text(o.status), title=o.title))
        self.summary_label.setText(o.summary)
        named(self.summary_label, o.summary)
        self.advice_label.setText(tr("What to do: {advice}", advice=o.advice) if o.advice else "")
        self.advice_label.setVisible(bool(o.advice))
        named(self.advice_label, self.advice_label.text())


class OnboardingWizard(QDialog):
    """The checklist window. ``services.make_system`` is the seam (LiveSystem in the app, a fake in tests)."""

    run_finished = Signal(list)  # outcomes, after each run
    item_arrived = Signal(object)  # one outcome, as soon as its check answered
    reported = Signal(object)  # the outbox item id (None: nothing configured)
    contact_requested = Signal(object)  # this window

    def __init__(
        self,
        services: Services,
        branding: Branding,
        *,
        role: str | None = None,
        baseline_path: Path | None = None,
        reporter: Reporter | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.branding = branding
        self.role = role
        self.role_source: str | None = "cli" if role else None
        self.baseline_path = baseline_path
        self.custom_reporter = reporter is not None
        self.reporter = reporter or self._default_reporter
        self.items, self.problems = onboarding.items_from_policy(services.policy, role)
        self.confirmed: set[str] = set(onboarding.load_baseline(baseline_path).get("confirmed") or [])
        self.outcomes: list[Outcome] = []
        self.results: list[Result] = []
        self.system: Any = None
        self.rows: list[ItemRow] = []
        self.job: Job | None = None
        self.report_job: Job | None = None
        self.report_done = False
        self._active = False
        self.saved: Path | None = None
        self.setWindowIcon(branding.window_icon())
        self.setStyleSheet(branding.stylesheet())
        self.resize(660, 600)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(branding.logo_pixmap(40))
        named(logo, branding.app_name)
        header.addWidget(logo)
        self.header = QLabel()
        self.header.setProperty("role", "header")
        header.addWidget(self.header, 1)
        layout.addLayout(header)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.role_label = QLabel("")
        self.role_label.setVisible(False)
        layout.addWidget(self.role_label)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        layout.addWidget(self.progress)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.list_widget)
        layout.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.start)
        self.contact_button = QPushButton()
        self.contact_button.clicked.connect(lambda: self.contact_requested.emit(self))
        self.finish_button = QPushButton()
        self.finish_button.setProperty("primary", True)
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self.finish)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.contact_button)
        buttons.addWidget(self.finish_button)
        layout.addLayout(buttons)
        add_escape(self)
        self.retranslate()

    # -- language --------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts of the window itself; item texts follow the language of the last run (press "Run again")."""
        self.setWindowTitle(f"{self.branding.app_name} — {tr('First-day checklist')}")
        self.header.setText(tr("Welcome! Let's check your computer is ready"))
        named(self.header, self.header.text())
        self.intro.setText(tr("These checks make sure everything you need works. Fix what you can, tick what you have done; IT is told about the rest."))
        named(self.intro, self.intro.text())
        self._show_role()
        named(self.status, tr("Progress"))
        named(self.progress, tr("Checklist progress"))
        named(self.scroll, tr("Checklist items"))
        self.again_button.setText(tr("&Run again"))
        named(self.again_button, tr("Run the checklist again"))
        self.contact_button.setText(tr("Still not working? &Contact IT"))
        named(self.contact_button, tr("Still not working? Contact IT"))
        self.finish_button.setText(tr("C&lose") if self.report_done else tr("&Finish"))
        named(self.finish_button, self.finish_button.text().replace("&", ""))
        for row in self.rows:
            row.refresh()
        if self.outcomes and not self.running:
            self.status.setText(self.summary_text())

    def _show_role(self) -> None:
        if self.role:
            text = tr(messages.ROLE_DETECTED if self.role_source == "groups" else messages.ROLE_CHOSEN, role=self.role)
            self.role_label.setText(text)
            named(self.role_label, text)
        self.role_label.setVisible(bool(self.role))

    # -- running ---------------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """From start() until its answer has been shown (a job is "finished" before its result is delivered)."""
        return self._active

    def start(self) -> None:
        if self.running:
            return
        if not self.items and not onboarding.checklist_exists(self.services.policy):
            self.status.setText(tr(messages.NO_CHECKLIST))
            return
        self._active = True
        self.again_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the items are known (the role may come from the groups)
        self.status.setText(tr_plural(len(self.items), *messages.CHECKING, count=len(self.items)) if self.items else tr(messages.CHECKING_ONE))
        ctx, confirmed, policy = self.services.context(), set(self.confirmed), self.services.policy
        given = self.role if self.role_source == "cli" else None
        self.system = self.services.make_system()
        system = self.system

        def work(emit: Callable[[Any], None]) -> Any:
            role, source = onboarding.resolve_role(policy, system, given)
            items, _ = onboarding.items_from_policy(policy, role)
            emit(("items", items, role, source))
            return onboarding.run_checklist(items, system, ctx, confirmed, on_outcome=lambda o: emit(("outcome", o)))

        self.job = start_job(self, work, progress=self._on_progress, done=self._on_done, failed=self._on_failed)

    def _on_progress(self, event: Any) -> None:
        if event[0] == "items":
            _, items, role, source = event
            self.items, self.role, self.role_source = list(items), role, source
            self._show_role()
            self._placeholders(self.items)
        elif event[0] == "outcome":
            self._arrived(event[1])

    def _placeholders(self, items: Sequence[Item]) -> None:
        """One row per item at once ("Checking…"); each is replaced as its answer arrives."""
        self.outcomes = [Outcome(i.id, i.kind, onboarding._title(i), "checking", "") for i in items]
        self._render()
        self.progress.setRange(0, max(1, len(items)))
        self.progress.setValue(0)
        self.status.setText(tr_plural(len(items), *messages.CHECKING, count=len(items)))

    def _arrived(self, outcome: Outcome) -> None:
        for index, row in enumerate(self.rows):
            if row.outcome.id == outcome.id:
                self.outcomes[index] = outcome
                self._replace_row(index, outcome)
                break
        answered = sum(o.status != "checking" for o in self.outcomes)
        self.progress.setValue(answered)
        self.status.setText(tr(messages.CHECKED, done=answered, count=len(self.outcomes)))
        self.item_arrived.emit(outcome)

    def _on_done(self, value: tuple[list[Outcome], list[Result]]) -> None:
        self._active = False
        self.outcomes, self.results = list(value[0]), list(value[1])
        self.progress.setRange(0, max(1, len(self.outcomes)))
        self._render()
        self._save()
        self.again_button.setEnabled(True)
        if not self.outcomes:
            self.status.setText(tr(messages.NO_CHECKLIST))
        self.run_finished.emit(list(self.outcomes))

    def _on_failed(self, message: str) -> None:
        self._active = False
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.again_button.setEnabled(True)
        self.status.setText(tr("The checks stopped unexpectedly ({error}).", error=message))

    def _new_row(self, outcome: Outcome) -> ItemRow:
        row = ItemRow(outcome, self.services, self.list_widget)
        row.fix_requested.connect(self.open_fix)
        row.confirm_toggled.connect(self.set_confirmed)
        return row

    def _replace_row(self, index: int, outcome: Outcome) -> None:
        old = self.rows[index]
        row = self._new_row(outcome)
        self.list_layout.replaceWidget(old, row)
        old.setParent(None)
        old.deleteLater()
        self.rows[index] = row

    def _render(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for outcome in self.outcomes:
            row = self._new_row(outcome)
            self.list_layout.insertWidget(self.list_layout.count() - 1, row)
            self.rows.append(row)
        self._update_status()

    def _update_status(self) -> None:
        self.progress.setValue(sum(o.status in onboarding.DONE for o in self.outcomes))
        self.status.setText(self.summary_text())

    def summary_text(self) -> str:
        left = onboarding.left(self.outcomes)
        text = tr(messages.ALL_DONE) if left == 0 else tr_plural(left, *messages.LEFT, count=left)
        if self.outcomes and self.saved is None:
            text += " " + tr(messages.NOT_SAVED)
        return text

    def _save(self) -> None:
        self.saved = onboarding.save_baseline(self.outcomes, self.services.context(), self.role, self.confirmed, self.baseline_path,
                                              role_source=self.role_source)
        self._update_status()

    def set_confirmed(self, item_id: str, done: bool) -> None:
        """A link read or a manual item confirmed: it counts as done and is remembered in the baseline."""
        (self.confirmed.add if done else self.confirmed.discard)(item_id)
        for row in self.rows:
            o = row.outcome
            if o.id == item_id:
                o.status = "ok" if done else "pending"
                o.summary = tr("Done.") if done else (
                    tr("Open the link and confirm when you have read it.") if o.kind == "link" else tr("Confirm when this works for you.")
                )
                row.refresh()
        if not self.running:
            self._save()

    # -- actions ---------------------------------------------------------------------------------------------
    def open_fix(self, fix_id: str) -> Any:
        from desktop_app.ui.fix_dialog import FixDialog

        fix = self.services.fix(fix_id)
        if fix is None:
            return None
        dialog = FixDialog(fix, None, self.services, self)
        dialog.setStyleSheet(self.branding.stylesheet())
        dialog.outcome_ready.connect(lambda _o: self.start())  # re-run: the baseline shows the fixed state
        dialog.contact_requested.connect(lambda: self.contact_requested.emit(self))
        dialog.open()
        return dialog

    def _default_reporter(self, outcomes: Sequence[Outcome], results: Sequence[Result], ctx: Context) -> Any:
        from desktop_app.onboarding.report import deliver

        return deliver(list(outcomes), list(results), ctx, baseline_path=self.baseline_path, finished=True)

    def report_due(self) -> bool:
        if self.report_done or not self.outcomes or self.running:
            return False
        baseline = onboarding.load_baseline(self.baseline_path)
        return onboarding.should_report(self.outcomes, self.services.policy, baseline, finished=True)

    def _start_report(self, then_close: bool) -> None:
        outcomes, results, ctx, reporter = list(self.outcomes), list(self.results), self.services.context(), self.reporter
        self.finish_button.setEnabled(False)
        self.status.setText(tr("Telling IT about the result…"))

        def done(value: Any) -> None:
            self._reported(value)
            if then_close:
                self.accept()

        self.report_job = start_job(self, lambda _e: reporter(outcomes, results, ctx), done=done, failed=self._report_failed)

    def finish(self) -> None:
        """Save, tell IT when policy asks (once per outcome), then close."""
        if self.report_done or not self.outcomes or self.running:
            self.accept()
            return
        if self.report_job is not None and not self.report_job.finished:
            return
        if not self.report_due():
            self.accept()
            return
        self._start_report(then_close=False)

    def _reported(self, value: Any) -> None:
        from desktop_app.onboarding.report import Report

        self.report_done = True
        self.finish_button.setEnabled(True)
        if isinstance(value, Report):
            item_id, text = value.item_id, value.text()
        else:  # a reporter that returns the outbox item id
            item_id = value
            text = tr(messages.REPORT_SAVED) if value else tr(messages.REPORT_NONE)
        self.status.setText(text)
        self.retranslate_buttons()
        self.reported.emit(item_id)

    def _report_failed(self, message: str) -> None:
        self.report_done = True
        self.finish_button.setEnabled(True)
        self.status.setText(tr("The summary for IT could not be prepared ({error}).", error=message))
        self.retranslate_buttons()

    def retranslate_buttons(self) -> None:
        self.finish_button.setText(tr("C&lose") if self.report_done else tr("&Finish"))
        named(self.finish_button, self.finish_button.text().replace("&", ""))
        self.finish_button.setFocus()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if self.running and self.system is not None:
            self.system.cancel()
        elif self.report_due() and (self.report_job is None or self.report_job.finished):
            # Closed without "Finish": IT still hears about it when policy asks; the window goes away at once.
            self._start_report(then_close=False)
        super().closeEvent(event)


def first_run_due(policy: Any, baseline_path: Path | None = None) -> bool:
    """Open by itself only on the very first run: a checklist exists and nothing was ever saved."""
    return onboarding.pending(policy, baseline_path) and not onboarding.load_baseline(baseline_path)
