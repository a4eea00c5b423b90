"""The tray as a user meets it: an honest icon, one grouped notification that opens the right window,
windows raised rather than duplicated, a snooze that survives saving settings, branding from policy, the
keyboard, memory released when windows close, the login start, and one instance only."""

from __future__ import annotations

import gc
import os
import re
import signal
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon, QWidget

from desktop_app import engine, registry
from desktop_app.i18n import tr
from desktop_app.model import Check, Result, Status
from desktop_app.ui.app import SingleInstance, TrayApp, notify_running_instance, server_name
from desktop_app.ui.common import Branding, Services, alive, apply_language, contrast_ratio, state_icon
from desktop_app.ui.results_window import ResultsWindow
from desktop_app.ui.settings_dialog import SettingsDialog
from tests import trayhost
from tests.fakes import NOT_FOUND, FakeSystem

ROOT = Path(__file__).resolve().parents[2]
NET: dict[str, Any] = {"online": True}


# -- a network area on a fake seam -------------------------------------------------------------------------


def _net_check(check_id: str, title: str, reason: str = "") -> Check:
    def collect(system: Any, ctx: Any) -> None:
        system.psutil(f"net_{check_id}", lambda: NET["online"])

    def analyze(obs: Any, ctx: Any) -> Result:
        online = obs.value("psutil", f"net_{check_id}").value
        facts = {} if online else {"reason": reason} if reason else {}
        return Result(check_id, Status.OK if online else Status.FAILED, "", "fine" if online else f"{title} fails.", facts=facts)

    return Check(check_id, "network", title, collect, analyze, monitor=True)


NETWORK = tuple(
    _net_check(i, t, r)
    for i, t, r in (
        ("wifi", "Wi-Fi", ""),
        ("network", "Network connection", "no_address"),
        ("gateway", "Router", ""),
        ("dns", "Name lookup (DNS)", ""),
        ("internet", "Internet access", ""),
    )
)


@pytest.fixture
def network_services(services: Services) -> Services:
    NET["online"] = True
    values = {f"net_{c.id}": (lambda: NET["online"]) for c in NETWORK}
    services.catalog = NETWORK
    services.make_system = lambda: FakeSystem("linux", values=values)
    services.verdicts = lambda checks: registry.verdicts_for(checks)  # type: ignore[method-assign]
    return services


@pytest.fixture
def tray(qtbot: Any, services: Services) -> Iterator[TrayApp]:
    app = TrayApp(services, start_monitor=False)
    yield app
    app.shutdown()
    for window in list(app.windows):
        if alive(window):
            window.deleteLater()
    QApplication.processEvents()


def _messages(tray: TrayApp) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    tray.tray.showMessage = lambda title, body, *a: shown.append((title, body))  # type: ignore[method-assign]
    return shown


def _round(qtbot: Any, tray: TrayApp) -> None:
    with qtbot.waitSignal(tray.state_changed, timeout=5000):
        tray.run_monitor()


def _same_icon(a: Any, b: Any) -> bool:
    return a.pixmap(32, 32).toImage() == b.pixmap(32, 32).toImage()


# -- 3. an honest icon -------------------------------------------------------------------------------------


def test_icon_says_not_checked_until_a_check_ran(qtbot, services) -> None:
    services.policy.values["monitor"]["enabled"] = False
    app = TrayApp(services)  # monitor off by policy: no check runs
    qtbot.wait(50)
    assert app.state == "unknown"
    assert _same_icon(app.tray.icon(), state_icon("unknown"))
    assert not _same_icon(state_icon("unknown"), state_icon("ok"))
    assert app.tray.toolTip() == "SelfDesk — Not checked yet: choose Run diagnostics to check now."
    assert "Everything looks fine" not in app.tray.toolTip()
    assert "Not checked yet" in [a.text() for a in app.menu.actions()][-2]  # the state in words in the menu too
    app.shutdown()


