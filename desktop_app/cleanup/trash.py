"""Emptying the trash through the operating system's own mechanism.

Windows: the shell's SHQueryRecycleBinW / SHEmptyRecycleBinW (every drive's Recycle Bin, no dialog).
macOS: Finder empties the Trash (it knows about locked items and other volumes); ~/.Trash is the fallback.
Linux: the freedesktop.org trash in $XDG_DATA_HOME/Trash (``files`` and their ``info`` records go together).
"""

from __future__ import annotations

import ctypes
from typing import Any

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
