"""Disk fixes (filled in by the disk issue)."""

from __future__ import annotations

from desktop_app.model import Fix

FIXES: tuple[Fix, ...] = ()