def test_unknown_icon_is_a_distinct_shape() -> None:
    from desktop_app.resources import resource_path

    svg = resource_path("icons", "unknown.svg").read_text()
    assert "stroke-dasharray" in svg and "fill=\"#FFFFFF\"" in svg  # a hollow dashed ring, not a filled badge
    for other in ("ok", "warning", "problem", "checking"):
        assert "stroke-dasharray" not in resource_path("icons", f"{other}.svg").read_text()


def test_icon_shows_checking_while_a_window_sweep_runs(qtbot, tray, services) -> None:
    gate = threading.Event()
    services.make_system = lambda: FakeSystem("linux", commands={"lpstat": "x"}, values={"disk_usage": lambda: (gate.wait(5), {"percent": 50.0})[1]})
    window = tray.open_area("disk")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: tray.shown_state == "checking", timeout=2000)
    assert _same_icon(tray.tray.icon(), state_icon("checking"))
    assert "Checking your computer" in tray.tray.toolTip()
    with qtbot.waitSignal(tray.state_changed, timeout=5000):
        gate.set()
    # the moment the result is known the icon says so (not a "checking" left until the job winds down)
    assert tray.shown_state == "ok" and "Everything looks fine" in tray.tray.toolTip()
    assert _same_icon(tray.tray.icon(), state_icon("ok"))


@pytest.mark.parametrize(("lang", "problem", "warning"), [
    ("en", "SelfDesk — A problem was found: Printers.", "SelfDesk — Something needs your attention: Disk space."),
    ("fr", "SelfDesk — Un problème a été trouvé\u00a0: Imprimantes.", "SelfDesk — Quelque chose mérite votre attention\u00a0: Espace disque."),
])
def test_the_tooltip_and_the_menu_say_where_the_worst_state_is(qtbot, tray, lang: str, problem: str, warning: str) -> None:
    apply_language(lang)
    try:
        for area in ("disk", "printers"):  # a warning (90 % full), then a problem (paused printer)
            with qtbot.waitSignal(tray.state_changed, timeout=5000):
                qtbot.addWidget(tray.open_area(area))
        assert tray.tray.toolTip() == problem  # the worst state, and only the areas in that state
        tray.rebuild_menu()
        assert problem in [action.text() for action in tray.menu.actions()]
        tray.area_windows["printers"].close()
        tray.monitor.update([Result("printers", Status.OK, "Printers", "fine")], source="window", areas={"printers": "printers"})
        tray.set_state(tray.monitor.state)
        assert tray.tray.toolTip() == warning
    finally:
        apply_language("en")


def test_a_fix_made_elsewhere_does_not_leave_the_icon_red(qtbot, tray) -> None:
    clock = [time.time()]
    tray.monitor.clock = lambda: clock[0]
    with qtbot.waitSignal(tray.state_changed, timeout=5000):
        window = tray.open_area("printers")
    qtbot.addWidget(window)
    assert tray.state == "problem"
    assert tray.expiry_timer.isActive()
    clock[0] += tray.monitor.window_ttl + 1
    with qtbot.waitSignal(tray.state_changed, timeout=1000):
        tray.expiry_timer.timeout.emit()
    assert tray.state == "unknown"
    assert "No recent check" in tray.tray.toolTip()


# -- 2. grouped notifications that open the right window ---------------------------------------------------


def test_a_network_outage_is_one_notification_and_a_click_opens_the_network_window(qtbot, network_services) -> None:
    app = TrayApp(network_services, start_monitor=False)
    shown = _messages(app)
    _round(qtbot, app)
    assert app.state == "ok" and shown == []
    NET["online"] = False
    _round(qtbot, app)
    assert shown == [("Network overall", "You are not connected to any network: connect to Wi-Fi or plug in a cable.")]
    assert app.state == "problem"
    _round(qtbot, app)
    assert len(shown) == 1  # still down: nothing new
    app.tray.messageClicked.emit()
    window = app.area_windows.get("network")
    assert isinstance(window, ResultsWindow) and window.isVisible()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.complete, timeout=5000)
    app.shutdown()


