"""The user's experience history: after a fix, "Did this solve it?" answers, kept locally (JSONL).

The next ticket carries them so a technician sees what was tried and what the user felt about it.
A line cut by a crash or a full disk is skipped on reading; the rest is kept.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import paths

log = logging.getLogger(__name__)


def record(
    fix_id: str,
    solved: bool,
    *,
    outcome: str = "",
    results: Sequence[str] = (),
    note: str = "",
    path: Path | None = None,
) -> dict[str, Any]:
    entry = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "fix": fix_id,
        "outcome": outcome,
        "solved": bool(solved),
        "results": list(results),
        "note": note,
    }
    target = path or paths.history_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "a+b") as handle:
            # a line cut by a crash must not swallow this one: start on a fresh line
            handle.seek(0, os.SEEK_END)
            prefix = b""
            if handle.tell() > 0:
                handle.seek(-1, os.SEEK_END)
                prefix = b"" if handle.read(1) == b"\n" else b"\n"
            handle.write(prefix + (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        log.warning("experience history not written (disk full or read-only?)")
    return entry


def read(path: Path | None = None, limit: int = 50) -> list[dict[str, Any]]:
    target = path or paths.history_path()
    try:
        lines = target.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    out: list[dict[str, Any]] = []
    for line in lines[-limit:]:
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(item, dict):
            out.append(item)
    return out
