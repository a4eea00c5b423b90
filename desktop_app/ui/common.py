"""Shared UI plumbing: the services seam, icons, background jobs, translators, preferences, branding.

Checks, fixes and ticket sending run in Python threads; their results come back to the UI thread through
Qt signals (queued connections), so the UI thread only ever paints.
"""

from __future__ import annotations

import ctypes
import gc
import itertools
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import i18n
from desktop_app.i18n import tr
from desktop_app.model import Check, Context, Fix, Result, Status, Verdict
from desktop_app.monitor import CHECKING, OK, PROBLEM, UNKNOWN, WARNING, state_of
from desktop_app.resources import resource_path

if TYPE_CHECKING:
    from desktop_app.system import System

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


def _registry() -> Any:
    """Imported on first use: every check module comes with it, and the tray icon should not wait for them."""
    from desktop_app import registry

    return registry


def _current_platform() -> str:
    from desktop_app.system import current_platform  # the seam (and what it imports) loads with the first check

    return current_platform()


def _live_system() -> System:
    from desktop_app.system import LiveSystem

    return LiveSystem()


@dataclass
class Services:
    """Everything the windows need from the core, injectable for tests (a FakeSystem, a few fake checks)."""

    policy: Any
    platform: str = field(default_factory=_current_platform)
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
            return _registry().select_checks(self.platform, only=["onboarding"], disabled=disabled)
        return _registry().select_checks(self.platform, areas=[area] if area else None, disabled=disabled)

    def all_checks(self) -> list[Check]:
        return list(self.catalog) if self.catalog is not None else list(_registry().CHECKS)

    def check(self, check_id: str) -> Check | None:
        return next((c for c in self.all_checks() if c.id == check_id), None)

    def verdicts(self, checks: Sequence[Check]) -> list[Verdict]:
        return _registry().verdicts_for(checks) if self.catalog is None else []

    def fix(self, fix_id: str) -> Fix | None:
        if self.fix_catalog is not None:
            return next((f for f in self.fix_catalog if f.id == fix_id), None)
        return _registry().fix(fix_id)

    def verify_fn(self) -> Callable[[Sequence[str]], list[Result]]:
        """Re-run check ids on a fresh seam (called by the fix engine, off the UI thread)."""

        def verify(check_ids: Sequence[str]) -> list[Result]:
            from desktop_app.engine import Sweep

            checks = [c for c in (self.check(i) for i in check_ids) if c is not None and self.platform in c.platforms]
            return Sweep(checks, self.make_system(), self.context()).run()

        return verify


# -- background jobs ---------------------------------------------------------------------------------------


class JobHub(QObject):
    """Every background job announces its start and end here, so the tray can show "checking" while a
    window's sweep runs without each window having to tell it."""

    started = Signal(int, object)  # job token, the job (its parent is the window that started it)
    ended = Signal(int)


_hub: JobHub | None = None
_tokens = itertools.count(1)


def job_hub() -> JobHub:
    global _hub
    if _hub is None:
        _hub = JobHub()
    return _hub


class Job(QObject):
    """A function run in a Python thread; ``progress``/``done``/``failed`` are delivered on the UI thread.

    The function (and whatever its closure holds: a sweep, its seam, every observation) is released as soon
    as it returns, so a finished job kept by a window or the tray holds nothing heavy."""

    progress = Signal(object)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[Callable[[Any], None]], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn: Callable[[Callable[[Any], None]], Any] | None = fn
        self.thread: threading.Thread | None = None
        self.finished = False
        self.token = next(_tokens)

    def start(self) -> Job:
        job_hub().started.emit(self.token, self)
        self.thread = threading.Thread(target=self._run, daemon=True, name="selfdesk-ui-job")
        self.thread.start()
        return self

    def _run(self) -> None:
        fn, self._fn = self._fn, None
        try:
            value = fn(self._progress) if fn is not None else None
        except Exception as exc:  # a crash in a job becomes a message, never a dead UI
            log.exception("background job failed")
            self.finished = True
            self._emit(self.failed, f"{type(exc).__name__}: {exc}")
        else:
            self.finished = True
            self._emit(self.done, value)
        job_hub().ended.emit(self.token)

    def _progress(self, value: Any) -> None:
        self._emit(self.progress, value)

    def _emit(self, signal: Any, value: Any) -> None:
        # the window that started the job may have been closed (and deleted) meanwhile: nobody is listening
        if shiboken6.isValid(self):
            try:
                signal.emit(value)
            except RuntimeError:
                log.debug("job finished after its window was closed")


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
    return icon(state if state in (OK, WARNING, PROBLEM, CHECKING, UNKNOWN) else "selfdesk")


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


