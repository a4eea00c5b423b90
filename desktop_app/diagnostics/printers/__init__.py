"""Printers checks (filled in by the printers issue)."""

from __future__ import annotations

from desktop_app.model import Check, Verdict

CHECKS: tuple[Check, ...] = ()
VERDICTS: tuple[Verdict, ...] = ()
