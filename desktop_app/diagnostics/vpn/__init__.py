"""Vpn checks (filled in by the vpn issue)."""

from __future__ import annotations

from desktop_app.model import Check, Verdict

CHECKS: tuple[Check, ...] = ()
VERDICTS: tuple[Verdict, ...] = ()
