"""The tray application: one instance, an icon showing the worst state by shape and colour, a menu rebuilt
each time it opens, one window per area (raised, not duplicated), and the proactive monitor driven by a
QTimer. Every window it opens carries the policy's branding and is deleted when closed (idle memory)."""

from __future__ import annotations

import getpass
import hashlib
import importlib
import logging
import os
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QLockFile, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from desktop_app import i18n
from desktop_app.i18n import tr
from desktop_app.model import Result
from desktop_app.monitor import (
    CHECKING,
    MONITOR,
    PROBLEM,
    UNKNOWN,
    WARNING,
    WINDOW,
    Monitor,
    Notification,
    area_map,
    monitor_checks,
)
from desktop_app.ui.common import (
    AREAS,
    Branding,
    Job,
    Services,
    alive,
    apply_branding,
    apply_language,
    area_label,
    job_hub,
    menu_label,
    release_memory,
    start_job,
    state_icon,
    state_tooltip,
)
from desktop_app.ui.outbox_retry import OutboxRetry, notify_delivered

log = logging.getLogger(__name__)
WINDOW_TTL_SECONDS = 15 * 60  # a window's results speak for the icon this long, unless a newer round replaces them
LOCK_WAIT_SECONDS = 10.0  # a second start waits this long for a first one still starting up


def server_name() -> str:
    """Per user; and per SELFDESK_HOME when set (tests and kiosks run isolated instances side by side)."""
    try:
        user = getpass.getuser()
    except Exception:
        user = "user"
    home = os.environ.get("SELFDESK_HOME")
    suffix = "-" + hashlib.sha256(str(Path(home).resolve()).encode()).hexdigest()[:10] if home else ""
    return f"selfdesk-tray-{user}{suffix}"


def lock_path(name: str) -> Path:
    home = os.environ.get("SELFDESK_HOME")
    if home:
        return Path(home) / "run" / f"{name}.lock"
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation) or QDir.tempPath()
    return Path(runtime) / f"{name}.lock"


