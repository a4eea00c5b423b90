"""The rotating application log in the platform's user log folder; bundles carry its tail.

Logging must never break the app: with the disk full or the folder unwritable, records are dropped
silently rather than printing a traceback to the user.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop_app import paths

LOG_NAME = "selfdesk.log"


def setup(level: int = logging.INFO) -> Path | None:
    logging.raiseExceptions = False  # a full disk must not print tracebacks from the logging machinery
    root = logging.getLogger()
    if any(getattr(h, "_selfdesk", False) for h in root.handlers):
        return log_path()
    root.setLevel(level)
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._selfdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_path()


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
    if len(data) == max_bytes and b"\n" in data:
        data = data.split(b"\n", 1)[1]
    return data.decode("utf-8", errors="replace")
