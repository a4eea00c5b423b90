"""Every control a keyboard or screen-reader user can reach has a name, in every window the app shows.

``unnamed_controls`` walks a window's widgets: anything that takes keyboard focus (or is a button) and is
shown must carry an accessible name, a visible text of its own (a button's label) or a label pointing at
it (a buddy). Each window is checked in the state a user meets it (results shown, checklist run...).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app import i18n
from desktop_app.ui.common import Branding, Services, apply_language
from tests.fakes import FakeSystem
from tests.ui.conftest import CLEANUP
from tests.ui.helpers import internal_part, mnemonics, run_results_window, takes_focus, unnamed_controls

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _results(qtbot: Any, services: Services) -> QWidget:
    window = run_results_window(qtbot, services)
    assert any(card.buttons() for card in window.cards)  # a "Fix it" and a "Learn more" are among them
    return window


def _fix(qtbot: Any, services: Services) -> QWidget:
    from desktop_app.ui.fix_dialog import FixDialog

    dialog = FixDialog(CLEANUP, None, services)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=5000):
        dialog.show()
    with qtbot.waitSignal(dialog.outcome_ready, timeout=5000):
        dialog.apply()  # the outcome, "Did this solve it?" and its buttons are shown
    return dialog


def _ticket(qtbot: Any, services: Services) -> QWidget:
    from desktop_app.ui.ticket_dialog import TicketDialog

    dialog = TicketDialog(services, [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: all(j.finished for j in dialog.jobs), timeout=10_000)
    return dialog


def _outbox(qtbot: Any, services: Services) -> QWidget:
    from desktop_app.ui.outbox_window import OutboxWindow

    window = OutboxWindow(policy=services.policy)
    qtbot.addWidget(window)
    window.show()
    return window


def _help(qtbot: Any, services: Services) -> QWidget:
    from desktop_app.ui.help_window import HelpWindow

    window = HelpWindow(services.policy)
    qtbot.addWidget(window)
    window.show()
    return window


def _settings(qtbot: Any, services: Services) -> QWidget:
    from desktop_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services.policy, "SelfDesk", branding=Branding.from_policy(services.policy))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _onboarding(qtbot: Any, services: Services, tmp_path: Path) -> QWidget:
    from desktop_app.ui.onboarding_wizard import OnboardingWizard

    services.policy.values["onboarding"]["items"] = [
        {"kind": "security", "what": "encryption"},
        {"kind": "link", "id": "welcome", "title": "Read the welcome page", "url": "https://intranet.example/welcome"},
        {"kind": "confirm", "id": "mail", "title": "I can sign in to my e-mail"},
    ]
    lsblk = (FIXTURES / "onboarding" / "linux_lsblk_mountpoints_CAPTURED.json").read_text()  # an unencrypted disk
    services.make_system = lambda: FakeSystem("linux", commands={("lsblk", "-J", "-o", "NAME,TYPE,MOUNTPOINTS"): lsblk})
    wizard = OnboardingWizard(services, Branding.from_policy(services.policy), baseline_path=tmp_path / "baseline.json")
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.run_finished, timeout=10_000):
        wizard.start()
    return wizard


WINDOWS: dict[str, Callable[..., QWidget]] = {
    "results": _results,
    "fix": _fix,
    "ticket": _ticket,
    "outbox": _outbox,
    "help": _help,
    "settings": _settings,
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("kind", [*WINDOWS, "onboarding"])
def test_every_control_has_a_name(qtbot, services, tmp_path, kind: str, lang: str) -> None:
    apply_language(lang)
    try:
        window = _onboarding(qtbot, services, tmp_path) if kind == "onboarding" else WINDOWS[kind](qtbot, services)
        controls = [w for w in window.findChildren(QWidget) if w.isVisibleTo(window) and takes_focus(w) and not internal_part(w)]
        assert controls, "the walk found nothing to check"
        assert unnamed_controls(window) == []
    finally:
        apply_language("en")
        i18n.set_language("en")


def test_the_walk_catches_a_nameless_control(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    nameless = QLineEdit()
    layout.addWidget(nameless)
    labelled = QLineEdit()
    label = QLabel("&Name:")
    label.setBuddy(labelled)
    layout.addWidget(label)
    layout.addWidget(labelled)
    layout.addWidget(QPushButton("&OK"))
    icon_only = QPushButton()
    layout.addWidget(icon_only)
    root.show()
    assert unnamed_controls(root) == ["QLineEdit(QLineEdit)", "QPushButton(QPushButton)"]
    icon_only.setAccessibleName("Refresh")
    nameless.setAccessibleName("Search")
    assert unnamed_controls(root) == []


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("kind", [*WINDOWS, "onboarding"])
def test_every_alt_key_of_a_window_reaches_one_control(qtbot, services, tmp_path, kind: str, lang: str) -> None:
    apply_language(lang)
    try:
        window = _onboarding(qtbot, services, tmp_path) if kind == "onboarding" else WINDOWS[kind](qtbot, services)
        keys = mnemonics(window)
        assert keys and len(keys) == len(set(keys)), sorted(keys)
    finally:
        apply_language("en")
        i18n.set_language("en")