def state_tooltip(app_name: str, state: str, *, checked_before: bool = False, areas: Sequence[str] = ()) -> str:
    """The icon's state in words; ``areas`` (labels) say where a warning or a problem is."""
    where = ", ".join(areas)
    if where and state == PROBLEM:
        return f"{app_name} — {tr('A problem was found: {areas}.', areas=where)}"
    if where and state == WARNING:
        return f"{app_name} — {tr('Something needs your attention: {areas}.', areas=where)}"
    text = {
        OK: tr("Everything looks fine."),
        WARNING: tr("Something needs your attention."),
        PROBLEM: tr("A problem was found."),
        CHECKING: tr("Checking your computer…"),
        UNKNOWN: tr("No recent check: choose Run diagnostics to check now.")
        if checked_before
        else tr("Not checked yet: choose Run diagnostics to check now."),
    }.get(state, "")
    return f"{app_name} — {text}"


def release_memory(*, collect: bool = False) -> None:
    """Hand freed memory back to the OS after a window closes or a monitor round ends.

    The objects are gone by then, but glibc keeps freed heap pages (one arena per worker thread), so the
    idle tray would sit a few MB above what it uses. Elsewhere the system allocator returns pages itself.
    ``collect`` first breaks reference cycles (a closed window's signal lambdas): ~20 ms, so only then."""
    if collect:
        gc.collect()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).malloc_trim(0)
        except (OSError, AttributeError):  # not glibc (musl): nothing to trim
            pass


def alive(obj: Any) -> bool:
    """False for None and for a Qt object already deleted (a closed window with WA_DeleteOnClose)."""
    return obj is not None and shiboken6.isValid(obj)


def add_escape(widget: QWidget) -> None:
    QShortcut(QKeySequence("Escape"), widget, activated=widget.close)


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


# -- branding ----------------------------------------------------------------------------------------------


WHITE, DARK_TEXT = "#FFFFFF", "#111827"
FOCUS_RING = "#111111"
DISABLED_BACKGROUND, DISABLED_TEXT = "#D1D5DB", "#4B5563"
MIN_TEXT_CONTRAST = 4.5  # WCAG 2 AA, normal text
MIN_LARGE_CONTRAST = 3.0  # WCAG 2 AA, large or bold text (the window headers)


def relative_luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(first: str | QColor, second: str | QColor) -> float:
    """WCAG contrast ratio, 1 (same) to 21 (black on white)."""
    a, b = (relative_luminance(QColor(c)) for c in (first, second))
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def darker_until(color: str, against: str, minimum: float) -> str:
    """The same hue, darkened step by step until it reaches ``minimum`` contrast against ``against``."""
    shade = QColor(color)
    hue, saturation, lightness, _ = shade.getHslF()
    while contrast_ratio(shade, against) < minimum and lightness > 0:
        lightness = max(0.0, lightness - 0.02)
        shade = QColor.fromHslF(max(hue, 0.0), saturation, lightness)
    return shade.name().upper()


