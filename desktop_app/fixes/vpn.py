"""Vpn fixes (filled in by the vpn issue)."""

from __future__ import annotations

from desktop_app.model import Fix

FIXES: tuple[Fix, ...] = ()
