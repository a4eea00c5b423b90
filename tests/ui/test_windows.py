"""pytest-qt tests of each window and flow, with the seam faked (FakeSystem + tiny checks)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from desktop_app.model import Status
from desktop_app.ui.app import TrayApp
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import STATE
from tests.ui.helpers import run_results_window, unnamed_controls


def test_results_stream_into_the_window_with_progress(qtbot, services) -> None:
    window = run_results_window(qtbot, services)
    titles = [c.result.title for c in window.cards]
    assert sorted(titles) == ["Disk space", "Printers"]
    assert window.progress.value() == window.progress.maximum() == 2
    printer = next(c for c in window.cards if c.result.id == "printers")
    # The state is in words as well as an icon, and advice is shown
    assert "Problem" in printer.status_label.text()
    assert window.status.text() == "Done: 1 problem, 1 warning."
    disk = next(c for c in window.cards if c.result.id == "disk")
    assert [b.text() for b in disk.fix_buttons] == ["Fix it"]
    assert not unnamed_controls(window)


def test_area_window_runs_only_that_area(qtbot, services) -> None:
    window = run_results_window(qtbot, services, "printers")
    assert [c.result.id for c in window.cards] == ["printers"]
    assert window.windowTitle().endswith("Printers")


# The fix dialog and the help window: tests/ui/test_results_fix_help.py


# The ticket dialog, the outbox window and background delivery (real outbox): tests/ui/test_ticket_outbox.py


def test_language_switch_shows_french(qtbot, services) -> None:
    dialog = SettingsDialog(services.policy, "SelfDesk")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.save()
    prefs = tomllib.loads(Path(__import__("desktop_app.policy.locations", fromlist=["x"]).user_preferences_path()).read_text())
    assert prefs["preferences"]["language"] == "fr"
    tray = TrayApp(services, start_monitor=False)
    tray.apply_settings(dialog.values())
    tray.rebuild_menu()
    texts = [a.text() for a in tray.menu.actions() if a.text()]
    assert "&Lancer le diagnostic" in texts
    assert "&Quitter" in texts
    window = run_results_window(qtbot, services, "printers")
    assert window.close_button.text() == "&Fermer"
    assert "Problème" in window.cards[0].status_label.text()
    tray.shutdown()


def test_tray_monitor_notifies_once_when_worse_and_respects_snooze(qtbot, services) -> None:
    STATE["disk_percent"] = 50.0
    tray = TrayApp(services, start_monitor=False)
    shown: list[tuple[str, str]] = []
    tray.tray.showMessage = lambda title, body, *a: shown.append((title, body))  # type: ignore[method-assign]

    def cycle() -> None:
        with qtbot.waitSignal(tray.state_changed, timeout=5000):
            tray.run_monitor()

    cycle()
    assert tray.state == "ok" and shown == []
    STATE["disk_percent"] = 99.0
    cycle()
    assert tray.state == "problem"
    assert shown == [("Disk space", "Your disk is 99% full.")]
    cycle()
    assert len(shown) == 1  # same state: once only
    # snoozed: the icon still follows, no notification
    from datetime import UTC, datetime, timedelta

    STATE["disk_percent"] = 50.0
    cycle()
    tray.monitor.snooze(datetime.now(UTC) + timedelta(hours=1))
    tray.monitor.interval = 0
    STATE["disk_percent"] = 99.0
    cycle()
    assert tray.state == "problem" and len(shown) == 1
    tray.shutdown()


def test_tray_menu_entries_and_single_instance(qtbot, services) -> None:
    from PySide6.QtNetwork import QLocalServer

    from desktop_app.ui.app import notify_running_instance

    tray = TrayApp(services, start_monitor=False)
    texts = [a.text() for a in tray.menu.actions() if a.text()]
    assert texts[0] == "&Run diagnostics"
    for entry in ("&Wi-Fi && internet", "&VPN", "&Disk space", "&Printers", "Get &help from IT…", "Help &articles", "&Outbox", "&Settings and about", "&Quit"):
        assert entry in texts
    name = f"selfdesk-test-{id(tray)}"
    assert not notify_running_instance(name, 100)
    server = QLocalServer()
    assert server.listen(name)
    got: list[bool] = []
    server.newConnection.connect(lambda: got.append(True))
    assert notify_running_instance(name, 1000)
    qtbot.waitUntil(lambda: bool(got), timeout=2000)
    server.close()
    tray.shutdown()


def test_tray_opens_area_window_and_icon_follows_sweep(qtbot, services) -> None:
    tray = TrayApp(services, start_monitor=False)
    with qtbot.waitSignal(tray.state_changed, timeout=5000):
        window = tray.open_area("printers")
    qtbot.addWidget(window)
    assert tray.state == "problem"
    assert "problem" in tray.tray.toolTip().lower()
    tray.shutdown()


def test_result_status_words_not_colour_only() -> None:
    from desktop_app.ui.common import status_text

    assert {status_text(s) for s in Status} == {"OK", "Needs attention", "Problem", "Could not check", "Not checked"}


@pytest.mark.parametrize("state", ["ok", "warning", "problem", "checking"])
def test_state_icons_exist_and_differ(state: str) -> None:
    from desktop_app.resources import resource_path

    text = resource_path("icons", f"{state}.svg").read_text()
    shapes = {"ok": "<circle", "warning": "M32 4 L61 58", "problem": "H43 L61 21", "checking": "<rect"}
    assert shapes[state] in text
