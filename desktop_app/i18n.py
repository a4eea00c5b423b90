"""Translations for everything a user reads, in the core and the UI alike.

The source of truth is Qt Linguist files, ``resources/i18n/<area>_<lang>.ts`` (committed; ``.qm`` files are
built from them for packaging). The core reads the ``.ts`` XML directly so headless commands need no Qt.
The tray loads the built ``.qm`` files with QTranslator and plugs them in with ``set_lookup``; this module's
``.ts`` catalog stays the fallback (a source checkout without a build, a ``.qm`` older than its ``.ts``).
Source strings are English; ``{name}`` placeholders are filled with ``str.format``.

Mark text with ``tr("...")`` where it is shown, or ``N_("...")`` where it is declared as data (check titles)
and translated later with ``tr(title)``. ``tools/i18n_update.py`` extracts both into the ``.ts`` files.

"auto" follows the OS: the Windows display language (GetUserDefaultUILanguage), the macOS preferred
languages (AppleLanguages), then the POSIX variables and ``locale.getlocale()`` (which on Windows gives
names like ``French_France``). The first supported language in the user's order wins.
"""

from __future__ import annotations

import locale
import os
import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from desktop_app.resources import resource_path

SUPPORTED = ("en", "fr")
_lock = threading.Lock()
_language = "en"
_catalogs: dict[str, dict[str, str]] = {}
_lookup: Callable[[str], str | None] | None = None  # the UI's .qm translators, when loaded
PRODUCT = "SelfDesk"
_product = PRODUCT  # the name the user knows the app by: policy branding may rename it
MACOS_DEFAULTS_TIMEOUT = 2.0  # seconds; `defaults` answers in milliseconds, a hung one must not block startup


def N_(text: str) -> str:  # noqa: N802 - the gettext convention translators know
    """Mark text for extraction without translating it now."""
    return text


def tr(text: str, /, **kwargs: Any) -> str:
    translated = _translate(text) if _language != "en" else text
    if _product != PRODUCT:  # in the sentence only: a placeholder's value (a path, a name) is never renamed
        translated = translated.replace(PRODUCT, _product)
    if kwargs:
        try:
            return translated.format(**kwargs)
        except (KeyError, IndexError, ValueError):
            return text.format(**kwargs)
    return translated


def tr_plural(count: int, one: str, other: str, /, **kwargs: Any) -> str:
    """Translate the singular or the plural source, chosen by the display language's rule: French uses the
    singular for 0 and 1 ("0 élément", "1 jour"), English for 1 only. Mark both sources with ``N_()``."""
    singular = count in (0, 1) if _language == "fr" else count == 1
    return tr(one if singular else other, **kwargs)


def tr_label(label: str, value: Any) -> str:
    """"Label: value" in the display language (French puts a no-break space before the colon)."""
    return tr("{label}: {value}", label=label, value=value)


class Message(str):
    """English text to translate later, once the display language is known (policy warnings are made before
    the policy says which language to show). ``str()`` and logs give the English; ``translated()`` the text in
    the language in use, parameters that are Messages too. Mark the source with ``N_()``."""

    source: str
    params: dict[str, Any]

    def __new__(cls, source: str, /, **params: Any) -> Message:
        self = super().__new__(cls, source.format(**params) if params else source)
        self.source = source
        self.params = params
        return self

    def translated(self) -> str:
        params = {k: v.translated() if isinstance(v, Message) else v for k, v in self.params.items()}
        return tr(self.source, **params)


def translated(text: str) -> str:
    """A Message in the display language; any other text as it is."""
    return text.translated() if isinstance(text, Message) else text


def _translate(text: str) -> str:
    lookup = _lookup
    if lookup is not None:
        try:
            found = lookup(text)
        except Exception:  # a broken translator must not take a window down: the catalog still answers
            found = None
        if found:
            return found
    return _catalog(_language).get(text, text)


def set_lookup(lookup: Callable[[str], str | None] | None) -> None:
    """Install (or remove) a first-choice translation source, e.g. the UI's loaded ``.qm`` files."""
    global _lookup
    _lookup = lookup


def set_product_name(name: str | None) -> str:
    """Call the app what the organisation calls it (policy ``branding.app_name``) in every sentence a user
    reads. Text that must name the real program (the app macOS lists under Location Services) passes it as
    a placeholder value instead."""
    global _product
    _product = (name or "").strip() or PRODUCT
    return _product


def language() -> str:
    return _language