def test_a_click_on_a_sent_ticket_message_opens_the_outbox_not_an_area(qtbot, network_services, monkeypatch) -> None:
    app = TrayApp(network_services, start_monitor=False)
    _messages(app)
    _round(qtbot, app)
    NET["online"] = False
    _round(qtbot, app)  # the outage notification
    assert app.last_notification is not None and app.last_notification.area == "network"
    app.outbox_retry.delivered.emit(object())  # then "sent to IT as #1234" is the last message shown
    opened: list[str] = []
    monkeypatch.setattr(app, "open_outbox", lambda: opened.append("outbox"))
    monkeypatch.setattr(app, "open_area", lambda area, **kw: opened.append(f"area:{area}"))
    app.tray.messageClicked.emit()
    assert opened == ["outbox"]
    app.shutdown()


def test_the_monitor_follows_the_policy_interval_rate_limit_and_switch(qtbot, services) -> None:
    services.policy.values["monitor"].update(interval_seconds=120, notify_every_minutes=30)
    app = TrayApp(services, start_monitor=False)
    assert app.timer.interval() == 120_000 and app.monitor.interval == 30 * 60
    app.shutdown()
    services.policy.values["monitor"]["enabled"] = False
    off = TrayApp(services)  # started as the tray starts, but the policy turned the monitor off
    qtbot.wait(50)
    assert not off.timer.isActive() and off.monitor_job is None
    off.shutdown()


@pytest.fixture
def sweeps(monkeypatch: pytest.MonkeyPatch) -> list[weakref.ref[Any]]:
    """Weak references to every sweep started during the test, to prove none outlives its window or round."""
    made: list[weakref.ref[Any]] = []

    class TrackedSweep(engine.Sweep):
        def __init__(self, *a: Any, **kw: Any) -> None:
            super().__init__(*a, **kw)
            made.append(weakref.ref(self))

    monkeypatch.setattr(engine, "Sweep", TrackedSweep)
    return made


def test_the_monitor_round_frees_its_observations(qtbot, tray, sweeps) -> None:
    for _ in range(3):
        _round(qtbot, tray)
    QApplication.sendPostedEvents(None, 0)  # deleteLater of the finished jobs
    gc.collect()
    assert len(sweeps) == 3 and all(ref() is None for ref in sweeps)
    assert tray.monitor_job is None


# -- 5. windows reused, platform clicks, second start -------------------------------------------------------


def test_a_second_click_raises_the_same_window_without_a_new_sweep(qtbot, tray, services) -> None:
    made: list[FakeSystem] = []
    real = services.make_system
    services.make_system = lambda: made.append(real()) or made[-1]  # type: ignore[func-returns-value]
    first = tray.open_area(None)
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.complete, timeout=5000)
    second = tray.open_area(None)
    assert second is first and len(made) == 1
    assert first.focusWidget() is first.again_button and first.again_button.isEnabled()  # re-run: one key away
    assert [w for w in tray.windows if isinstance(w, ResultsWindow)] == [first]
    other = tray.open_area("printers")  # another area: its own window
    qtbot.addWidget(other)
    assert other is not first


def test_click_opens_the_main_window_except_on_macos(qtbot, services) -> None:
    for platform, expected in (("linux", True), ("windows", True), ("macos", False)):
        services.platform = platform
        app = TrayApp(services, start_monitor=False)
        app._activated(QSystemTrayIcon.ActivationReason.Trigger)
        window = app.area_windows.get(None)
        assert (window is not None) is expected, platform
        if window is not None:
            qtbot.addWidget(window)
            qtbot.waitUntil(lambda w=window: w.complete, timeout=5000)
        app.shutdown()


