"""Where policy files live on each OS, and whether a file is under an administrator's control."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

APP_NAME = "SelfDesk"


def system_policy_paths() -> list[Path]:
    """The system-wide policy deployed by MDM/GPO (read-only for users)."""
    if sys.platform.startswith("win"):
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")  # Windows env names are case-insensitive
        return [Path(base) / APP_NAME / "policy.toml"]
    if sys.platform == "darwin":
        return [Path("/Library/Application Support") / APP_NAME / "policy.toml"]
    return [Path("/etc/selfdesk/policy.toml")]


MANAGED_PLIST = Path("/Library/Managed Preferences/com.selfdesk.app.plist")
POLICY_KEY = "PolicyTOML"
GPO_KEY = r"SOFTWARE\Policies\SelfDesk"


def managed_policy_texts() -> list[tuple[str, str]]:
    r"""Policy pushed as text by MDM: a macOS configuration profile (managed preferences, key PolicyTOML)
    or Windows Group Policy (HKLM\SOFTWARE\Policies\SelfDesk, value PolicyTOML)."""
    if sys.platform == "darwin":
        return read_managed_plist(MANAGED_PLIST)
    if sys.platform.startswith("win"):
        try:
            import winreg  # type: ignore[import-not-found]

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, GPO_KEY) as key:  # type: ignore[attr-defined]
                value, _ = winreg.QueryValueEx(key, POLICY_KEY)  # type: ignore[attr-defined]
        except OSError:
            return []
        text = "\n".join(value) if isinstance(value, list) else str(value)  # REG_MULTI_SZ or REG_SZ
        return [(f"HKLM\\{GPO_KEY}\\{POLICY_KEY}", text)]
    return []


def read_managed_plist(path: Path) -> list[tuple[str, str]]:
    import plistlib

    try:
        with open(path, "rb") as handle:
            data = plistlib.load(handle)
    except (OSError, ValueError, plistlib.InvalidFileException):
        return []
    text = data.get(POLICY_KEY) if isinstance(data, dict) else None
    return [(f"{path} ({POLICY_KEY})", text)] if isinstance(text, str) else []


def user_preferences_path() -> Path | None:
    try:
        import platformdirs
    except ImportError:  # pragma: no cover - a dependency, but preferences are optional
        return None
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "preferences.toml"


def admin_controlled(path: Path) -> bool:
    """True when neither the file nor its folder can be changed by an ordinary user.

    POSIX: owned by root and not writable by group or others, and likewise its folder. Windows: inside the
    system-wide policy folder (ProgramData ACLs are set by the installer).
    """
    try:
        resolved = path.resolve(strict=True)
    except OSError:
        return False
    if sys.platform.startswith("win"):
        return any(resolved.parent == p.parent.resolve() for p in system_policy_paths())
    for item in (resolved, resolved.parent):
        try:
            info = item.stat()
        except OSError:
            return False
        if info.st_uid != 0 or (info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not (info.st_mode & stat.S_ISVTX)):
            return False
    return True
