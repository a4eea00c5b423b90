"""A window per area (or the full check-up): the overall verdict first, then each check as it finishes.

Results arrive from the sweep thread in bursts (ten fast checks can land in the same 100 ms). Building a card
costs a few milliseconds of UI-thread time, so results are queued and at most ``CARDS_PER_TURN`` cards are
built per event-loop turn: painting and input stay responsive while a burst is shown.
"""

from __future__ import annotations

import bisect
import os
import sys
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPixmap
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

from desktop_app.i18n import N_, tr, tr_plural
from desktop_app.model import Check, Fix, Result, Status, Verdict
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

CARDS_PER_TURN = 1
# Problems first, then warnings, then what is fine; verdicts (one line per area) above every check.
_RANK = {Status.FAILED: 0, Status.ERROR: 1, Status.WARNING: 2, Status.OK: 3, Status.SKIPPED: 4}
_pixmaps: dict[tuple[str, int], QPixmap] = {}


def state_pixmap(state: str, size: int) -> QPixmap:
    """Icons are SVG: render each (state, size) once instead of once per card."""
    key = (state, size)
    if key not in _pixmaps:
        _pixmaps[key] = state_icon(state).pixmap(size, size)
    return _pixmaps[key]


def background_priority() -> None:
    """Run this thread (and the check threads and commands it starts, which inherit it) at a lower CPU
    priority than the UI thread: a check walking a big home folder must not take the CPU the window paints with."""
    if not sys.platform.startswith("linux"):
        return  # only Linux takes a thread id here; elsewhere the same call would name a process
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), min(19, os.getpriority(os.PRIO_PROCESS, 0) + 5))
    except OSError:
        pass  # not allowed: the sweep runs as it did


@dataclass(frozen=True)
class Plan:
    """The sweep's first message: what it is about to run."""

    checks: Sequence[Check]
    verdicts: Sequence[Verdict]


def is_verdict(result: Result) -> bool:
    return result.id.startswith("verdict.")


def heading(area: str | None) -> str:
    return tr("Full check-up") if area is None else area_label(area)


def overall(results: Sequence[Result]) -> Result | None:
    """The result the one-line verdict speaks for: the worst one, an area verdict when it is as bad."""
    if not results:
        return None
    ranked = sorted(enumerate(results), key=lambda ir: (_RANK[ir[1].status], not is_verdict(ir[1]), ir[0]))
    return ranked[0][1]


def verdict_text(results: Sequence[Result]) -> str:
    worst = overall(results)
    if worst is None:
        return tr("There is nothing to check here on this computer.")
    if worst.status in (Status.OK, Status.SKIPPED):
        return tr("Everything looks fine.")
    return worst.summary


def what_to_do(result: Result, has_fix: bool) -> str:
    """Every problem says what to do next, even when its check gave no advice."""
    if result.advice:
        return result.advice
    if has_fix:
        return tr("Press “Fix it”: it tells you what it changes before doing anything.")
    if result.help:
        return tr("Read the help article for the next steps.")
    return tr("If this keeps happening, contact IT.")


def _label(text: str, *, wrap: bool = True, font: QFont | None = None) -> QLabel:
    # Plain text: no rich-text detection or HTML parsing per label, and user data can never be markup.
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if font is not None:
        label.setFont(font)
    named(label, text)
    return label


