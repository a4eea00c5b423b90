"""Onboarding checks (filled in by the onboarding issue)."""

from __future__ import annotations

from desktop_app.model import Check, Verdict

CHECKS: tuple[Check, ...] = ()
VERDICTS: tuple[Verdict, ...] = ()
