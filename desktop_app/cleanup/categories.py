"""The allow-listed places SelfDesk may size and clean, per operating system.

Only these roots are ever touched by the cleanup. Browser entries name cache folders only: profiles,
cookies, history and passwords live next to them and are never listed here. Patterns may hold ``*`` in a
path segment (browser profile folders); a match is kept only when it is a real folder inside its base.
"""

from __future__ import annotations

import ntpath
import os
import posixpath
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

SAFE_DEFAULT = ("temp", "caches", "trash")


@dataclass(frozen=True)
class Category:
    id: str  # temp, trash, caches, os_updates, downloads
    patterns: tuple[str, ...] = ()  # absolute paths, '*' allowed in a segment
    deletable: bool = True  # False: report only, never deleted by SelfDesk
    admin: bool = False
    min_age_days: float = 0.0  # only files older than this count (and go)
    api: str = ""  # "recycle_bin" (Windows) when the OS API sizes/empties it
    apps: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # caches: app -> patterns


def _joiner(platform: str) -> Any:
    # Explicit per OS so the Windows allow-list is checked exactly on any machine (tests, reviews).
    return ntpath.join if platform == "windows" else posixpath.join


def temp_dir(env: Mapping[str, str] | None = None, *, must_exist: bool = True) -> str:
    """The user's temp folder as configured. Unlike tempfile.gettempdir() this does not need to write a
    test file there: on a full disk gettempdir() silently falls back to another folder (e.g. /tmp)."""
    e = os.environ if env is None else env
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = e.get(name)
        if value and (not must_exist or os.path.isdir(value)):
            return value
    return tempfile.gettempdir()


