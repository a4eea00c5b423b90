"""Translations for everything a user reads, in the core and the UI alike.

The source of truth is Qt Linguist files, ``resources/i18n/<area>_<lang>.ts`` (committed; ``.qm`` files are
built from them for the UI). The core reads the ``.ts`` XML directly so headless commands need no Qt. Source
strings are English; ``{name}`` placeholders are filled with ``str.format``.

Mark text with ``tr("...")`` where it is shown, or ``N_("...")`` where it is declared as data (check titles)
and translated later with ``tr(title)``. ``tools/i18n_update.py`` extracts both into the ``.ts`` files.
"""

from __future__ import annotations

import locale
import os
import threading
import xml.etree.ElementTree as ET
from typing import Any

from desktop_app.resources import resource_path

SUPPORTED = ("en", "fr")
_lock = threading.Lock()
_language = "en"
_catalogs: dict[str, dict[str, str]] = {}


def N_(text: str) -> str:  # noqa: N802 - the gettext convention translators know
    """Mark text for extraction without translating it now."""
    return text


def tr(text: str, /, **kwargs: Any) -> str:
    translated = _catalog(_language).get(text, text) if _language != "en" else text
    if kwargs:
        try:
            return translated.format(**kwargs)
        except (KeyError, IndexError, ValueError):
            return text.format(**kwargs)
    return translated


def language() -> str:
    return _language


def set_language(lang: str | None) -> str:
    """Set the display language ('auto' or None follows the OS); returns the language in use."""
    global _language
    chosen = detect_os_language() if not lang or lang == "auto" else lang.split("_")[0].split("-")[0].lower()
    _language = chosen if chosen in SUPPORTED else "en"
    return _language


def detect_os_language() -> str:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(":")[0].split("_")[0].split(".")[0].lower()
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return code.split("_")[0].lower() or "en"


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
