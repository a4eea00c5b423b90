"""Where policy files live on each OS, and whether a file is under an administrator's control."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

APP_NAME = "SelfDesk"


WINDOWS_PROGRAM_DATA = r"C:\ProgramData"
# FOLDERID_ProgramData {62AB5D82-FDC1-4DC3-A9DD-070D1D495D97}, as the GUID fields Windows expects
_FOLDERID_PROGRAM_DATA = (0x62AB5D82, 0xFDC1, 0x4DC3, (0xA9, 0xDD, 0x07, 0x0D, 0x1D, 0x49, 0x5D, 0x97))


def system_policy_paths() -> list[Path]:
    """The system-wide policy deployed by MDM/GPO (read-only for users).

    On Windows the folder comes from the known-folder API, never from %PROGRAMDATA%: a user can set that
    variable for their own processes and would then choose which file counts as the administrator's.
    """
    if sys.platform.startswith("win"):
        return [Path(windows_program_data()) / APP_NAME / "policy.toml"]
    if sys.platform == "darwin":
        return [Path("/Library/Application Support") / APP_NAME / "policy.toml"]
    return [Path("/etc/selfdesk/policy.toml")]


def windows_program_data() -> str:
    """ProgramData from SHGetKnownFolderPath; the fixed default when the API is unavailable or fails."""
    try:
        return _known_folder(_FOLDERID_PROGRAM_DATA) or WINDOWS_PROGRAM_DATA
    except Exception:  # no shell32 (not Windows), or the call failed: the documented default location
        return WINDOWS_PROGRAM_DATA


def _known_folder(folder_id: tuple[int, int, int, tuple[int, ...]]) -> str | None:
    import ctypes
    from ctypes import wintypes

    class GUID(ctypes.Structure):
        _fields_ = [("Data1", wintypes.DWORD), ("Data2", wintypes.WORD), ("Data3", wintypes.WORD),
                    ("Data4", ctypes.c_ubyte * 8)]

    data1, data2, data3, data4 = folder_id
    guid = GUID(data1, data2, data3, (ctypes.c_ubyte * 8)(*data4))
    found = ctypes.c_wchar_p()
    shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
    ole32 = ctypes.windll.ole32  # type: ignore[attr-defined]
    # KF_FLAG_DEFAULT (0), no token (None): the machine-wide folder
    if shell32.SHGetKnownFolderPath(ctypes.byref(guid), 0, None, ctypes.byref(found)) != 0:
        return None
    try:
        return found.value
    finally:
        ole32.CoTaskMemFree(found)


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


def user_preferences_path() -> Path:
    from desktop_app.paths import config_dir

    return config_dir() / "preferences.toml"


def admin_controlled(path: Path, opened: os.stat_result | None = None) -> bool:
    """True when neither the file nor any folder above it can be changed by an ordinary user.

    ``opened`` is ``os.fstat`` of the file as it was read, so the file judged is the file used.
    POSIX: the file is owned by root and not writable by group or others; every folder up to ``/`` is owned
    by root and not writable by group or others unless sticky (``/tmp``): otherwise a user could rename a
    folder on the way and put their own file in its place. Windows: the file sits in the system-wide policy
    folder and is owned by Administrators or SYSTEM (the installer sets that folder's permissions).
    """
    try:
        resolved = path.resolve(strict=True)
        info = opened if opened is not None else resolved.stat()
    except OSError:
        return False
    if sys.platform.startswith("win"):
        inside = any(resolved.parent == p.parent.resolve() for p in system_policy_paths())
        return inside and _windows_owner_is_admin(resolved)
    if info.st_uid != 0 or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    for folder in resolved.parents:
        try:
            folder_info = folder.stat()
        except OSError:
            return False
        writable = folder_info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
        if folder_info.st_uid != 0 or (writable and not folder_info.st_mode & stat.S_ISVTX):
            return False
    return True


_ADMIN_SIDS = ("S-1-5-32-544", "S-1-5-18")  # BUILTIN\Administrators, LOCAL SYSTEM


def _windows_owner_is_admin(path: Path) -> bool:
    """The file's owner SID is Administrators or SYSTEM. Any failure counts as 'not admin' (fail closed)."""
    try:
        import ctypes
        from ctypes import wintypes

        advapi32 = ctypes.windll.advapi32  # type: ignore[attr-defined]
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        owner = ctypes.c_void_p()
        descriptor = ctypes.c_void_p()
        se_file_object, owner_security_information = 1, 0x1
        status = advapi32.GetNamedSecurityInfoW(
            wintypes.LPCWSTR(str(path)), se_file_object, owner_security_information,
            ctypes.byref(owner), None, None, None, ctypes.byref(descriptor),
        )
        if status != 0:
            return False
        try:
            text = wintypes.LPWSTR()
            if not advapi32.ConvertSidToStringSidW(owner, ctypes.byref(text)):
                return False
            try:
                return text.value in _ADMIN_SIDS
            finally:
                kernel32.LocalFree(text)
        finally:
            kernel32.LocalFree(descriptor)
    except Exception:
        return False