def test_a_second_start_raises_the_main_window_with_its_sweep_running(qtbot, tray, monkeypatch, tmp_path) -> None:
    from desktop_app.ui import app as app_mod

    monkeypatch.setenv("SELFDESK_HOME", str(tmp_path))
    instance = SingleInstance(server_name())
    assert instance.acquire()
    assert instance.server is not None
    instance.server.newConnection.connect(lambda: app_mod._on_instance(instance.server, tray))
    assert notify_running_instance(instance.name, 1000)  # what a second `selfdesk tray` does
    qtbot.waitUntil(lambda: tray.area_windows.get(None) is not None, timeout=3000)
    window = tray.area_windows[None]
    qtbot.addWidget(window)
    assert window.isVisible() and window.job is not None  # not an empty, unstarted window
    qtbot.waitUntil(lambda: window.complete, timeout=5000)
    assert sorted(r.id for r in window.results) == ["disk", "printers"]
    instance.release()


# -- 4. settings keep an active snooze ---------------------------------------------------------------------


def test_a_language_switch_keeps_the_open_help_article_and_shows_it_in_the_new_language(qtbot, tray) -> None:
    from desktop_app.ui.help_window import HelpWindow

    tray.open_help("printer-paused")
    try:
        tray.apply_settings({"language": "fr", "notifications": True, "snooze_until": ""})
        (shown,) = [w for w in tray.windows if isinstance(w, HelpWindow) and alive(w) and w.isVisible()]
        assert shown.current == "printer-paused"
        assert shown.view.toPlainText().startswith("Une imprimante est en pause")
    finally:
        apply_language("en")


def test_saving_settings_keeps_an_active_snooze(qtbot, services) -> None:
    until = (datetime.now(UTC) + timedelta(hours=3)).replace(microsecond=0)
    services.policy.values["preferences"]["snooze_until"] = until.isoformat()
    app = TrayApp(services, start_monitor=False)
    assert app.monitor.snoozed()
    dialog = app.open_settings()
    shown = dialog.snooze.currentText()
    assert shown.startswith(f"Snoozed until {until.astimezone().strftime('%H:%M')}")  # "... on <date>" past midnight
    assert shown.endswith(until.astimezone().strftime("%Y-%m-%d")) == (until.astimezone().date() != datetime.now(UTC).astimezone().date())
    assert dialog.snooze.itemText(1) == "Stop snoozing"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.saved, timeout=1000) as saved:
        dialog.save()
    assert saved.args[0]["snooze_until"] == until.isoformat()
    assert app.monitor.snoozed()  # still quiet after saving the language
    again = app.open_settings()
    assert again.snooze.currentText().startswith("Snoozed until")
    again.snooze.setCurrentIndex(again.snooze.findText("Stop snoozing"))
    again.save()
    assert not app.monitor.snoozed()
    assert app.open_settings().snooze.currentText() == "Not snoozed"
    app.shutdown()


# -- 7. the guided flow, from the tray's own wiring ----------------------------------------------------------


def test_fix_it_from_an_area_window_then_not_solved_then_contact_it_with_the_window_results(qtbot, tray, services) -> None:
    """Fix it says what it changes and that no admin is needed, shows the verified outcome, the window checks
    again by itself, "No" is kept in the history, and "Contact IT" opens the ticket with what the window found."""
    from desktop_app import history
    from desktop_app.ui.fix_dialog import FixDialog
    from desktop_app.ui.ticket_dialog import TicketDialog

    window = tray.open_area("disk")  # 90 % full: a warning with its cleanup
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.complete, timeout=5000)
    (card,) = window.cards
    qtbot.mouseClick(card.fix_buttons[0], Qt.MouseButton.LeftButton)
    dialog = next(w for w in tray.windows if isinstance(w, FixDialog))
    qtbot.waitUntil(lambda: dialog.preview_job is not None and dialog.preview_job.finished and dialog.apply_button.isEnabled(), timeout=5000)
    assert dialog.isVisible() and dialog.isModal()
    assert dialog.changes_label.text() == "What it will do: Deletes the files in your recycle bin."
    assert dialog.admin_label.text() == "No administrator rights are needed."
    with qtbot.waitSignal(window.sweep_finished, timeout=5000):  # the window checks again by itself
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.status == "verified" and "Fixed and verified" in dialog.outcome_text.text()
    assert [c.result.status for c in window.cards] == [Status.OK] and tray.state == "ok"
    qtbot.mouseClick(dialog.no_button, Qt.MouseButton.LeftButton)
    assert [(e["fix"], e["solved"]) for e in history.read()] == [("disk.cleanup", False)]
    assert dialog.contact_button.isVisible() and dialog.focusWidget() is dialog.contact_button
    qtbot.mouseClick(dialog.contact_button, Qt.MouseButton.LeftButton)
    ticket = next(w for w in tray.windows if isinstance(w, TicketDialog))
    qtbot.waitUntil(lambda: all(job.finished for job in ticket.jobs), timeout=10_000)
    assert ticket.isVisible() and not alive(dialog)  # the fix dialog made way for the ticket
    assert ticket.results == window.results and ticket.observations == window.system.observations
    assert "did not solve it" in ticket.body_edit.toPlainText()  # the answer travels with the next ticket