class ResultCard:
    """One result in plain language: status (icon + words), title, summary, what to do, actions.

    Problems get the full card; results that are fine and offer nothing to do are one compact line.
    Deliberately not a QWidget subclass: Qt calls into a Python subclass (and takes the GIL) for every
    virtual method during layout and paint, which the check threads can hold for milliseconds at a time.
    """

    def __init__(self, result: Result, fixes: Sequence[Fix], bold: QFont, parent: QWidget | None = None):
        self.result = result
        self.fix_buttons: list[QPushButton] = []
        self.help_button: QPushButton | None = None
        self.advice_label: QLabel | None = None
        self.on_fix: Any = None  # (fix id, result) -> None, set by the window
        self.on_help: Any = None  # (article id) -> None
        self.frame = frame = QFrame(parent)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        status = status_text(result.status)
        state = status_state(result.status)
        problem = result.status in (Status.FAILED, Status.ERROR, Status.WARNING)
        self.compact = not (problem or fixes or result.advice or result.help)
        outer = QHBoxLayout(frame)
        outer.setContentsMargins(8, 6, 8, 6)
        badge = QLabel()
        size = 16 if self.compact else 32
        if state != "skipped":
            badge.setPixmap(state_pixmap(state, size))
        badge.setFixedWidth(size + 4)
        badge.setAlignment(Qt.AlignmentFlag.AlignTop)
        named(badge, status)
        outer.addWidget(badge)
        body = QVBoxLayout()
        body.setSpacing(4)
        outer.addLayout(body, 1)
        if self.compact:
            self.status_label = _label(f"{status} · {result.title} — {result.summary}")
            self.summary_label = self.status_label
            body.addWidget(self.status_label)
            return
        self.status_label = _label(f"{status} · {result.title}", font=bold)
        named(self.status_label, tr("{status}: {title}", status=status, title=result.title))
        body.addWidget(self.status_label)
        self.summary_label = _label(result.summary)
        body.addWidget(self.summary_label)
        if problem or result.advice:
            self.advice_label = _label(tr("What to do: {advice}", advice=what_to_do(result, bool(fixes))))
            body.addWidget(self.advice_label)
        # One row of buttons; several fixes get a row each (long titles, long languages: no sideways scrolling)
        rows: list[QHBoxLayout] = []
        for fix in fixes:
            if not rows or len(fixes) > 1:
                rows.append(QHBoxLayout())
            self.fix_buttons.append(self._fix_button(fix, len(fixes) > 1))
            rows[-1].addWidget(self.fix_buttons[-1])
        if result.help:
            if not rows:
                rows.append(QHBoxLayout())
            self.help_button = QPushButton(tr("Learn more"))
            named(self.help_button, tr("Learn more about {title}", title=result.title))
            self.help_button.clicked.connect(lambda: self.on_help and self.on_help(str(result.help)))
            rows[-1].addWidget(self.help_button)
        for row in rows:
            row.addStretch(1)
            body.addLayout(row)

    def _fix_button(self, fix: Fix, several: bool) -> QPushButton:
        # No mnemonic: several cards carry a fix button, and Alt+F must not be ambiguous.
        text = tr("Fix it: {title}", title=tr(fix.title)) if several else tr("Fix it")
        if fix.needs_admin:
            text = tr("{action} (admin)", action=text)
        button = QPushButton(text)
        button.setProperty("primary", True)
        admin = tr("Needs administrator rights: your computer will ask for them.") if fix.needs_admin else ""
        named(button, tr("Fix it: {title}", title=tr(fix.title)), " ".join(x for x in (tr(fix.changes), admin) if x))
        button.setToolTip(admin or tr(fix.changes))
        button.clicked.connect(lambda _=False, f=fix.id: self.on_fix and self.on_fix(f, self.result))
        return button

    def buttons(self) -> list[QPushButton]:
        return self.fix_buttons + ([self.help_button] if self.help_button is not None else [])


