"""The rotating application log in the platform's user log folder; bundles carry its tail.

What goes in at INFO: the command run, each sweep (checks, statuses, durations), each fix attempt and its
outcome, policy problems. Never secrets, never what the user typed (ticket text, parameters).

Logging must never break the app: with the disk full or the folder unwritable, records are dropped
silently rather than printing a traceback to the user.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop_app import paths

LOG_NAME = "selfdesk.log"
MAX_BYTES = 2_000_000
BACKUPS = 3


def setup(level: int = logging.INFO, *, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> Path | None:
    """Send the app's records to ``<user log folder>/selfdesk.log``, rotated at ``max_bytes`` with ``backups``
    old files kept. Calling it again is harmless; it follows a change of folder (``SELFDESK_HOME``)."""
    logging.raiseExceptions = False  # a full disk must not print tracebacks from the logging machinery
    root = logging.getLogger()
    target = log_path()
    for handler in [h for h in root.handlers if getattr(h, "_selfdesk", False)]:
        if getattr(handler, "baseFilename", None) == str(target.absolute()):
            return target
        root.removeHandler(handler)
        handler.close()
    if root.level > level:
        root.setLevel(level)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._selfdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return target if isinstance(handler, logging.handlers.RotatingFileHandler) else None


def teardown() -> None:
    """Detach and close the app's log handler (tests, and a clean exit)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_selfdesk", False)]:
        root.removeHandler(handler)
        handler.close()


def log_path() -> Path:
    return paths.log_dir() / LOG_NAME


def tail(max_bytes: int = 200_000) -> str:
    """The end of the current log, starting at a line boundary."""
    try:
        with open(log_path(), "rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - max_bytes))
            data = handle.read()
    except OSError:
        return ""
    if size > max_bytes and b"\n" in data:
        data = data.split(b"\n", 1)[1]  # the first line was cut by the window: drop it
    return data.decode("utf-8", errors="replace")