@dataclass(frozen=True)
class Branding:
    app_name: str
    accent: str
    logo: Path | None

    @classmethod
    def from_policy(cls, policy: Any) -> Branding:
        name = policy.get("branding", "app_name") or i18n.PRODUCT
        accent = policy.get("branding", "accent_color") or "#2563EB"
        if not QColor.isValidColorName(accent):
            accent = "#2563EB"
        logo = policy.get("branding", "logo")
        return cls(name, accent, Path(logo) if logo and Path(logo).is_file() else None)

    def logo_pixmap(self, size: int = 40) -> QPixmap:
        source = QIcon(str(self.logo)) if self.logo else icon("selfdesk")
        return source.pixmap(size, size)

    def window_icon(self) -> QIcon:
        """The organisation's logo when policy gives one, so windows are recognisably theirs."""
        return QIcon(str(self.logo)) if self.logo else icon("selfdesk")

    def button_colors(self) -> tuple[str, str]:
        """(background, text) of primary buttons, readable whatever accent the policy chose: white text when
        it contrasts enough, else dark text on the same accent, else a darker shade of the accent."""
        if contrast_ratio(self.accent, WHITE) >= MIN_TEXT_CONTRAST:
            return QColor(self.accent).name().upper(), WHITE
        if contrast_ratio(self.accent, DARK_TEXT) >= MIN_TEXT_CONTRAST:
            return QColor(self.accent).name().upper(), DARK_TEXT
        return darker_until(self.accent, WHITE, MIN_TEXT_CONTRAST), WHITE

    def header_color(self, background: str = WHITE) -> str:
        """Accent-coloured headers are large bold text: 3:1 against the window is enough."""
        if contrast_ratio(self.accent, background) >= MIN_LARGE_CONTRAST:
            return QColor(self.accent).name().upper()
        return darker_until(self.accent, background, MIN_LARGE_CONTRAST)

    def stylesheet(self) -> str:
        background, text = self.button_colors()
        header = self.header_color(_window_background())
        # The focus is the dark ring (the style's dotted rectangle would cross the text); a disabled primary
        # button is grey, as a styled background otherwise looks pressable whatever its state.
        return (
            f"QPushButton[primary=\"true\"] {{ background: {background}; color: {text}; padding: 6px 14px;"
            " border: 2px solid transparent; border-radius: 4px; font-weight: bold; outline: none; }"
            f"QPushButton[primary=\"true\"]:focus {{ border: 2px solid {FOCUS_RING}; }}"
            f"QPushButton[primary=\"true\"]:disabled {{ background: {DISABLED_BACKGROUND}; color: {DISABLED_TEXT}; }}"
            f"QLabel[role=\"header\"] {{ font-size: 16pt; font-weight: bold; color: {header}; }}"
        )

    def title(self, text: str) -> str:
        """A window title naming the organisation's app: "Acme Help — Settings and about"."""
        prefix = f"{self.app_name} — "
        while text.startswith(prefix):
            text = text[len(prefix):]
        return f"{prefix}{text}" if text and text != self.app_name else self.app_name


def _window_background() -> str:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().window().color().name()
    return WHITE


def apply_branding(window: QWidget, branding: Branding) -> QWidget:
    """Name, logo and accent from policy on any window (its own title kept after the app name)."""
    window.setWindowTitle(branding.title(window.windowTitle()))
    window.setWindowIcon(branding.window_icon())
    window.setStyleSheet(branding.stylesheet())
    return window


# -- language ----------------------------------------------------------------------------------------------

_translators: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_path("i18n")


def apply_language(lang: str | None) -> str:
    """Set the language everywhere: the core's ``tr``, our ``.qm`` catalogs and Qt's own strings.

    One source of truth, two readers: the ``.ts`` files are compiled into ``.qm`` by the build and the UI
    loads those with QTranslator (``tr`` asks them first); the core's ``.ts`` reader answers for anything a
    ``.qm`` lacks, and replaces a ``.qm`` older than its ``.ts`` (a source checkout with a stale build).
    "auto" follows the OS, with Qt's view of the user's UI languages as a second opinion."""
    app = QApplication.instance()
    preferred = QLocale.system().uiLanguages() if app is not None else []
    chosen = i18n.set_language(lang, preferred=preferred)
    i18n.set_lookup(None)
    if app is None:
        return chosen
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if chosen == "en":
        return chosen
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(QLocale(chosen), "qtbase", "_", folder):
        app.installTranslator(translator)
        _translators.append(translator)
    contexts = []
    for qm in sorted(translations_dir().glob(f"*_{chosen}.qm")):
        if _stale(qm):
            log.info("%s is older than its .ts: using the .ts", qm.name)
            continue
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _translators.append(translator)
            contexts.append(qm.stem.rsplit("_", 1)[0])  # the .ts context is the area: ui_fr.qm -> "ui"
    if contexts:
        i18n.set_lookup(_qm_lookup(tuple(contexts)))
    return chosen


def _stale(qm: Path) -> bool:
    ts = qm.with_suffix(".ts")
    try:
        return ts.exists() and ts.stat().st_mtime > qm.stat().st_mtime
    except OSError:
        return True


def _qm_lookup(contexts: tuple[str, ...]) -> Callable[[str], str | None]:
    def lookup(text: str) -> str | None:
        # QCoreApplication.translate is thread-safe (analyzers call tr() from worker threads)
        for context in contexts:
            found = QCoreApplication.translate(context, text)
            if found != text:
                return found
        return None

    return lookup


def save_preferences(**values: Any) -> Path | None:
    """Update the [preferences] section of the user's preferences file (the only user-writable layer).

    None when the file cannot be written (a full disk, a read-only profile): the choice
    then holds for this session only, and the settings window still closes normally."""
    import tomllib

    from desktop_app.policy.locations import user_preferences_path

    path = user_preferences_path()
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
    tmp = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        log.warning("preferences not saved to %s (%s): they hold until the app quits", path, exc)
        return None
    return path