def set_language(lang: str | None, *, preferred: Iterable[str] = ()) -> str:
    """Set the display language ('auto' or None follows the OS); returns the language in use.

    ``preferred`` adds language tags to consider after the OS's own list (the UI passes Qt's
    ``QLocale.system().uiLanguages()``)."""
    global _language
    follow_os = not lang or lang == "auto"
    chosen = first_supported([*os_languages(), *preferred]) if follow_os else language_code(lang or "")
    _language = chosen if chosen in SUPPORTED else "en"
    return _language


def first_supported(tags: Iterable[str]) -> str:
    for tag in tags:
        code = language_code(tag)
        if code in SUPPORTED:
            return code
    return "en"


def language_code(tag: str) -> str:
    """'fr' for fr_FR.UTF-8, fr-CA, fr, French_France or French; '' for C, POSIX or garbage."""
    value = (tag or "").strip().strip('"')
    head = re.split(r"[_.@\-:\s]", value, maxsplit=1)[0].lower()
    if head in ("", "c", "posix"):
        return ""
    if len(head) in (2, 3) and head.isascii() and head.isalpha():
        return head
    # Windows names its locales in English ("French_France", "English_United States")
    alias = locale.locale_alias.get(head, "")
    code = alias.split("_")[0].split(".")[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else ""


def os_languages(
    platform: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    run: Callable[[list[str], float], str | None] | None = None,
) -> list[str]:
    """The user's languages, most preferred first, as the OS reports them (tags, not yet reduced)."""
    platform = platform or _platform()
    env = os.environ if environ is None else environ
    found: list[str] = []
    if platform == "windows":
        found += windows_ui_languages()
    elif platform == "macos":
        found += macos_languages(run or _run_bounded)
    found += _posix_languages(env)
    try:
        code = locale.getlocale()[0]
    except (ValueError, TypeError):
        code = None
    if code:
        found.append(code)
    return found


def _platform() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    return "macos" if sys.platform == "darwin" else "linux"


def _posix_languages(env: Mapping[str, str]) -> list[str]:
    """LANGUAGE is a priority list ("fr:en"); then the first locale variable that names a language."""
    out = [v for v in env.get("LANGUAGE", "").split(":") if language_code(v)]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value and language_code(value):
            out.append(value)
            break
    return out


def windows_ui_languages() -> list[str]:
    """The Windows display language (what Settings > Time & language > Language shows), e.g. ['fr_FR']."""
    try:
        import ctypes

        langid = int(ctypes.windll.kernel32.GetUserDefaultUILanguage())  # type: ignore[attr-defined]
    except (AttributeError, OSError, ImportError, ValueError, TypeError):
        return []
    name = locale.windows_locale.get(langid)
    if name is None:  # a sublanguage Python does not list: the primary language still tells
        primary = langid & 0x3FF
        name = next((v for k, v in sorted(locale.windows_locale.items()) if k & 0x3FF == primary), None)
    return [name] if name else []


def macos_languages(run: Callable[[list[str], float], str | None]) -> list[str]:
    """AppleLanguages: the order the user set in System Settings > Language & Region."""
    for argv in (
        ["defaults", "read", "-g", "AppleLanguages"],
        ["defaults", "read", "/Library/Preferences/.GlobalPreferences", "AppleLanguages"],
    ):
        languages = parse_apple_languages(run(argv, MACOS_DEFAULTS_TIMEOUT) or "")
        if languages:
            return languages
    return []


def parse_apple_languages(text: str) -> list[str]:
    """``defaults read -g AppleLanguages`` prints an old-style plist array, quoted or not:
    ``(\\n    "fr-FR",\\n    en\\n)``. Anything else (an error message) gives []."""
    body = text.strip()
    if not (body.startswith("(") and body.endswith(")")):
        return []
    items = [item.strip().strip('"').strip() for item in body[1:-1].split(",")]
    return [item for item in items if re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*", item)]


def _run_bounded(argv: list[str], timeout: float) -> str | None:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    return done.stdout if done.returncode == 0 else None


def _catalog(lang: str) -> dict[str, str]:
    with _lock:
        if lang not in _catalogs:
            _catalogs[lang] = load_ts_catalog(lang)
        return _catalogs[lang]


def load_ts_catalog(lang: str) -> dict[str, str]:
    """Merge every ``*_<lang>.ts`` file; unfinished or empty translations fall back to English."""
    catalog: dict[str, str] = {}
    folder = resource_path("i18n")
    if not folder.is_dir():
        return catalog
    for path in sorted(folder.glob(f"*_{lang}.ts")):
        try:
            root = ET.parse(path).getroot()
        except (ET.ParseError, OSError):
            continue
        for message in root.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if not source or node is None or not (node.text or "").strip():
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            catalog[source] = node.text or source
    return catalog


def reset_cache() -> None:
    with _lock:
        _catalogs.clear()
