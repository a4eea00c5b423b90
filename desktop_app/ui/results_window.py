"""A window per area (or the "everything" sweep): results stream in as checks finish, with progress."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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

from desktop_app.i18n import tr
from desktop_app.model import Result, Status
from desktop_app.monitor import worst_state
from desktop_app.ui.common import (
    Branding,
    Job,
    Services,
    area_label,
    named,
    start_job,
    state_icon,
    status_state,
    status_text,
)


class ResultCard(QFrame):
    """One result in plain language: status (icon + words), title, summary, advice, actions."""

    fix_requested = Signal(str, object)  # fix id, result
    help_requested = Signal(str)

    def __init__(self, result: Result, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.result = result
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        state = status_state(result.status)
        outer = QHBoxLayout(self)
        badge = QLabel()
        if state != "skipped":
            badge.setPixmap(state_icon(state).pixmap(32, 32))
        badge.setFixedWidth(36)
        badge.setAlignment(Qt.AlignmentFlag.AlignTop)
        named(badge, status_text(result.status))
        outer.addWidget(badge)
        body = QVBoxLayout()
        self.status_label = QLabel(f"<b>{status_text(result.status)}</b> · {_html(result.title)}")
        named(self.status_label, tr("{status}: {title}", status=status_text(result.status), title=result.title))
        body.addWidget(self.status_label)
        self.summary_label = QLabel(result.summary)
        self.summary_label.setWordWrap(True)
        named(self.summary_label, result.summary)
        body.addWidget(self.summary_label)
        if result.advice:
            advice = QLabel(tr("What to do: {advice}", advice=result.advice))
            advice.setWordWrap(True)
            named(advice, advice.text())
            body.addWidget(advice)
        actions = QHBoxLayout()
        self.fix_buttons: list[QPushButton] = []
        ctx = services.context()
        for fix_id in result.fixes:
            fix = services.fix(fix_id)
            if fix is None or ctx.platform not in fix.platforms or not ctx.policy.fix_enabled(fix_id):
                continue
            button = QPushButton(tr("&Fix it: {title}", title=tr(fix.title)) if len(result.fixes) > 1 else tr("&Fix it"))
            button.setProperty("primary", True)
            named(button, tr("Fix it: {title}", title=tr(fix.title)), tr(fix.changes))
            button.clicked.connect(lambda _=False, f=fix_id: self.fix_requested.emit(f, self.result))
            actions.addWidget(button)
            self.fix_buttons.append(button)
        self.help_button: QPushButton | None = None
        if result.help:
            self.help_button = QPushButton(tr("Learn more"))
            named(self.help_button, tr("Learn more about {title}", title=result.title))
            self.help_button.clicked.connect(lambda: self.help_requested.emit(str(result.help)))
            actions.addWidget(self.help_button)
        actions.addStretch(1)
        body.addLayout(actions)
        outer.addLayout(body, 1)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ResultsWindow(QDialog):
    """Runs the checks of one area (None = everything) off the UI thread and shows each result as it lands."""

    sweep_finished = Signal(list)
    contact_requested = Signal(object)  # this window
    fix_requested = Signal(str, object, object)  # fix id, result, this window
    help_requested = Signal(str)

    def __init__(self, services: Services, area: str | None, branding: Branding, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.area = area
        self.branding = branding
        self.results: list[Result] = []
        self.system: Any = None
        self.job: Job | None = None
        self.cards: list[ResultCard] = []
        self.setWindowTitle(f"{branding.app_name} — {area_label(area)}")
        self.setWindowIcon(branding.window_icon())
        self.setStyleSheet(branding.stylesheet())
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(branding.logo_pixmap(40))
        named(logo, branding.app_name)
        header.addWidget(logo)
        self.header = QLabel(area_label(area))
        self.header.setProperty("role", "header")
        named(self.header, area_label(area))
        header.addWidget(self.header, 1)
        layout.addLayout(header)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        named(self.status, tr("Progress"))
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        named(self.progress, tr("Checks finished"))
        layout.addWidget(self.progress)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list_widget)
        named(scroll, tr("Results"))
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.again_button = QPushButton(tr("Check &again"))
        named(self.again_button, tr("Check again"))
        self.again_button.clicked.connect(self.start)
        self.contact_button = QPushButton(tr("Still not working? &Contact IT"))
        named(self.contact_button, tr("Still not working? Contact IT"))
        self.contact_button.clicked.connect(lambda: self.contact_requested.emit(self))
        self.close_button = QPushButton(tr("C&lose"))
        named(self.close_button, tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.contact_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    # -- sweep -----------------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.job is not None and not self.job.finished:
            return
        from desktop_app.engine import Sweep

        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards.clear()
        self.results = []
        checks = self.services.checks_for(self.area)
        verdicts = self.services.verdicts(checks)
        self.system = self.services.make_system()
        sweep = Sweep(checks, self.system, self.services.context(), verdicts=verdicts)
        self.progress.setRange(0, max(1, len(checks)))
        self.progress.setValue(0)
        self.again_button.setEnabled(False)
        self.status.setText(tr("Checking… {done} of {total}", done=0, total=len(checks)))
        if not checks:
            self.status.setText(tr("There is nothing to check here on this computer."))
            self.progress.setValue(self.progress.maximum())
            self.again_button.setEnabled(True)
            self.sweep_finished.emit([])
            return
        self._sweep = sweep
        self.job = start_job(
            self,
            lambda emit: sweep.run(on_result=emit),
            progress=self._on_result,
            done=self._on_done,
            failed=self._on_failed,
        )

    def _on_result(self, result: Result) -> None:
        self.results.append(result)
        card = ResultCard(result, self.services, self.list_widget)
        card.fix_requested.connect(lambda fix_id, res: self.fix_requested.emit(fix_id, res, self))
        card.help_requested.connect(self.help_requested)
        self.list_layout.insertWidget(self.list_layout.count() - 1, card)
        self.cards.append(card)
        done = min(len(self.results), self.progress.maximum())
        self.progress.setValue(done)
        self.status.setText(tr("Checking… {done} of {total}", done=done, total=self.progress.maximum()))

    def _on_done(self, results: Sequence[Result]) -> None:
        self.results = list(results)
        self.progress.setValue(self.progress.maximum())
        self.again_button.setEnabled(True)
        self.status.setText(self.summary_text())
        self.sweep_finished.emit(list(results))

    def _on_failed(self, message: str) -> None:
        self.again_button.setEnabled(True)
        self.status.setText(tr("The checks stopped unexpectedly ({error}).", error=message))

    def summary_text(self) -> str:
        problems = [r for r in self.results if r.status in (Status.FAILED, Status.ERROR)]
        warnings = [r for r in self.results if r.status == Status.WARNING]
        state = worst_state(self.results)
        if state == "ok":
            return tr("Done: everything looks fine.")
        return tr("Done: {problems} problem(s), {warnings} warning(s).", problems=len(problems), warnings=len(warnings))

    def retranslate(self) -> None:
        """The language changed: relabel, and re-analyze the recorded observations (pure, nothing re-probed)."""
        from desktop_app.engine import analyze_check, conclude, skipped_result
        from desktop_app.observations import Observations

        self.setWindowTitle(f"{self.branding.app_name} — {area_label(self.area)}")
        self.header.setText(area_label(self.area))
        named(self.header, area_label(self.area))
        named(self.status, tr("Progress"))
        named(self.progress, tr("Checks finished"))
        for button, text, name in (
            (self.again_button, tr("Check &again"), tr("Check again")),
            (self.contact_button, tr("Still not working? &Contact IT"), tr("Still not working? Contact IT")),
            (self.close_button, tr("C&lose"), tr("Close")),
        ):
            button.setText(text)
            named(button, name)
        sweep = getattr(self, "_sweep", None)
        if sweep is None or self.job is None or not self.job.finished:
            return  # a sweep still running finishes in the new language for what is left
        ctx = self.services.context()
        results = [
            analyze_check(c, Observations(self.system.observations_for(c.id)), ctx)
            or skipped_result(c, tr("Nothing to check on this computer."))
            for c in sweep.checks
        ]
        results += conclude(sweep.verdicts, results, ctx)
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards.clear()
        self.results = []
        for result in results:
            self._on_result(result)
        self._on_done(results)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        sweep = getattr(self, "_sweep", None)
        if sweep is not None and self.job is not None and not self.job.finished:
            sweep.cancel()
        super().closeEvent(event)
