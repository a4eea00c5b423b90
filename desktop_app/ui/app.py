"""The tray application: one instance, an icon showing the worst state by shape and colour, a menu rebuilt
each time it opens, the windows, and the proactive monitor driven by a QTimer."""

from __future__ import annotations

import getpass
import importlib
import logging
import sys
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from desktop_app.i18n import tr
from desktop_app.model import Result
from desktop_app.monitor import CHECKING, Monitor, monitor_checks
from desktop_app.ui.common import (
    AREAS,
    Branding,
    Job,
    Services,
    apply_language,
    menu_label,
    start_job,
    state_icon,
    state_tooltip,
)
from desktop_app.ui.outbox_retry import OutboxRetry

log = logging.getLogger(__name__)


def server_name() -> str:
    try:
        user = getpass.getuser()
    except Exception:
        user = "user"
    return f"selfdesk-tray-{user}"


def notify_running_instance(name: str, timeout_ms: int = 500) -> bool:
    """True when another tray is already running (it is asked to show itself)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(b"show\n")
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


def onboarding_pending(policy: Any) -> bool:
    """The seam to the onboarding package (another issue): shown while it says the checklist is pending."""
    try:
        module = importlib.import_module("desktop_app.onboarding")
    except ImportError:
        return False
    pending = getattr(module, "pending", None)
    try:
        return bool(pending(policy)) if callable(pending) else False
    except Exception:
        log.exception("onboarding.pending failed")
        return False


def onboarding_menu_label(policy: Any) -> str | None:
    """The onboarding package's own menu label (its "re-run" entry once the checklist is complete)."""
    try:
        label = importlib.import_module("desktop_app.onboarding").menu_label(policy)
    except Exception:
        log.exception("onboarding.menu_label failed")
        return None
    return label if isinstance(label, str) else None


