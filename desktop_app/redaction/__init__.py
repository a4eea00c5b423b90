"""Layered redaction for bundles and tickets (modelled on sos).

1. ``sources``: what is never collected. The system seam refuses forbidden commands and files before they
   run (``is_forbidden_source``); the bundle writer checks again.
2. ``checks``: per-check patterns, declared as ``REDACT`` tuples next to the check whose output they cover.
3. ``redactor``: the global pass with consistent pseudonyms across every file of a bundle. The mapping stays
   in memory; only the rule -> count summary is written (``desktop_app.bundle.summary_text`` words it).
"""

from __future__ import annotations

from desktop_app.redaction.checks import CheckPattern
from desktop_app.redaction.pseudonyms import PLACEHOLDER
from desktop_app.redaction.redactor import Redactor, redact_text_once
from desktop_app.redaction.sources import FORBIDDEN_ERROR, is_forbidden_source

__all__ = [
    "FORBIDDEN_ERROR",
    "PLACEHOLDER",
    "CheckPattern",
    "Redactor",
    "is_forbidden_source",
    "redact_text_once",
]
