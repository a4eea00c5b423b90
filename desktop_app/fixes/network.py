"""Network fixes (filled in by the network issue)."""

from __future__ import annotations

from desktop_app.model import Fix

FIXES: tuple[Fix, ...] = ()