def test_settings_that_cannot_be_written_still_apply_for_the_session(qtbot, services, tmp_path, monkeypatch) -> None:
    from desktop_app.policy import locations

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the config folder should be")  # mkdir fails, even for root
    monkeypatch.setattr(locations, "user_preferences_path", lambda: blocker / "SelfDesk" / "preferences.toml")
    app = TrayApp(services, start_monitor=False)
    dialog = app.open_settings()
    dialog.notifications.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=1000):
        dialog.save_button.click()
    assert not dialog.isVisible() and app.monitor.enabled is False  # no traceback, no dialog stuck open
    app.shutdown()


# -- 8. branding -------------------------------------------------------------------------------------------


@pytest.fixture
def branded(services: Services, tmp_path: Path) -> Services:
    logo = tmp_path / "logo.png"
    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FF00FF"))
    assert image.save(str(logo))
    services.policy.values["branding"].update(app_name="Acme Help", logo=str(logo), accent_color="#FFD700")
    return services


def test_branding_everywhere_from_policy(qtbot, branded) -> None:
    real = branded.make_system

    def make_system() -> FakeSystem:
        system = real()
        system.commands["getent"] = NOT_FOUND  # the ticket's report looks up account names; none here
        return system

    branded.make_system = make_system
    app = TrayApp(branded, start_monitor=False)
    assert app.tray.toolTip().startswith("Acme Help — ")
    assert app.menu.title() == "Acme Help" and app.menu.accessibleName() == "Acme Help"
    assert tr("What SelfDesk found:") == "What Acme Help found:"  # the ticket text names the app as users know it
    assert any(a.text().startswith("Acme Help — ") for a in app.menu.actions())
    windows = [app.open_area("printers"), app.open_help(), app.open_settings(), app.open_outbox(), app.open_ticket([])]
    for window in windows:
        qtbot.addWidget(window)
        assert window.windowTitle().startswith("Acme Help — "), window.windowTitle()
        assert window.windowIcon().pixmap(16, 16).toImage().pixelColor(8, 8) == QColor("#FF00FF"), type(window).__name__
    settings = windows[2]
    assert "Acme Help" in [lbl.text() for lbl in settings.findChildren(QLabel)]
    qtbot.waitUntil(lambda: windows[0].complete, timeout=5000)
    app.shutdown()


@pytest.mark.parametrize("accent", ["#FFD700", "#22C55E", "#A3E635", "#60A5FA", "#2563EB", "#777777", "#FFFFFF"])
def test_primary_buttons_stay_readable_whatever_the_accent(accent: str) -> None:
    background, text = Branding("X", accent, None).button_colors()
    assert contrast_ratio(background, text) >= 4.5, (accent, background, text)
    assert contrast_ratio(Branding("X", accent, None).header_color(), "#FFFFFF") >= 3.0
    if contrast_ratio(accent, "#FFFFFF") >= 4.5:
        assert (background, text) == (accent.upper(), "#FFFFFF")  # a good accent is left alone


