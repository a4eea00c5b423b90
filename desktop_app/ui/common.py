"""Shared UI plumbing: the services seam, icons, background jobs, translators, preferences, branding.

Checks, fixes and ticket sending run in Python threads; their results come back to the UI thread through
Qt signals (queued connections), so the UI thread only ever paints.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import i18n, registry
from desktop_app.i18n import tr
from desktop_app.model import Check, Context, Fix, Result, Status, Verdict
from desktop_app.monitor import CHECKING, OK, PROBLEM, WARNING, state_of
from desktop_app.resources import resource_path
from desktop_app.system import System, current_platform

log = logging.getLogger(__name__)

AREAS: tuple[str, ...] = ("network", "vpn", "disk", "printers")


def area_label(area: str | None) -> str:
    labels = {
        None: tr("Everything"),
        "network": tr("Wi-Fi & internet"),
        "vpn": tr("VPN"),
        "disk": tr("Disk space"),
        "printers": tr("Printers"),
        "onboarding": tr("First-day checklist"),
    }
    return labels.get(area, area or "")


def menu_label(area: str) -> str:
    """Menu text with a keyboard mnemonic (Alt+letter)."""
    labels = {
        "network": tr("&Wi-Fi && internet"),
        "vpn": tr("&VPN"),
        "disk": tr("&Disk space"),
        "printers": tr("&Printers"),
    }
    return labels.get(area, area)


def _live_system() -> System:
    from desktop_app.system import LiveSystem

    return LiveSystem()


@dataclass
class Services:
    """Everything the windows need from the core, injectable for tests (a FakeSystem, a few fake checks)."""

    policy: Any
    platform: str = field(default_factory=current_platform)
    make_system: Callable[[], System] = _live_system
    catalog: Sequence[Check] | None = None  # None: the real registry
    fix_catalog: Sequence[Fix] | None = None

    def context(self) -> Context:
        return Context(policy=self.policy, platform=self.platform)

    def checks_for(self, area: str | None) -> list[Check]:
        disabled = self.policy.get("checks", "disabled")
        if self.catalog is not None:
            return [
                c
                for c in self.catalog
                if (area is None or c.area == area) and self.platform in c.platforms and c.id not in disabled
            ]
        if area == "onboarding":
            return registry.select_checks(self.platform, only=["onboarding"], disabled=disabled)
        return registry.select_checks(self.platform, areas=[area] if area else None, disabled=disabled)

    def all_checks(self) -> list[Check]:
        return list(self.catalog) if self.catalog is not None else list(registry.CHECKS)

    def check(self, check_id: str) -> Check | None:
        return next((c for c in self.all_checks() if c.id == check_id), None)

    def verdicts(self, checks: Sequence[Check]) -> list[Verdict]:
        return registry.verdicts_for(checks) if self.catalog is None else []

    def fix(self, fix_id: str) -> Fix | None:
        if self.fix_catalog is not None:
            return next((f for f in self.fix_catalog if f.id == fix_id), None)
        return registry.fix(fix_id)

    def verify_fn(self) -> Callable[[Sequence[str]], list[Result]]:
        """Re-run check ids on a fresh seam (called by the fix engine, off the UI thread)."""

        def verify(check_ids: Sequence[str]) -> list[Result]:
            from desktop_app.engine import Sweep

            checks = [c for c in (self.check(i) for i in check_ids) if c is not None and self.platform in c.platforms]
            return Sweep(checks, self.make_system(), self.context()).run()

        return verify


# -- background jobs ---------------------------------------------------------------------------------------


class Job(QObject):
    """A function run in a Python thread; ``progress``/``done``/``failed`` are delivered on the UI thread."""

    progress = Signal(object)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[Callable[[Any], None]], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self.thread: threading.Thread | None = None
        self.finished = False

    def start(self) -> Job:
        self.thread = threading.Thread(target=self._run, daemon=True, name="selfdesk-ui-job")
        self.thread.start()
        return self

    def _run(self) -> None:
        try:
            value = self._fn(self.progress.emit)
        except Exception as exc:  # a crash in a job becomes a message, never a dead UI
            log.exception("background job failed")
            self.finished = True
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished = True
        self.done.emit(value)


def start_job(
    parent: QObject,
    fn: Callable[[Callable[[Any], None]], Any],
    *,
    progress: Callable[[Any], None] | None = None,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[str], None] | None = None,
) -> Job:
    job = Job(fn, parent)
    if progress is not None:
        job.progress.connect(progress)
    if done is not None:
        job.done.connect(done)
    if failed is not None:
        job.failed.connect(failed)
    return job.start()


# -- icons and labels --------------------------------------------------------------------------------------

_icon_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    if name not in _icon_cache:
        _icon_cache[name] = QIcon(str(resource_path("icons", f"{name}.svg")))
    return _icon_cache[name]


def state_icon(state: str) -> QIcon:
    return icon(state if state in (OK, WARNING, PROBLEM, CHECKING) else "app")


def status_state(status: Status) -> str:
    return "skipped" if status == Status.SKIPPED else state_of(status)


def status_text(status: Status) -> str:
    # Words as well as a shape: the state must never depend on colour alone.
    return {
        Status.OK: tr("OK"),
        Status.WARNING: tr("Needs attention"),
        Status.FAILED: tr("Problem"),
        Status.ERROR: tr("Could not check"),
        Status.SKIPPED: tr("Not checked"),
    }[status]


def state_tooltip(app_name: str, state: str) -> str:
    text = {
        OK: tr("Everything looks fine."),
        WARNING: tr("Something needs your attention."),
        PROBLEM: tr("A problem was found."),
        CHECKING: tr("Checking your computer…"),
    }.get(state, "")
    return f"{app_name} — {text}"


def add_escape(widget: QWidget) -> None:
    QShortcut(QKeySequence("Escape"), widget, activated=widget.close)


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


# -- branding ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Branding:
    app_name: str
    accent: str
    logo: Path | None

    @classmethod
    def from_policy(cls, policy: Any) -> Branding:
        name = policy.get("branding", "app_name") or "SelfDesk"
        accent = policy.get("branding", "accent_color") or "#2563EB"
        if not QColor.isValidColorName(accent):
            accent = "#2563EB"
        logo = policy.get("branding", "logo")
        return cls(name, accent, Path(logo) if logo and Path(logo).is_file() else None)

    def logo_pixmap(self, size: int = 40) -> QPixmap:
        source = QIcon(str(self.logo)) if self.logo else icon("app")
        return source.pixmap(size, size)

    def window_icon(self) -> QIcon:
        """The organisation's logo when policy gives one, so windows are recognisably theirs."""
        return QIcon(str(self.logo)) if self.logo else icon("app")

    def stylesheet(self) -> str:
        return (
            f"QPushButton[primary=\"true\"] {{ background: {self.accent}; color: white; padding: 6px 14px;"
            " border-radius: 4px; font-weight: bold; }"
            f"QPushButton[primary=\"true\"]:focus {{ outline: 2px solid black; border: 2px solid #111; }}"
            f"QLabel[role=\"header\"] {{ font-size: 16pt; font-weight: bold; color: {self.accent}; }}"
        )


# -- language ----------------------------------------------------------------------------------------------

_translators: list[QTranslator] = []


def apply_language(lang: str | None) -> str:
    """Set the core language and install Qt's own French strings (standard buttons, context menus)."""
    chosen = i18n.set_language(lang)
    app = QApplication.instance()
    if app is None:
        return chosen
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if chosen != "en":
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for base in ("qtbase",):
            translator = QTranslator(app)
            if translator.load(QLocale(chosen), base, "_", folder):
                app.installTranslator(translator)
                _translators.append(translator)
    return chosen


def save_preferences(**values: Any) -> Path | None:
    """Update the [preferences] section of the user's preferences file (the only user-writable layer)."""
    import tomllib

    from desktop_app.policy.locations import user_preferences_path

    path = user_preferences_path()
    if path is None:
        return None
    current: dict[str, Any] = {}
    try:
        current = dict(tomllib.loads(path.read_text(encoding="utf-8")).get("preferences", {}))
    except (OSError, tomllib.TOMLDecodeError):
        pass
    current.update(values)
    lines = ["[preferences]"]
    for key, value in current.items():
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, int | float):
            lines.append(f"{key} = {value}")
        else:
            escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'{key} = "{escaped}"')
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