def environment(platform: str, env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The folders the categories are built from, read once (so tests and replays can pin them)."""
    e = os.environ if env is None else env
    _j = _joiner(platform)
    home = (e.get("USERPROFILE") if platform == "windows" else None) or e.get("HOME") or os.path.expanduser("~")
    out = {"home": home, "temp": temp_dir(e, must_exist=env is None)}
    if platform == "windows":
        out["localappdata"] = e.get("LOCALAPPDATA", _j(home, "AppData", "Local"))
        out["appdata"] = e.get("APPDATA", _j(home, "AppData", "Roaming"))
        out["windir"] = e.get("SystemRoot") or e.get("WINDIR") or "C:\\Windows"
    elif platform == "linux":
        out["cache"] = e.get("XDG_CACHE_HOME") or _j(home, ".cache")
        out["data"] = e.get("XDG_DATA_HOME") or _j(home, ".local", "share")
        out["config"] = e.get("XDG_CONFIG_HOME") or _j(home, ".config")
        out["trash_topdirs"] = "\n".join(_live_topdir_trashes()) if env is None else e.get("SELFDESK_TRASH_TOPDIRS", "")
    return out


def _live_topdir_trashes() -> list[str]:
    from desktop_app.cleanup.trash import local_mounts, topdir_trashes

    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return []
    try:
        return topdir_trashes(getuid(), local_mounts())
    except Exception:  # no psutil answer: the home trash is still emptied
        return []


def categories(platform: str, where: Mapping[str, str], policy_days: int = 90, temp_min_age_days: float = 1.0) -> list[Category]:
    _j = _joiner(platform)
    home = where["home"]
    downloads = Category("downloads", (_j(home, "Downloads"),), deletable=False, min_age_days=float(policy_days))
    # Temp files younger than a day may belong to a running program (an installer, an open document).
    temp = Category("temp", (where["temp"],), min_age_days=temp_min_age_days)
    if platform == "windows":
        la, ad = where["localappdata"], where["appdata"]
        chromium = ("Cache", "Code Cache", "GPUCache")
        apps = {
            "chrome": tuple(_j(la, "Google", "Chrome", "User Data", "*", c) for c in chromium),
            "edge": tuple(_j(la, "Microsoft", "Edge", "User Data", "*", c) for c in chromium),
            "firefox": (_j(la, "Mozilla", "Firefox", "Profiles", "*", "cache2"),),
            "teams": (
                _j(ad, "Microsoft", "Teams", "Cache"),
                _j(ad, "Microsoft", "Teams", "Code Cache"),
                _j(ad, "Microsoft", "Teams", "GPUCache"),
                _j(la, "Packages", "MSTeams_8wekyb3d8bbwe", "LocalCache", "Microsoft", "MSTeams", "EBWebView", "Default", "Cache"),
            ),
            "slack": (_j(ad, "Slack", "Cache"), _j(ad, "Slack", "Code Cache"), _j(ad, "Slack", "GPUCache")),
            "zoom": (_j(ad, "Zoom", "data", "Cache"),),
            # Explorer's thumbcache_*/iconcache_* databases (locked while Explorer runs: skipped, reported).
            "thumbnails": (_j(la, "Microsoft", "Windows", "Explorer"),),
            "internet_cache": (_j(la, "Microsoft", "Windows", "INetCache"),),
        }
        return [
            temp,
            Category("trash", (), api="recycle_bin"),
            Category("caches", apps=apps),
            Category("os_updates", (_j(where["windir"], "SoftwareDistribution", "Download"),), deletable=False, admin=True),
            downloads,
        ]
    if platform == "macos":
        lc = _j(home, "Library", "Caches")
        apps = {
            "chrome": (_j(lc, "Google", "Chrome"),),
            "edge": (_j(lc, "Microsoft Edge"),),
            "firefox": (_j(lc, "Firefox"),),
            "teams": (_j(lc, "com.microsoft.teams"), _j(lc, "com.microsoft.teams2")),
            "slack": (_j(lc, "com.tinyspeck.slackmacgap"), _j(home, "Library", "Application Support", "Slack", "Cache")),
            "zoom": (_j(lc, "us.zoom.xos"),),
            "thumbnails": (_j(lc, "com.apple.QuickLook.thumbnailcache"),),
        }
        return [
            temp,
            Category("trash", (_j(home, ".Trash"),)),
            Category("caches", apps=apps),
            Category("os_updates", ("/Library/Updates",), deletable=False, admin=True),
            downloads,
        ]
    cache, data, config = where["cache"], where["data"], where["config"]
    apps = {
        "chrome": (_j(cache, "google-chrome"), _j(cache, "chromium")),
        "edge": (_j(cache, "microsoft-edge"),),
        "firefox": (_j(cache, "mozilla", "firefox"),),
        "teams": (_j(config, "Microsoft", "Microsoft Teams", "Cache"),),
        "slack": (_j(config, "Slack", "Cache"), _j(config, "Slack", "Code Cache")),
        "zoom": (_j(home, ".zoom", "data", "Cache"),),
        "thumbnails": (_j(cache, "thumbnails"),),
    }
    return [
        temp,
        # (files, info) pairs: the home trash, then the user's trash on other volumes
        Category("trash", (_j(data, "Trash", "files"), _j(data, "Trash", "info"),
                           *(p for t in str(where.get("trash_topdirs") or "").splitlines() if t for p in (_j(t, "files"), _j(t, "info"))))),
        Category("caches", apps=apps),
        Category("os_updates", ("/var/cache/apt/archives",), deletable=False, admin=True),
        downloads,
    ]


def by_id(cats: list[Category]) -> dict[str, Category]:
    return {c.id: c for c in cats}


USER_FOLDERS = ("Documents", "Desktop", "Downloads", "Pictures", "Music", "Videos", "OneDrive")


def protected(root: str, home: str) -> bool:
    """A root that must never be emptied whatever the environment says (e.g. TMPDIR set to the home folder, or
    XDG_CACHE_HOME inside Downloads): a drive or file-system root, the home folder or one of its parents, or a
    personal folder or anything inside one. Links are resolved first, so a link cannot hide where a root is."""
    real, real_home = os.path.realpath(root), os.path.realpath(home)
    if os.path.dirname(real) == real:  # "/" or "C:\\"
        return True
    if _within(real_home, real):
        return True
    return any(_within(real, os.path.join(real_home, name)) for name in USER_FOLDERS)


def _within(path: str, folder: str) -> bool:
    """``path`` is ``folder`` or inside it (both already resolved)."""
    norm = os.path.normcase
    return norm(path) == norm(folder) or norm(path).startswith(norm(folder.rstrip(os.sep) + os.sep))


def shared_system_folder_as_root(root: str) -> bool:
    """Running as root, a shared sticky folder (/tmp, /var/tmp) holds the private temp of system services:
    root "owns" everything there, so the owner rule protects nothing. Such a folder is left alone."""
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None or geteuid() != 0:
        return False
    try:
        return bool(os.lstat(root).st_mode & 0o1000)
    except OSError:
        return False
