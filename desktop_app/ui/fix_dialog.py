""""Fix it": say what will change (and whether admin rights are needed), ask consent, apply off the UI
thread, show the verified outcome, then ask "Did this solve it?".

A fix that offers choices (the disk cleanup: which categories) first runs its dry run off the UI thread and
shows one checkbox per category it can clean, with the size each would free. The dry run's steps carry the
items in ``details["items"]`` as ``{category, title, bytes, files, selectable}`` (one step's details with a
``category`` is read as one item too); the choice goes to the engine as ``Context.params[param]``. After the
real run the freed bytes (``details["freed_bytes"]`` per step) are added up and shown.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import history
from desktop_app.diagnostics.disk.labels import CATEGORY_LABELS, category_label, format_bytes
from desktop_app.i18n import tr
from desktop_app.model import Context, Fix, Result
from desktop_app.ui.common import Job, Services, named, start_job, state_icon, status_text

OUTCOME_STATE = {"verified": "ok", "unverified": "warning", "rolled back": "warning", "failed": "problem", "refused": "warning"}
CHOICES = {"disk.cleanup": "categories"}  # fix id -> the parameter its preview's choices fill


def outcome_label(status: str) -> str:
    return {
        "verified": tr("Fixed and verified"),
        "unverified": tr("Done, not checked"),
        "failed": tr("Not fixed"),
        "rolled back": tr("Not fixed — the change was undone"),
        "refused": tr("Not applied"),
        "dry-run": tr("Preview only"),
    }.get(status, status)


@dataclass(frozen=True)
class Choice:
    category: str
    title: str
    bytes: int | None
    files: int | None
    selectable: bool
    note: str = ""  # why a report-only category is not cleaned, from the engine


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0 else None


def _category_id(value: str) -> str:
    """Items name their category by id; older details carried the translated label instead."""
    if value in CATEGORY_LABELS:
        return value
    return next((cid for cid in CATEGORY_LABELS if category_label(cid) == value), value)


def preview_choices(steps: Sequence[Mapping[str, Any]]) -> list[Choice]:
    """The per-category items of a dry run, in order, once each; anything malformed is left out."""
    found: dict[str, Choice] = {}
    for step in steps:
        details = step.get("details") if isinstance(step, Mapping) else None
        if not isinstance(details, Mapping):
            continue
        raw = details.get("items")
        candidates = raw if isinstance(raw, list) else [details] if "category" in details else []
        for item in candidates:
            if not isinstance(item, Mapping) or not isinstance(item.get("category"), str) or item.get("error"):
                continue
            cid = _category_id(item["category"])
            size = next((_int(item.get(k)) for k in ("bytes", "freed_bytes") if _int(item.get(k)) is not None), None)
            title = item.get("title") if isinstance(item.get("title"), str) and item.get("title") else category_label(cid)
            note = item.get("note") if isinstance(item.get("note"), str) else ""
            found.setdefault(cid, Choice(cid, str(title), size, _int(item.get("files")), item.get("selectable", True) is not False, note))
    return list(found.values())


def preview_lines(steps: Sequence[Mapping[str, Any]]) -> list[str]:
    """What a dry run found it would do, in the user's words (``details["lines"]``, or its ``note`` when it
    would do nothing): e.g. which documents a cancel would remove."""
    lines: list[str] = []
    for step in steps:
        details = step.get("details") if isinstance(step, Mapping) else None
        if not isinstance(details, Mapping):
            continue
        said = details.get("lines")
        if isinstance(said, list):
            lines += [str(line) for line in said if isinstance(line, str) and line]
        if not said and isinstance(details.get("note"), str) and details["note"]:
            lines.append(details["note"])
    return lines


def freed_bytes(steps: Sequence[Mapping[str, Any]]) -> int | None:
    """What a real run freed, from its steps' details; None when no step says."""
    total, said = 0, False
    for step in steps:
        details = step.get("details") if isinstance(step, Mapping) else None
        if not isinstance(details, Mapping) or step.get("rollback"):
            continue
        size = _int(details.get("freed_bytes"))
        if size is None and isinstance(details.get("items"), list):
            sizes = [_int(i.get("freed_bytes")) for i in details["items"] if isinstance(i, Mapping)]
            size = sum(s for s in sizes if s is not None) if any(s is not None for s in sizes) else None
        if size is not None:
            total, said = total + size, True
    return total if said else None


def _esc(text: str) -> str:
    return html.escape(str(text), quote=False)


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    named(label, text)
    return label