def _parse_snooze(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


class TrayApp(QObject):
    state_changed = Signal(str)
    notified = Signal(object)  # a monitor.Notification, after it was shown
    language_changed = Signal()

    def __init__(self, services: Services, *, start_monitor: bool = True):
        super().__init__()
        self.services = services
        self.policy = services.policy
        self.branding = Branding.from_policy(self.policy)
        self.windows: list[QWidget] = []
        self.state = CHECKING
        prefs = self.policy.section("preferences")
        monitor_cfg = self.policy.section("monitor")
        self.monitor = Monitor(
            monitor_cfg["notify_every_minutes"],
            enabled=bool(prefs.get("notifications", True)),
            snooze_until=_parse_snooze(prefs.get("snooze_until", "")),
        )
        self.monitor_job: Job | None = None
        self.tray = QSystemTrayIcon(state_icon(CHECKING), self)
        self.tray.setToolTip(state_tooltip(self.branding.app_name, CHECKING))
        self.menu = QMenu()
        self.menu.setAccessibleName(self.branding.app_name)
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.rebuild_menu()
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._activated)
        self.outbox_retry = OutboxRetry(self.policy, parent=self)
        self.timer = QTimer(self)
        self.timer.setInterval(int(float(monitor_cfg["interval_seconds"]) * 1000))
        self.timer.timeout.connect(self.run_monitor)
        if start_monitor and monitor_cfg["enabled"]:
            self.timer.start()
            QTimer.singleShot(1500, self.run_monitor)
        else:
            self.set_state("ok")

    # -- tray ------------------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Tear down in a safe order (the menu before the tray icon that refers to it)."""
        self.timer.stop()
        self.outbox_retry.stop()
        self.tray.hide()
        self.tray.setContextMenu(None)
        self.menu.deleteLater()
        for window in self.windows:
            window.close()

    def show(self) -> None:
        self.tray.show()

    def set_state(self, state: str) -> None:
        self.state = state
        self.tray.setIcon(state_icon(state))
        self.tray.setToolTip(state_tooltip(self.branding.app_name, state))
        self.state_changed.emit(state)

    def rebuild_menu(self) -> None:
        """Rebuilt on every opening so the language, outbox and onboarding entries are current."""
        menu = self.menu
        menu.clear()
        menu.addAction(tr("&Run diagnostics"), lambda: self.open_area(None))
        menu.addSeparator()
        for area in AREAS:
            menu.addAction(menu_label(area), lambda a=area: self.open_area(a))
        menu.addSeparator()
        menu.addAction(tr("Get &help from IT…"), self.open_ticket)
        if onboarding_pending(self.policy):
            menu.addAction(tr("First-day &checklist"), self.open_onboarding)
        elif rerun := onboarding_menu_label(self.policy):  # completed: still reachable to run again
            menu.addAction(rerun, self.open_onboarding)
        menu.addAction(tr("Help &articles"), self.open_help)
        menu.addAction(tr("&Outbox"), self.open_outbox)
        menu.addAction(tr("&Settings and about"), self.open_settings)
        menu.addSeparator()
        menu.addAction(tr("&Quit"), QApplication.quit)
        for action in menu.actions():
            if action.text():
                action.setToolTip(action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_area(None)

    # -- windows ---------------------------------------------------------------------------------------------
    def _keep(self, window: QWidget) -> QWidget:
        self.windows = [w for w in self.windows if w.isVisible()]
        self.windows.append(window)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_area(self, area: str | None, *, start: bool = True) -> Any:
        from desktop_app.ui.results_window import ResultsWindow

        window = ResultsWindow(self.services, area, self.branding)
        window.contact_requested.connect(lambda w: self.open_ticket(w.results, w.system))
        window.fix_requested.connect(lambda fix_id, result, w: self.open_fix(fix_id, result, w))
        window.help_requested.connect(self.open_help)
        window.sweep_finished.connect(self._sweep_results)
        self._keep(window)
        if start:
            window.start()
        return window

    def open_onboarding(self) -> Any:
        from desktop_app.ui.onboarding_wizard import OnboardingWizard

        wizard = OnboardingWizard(self.services, self.branding)
        wizard.contact_requested.connect(lambda w: self.open_ticket(w.results, w.system))
        wizard.reported.connect(lambda _id: self.outbox_retry.retry(force=True))
        self._keep(wizard)
        wizard.start()
        return wizard

    def maybe_first_run(self) -> Any:
        """At the very first login (a checklist exists, no baseline yet) the checklist opens by itself."""
        from desktop_app.ui.onboarding_wizard import first_run_due

        try:
            due = first_run_due(self.policy)
        except Exception:
            log.exception("onboarding first-run check failed")
            return None
        return self.open_onboarding() if due else None

    def open_fix(self, fix_id: str, result: Result | None, origin: Any = None) -> Any:
        from desktop_app.ui.fix_dialog import FixDialog

        fix = self.services.fix(fix_id)
        if fix is None:
            return None
        dialog = FixDialog(fix, result, self.services, origin)
        dialog.setStyleSheet(self.branding.stylesheet())
        if origin is not None:
            dialog.contact_requested.connect(lambda: self.open_ticket(origin.results, origin.system))
            dialog.outcome_ready.connect(lambda _o: origin.start())
        else:
            dialog.contact_requested.connect(lambda: self.open_ticket([result] if result else []))
        dialog.open()
        self.windows.append(dialog)
        return dialog

    def open_ticket(self, results: Any = None, system: Any = None) -> Any:
        from desktop_app.ui.ticket_dialog import TicketDialog

        observations = system.observations if system is not None else []
        dialog = TicketDialog(self.services, list(results or []), observations)
        dialog.setStyleSheet(self.branding.stylesheet())
        return self._keep(dialog)

    def open_help(self, article_id: str | None = None) -> Any:
        from desktop_app.ui.help_window import HelpWindow

        return self._keep(HelpWindow(self.policy, article_id or None))

    def open_outbox(self) -> Any:
        from desktop_app.ui.outbox_window import OutboxWindow

        return self._keep(OutboxWindow())

    def open_settings(self) -> Any:
        from desktop_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.policy, self.branding.app_name)
        dialog.saved.connect(self.apply_settings)
        return self._keep(dialog)

    def apply_settings(self, values: dict[str, Any]) -> None:
        self.policy.values["preferences"].update(values)
        apply_language(values.get("language"))
        self.retranslate()
        self.monitor.enabled = bool(values.get("notifications", True))
        self.monitor.snooze(_parse_snooze(values.get("snooze_until", "")))
        self.tray.setToolTip(state_tooltip(self.branding.app_name, self.state))

    def retranslate(self) -> None:
        """Live language switch: the menu, the tooltip and every open window follow at once."""
        self.rebuild_menu()
        self.tray.setToolTip(state_tooltip(self.branding.app_name, self.state))
        for window in list(self.windows):
            if not window.isVisible():
                continue
            if hasattr(window, "retranslate"):
                window.retranslate()
            elif type(window).__name__ in ("HelpWindow", "OutboxWindow"):
                window.close()  # nothing typed in them: reopened in the new language
                self.open_help() if type(window).__name__ == "HelpWindow" else self.open_outbox()
        self.language_changed.emit()

    # -- monitor ---------------------------------------------------------------------------------------------
    def run_monitor(self) -> None:
        if self.monitor_job is not None and not self.monitor_job.finished:
            return
        from desktop_app.engine import Sweep

        checks = monitor_checks(self.services.all_checks(), self.services.platform, self.policy.get("checks", "disabled"))
        if not checks:
            self.set_state(self.monitor.state)
            return
        sweep = Sweep(checks, self.services.make_system(), self.services.context())
        self.monitor_job = start_job(self, lambda _e: sweep.run(), done=self._monitor_done)

    def _monitor_done(self, results: list[Result]) -> None:
        self._sweep_results(results)

    def _sweep_results(self, results: list[Result]) -> None:
        """Any sweep (monitor or a window) updates the icon; only worsening states notify."""
        for note in self.monitor.update(results):
            icon = QSystemTrayIcon.MessageIcon.Critical if note.state == "problem" else QSystemTrayIcon.MessageIcon.Warning
            self.tray.showMessage(note.title, note.summary, icon, 10_000)
            self.notified.emit(note)
        self.set_state(self.monitor.state)


