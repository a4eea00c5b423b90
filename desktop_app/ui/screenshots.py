"""Render the main screens in English and French from a recorded scenario, through the real analyzers.

Every text on these screens is what the product says for the observations recorded by
scripts/screenshot_scenario.py (a Linux laptop in the lab: provider down, printer paused, /home 96 % full):
the results come from ``desktop_app.replay``, and the fix, the checklist and the ticket run against a seam that
answers from the recording, so nothing is probed, deleted or sent here, and every string is translated.

    QT_QPA_PLATFORM=offscreen python -m desktop_app.ui.screenshots docs/screenshots [scenario folder]
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop_app.model import Context, Result
from desktop_app.recording import Recording, read_recording
from desktop_app.system import System

SCENARIO = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "ui" / "scenario"
PHASES = ("before", "onboarding", "preview", "cleanup", "after")


class ReplaySystem(System):
    """A seam that answers from a recording: commands by their argument list, values by kind and name, in
    the order they were recorded. Nothing runs; what was not recorded is an error, as on a machine without it."""

    def __init__(self, recording: Recording):
        super().__init__(recording.platform)
        self.commands: dict[tuple[str, ...], list[Mapping[str, Any]]] = {}
        self.values: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
        for record in recording.observations:
            if record.get("kind") == "command":
                self.commands.setdefault(tuple(record.get("argv") or ()), []).append(record)
            else:
                self.values.setdefault((str(record.get("kind")), str(record.get("name"))), []).append(record)
        self.missing: list[str] = []

    @staticmethod
    def _next(records: list[Mapping[str, Any]]) -> Mapping[str, Any]:
        return records.pop(0) if len(records) > 1 else records[0]

    def _execute(self, argv: list[str], timeout: float, env: Any, input_text: Any) -> tuple[int | None, str, str, str | None]:
        records = self.commands.get(tuple(argv))
        if not records:
            self.missing.append(" ".join(argv))
            return None, "", "", f"not found: {argv[0]}"
        record = self._next(records)
        return record.get("returncode"), str(record.get("stdout") or ""), str(record.get("stderr") or ""), record.get("error")

    def _evaluate(self, kind: str, name: str, fn: Callable[[], Any], timeout: float) -> tuple[Any, str | None]:
        records = self.values.get((kind, name))
        if not records:
            self.missing.append(f"{kind}:{name}")
            return None, "not recorded"
        record = self._next(records)
        return record.get("value"), record.get("error")

    def which(self, program: str) -> str | None:
        return f"/usr/bin/{program}" if any(argv and argv[0] == program for argv in self.commands) else None


def load_scenario(folder: Path) -> dict[str, Recording]:
    missing = [p for p in PHASES if not (folder / p / "observations.jsonl").is_file()]
    if missing:
        raise SystemExit(f"{folder}: no recording for {', '.join(missing)}; run: sudo .venv/bin/python scripts/screenshot_scenario.py")
    return {phase: read_recording(folder / phase) for phase in PHASES}


def scenario_policy(folder: Path) -> Any:
    from desktop_app import policy as policy_mod

    return policy_mod.load(folder / "policy.toml", system_paths=[], managed=[], user_path=folder / "no-user-preferences.toml")


def _seams(scenario: Mapping[str, Recording], phases: Sequence[str]) -> Callable[[], System]:
    """make_system for a sequence of steps (the fix dialog asks for its preview, its run, then its check)."""
    queue: Iterator[str] = iter(phases)
    last = [phases[-1]]

    def make() -> System:
        last[0] = next(queue, last[0])
        return ReplaySystem(scenario[last[0]])

    return make


def _settle(app: QApplication, until: Callable[[], bool] | None = None, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if until is None or until():
            break
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, path: Path, app: QApplication) -> None:
    if not widget.isVisible():
        widget.show()
    _settle(app)
    widget.grab().save(str(path))
    print(path)


def main(out: str = "docs/screenshots", scenario_dir: str | None = None) -> int:
    from desktop_app.replay import replay
    from desktop_app.ui.common import Branding, Services, apply_language

    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    source = Path(scenario_dir) if scenario_dir else SCENARIO
    scenario = load_scenario(source)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    base_home = Path(os.environ.get("SELFDESK_HOME") or tempfile.mkdtemp(prefix="sdui-shots-"))
    for lang in ("en", "fr"):
        apply_language(lang)
        os.environ["SELFDESK_HOME"] = str(base_home / lang)  # each language its own outbox and fix log
        policy = in_language(scenario_policy(source), lang)
        before = scenario["before"]
        ctx = Context(policy=policy, platform=before.platform)
        results = replay(before, ctx)
        services = Services(policy, platform=before.platform, make_system=_seams(scenario, ["before"]))
        branding = Branding.from_policy(policy)
        shots = Shots(app, folder, lang, services, branding, scenario, results)
        shots.all()
    return 0


class Shots:
    def __init__(self, app: QApplication, folder: Path, lang: str, services: Any, branding: Any, scenario: Mapping[str, Recording], results: list[Result]):
        self.app, self.folder, self.lang = app, folder, lang
        self.services, self.branding, self.scenario, self.results = services, branding, scenario, results
        self.opened: list[QWidget] = []

    def path(self, name: str) -> Path:
        return self.folder / f"{name}-{self.lang}.png"

    def keep(self, widget: QWidget) -> QWidget:
        """Branded as the tray brands the windows it opens."""
        from desktop_app.ui.common import apply_branding

        apply_branding(widget, self.branding)
        self.opened.append(widget)
        return widget

    def all(self) -> None:
        window = self.results_window()
        self.help_window()
        self.fix_dialog()
        self.onboarding()
        self.ticket_and_outbox(window)
        self.settings()
        for widget in self.opened:
            widget.close()
            widget.deleteLater()
        _settle(self.app)

    def results_window(self) -> Any:
        from desktop_app.ui.results_window import ResultsWindow

        window = self.keep(ResultsWindow(self.services, None, self.branding))
        window.resize(720, 820)
        window.system = ReplaySystem(self.scenario["before"])
        window.system.add_recorded(self.scenario["before"].observations)
        window.show()
        window.show_results(self.results)
        _settle(self.app, lambda: window.complete)
        _save(window, self.path("results"), self.app)
        return window

    def help_window(self) -> None:
        from desktop_app.ui.help_window import HelpWindow

        verdict = next((r for r in self.results if r.id == "verdict.network" and r.help), None)
        window = self.keep(HelpWindow(self.services.policy, verdict.help if verdict else None))
        window.resize(900, 600)
        _save(window, self.path("help"), self.app)

    def fix_dialog(self) -> None:
        from desktop_app import registry
        from desktop_app.ui.common import Services
        from desktop_app.ui.fix_dialog import FixDialog

        fix = registry.fix("disk.cleanup")
        assert fix is not None
        result = next((r for r in self.results if r.id == "verdict.disk"), None)
        services = Services(self.services.policy, platform=self.services.platform, make_system=_seams(self.scenario, ["preview", "cleanup", "after"]))
        dialog = self.keep(FixDialog(fix, result, services))
        dialog.show()
        _settle(self.app, lambda: dialog.preview_job is not None and dialog.preview_job.finished and bool(dialog.checkboxes))
        _save(dialog, self.path("fix-preview"), self.app)
        dialog.apply()
        _settle(self.app, lambda: dialog.outcome is not None, timeout=20)
        _save(dialog, self.path("fix"), self.app)

    def onboarding(self) -> None:
        from desktop_app.ui.common import Services
        from desktop_app.ui.onboarding_wizard import OnboardingWizard

        services = Services(self.services.policy, platform=self.services.platform, make_system=_seams(self.scenario, ["onboarding"]))
        baseline = Path(tempfile.mkdtemp(prefix="sdui-shots-")) / "baseline.json"
        wizard = self.keep(OnboardingWizard(services, self.branding, baseline_path=baseline))
        wizard.resize(700, 760)
        wizard.show()
        wizard.start()
        _settle(self.app, lambda: not wizard.running and bool(wizard.outcomes), timeout=20)
        _save(wizard, self.path("onboarding"), self.app)

    def ticket_and_outbox(self, window: Any) -> None:
        from desktop_app.ui.outbox_window import OutboxWindow
        from desktop_app.ui.ticket_dialog import TicketDialog

        ticket = self.keep(TicketDialog(self.services, window.results, window.system.observations))
        ticket.resize(660, 820)
        ticket.show()
        _settle(self.app, lambda: ticket.preview_button.isEnabled(), timeout=30)
        ticket.user_text.setPlainText(USER_TEXT[self.lang])
        _save(ticket, self.path("ticket"), self.app)
        ticket.preview()
        preview = getattr(ticket, "preview_dialog", None)
        if isinstance(preview, QDialog):
            preview.resize(640, 520)
            _save(preview, self.path("ticket-preview"), self.app)
            preview.close()
        ticket.consent.setChecked(True)
        ticket.send()
        _settle(self.app, lambda: ticket.item is not None, timeout=30)
        outbox = self.keep(OutboxWindow(policy=self.services.policy))
        outbox.resize(900, 300)
        _save(outbox, self.path("outbox"), self.app)

    def settings(self) -> None:
        from desktop_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.services.policy, self.branding.app_name, branding=self.branding)  # as the tray opens it
        _save(self.keep(dialog), self.path("settings"), self.app)


# What the organisation and the user wrote themselves: in the employees' language, as a French company would.
ORG_TEXT = {
    "fr": {
        "Read the welcome page": "Lire la page d’accueil",
        "I can sign in to my e-mail": "Je peux me connecter à ma messagerie",
        "Mon-Fri 9:00-18:00": "Du lundi au vendredi, 9 h – 18 h",
    }
}


def in_language(policy: Any, lang: str) -> Any:
    words = ORG_TEXT.get(lang, {})
    if not words:
        return policy
    policy.values = copy.deepcopy(policy.values)
    helpdesk = policy.values["helpdesk"]
    helpdesk["hours"] = words.get(helpdesk.get("hours", ""), helpdesk.get("hours", ""))
    for item in policy.values["onboarding"].get("items") or []:
        if isinstance(item, dict) and item.get("title") in words:
            item["title"] = words[item["title"]]
    return policy


USER_TEXT = {
    "en": "Since this morning no website opens at home, and the office printer does not print my documents.",
    "fr": "Depuis ce matin, aucun site ne s’ouvre chez moi, et l’imprimante du bureau n’imprime pas mes documents.",
}


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