class SingleInstance:
    """One tray per user. The listening socket says "I am running"; an exclusive lock file decides who may
    (re)create it, so two simultaneous starts cannot both win, and a socket left by a crash is removed only
    by the process holding the lock, after connecting to it failed."""

    def __init__(self, name: str, *, wait_seconds: float = LOCK_WAIT_SECONDS):
        self.name = name
        self.wait_seconds = wait_seconds
        self.lock: QLockFile | None = None
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True: this process is the instance. False: another one runs (it was asked to show itself)."""
        if notify_running_instance(self.name):
            return False
        path = lock_path(self.name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            log.warning("cannot create %s; single-instance lock unavailable", path.parent)
        lock = QLockFile(str(path))
        lock.setStaleLockTime(0)  # never stale by age; a dead owner's lock is still detected (pid check)
        deadline = time.monotonic() + self.wait_seconds
        while not lock.tryLock(100):
            if notify_running_instance(self.name, 200):
                return False  # the other start finished starting and got our message
            if time.monotonic() > deadline:
                log.warning("another SelfDesk holds %s but does not answer; not starting a second one", path)
                return False
        if notify_running_instance(self.name, 200):  # an instance started before locks existed
            lock.unlock()
            return False
        server = QLocalServer()
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # we hold the lock and nobody answered: the socket is stale
            if not server.listen(self.name):
                log.warning("cannot listen on %s: %s", self.name, server.errorString())
        self.lock, self.server = lock, server
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        if self.lock is not None:
            self.lock.unlock()


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
    state_changed = Signal(str)  # the known state after a round (ok/warning/problem/unknown), not "checking"
    notified = Signal(object)  # a monitor.Notification, after it was shown
    language_changed = Signal()

    def __init__(self, services: Services, *, start_monitor: bool = True):
        super().__init__()
        self.services = services
        self.policy = services.policy
        self.branding = Branding.from_policy(self.policy)
        i18n.set_product_name(self.branding.app_name)  # results and tickets say it too, not just titles
        self.windows: list[QWidget] = []
        self.area_windows: dict[str | None, Any] = {}
        self._release_pending = False
        self.state = UNKNOWN  # nothing checked yet: the icon says so instead of claiming all is well
        self._sweeps: dict[int, Job] = {}  # sweeps running now (the monitor's, the windows'): icon "checking"
        self.last_notification: Notification | None = None  # None after a message that is not the monitor's
        prefs = self.policy.section("preferences")
        monitor_cfg = self.policy.section("monitor")
        interval = float(monitor_cfg["interval_seconds"])
        self.monitor = Monitor(
            monitor_cfg["notify_every_minutes"],
            enabled=bool(prefs.get("notifications", True)),
            snooze_until=_parse_snooze(prefs.get("snooze_until", "")),
            window_ttl=max(WINDOW_TTL_SECONDS, interval),
            monitor_ttl=3 * interval,
        )
        self._area_map: dict[str, str] | None = None
        self.monitor_job: Job | None = None
        self.tray = QSystemTrayIcon(state_icon(UNKNOWN), self)
        self.tray.setToolTip(state_tooltip(self.branding.app_name, UNKNOWN))
        self.menu = QMenu()
        self.menu.setTitle(self.branding.app_name)
        self.menu.setAccessibleName(self.branding.app_name)
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.rebuild_menu(quick=True)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._activated)
        self.tray.messageClicked.connect(self._notification_clicked)
        job_hub().started.connect(self._job_started)
        job_hub().ended.connect(self._job_ended)
        self.outbox_retry = OutboxRetry(self.policy, parent=self)
        self.outbox_retry.delivered.connect(lambda item: notify_delivered(self.tray, item))  # "sent to IT as #1234"
        self.outbox_retry.delivered.connect(self._forget_notification)  # a click on "sent" is not the monitor's
        self.expiry_timer = QTimer(self)  # results age out: the icon returns to "not checked" by itself
        self.expiry_timer.setSingleShot(True)
        self.expiry_timer.timeout.connect(lambda: self.set_state(self.monitor.state))
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval * 1000))
        self.timer.timeout.connect(self.run_monitor)
        if start_monitor and monitor_cfg["enabled"]:
            self.timer.start()
            QTimer.singleShot(1500, self.run_monitor)

    # -- tray ------------------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Tear down in a safe order (the menu before the tray icon that refers to it)."""
        self.timer.stop()
        self.expiry_timer.stop()
        self.outbox_retry.stop()
        self.tray.hide()
        self.tray.setContextMenu(None)
        self.menu.deleteLater()
        for window in list(self.windows):
            if alive(window):
                window.close()

    def show(self) -> None:
        self.tray.show()

    def start_session(self, *, minimized: bool = False, first_run_delay_ms: int = 2000) -> None:
        """What a start does once this instance won: the icon, the outbox, the first-day checklist.

        ``minimized`` (start at login) stays in the tray even when no tray host is up yet (Qt shows the icon
        when one starts); an interactive start without a tray shows the main window instead."""
        self.show()
        QTimer.singleShot(0, self.rebuild_menu)  # complete the menu once the icon is up
        if not QSystemTrayIcon.isSystemTrayAvailable():
            if minimized:
                log.info("no system tray yet; waiting for one (started minimized)")
            else:
                log.warning("no system tray available; opening the main window instead")
                self.show_main_window()
        self.outbox_retry.start()
        QTimer.singleShot(first_run_delay_ms, self.maybe_first_run)

    @property
    def shown_state(self) -> str:
        """What the icon shows: "checking" while a sweep runs, else the known state."""
        # a job is finished before its results are shown: the round that sets the state is never "checking"
        return CHECKING if any(not getattr(job, "finished", True) for job in self._sweeps.values()) else self.state

    def set_state(self, state: str) -> None:
        self.state = state
        self._show_state()
        self._schedule_expiry()
        self.state_changed.emit(state)

    def _show_state(self) -> None:
        shown = self.shown_state
        self.tray.setIcon(state_icon(shown))
        self.tray.setToolTip(self.status_text())

    def status_text(self) -> str:
        """The tooltip and the menu's state line: the state, and for a warning or a problem the areas concerned."""
        shown = self.shown_state
        entries = self.monitor.entries() if shown in (WARNING, PROBLEM) else {}
        areas = [area_label(area) for area in AREAS if area in entries and entries[area].state == shown]
        return state_tooltip(self.branding.app_name, shown, checked_before=self.monitor.checked_at is not None, areas=areas)

    def _schedule_expiry(self) -> None:
        self.expiry_timer.stop()
        when = self.monitor.next_expiry()
        if when is not None:
            self.expiry_timer.start(int(min(max(1.0, when - self.monitor.clock() + 0.5), 86_400.0) * 1000))

    def _job_started(self, token: int, job: Job) -> None:
        parent = job.parent()
        if parent is self or any(parent is w for w in self.area_windows.values()):
            self._sweeps[token] = job
            self._show_state()

    def _job_ended(self, token: int) -> None:
        if self._sweeps.pop(token, None) is not None:
            self._show_state()

    def rebuild_menu(self, *, quick: bool = False) -> None:
        """Rebuilt on every opening so the language, outbox and onboarding entries are current.

        ``quick`` leaves out the onboarding entries (asking about them imports every check): the menu built
        at start, so the icon appears at once; the next rebuild (right after start, or on opening) adds them."""
        menu = self.menu
        menu.clear()
        menu.addAction(tr("&Run diagnostics"), lambda: self.open_area(None))
        menu.addSeparator()
        for area in AREAS:
            menu.addAction(menu_label(area), lambda a=area: self.open_area(a))
        menu.addSeparator()
        menu.addAction(tr("Get &help from IT…"), self.open_ticket)
        if quick:
            pass
        elif onboarding_pending(self.policy):
            menu.addAction(tr("First-day &checklist"), self.open_onboarding)
        elif rerun := onboarding_menu_label(self.policy):  # completed: still reachable to run again
            menu.addAction(rerun, self.open_onboarding)
        menu.addAction(tr("Help &articles"), self.open_help)
        menu.addAction(tr("&Outbox"), self.open_outbox)
        menu.addAction(tr("&Settings and about"), self.open_settings)
        menu.addSeparator()
        # the state in words, for trays that show no tooltip (macOS, most Linux desktops) and screen readers
        menu.addAction(self.status_text().replace("&", "&&")).setEnabled(False)
        menu.addAction(tr("&Quit"), QApplication.quit)
        for action in menu.actions():
            if action.text():
                action.setToolTip(action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # macOS shows the menu on a click, and only the menu; elsewhere a (left) click opens the main window
        if reason == QSystemTrayIcon.ActivationReason.Trigger and self.services.platform != "macos":
            self.show_main_window()

    def _notification_clicked(self) -> None:
        note = self.last_notification
        if note is None:
            self.open_outbox()
            return
        self.open_area(note.area if note.area in AREAS else None)

    def _forget_notification(self, *_args: Any) -> None:
        self.last_notification = None

    # -- windows ---------------------------------------------------------------------------------------------
    def _keep(self, window: QWidget) -> QWidget:
        """Brand, track and show a window; closing it deletes it (nothing heavy stays behind)."""
        apply_branding(window, self.branding)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.windows = [w for w in self.windows if alive(w)]
        self.windows.append(window)
        window.destroyed.connect(self._forget_windows)
        return self._raise(window)

    def _forget_windows(self, *_args: Any) -> None:
        self.windows = [w for w in self.windows if alive(w)]
        self.area_windows = {a: w for a, w in self.area_windows.items() if alive(w)}
        if not self._release_pending:  # once per batch of deletions, after they are all done
            self._release_pending = True
            QTimer.singleShot(0, self._release_memory)

    def _release_memory(self) -> None:
        self._release_pending = False
        release_memory(collect=True)

    @staticmethod
    def _raise(window: QWidget) -> QWidget:
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _open_once(self, kind: str, make: Any) -> Any:
        """Help, outbox and settings exist once: a second click raises the open one."""
        for window in self.windows:
            if alive(window) and type(window).__name__ == kind and window.isVisible():
                return self._raise(window)
        return self._keep(make())

    def show_main_window(self) -> Any:
        """The "everything" window: raised when open, else opened with its sweep started."""
        return self.open_area(None)

    def open_area(self, area: str | None, *, start: bool = True) -> Any:
        """One window per area. When it is already open it is raised and its "Check again" button takes the
        focus (Enter re-runs); a new one starts its sweep."""
        from desktop_app.ui.results_window import ResultsWindow

        window = self.area_windows.get(area)
        if alive(window) and window.isVisible():
            self._raise(window)
            if window.job is None and start:
                window.start()
            elif window.again_button.isEnabled():
                window.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return window
        window = ResultsWindow(self.services, area, self.branding)
        window.contact_requested.connect(lambda w: self.open_ticket(w.results, w.system))
        window.fix_requested.connect(lambda fix_id, result, w: self.open_fix(fix_id, result, w))
        window.help_requested.connect(self.open_help)
        window.sweep_finished.connect(self._window_results)
        self.area_windows[area] = window
        self._keep(window)
        if start:
            window.start()
        return window

    def open_onboarding(self) -> Any:
        from desktop_app.ui.onboarding_wizard import OnboardingWizard

        for window in self.windows:
            if alive(window) and isinstance(window, OnboardingWizard) and window.isVisible():
                return self._raise(window)
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
        apply_branding(dialog, self.branding)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        if origin is not None:
            dialog.contact_requested.connect(lambda: alive(origin) and self.open_ticket(origin.results, origin.system))
            dialog.outcome_ready.connect(lambda _o: alive(origin) and origin.start())  # shows the verified state
        else:
            dialog.contact_requested.connect(lambda: self.open_ticket([result] if result else []))
        dialog.open()
        self.windows.append(dialog)
        dialog.destroyed.connect(self._forget_windows)
        return dialog

    def open_ticket(self, results: Any = None, system: Any = None) -> Any:
        from desktop_app.ui.ticket_dialog import TicketDialog

        observations = system.observations if system is not None else []
        return self._keep(TicketDialog(self.services, list(results or []), observations))

    def open_help(self, article_id: str | None = None) -> Any:
        from desktop_app.ui.help_window import HelpWindow

        window = self._open_once("HelpWindow", lambda: HelpWindow(self.policy, article_id or None))
        if article_id and getattr(window, "current", None) != article_id:
            window.show_article(article_id)
        return window

    def open_outbox(self) -> Any:
        from desktop_app.ui.outbox_window import OutboxWindow

        window = self._open_once("OutboxWindow", lambda: OutboxWindow(policy=self.policy))
        window.refresh()
        return window

    def open_settings(self) -> Any:
        from desktop_app.ui.settings_dialog import SettingsDialog

        def make() -> SettingsDialog:
            dialog = SettingsDialog(self.policy, self.branding.app_name, branding=self.branding)
            dialog.saved.connect(self.apply_settings)
            return dialog

        return self._open_once("SettingsDialog", make)

    def apply_settings(self, values: dict[str, Any]) -> None:
        self.policy.values["preferences"].update(values)
        apply_language(values.get("language"))
        self.retranslate()
        self.monitor.enabled = bool(values.get("notifications", True))
        self.monitor.snooze(_parse_snooze(values.get("snooze_until", "")))
        self._show_state()

    def retranslate(self) -> None:
        """Live language switch: the menu, the tooltip and every open window follow at once."""
        self.rebuild_menu()
        self._show_state()
        for window in list(self.windows):
            if not alive(window) or not window.isVisible():
                continue
            if hasattr(window, "retranslate"):
                window.retranslate()
                apply_branding(window, self.branding)  # its own title came back without the app name
            elif type(window).__name__ == "HelpWindow":
                article = window.current  # nothing typed in it: reopened in the new language, same article
                window.close()
                self.open_help(article)
            elif type(window).__name__ == "OutboxWindow":
                window.close()
                self.open_outbox()
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
        # the sweep (its seam and every observation) lives only in the job's closure, released when it ends
        sweep = Sweep(checks, self.services.make_system(), self.services.context(), verdicts=self.services.verdicts(checks))
        self.monitor_job = start_job(self, lambda _e: sweep.run(), done=self._monitor_done, failed=self._monitor_failed)

    def _monitor_done(self, results: list[Result]) -> None:
        self._release_monitor_job()
        self._sweep_results(results, MONITOR)
        release_memory()  # the round's observations are gone: give their pages back

    def _monitor_failed(self, message: str) -> None:
        log.warning("monitor round failed: %s", message)
        self._release_monitor_job()
        self.set_state(self.monitor.state)

    def _release_monitor_job(self) -> None:
        job, self.monitor_job = self.monitor_job, None
        if job is not None:
            job.deleteLater()

    def _window_results(self, results: list[Result]) -> None:
        self._sweep_results(results, WINDOW)

    def _sweep_results(self, results: list[Result], source: str = WINDOW) -> None:
        """Any sweep (monitor or a window) updates the icon; a worsening notifies once, grouped."""
        if self._area_map is None:  # built on the first result, not at start: the icon comes first
            self._area_map = area_map(self.services.all_checks())
        for note in self.monitor.update(results, source=source, areas=self._area_map):
            icon = QSystemTrayIcon.MessageIcon.Critical if note.state == "problem" else QSystemTrayIcon.MessageIcon.Warning
            summary = note.summary
            if note.also:
                summary = f"{summary} {tr('Also: {areas}.', areas=', '.join(note.also))}".strip()
            self.tray.showMessage(note.title, summary, icon, 10_000)
            self.last_notification = note
            self.notified.emit(note)
        self.set_state(self.monitor.state)


def run_tray(policy: Any, self_test: bool = False, *, minimized: bool = False, lang: str | None = None) -> int:
    """Entry point of ``selfdesk tray``. ``minimized``: start at login, tray only, never a window."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    app.setApplicationName("SelfDesk")
    apply_language(lang or policy.get("preferences", "language"))
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
    instance = SingleInstance(server_name())
    if not instance.acquire():
        print("SelfDesk is already running.", file=sys.stderr)
        return 0
    tray = TrayApp(services)
    server = instance.server
    if server is not None:
        server.newConnection.connect(lambda: _on_instance(server, tray))
    tray.start_session(minimized=minimized)
    log.info("tray started (pid %s, minimized=%s)", os.getpid(), minimized)
    code = app.exec()
    tray.shutdown()
    instance.release()
    return code


def _on_instance(server: QLocalServer, tray: TrayApp) -> None:
    while server.hasPendingConnections():
        conn = server.nextPendingConnection()
        conn.waitForReadyRead(200)
        conn.readAll()
        conn.disconnectFromServer()
        log.info("another start asked for the main window")
        tray.show_main_window()  # raised when open; else opened with its sweep started, as a first click would


class _NoOutbox:
    def items(self) -> list[Any]:
        return []