def run_tray(policy: Any, self_test: bool = False) -> int:
    """Entry point of ``selfdesk tray``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    app.setApplicationName("SelfDesk")
    apply_language(policy.get("preferences", "language"))
    services = Services(policy)
    if self_test:
        tray = TrayApp(services, start_monitor=False)
        from desktop_app.ui.help_window import HelpWindow
        from desktop_app.ui.outbox_window import OutboxWindow
        from desktop_app.ui.results_window import ResultsWindow
        from desktop_app.ui.settings_dialog import SettingsDialog

        built = [ResultsWindow(services, None, tray.branding), HelpWindow(policy), SettingsDialog(policy, "x"), OutboxWindow(lambda: _NoOutbox())]
        print(f"self-test ok: menu has {len(tray.menu.actions())} entries, {len(built)} windows built")
        for window in built:
            window.deleteLater()
        tray.shutdown()
        app.processEvents()
        return 0
    name = server_name()
    if notify_running_instance(name):
        print("SelfDesk is already running.", file=sys.stderr)
        return 0
    server = QLocalServer()
    if not server.listen(name):
        QLocalServer.removeServer(name)  # a stale socket left by a crash
        server.listen(name)
    tray = TrayApp(services)
    server.newConnection.connect(lambda: _on_instance(server, tray))
    if not QSystemTrayIcon.isSystemTrayAvailable():
        log.warning("no system tray available; opening the main window instead")
        tray.open_area(None)
    tray.show()
    tray.outbox_retry.start()
    QTimer.singleShot(2000, tray.maybe_first_run)
    code = app.exec()
    tray.shutdown()
    return code


def _on_instance(server: QLocalServer, tray: TrayApp) -> None:
    while server.hasPendingConnections():
        conn = server.nextPendingConnection()
        conn.waitForReadyRead(200)
        conn.readAll()
        conn.disconnectFromServer()
        # bring a window forward, but the user decides when checks run
        tray.open_area(None, start=False)


class _NoOutbox:
    def items(self) -> list[Any]:
        return []