def test_contrast_ratio_matches_wcag() -> None:
    assert round(contrast_ratio("#FFFFFF", "#000000"), 1) == 21.0
    assert round(contrast_ratio("#2563EB", "#FFFFFF"), 2) == 5.17
    assert round(contrast_ratio("#777777", "#FFFFFF"), 2) == 4.48  # the classic "just fails" grey


@pytest.mark.parametrize("accent", ["#FFD700", "#2563EB"])
def test_primary_buttons_show_focus_as_a_ring_and_look_disabled_when_disabled(qtbot, accent: str) -> None:
    """A styled background hides the platform's states: a disabled "Send to IT" looked pressable, and the focus
    rectangle was drawn across the label. The ring is the focus; the face stays as it was; disabled is grey."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from desktop_app.ui.common import DISABLED_BACKGROUND, FOCUS_RING, apply_branding

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    button, other = QPushButton("&Fix it"), QPushButton("Cancel")
    button.setProperty("primary", True)
    layout.addWidget(button)
    layout.addWidget(other)
    branding = Branding("X", accent, None)
    apply_branding(root, branding)
    root.show()
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root, timeout=2000)

    def look() -> tuple[str, QImage]:
        image = button.grab().toImage()
        return image.pixelColor(0, image.height() // 2).name().upper(), image.copy(5, 5, image.width() - 10, image.height() - 10)

    other.setFocus()
    qtbot.waitUntil(lambda: not button.hasFocus(), timeout=1000)
    edge, face = look()
    assert edge == branding.button_colors()[0]
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=1000)
    focused_edge, focused_face = look()
    assert focused_edge == FOCUS_RING and focused_face == face  # nothing drawn over the label
    button.setEnabled(False)
    assert look()[0] == DISABLED_BACKGROUND


# -- 9. keyboard -------------------------------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_tray_menu_mnemonics_do_not_clash(qtbot, services, lang) -> None:
    services.policy.values["onboarding"]["items"] = [{"kind": "confirm", "id": "mail", "title": "Mail works"}]
    apply_language(lang)
    try:
        app = TrayApp(services, start_monitor=False)
        app.rebuild_menu()  # as on opening
        letters = [mnemonic(a.text()) for a in app.menu.actions() if a.text() and a.isEnabled()]
        assert None not in letters and len(letters) == len(set(letters)), letters
        assert len(letters) == 11  # run, 4 areas, help from IT, checklist, articles, outbox, settings, quit
        assert app.menu.actions()[0].text() == {"en": "&Run diagnostics", "fr": "&Lancer le diagnostic"}[lang]
        app.shutdown()
    finally:
        apply_language("en")


def test_tray_menu_works_from_the_keyboard(qtbot, tray) -> None:
    opened: list[str | None] = []
    tray.open_area = lambda area, **kw: opened.append(area)  # type: ignore[method-assign]
    for key in (Qt.Key.Key_R, Qt.Key.Key_D):
        tray.menu.popup(QPoint(20, 20))
        qtbot.waitUntil(tray.menu.isVisible, timeout=2000)
        qtbot.keyClick(tray.menu, key)
        qtbot.waitUntil(lambda: not tray.menu.isVisible(), timeout=2000)
    assert opened == [None, "disk"]
    tray.menu.popup(QPoint(20, 20))
    qtbot.waitUntil(tray.menu.isVisible, timeout=2000)
    qtbot.keyClick(tray.menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not tray.menu.isVisible(), timeout=2000)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_settings_mnemonics_do_not_clash(qtbot, services, lang) -> None:
    apply_language(lang)
    try:
        dialog = SettingsDialog(services.policy, "SelfDesk")
        qtbot.addWidget(dialog)
        texts = [lbl.text() for lbl in dialog.findChildren(QLabel) if lbl.buddy() is not None]
        texts += [b.text() for b in dialog.buttons.buttons()]
        letters = [mnemonic(t) for t in texts]
        assert len(texts) == 5 and None not in letters and len(set(letters)) == 5, texts
        expected = {"en": ("&Save", "&Cancel"), "fr": ("&Enregistrer", "&Annuler")}[lang]
        assert (dialog.save_button.text(), dialog.cancel_button.text()) == expected
    finally:
        apply_language("en")


def _focus_walk(qtbot: Any, dialog: QWidget, count: int) -> list[QWidget]:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    seen = [QApplication.focusWidget()]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_settings_by_keyboard_tab_order_escape_and_enter(qtbot, services) -> None:
    dialog = SettingsDialog(services.policy, "SelfDesk")
    qtbot.addWidget(dialog)
    save, cancel = dialog.save_button, dialog.cancel_button
    assert save.isDefault()
    order = _focus_walk(qtbot, dialog, 4)
    assert order == [dialog.language, dialog.notifications, dialog.snooze, save, cancel]
    for _ in range(3):  # back from Cancel to the check box
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.notifications
    saved: list[dict[str, Any]] = []
    dialog.saved.connect(saved.append)
    qtbot.keyClick(dialog.notifications, Qt.Key.Key_Return)  # Enter in a field saves (not the last button focused)
    assert len(saved) == 1 and not dialog.isVisible()
    other = SettingsDialog(services.policy, "SelfDesk")
    qtbot.addWidget(other)
    other.saved.connect(saved.append)
    other.show()
    qtbot.waitExposed(other)
    qtbot.keyClick(other, Qt.Key.Key_Escape)
    assert not other.isVisible() and len(saved) == 1  # Escape closes without saving


# -- 10. memory --------------------------------------------------------------------------------------------


def test_a_closed_window_is_deleted_with_its_results(qtbot, tray, sweeps) -> None:
    window = weakref.ref(tray.open_area(None))  # the test must not keep it alive itself
    qtbot.waitUntil(lambda: window().complete, timeout=5000)
    window().again_button.click()
    qtbot.waitUntil(lambda: window().complete, timeout=5000)
    assert window().testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window().close_button.click()
    qtbot.waitUntil(lambda: window() is None or not alive(window()), timeout=2000)
    QApplication.sendPostedEvents(None, 0)
    gc.collect()
    assert tray.windows == [] and tray.area_windows == {}
    assert len(sweeps) == 2 and all(ref() is None for ref in sweeps)
    assert tray.open_area(None) is not None  # a new click opens a fresh window
    qtbot.waitUntil(lambda: tray.area_windows[None].complete, timeout=5000)


# -- 11. start at login -------------------------------------------------------------------------------------


def test_minimized_start_opens_no_window_without_a_tray(qtbot, services) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: like a login before the tray host is up
    app = TrayApp(services, start_monitor=False)
    app.start_session(minimized=True, first_run_delay_ms=0)
    qtbot.wait(100)
    assert [w for w in app.windows if alive(w) and w.isVisible()] == []
    app.shutdown()
    interactive = TrayApp(services, start_monitor=False)
    interactive.start_session(minimized=False, first_run_delay_ms=0)
    window = interactive.area_windows.get(None)
    assert window is not None and window.isVisible()  # no tray: the main window instead of nothing
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.complete, timeout=5000)
    interactive.shutdown()


def test_first_login_opens_the_checklist_even_when_started_minimized(qtbot, services, tmp_path) -> None:
    from desktop_app.ui.onboarding_wizard import OnboardingWizard

    services.policy.values["onboarding"]["items"] = [{"kind": "confirm", "id": "mail", "title": "I can sign in to my e-mail"}]
    app = TrayApp(services, start_monitor=False)
    app.start_session(minimized=True, first_run_delay_ms=0)
    qtbot.waitUntil(lambda: any(isinstance(w, OnboardingWizard) and w.isVisible() for w in app.windows), timeout=3000)
    wizard = next(w for w in app.windows if isinstance(w, OnboardingWizard))
    assert wizard.windowTitle().startswith("SelfDesk — ")
    qtbot.waitUntil(lambda: wizard.job is not None and wizard.job.finished, timeout=5000)
    app.shutdown()


def test_tray_cli_accepts_minimized() -> None:
    from desktop_app.cli import build_parser

    args = build_parser().parse_args(["tray", "--minimized"])
    assert args.minimized is True


# -- 6. one instance, two real processes --------------------------------------------------------------------


@pytest.fixture
def empty_netns() -> Iterator[list[str]]:
    """The app runs with the real checks: in an empty network namespace nothing it does can leave the machine."""
    with trayhost.empty_netns(f"sdui-t{os.getpid()}") as prefix:
        yield prefix


def _start(prefix: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*prefix, sys.executable, "-m", "desktop_app", "tray", "--minimized"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


@pytest.mark.netns
@pytest.mark.slow
def test_two_simultaneous_starts_leave_exactly_one_tray(tmp_path, empty_netns) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[monitor]\nenabled = false\n")
    env = {k: v for k, v in os.environ.items()} | {
        "QT_QPA_PLATFORM": "offscreen", "SELFDESK_HOME": str(tmp_path / "home"), "SELFDESK_POLICY": str(policy),
    }
    for attempt in range(3):
        procs = [_start(empty_netns, env), _start(empty_netns, env)]  # started together, racing for the lock
        try:
            end = time.monotonic() + 20
            while time.monotonic() < end and all(p.poll() is None for p in procs):
                time.sleep(0.05)
            time.sleep(1.0)
            exited = [p for p in procs if p.poll() is not None]
            running = [p for p in procs if p.poll() is None]
            assert len(exited) == 1 and len(running) == 1, f"attempt {attempt}: {[p.poll() for p in procs]}"
            loser = exited[0]
            assert loser.returncode == 0 and "already running" in loser.stderr.read()
        finally:
            for proc in procs:
                _stop(proc)
    log = (tmp_path / "home" / "logs" / "selfdesk.log").read_text()
    assert log.count("another start asked for the main window") >= 1


@pytest.mark.netns
@pytest.mark.slow
def test_a_crashed_tray_does_not_block_the_next_start(tmp_path, empty_netns) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[monitor]\nenabled = false\n")
    env = {k: v for k, v in os.environ.items()} | {
        "QT_QPA_PLATFORM": "offscreen", "SELFDESK_HOME": str(tmp_path / "home"), "SELFDESK_POLICY": str(policy),
    }
    log = tmp_path / "home" / "logs" / "selfdesk.log"
    first = _start(empty_netns, env)
    try:
        end = time.monotonic() + 20
        while time.monotonic() < end and "tray started" not in (log.read_text() if log.exists() else ""):
            time.sleep(0.05)
        assert "tray started" in log.read_text()
        os.kill(_child_pid(first.pid), signal.SIGKILL)  # a crash: lock file and socket stay behind
        first.wait(10)
        second = _start(empty_netns, env)
        try:
            end = time.monotonic() + 20
            while time.monotonic() < end and log.read_text().count("tray started") < 2 and second.poll() is None:
                time.sleep(0.05)
            assert second.poll() is None and log.read_text().count("tray started") == 2
            third = subprocess.run(
                [*empty_netns, sys.executable, "-m", "desktop_app", "tray", "--minimized"],
                cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
            )
            assert third.returncode == 0 and "already running" in third.stderr
        finally:
            _stop(second)
    finally:
        _stop(first)


def _child_pid(pid: int) -> int:
    """`ip netns exec` execs the program: the pid is the app's own (kept as a function in case it forks)."""
    return pid


def test_many_signals_do_not_abort_the_app() -> None:
    """A tray lives for days: PySide6 6.12's emit() must not be able to wear out True on CPython 3.11."""
    code = (
        "import desktop_app.ui\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class Beat(QObject):\n"
        "    tick = Signal(int)\n"
        "beat = Beat()\n"
        "for i in range(100_000):\n"
        "    beat.tick.emit(i)\n"
        "print('still running')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "still running" in done.stdout, done.stderr[-500:]
