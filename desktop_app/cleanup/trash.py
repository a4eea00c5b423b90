"""Emptying the trash through the operating system's own mechanism.

Windows: the shell's SHQueryRecycleBinW / SHEmptyRecycleBinW (every drive's Recycle Bin, no dialog).
macOS: Finder empties the Trash (it knows about locked items and other volumes); ~/.Trash is the fallback.
Linux: ``gio trash --empty`` (the desktop's trash service), then by hand the freedesktop.org trashes:
$XDG_DATA_HOME/Trash and, on every other mounted volume, $topdir/.Trash/$uid and $topdir/.Trash-$uid
(``files`` and their ``info`` records go together).
"""

from __future__ import annotations

import ctypes
import os
import stat
from collections.abc import Iterable
from typing import Any

NETWORK_FS = ("nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "ceph", "glusterfs", "davfs")

FINDER_EMPTY_TRASH = ("osascript", "-e", 'tell application "Finder" to empty trash')

SHERB_NOCONFIRMATION, SHERB_NOPROGRESSUI, SHERB_NOSOUND = 0x1, 0x2, 0x4


class _SHQUERYRBINFO(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint32), ("i64Size", ctypes.c_int64), ("i64NumItems", ctypes.c_int64)]


def recycle_bin_size() -> dict[str, Any]:
    """{"bytes", "files"} of all Recycle Bins (Windows only)."""
    info = _SHQUERYRBINFO()
    info.cbSize = ctypes.sizeof(info)
    hr = ctypes.windll.shell32.SHQueryRecycleBinW(None, ctypes.byref(info))  # type: ignore[attr-defined]
    if hr != 0:
        raise OSError(f"SHQueryRecycleBinW failed (0x{hr & 0xFFFFFFFF:08x})")
    return {"bytes": int(info.i64Size), "files": int(info.i64NumItems), "partial": False}


def empty_recycle_bin() -> None:
    flags = SHERB_NOCONFIRMATION | SHERB_NOPROGRESSUI | SHERB_NOSOUND
    hr = ctypes.windll.shell32.SHEmptyRecycleBinW(None, None, flags)  # type: ignore[attr-defined]
    # S_OK, or E_UNEXPECTED (0x8000FFFF) when the bin is already empty.
    if hr not in (0, -2147418113, 0x8000FFFF):
        raise OSError(f"SHEmptyRecycleBinW failed (0x{hr & 0xFFFFFFFF:08x})")


def _own_folder(path: str, uid: int) -> bool:
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == uid


def topdir_trashes(uid: int, mounts: Iterable[str]) -> list[str]:
    """The user's trash folders on other volumes, as the freedesktop.org trash specification defines them:
    ``$topdir/.Trash/$uid`` only when ``.Trash`` is a real folder (not a link) with the sticky bit, and
    ``$topdir/.Trash-$uid``; either must be a real folder owned by the user."""
    found: list[str] = []
    for top in mounts:
        shared = os.path.join(top, ".Trash")
        try:
            st = os.lstat(shared)
            shared_ok = stat.S_ISDIR(st.st_mode) and bool(st.st_mode & stat.S_ISVTX)
        except OSError:
            shared_ok = False
        candidates = ([os.path.join(shared, str(uid))] if shared_ok else []) + [os.path.join(top, f".Trash-{uid}")]
        found += [c for c in candidates if _own_folder(c, uid) and c not in found]
    return found


def local_mounts() -> list[str]:
    """Mount points of local volumes (a hung network share must not stall the cleanup)."""
    import psutil

    return [p.mountpoint for p in psutil.disk_partitions(all=False) if p.fstype.lower() not in NETWORK_FS]