class FixDialog(QDialog):
    contact_requested = Signal()
    outcome_ready = Signal(object)
    preview_ready = Signal(list)  # the choices shown (empty when the fix offers none)

    def __init__(self, fix: Fix, result: Result | None, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        from desktop_app.fixes import engine
        from desktop_app.fixes.elevation import admin_notice

        self.fix = fix
        self.result = result
        self.services = services
        self.outcome: Any = None
        self.job: Job | None = None
        self.preview_job: Job | None = None
        self.choices: list[Choice] = []
        self.checkboxes: dict[str, QCheckBox] = {}
        self.param = CHOICES.get(fix.id)
        self.setWindowTitle(tr("Fix: {title}", title=tr(fix.title)))
        self.setModal(True)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{_esc(tr(fix.title))}</b>")
        named(title, tr(fix.title))
        layout.addWidget(title)
        self.changes_label = _wrapped(tr("What it will do: {changes}", changes=tr(fix.changes)))
        layout.addWidget(self.changes_label)
        self.admin_label = _wrapped(
            admin_notice(services.platform) if fix.needs_admin else tr("No administrator rights are needed.")
        )
        layout.addWidget(self.admin_label)
        if fix.reversible:
            layout.addWidget(_wrapped(tr("If it does not help, the change is undone automatically.")))
        self.refusal = engine.refusal(fix, services.context())
        # Choices (the cleanup's categories), filled by the dry run
        self.choice_box = QGroupBox(tr("What to clean"))
        self.choice_layout = QVBoxLayout(self.choice_box)
        self.choice_note = _wrapped(tr("Measuring what can be freed…"))
        self.choice_layout.addWidget(self.choice_note)
        self.choice_box.setVisible(self.param is not None and self.refusal is None)
        layout.addWidget(self.choice_box)
        self.steps_title = QLabel(tr("Steps:"))
        layout.addWidget(self.steps_title)
        self.steps = _wrapped("")
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps_title.setBuddy(self.steps)
        layout.addWidget(self.steps)
        # Decided when the fix runs (which documents, which printer): measured by a dry run, shown here
        self.found = _wrapped("")
        self.found.hide()
        layout.addWidget(self.found)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        named(self.progress, tr("Applying the fix"))
        layout.addWidget(self.progress)
        self.outcome_row = QHBoxLayout()
        self.outcome_icon = QLabel()
        self.outcome_text = QLabel("")
        self.outcome_text.setWordWrap(True)
        self.outcome_text.setTextFormat(Qt.TextFormat.RichText)
        named(self.outcome_text, tr("Outcome"))
        self.outcome_row.addWidget(self.outcome_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.outcome_row.addWidget(self.outcome_text, 1)
        layout.addLayout(self.outcome_row)
        # "Did this solve it?" (shown after the fix ran)
        self.feedback = QWidget()
        row = QHBoxLayout(self.feedback)
        row.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel(tr("Did this solve it?"))
        self.yes_button = QPushButton(tr("&Yes"))
        self.no_button = QPushButton(tr("&No"))
        named(self.yes_button, tr("Yes, it is solved"))
        named(self.no_button, tr("No, it is not solved"))
        self.yes_button.clicked.connect(lambda: self.answer(True))
        self.no_button.clicked.connect(lambda: self.answer(False))
        row.addWidget(self.question)
        row.addWidget(self.yes_button)
        row.addWidget(self.no_button)
        row.addStretch(1)
        self.feedback.hide()
        layout.addWidget(self.feedback)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(tr("&Fix it"))
        self.apply_button.setProperty("primary", True)
        self.apply_button.setDefault(True)
        named(self.apply_button, tr("Fix it"), tr(fix.changes))
        self.apply_button.clicked.connect(self.apply)
        self.contact_button = QPushButton(tr("Still not working? Contact &IT"))
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
        self._show_steps()
        if self.refusal is not None:
            self.outcome_icon.setPixmap(state_icon("warning").pixmap(24, 24))
            self._set_outcome(_esc(self.refusal), self.refusal)
        self.apply_button.setEnabled(self.refusal is None and self.param is None)
        self._chain_focus()
        if self.param is not None and self.refusal is None:
            self._start_preview()
        elif self.refusal is None and self._decided_when_run():
            self._start_preview(found_only=True)

    # -- before: steps and choices ---------------------------------------------------------------------------
    def context(self) -> Context:
        ctx = self.services.context()
        if self.param is None or not self.choices:
            return ctx
        return Context(policy=ctx.policy, platform=ctx.platform, params={self.param: self.selected()})

    def selected(self) -> list[str]:
        return [cid for cid, box in self.checkboxes.items() if box.isChecked()]

    def _show_steps(self) -> None:
        from desktop_app.fixes import engine

        if self.refusal is not None:
            self.steps_title.hide()
            self.steps.hide()
            return
        try:
            steps = engine.preview(self.fix, self.context())
        except Exception as exc:  # a plan that cannot be built is a refusal, not a crash
            self.refusal = tr("This fix cannot be prepared here ({error}).", error=str(exc))
            self.apply_button.setEnabled(False)
            self._set_outcome(_esc(self.refusal), self.refusal)
            return
        text = "\n".join("• " + engine.describe_step(s) for s in steps) or tr("Nothing is selected: nothing would change.")
        self.steps.setText(text)
        named(self.steps, tr("Steps"), text)
        self.fit()

    def fit(self) -> None:
        """As tall as the content at the current width: no empty boxes, no wrapped line cut off."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        self.resize(width, max(height, layout.totalMinimumSize().height()))

    def _decided_when_run(self) -> bool:
        """True when a step works out its targets on the spot (an action, not a fixed command)."""
        from desktop_app.fixes import engine

        try:
            return any(step.action is not None for step in engine.preview(self.fix, self.services.context()))
        except Exception:  # _show_steps already says why the plan cannot be built
            return False

    def _start_preview(self, found_only: bool = False) -> None:
        from desktop_app.fixes import engine

        fix, services = self.fix, self.services

        def work(_emit: Any) -> Any:
            return engine.apply(fix, services.make_system(), services.context(), consent=False, dry_run=True)

        done = self._found_done if found_only else self._preview_done
        failed = (lambda _message: None) if found_only else self._preview_failed  # the steps above still stand
        self.preview_job = start_job(self, work, done=done, failed=failed)

    def _found_done(self, outcome: Any) -> None:
        lines = preview_lines(getattr(outcome, "steps", []))
        if lines:
            text = tr("On this computer:") + "\n" + "\n".join("• " + line for line in lines)
            self.found.setText(text)
            named(self.found, tr("On this computer"), text)
            self.found.show()
            QTimer.singleShot(0, self.fit)
        self.preview_ready.emit([])

    def _preview_done(self, outcome: Any) -> None:
        self.choices = preview_choices(getattr(outcome, "steps", []))
        if not self.choices:
            self.choice_note.setText(tr("The sizes could not be measured; the usual safe choices will be cleaned."))
        else:
            self.choice_note.setText(tr("Choose what to clean. Items without a box are listed for you to check yourself."))
        named(self.choice_note, self.choice_note.text())
        for choice in self.choices:
            size = format_bytes(choice.bytes)
            if choice.selectable:
                box = QCheckBox(tr("{title}: {size}", title=choice.title, size=size))
                box.setChecked(True)
                named(box, tr("Clean {title}, {size}", title=choice.title, size=size))
                box.toggled.connect(self._choice_changed)
                self.checkboxes[choice.category] = box
                self.choice_layout.addWidget(box)
            else:
                text = (
                    tr("{title}: {size} — {note}", title=choice.title, size=size, note=choice.note)
                    if choice.note
                    else tr("{title}: {size} — not cleaned automatically: check these yourself.", title=choice.title, size=size)
                )
                note = _wrapped(text)
                note.setContentsMargins(22, 0, 0, 0)  # under the checkboxes' text, without a box (setIndent breaks wrapping)
                self.choice_layout.addWidget(note)
        self.total_label = _wrapped("")
        self.choice_layout.addWidget(self.total_label)
        if self.choices:  # the boxes say what will be cleaned, step by step
            self.steps_title.hide()
            self.steps.hide()
        self._choice_changed()
        self._chain_focus()
        # the focus sat on Cancel while measuring: give Enter back to "Fix it", start on the first choice
        self.apply_button.setDefault(True)
        (next(iter(self.checkboxes.values()), None) or self.apply_button).setFocus()
        QTimer.singleShot(0, self.fit)  # once the new rows are shown, their wrapped height is known
        self.preview_ready.emit(self.choices)

    def _preview_failed(self, message: str) -> None:
        self.choice_note.setText(tr("The sizes could not be measured ({error}); the usual safe choices will be cleaned.", error=message))
        self.apply_button.setEnabled(True)
        self.apply_button.setDefault(True)
        self.apply_button.setFocus()
        self.preview_ready.emit([])

    def _choice_changed(self, _checked: bool = False) -> None:
        chosen = [c for c in self.choices if c.category in self.selected()]
        total = sum(c.bytes or 0 for c in chosen)
        if self.choices:
            self.total_label.setText(tr("Selected: {size}", size=format_bytes(total)) if chosen else tr("Choose at least one item to clean."))
            named(self.total_label, self.total_label.text())
        self.apply_button.setEnabled(self.refusal is None and bool(chosen or not self.checkboxes))
        self._show_steps()

    def _chain_focus(self) -> None:
        chain: list[QWidget] = [*self.checkboxes.values(), self.yes_button, self.no_button]
        chain += [self.contact_button, self.apply_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- applying --------------------------------------------------------------------------------------------
    def apply(self) -> None:
        """The user consented by pressing "Fix it": run the fix off the UI thread."""
        from desktop_app.fixes import engine

        if self.refusal is not None or not self.apply_button.isEnabled() or (self.job is not None and not self.job.finished):
            return
        self.apply_button.setEnabled(False)
        for box in self.checkboxes.values():
            box.setEnabled(False)
        self.progress.show()
        self._set_outcome(_esc(tr("Working on it…")), tr("Working on it…"))
        fix, services, ctx = self.fix, self.services, self.context()
        verify = services.verify_fn()

        def work(_emit: Any) -> Any:
            return engine.apply(fix, services.make_system(), ctx, consent=True, verify=verify)

        self.job = start_job(self, work, done=self._done, failed=self._failed)

    def _set_outcome(self, rich: str, plain: str) -> None:
        self.outcome_text.setText(rich)
        named(self.outcome_text, tr("Outcome"), plain)

    def _done(self, outcome: Any) -> None:
        self.outcome = outcome
        self.progress.hide()
        state = OUTCOME_STATE.get(outcome.status, "warning")
        self.outcome_icon.setPixmap(state_icon(state).pixmap(28, 28))
        label = outcome_label(outcome.status)
        lines = [label]
        if outcome.message and outcome.message not in (label, tr("Fixed and verified.")):  # the engine's own words for it
            lines.append(outcome.message)
        freed = freed_bytes(outcome.steps) if self.param is not None else None
        if freed is not None:
            lines.append(tr("Freed {size}.", size=format_bytes(freed)))
        checked = [tr("{status} · {title}: {summary}", status=status_text(r.status), title=r.title, summary=r.summary) for r in outcome.verify]
        rich = f"<b>{_esc(lines[0])}</b>" + "".join(f"<br>{_esc(x)}" for x in lines[1:])
        if checked:
            rich += "<br><br>" + _esc(tr("Checked again:")) + "".join(f"<br>{_esc(x)}" for x in checked)
        self._set_outcome(rich, " ".join(lines + checked))
        self.apply_button.hide()
        self.cancel_button.setText(tr("C&lose"))
        named(self.cancel_button, tr("Close"))
        self.cancel_button.setDefault(True)
        self.feedback.show()
        self.yes_button.setFocus()
        if outcome.status != "verified":
            self.contact_button.show()
        self.fit()
        self.outcome_ready.emit(outcome)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.outcome_icon.setPixmap(state_icon("problem").pixmap(28, 28))
        text = tr("The fix stopped unexpectedly ({error}).", error=message)
        self._set_outcome(_esc(text), text)
        self.contact_button.show()

    def answer(self, solved: bool) -> None:
        status = getattr(self.outcome, "status", "")
        results = [self.result.id] if self.result is not None else []
        history.record(self.fix.id, solved, outcome=status, results=results)
        self.feedback.hide()
        thanks = tr("Thanks! Glad it works again.") if solved else tr("Thanks for telling us. IT can take it from here.")
        self._set_outcome(self.outcome_text.text() + "<br>" + _esc(thanks), self.outcome_text.accessibleDescription() + " " + thanks)
        if solved:
            self.cancel_button.setFocus()
        else:
            self.contact_button.show()
            self.contact_button.setFocus()
        self.fit()

    def _contact(self) -> None:
        self.contact_requested.emit()
        self.accept()

    def reject(self) -> None:
        if self.job is not None and not self.job.finished:
            return  # a running fix is not abandoned half-way (Escape, Cancel or the close box)
        super().reject()