class ResultsWindow(QDialog):
    """Runs the checks of one area (None = everything) off the UI thread and shows each result as it lands."""

    sweep_finished = Signal(list)  # once every result is on screen
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
        self._slots: list[tuple[tuple[int, int, int], ResultCard | None]] = []  # layout order; None: the heading
        self._pending: deque[Result] = deque()
        self._draining = False
        self._done_results: list[Result] | None = None
        self._order: dict[str, int] = {}
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self.setWindowIcon(branding.window_icon())
        self.setStyleSheet(branding.stylesheet())
        self.resize(680, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(branding.logo_pixmap(40))
        named(logo, branding.app_name)
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        self.header = QLabel()
        self.header.setProperty("role", "header")
        titles.addWidget(self.header)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        verdict_font = QFont(self._bold)
        verdict_font.setPointSizeF(max(verdict_font.pointSizeF(), 9.0) * 1.15)
        self.verdict.setFont(verdict_font)
        titles.addWidget(self.verdict)
        top.addLayout(titles, 1)
        layout.addLayout(top)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setSpacing(6)
        self.checks_heading = QLabel()
        self.checks_heading.setFont(self._bold)
        self.list_layout.addWidget(self.checks_heading)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.list_widget)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.start)
        self.contact_button = QPushButton()
        self.contact_button.clicked.connect(lambda: self.contact_requested.emit(self))
        self.close_button = QPushButton()
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.contact_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._slots = [((1, -1, -1), None)]
        for state in ("ok", "warning", "problem"):  # SVG rendering happens now, not while results pour in
            state_pixmap(state, 32), state_pixmap(state, 16)
        self._relabel()
        self.verdict.setText(tr("Press “Check again” to check your computer."))
        named(self.verdict, tr("Overall verdict"), self.verdict.text())

    def _relabel(self) -> None:
        self.setWindowTitle(f"{self.branding.app_name} — {heading(self.area)}")
        self.header.setText(heading(self.area))
        named(self.header, heading(self.area))
        named(self.status, tr("Progress"))
        named(self.progress, tr("Checks finished"))
        named(self.scroll, tr("Results"))
        self.checks_heading.setText(tr("What was checked"))
        named(self.checks_heading, tr("What was checked"))
        for button, text, name in (
            (self.again_button, tr("Check &again"), tr("Check again")),
            (self.contact_button, tr("Still not working? Contact &IT"), tr("Still not working? Contact IT")),
            (self.close_button, tr("C&lose"), tr("Close")),
        ):
            button.setText(text)
            named(button, name)

    # -- sweep -----------------------------------------------------------------------------------------------
    @property
    def cards(self) -> list[ResultCard]:
        """In the order shown: area verdicts, then the checks, problems first."""
        return [card for _key, card in self._slots if card is not None]

    @property
    def complete(self) -> bool:
        """The sweep is over and every result is on screen."""
        return self._done_results is not None and not self._pending

    def start(self) -> None:
        """Start a sweep. Choosing the checks may import every check module (~70 ms the first time): that
        happens in the worker too, and the window learns the plan from its first message."""
        if self.job is not None and not self.job.finished:
            return
        from desktop_app.engine import Sweep

        self._clear()
        self._sweep = None
        self._cancelled = False
        self.system = system = self.services.make_system()
        services, area = self.services, self.area
        self.progress.setRange(0, 0)  # busy until the checks are known
        self.progress.show()
        self.again_button.setEnabled(False)
        self._set_verdict(tr("Checking your computer…"))
        self.status.setText("")

        def work(emit: Any) -> list[Result]:
            background_priority()
            checks = services.checks_for(area)
            verdicts = services.verdicts(checks)
            sweep = Sweep(checks, system, services.context(), verdicts=verdicts)
            self._sweep = sweep
            if self._cancelled:
                sweep.cancel()
            emit(Plan(checks, verdicts))
            return sweep.run(on_result=emit)

        self.job = start_job(self, work, progress=self._on_progress, done=self._on_done, failed=self._on_failed)

    def _on_progress(self, event: Any) -> None:
        if isinstance(event, Plan):
            self._order = {c.id: i for i, c in enumerate(event.checks)} | {v.id: i for i, v in enumerate(event.verdicts)}
            self.progress.setRange(0, max(1, len(event.checks)))
            self.progress.setValue(0)
            if event.checks:
                self.status.setText(tr("Checking… {done} of {total}", done=0, total=len(event.checks)))
        elif isinstance(event, Result):
            self._on_result(event)

    def _clear(self) -> None:
        for card in self.cards:
            card.frame.setParent(None)
            card.frame.deleteLater()
        self._slots = [((1, -1, -1), None)]  # "What was checked" sits between the verdicts and the checks
        self._pending.clear()
        self._done_results = None
        self.results = []

    def _on_result(self, result: Result) -> None:
        """Cheap on purpose: the card is built later, a few per event-loop turn."""
        self.results.append(result)
        self._pending.append(result)
        checks = sum(1 for r in self.results if not is_verdict(r))
        done = min(checks, self.progress.maximum())
        self.progress.setValue(done)
        self.status.setText(tr("Checking… {done} of {total}", done=done, total=self.progress.maximum()))
        self._schedule()

    def _schedule(self) -> None:
        if not self._draining and self._pending:
            self._draining = True
            QTimer.singleShot(0, self._drain)

    def _drain(self) -> None:
        self._draining = False
        for _ in range(CARDS_PER_TURN):
            if not self._pending:
                break
            self._add_card(self._pending.popleft())
        if self._pending:
            self._schedule()
        else:
            self._chain_focus()
            self._maybe_finish()

    def _add_card(self, result: Result) -> None:
        ctx = self.services.context()
        fixes = [
            fix
            for fix in (self.services.fix(fid) for fid in result.fixes)
            if fix is not None and ctx.platform in fix.platforms and ctx.policy.fix_enabled(fix.id)
        ]
        card = ResultCard(result, fixes, self._bold, self.list_widget)
        card.on_fix = lambda fix_id, res: self.fix_requested.emit(fix_id, res, self)
        card.on_help = self.help_requested.emit
        position = self._order.get(result.id, self._order.get(result.id.split(".")[0], len(self._order)))
        key = (0 if is_verdict(result) else 1, _RANK[result.status], position)
        index = bisect.bisect_right([k for k, _card in self._slots], key)
        self._slots.insert(index, (key, card))
        self.list_layout.insertWidget(index, card.frame)

    def _chain_focus(self) -> None:
        """Tab follows what the eye reads: each card's buttons top to bottom, then the window's buttons."""
        chain = [b for card in self.cards for b in card.buttons()]
        chain += [self.again_button, self.contact_button, self.close_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _on_done(self, results: Sequence[Result]) -> None:
        self._done_results = list(results)
        self._maybe_finish()

    def _maybe_finish(self) -> None:
        if not self.complete or self._done_results is None:
            return
        self.results = list(self._done_results)
        self.progress.setValue(self.progress.maximum())
        self.progress.hide()  # the verdict and the summary line say it is over
        self.again_button.setEnabled(True)
        self._set_verdict(verdict_text(self.results))
        if self.results:
            self.status.setText(self.summary_text())
        self.sweep_finished.emit(list(self.results))

    def _set_verdict(self, text: str) -> None:
        self.verdict.setText(text)
        named(self.verdict, tr("Overall verdict"), text)

    def _on_failed(self, message: str) -> None:
        self.progress.hide()  # no busy bar (nor "Checking… 3 of 9") left running under the failure
        self.status.setText("")
        self.again_button.setEnabled(True)
        self._set_verdict(tr("The checks stopped unexpectedly ({error}).", error=message))

    def summary_text(self) -> str:
        checks = [r for r in self.results if not is_verdict(r)]
        problems = [r for r in checks if r.status in (Status.FAILED, Status.ERROR)]
        warnings = [r for r in checks if r.status == Status.WARNING]
        if not problems and not warnings:
            return tr("Done: everything looks fine.")
        found = []  # what was found, never "0 warnings"
        if problems:
            found.append(tr_plural(len(problems), N_("{count} problem"), N_("{count} problems"), count=len(problems)))
        if warnings:
            found.append(tr_plural(len(warnings), N_("{count} warning"), N_("{count} warnings"), count=len(warnings)))
        return tr("Done: {found}.", found=", ".join(found))

    def retranslate(self) -> None:
        """The language changed: relabel, and re-analyze the recorded observations (pure, nothing re-probed)."""
        from desktop_app.engine import analyze_check, conclude, skipped_result
        from desktop_app.observations import Observations

        self._relabel()
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
        self.show_results(results)

    def show_results(self, results: Sequence[Result]) -> None:
        """Show results analyzed elsewhere (a language switch, a replayed recording) as a finished sweep."""
        self._clear()
        self.progress.setRange(0, max(1, sum(1 for r in results if not is_verdict(r))))
        self.progress.show()
        for result in results:
            self._on_result(result)
        # known already: the verdict now, and no "Checking… 16 of 16" while the cards are laid out
        self._set_verdict(verdict_text(results))
        self.status.setText("")
        self._on_done(results)

    def reject(self) -> None:
        """Escape, Close and the window's close box all end here: a running sweep is cancelled."""
        if self.job is not None and not self.job.finished:
            self._cancelled = True  # a sweep not created yet cancels itself as it starts
            sweep = getattr(self, "_sweep", None)
            if sweep is not None:
                sweep.cancel()
        super().reject()
