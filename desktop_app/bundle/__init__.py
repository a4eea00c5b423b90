"""Diagnostic bundles (GUIDE §3): redacted, size-capped, verifiable, replayable, readable in 30 seconds.

- ``writer``: ``create_bundle`` / ``repack`` gather, redact (every file, the manifest and the file names go
  through one ``Redactor``, so pseudonyms are consistent), fit the size limits and write atomically.
- ``sizing``: 2 MB target, 5 MB cap (or lower), what is cut and in which order.
- ``trigger``: the manifest's ``trigger`` (which check or fix failed, at which step).
- ``naming``: ``bundle_filename`` (date + short id) used wherever a bundle is written.
- ``verify`` / ``describe`` / ``report``: checksums, the summary shown before sending, the human report.
"""

from __future__ import annotations

from desktop_app.bundle.describe import describe_bundle, describe_text
from desktop_app.bundle.errors import BundleError, BundleTooLargeError, BundleWriteError
from desktop_app.bundle.naming import bundle_filename, bundle_filename_for
from desktop_app.bundle.sizing import HARD_CAP, MIN_CAP, TARGET
from desktop_app.bundle.summary import summary_phrases, summary_text
from desktop_app.bundle.trigger import build_trigger, normalize_trigger, trigger_text
from desktop_app.bundle.verify import verify_bundle
from desktop_app.bundle.writer import cap_for, create_bundle, repack

__all__ = [
    "HARD_CAP",
    "MIN_CAP",
    "TARGET",
    "BundleError",
    "BundleTooLargeError",
    "BundleWriteError",
    "build_trigger",
    "bundle_filename",
    "bundle_filename_for",
    "cap_for",
    "create_bundle",
    "describe_bundle",
    "describe_text",
    "normalize_trigger",
    "repack",
    "summary_phrases",
    "summary_text",
    "trigger_text",
    "verify_bundle",
]
