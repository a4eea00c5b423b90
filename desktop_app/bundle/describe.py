"""What the user sees before anything is attached: the files, their sizes and what was hidden.

``describe_bundle`` returns data (for ``--json`` and the ticket dialog); ``describe_text`` and ``summary_text``
word it in the user's language ("3 e-mail addresses, 2 network names and 1 computer name were replaced.").
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop_app.bundle.errors import BundleError
from desktop_app.bundle.summary import size_text, summary_text
from desktop_app.bundle.verify import read_members
from desktop_app.i18n import tr


def describe_bundle(path: str | Path) -> dict[str, Any]:
    """Files with sizes, the redaction summary (rule -> count) and what was left out, as data."""
    source = Path(path)
    members = read_members(source) if source.is_file() else {}
    raw = members.get("manifest.json")
    if not raw:
        raise BundleError(tr("{path}: not a readable SelfDesk bundle", path=str(source)))
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        manifest = None
    if not isinstance(manifest, dict):
        raise BundleError(tr("{path}: manifest.json is not valid", path=str(source)))
    listed = manifest.get("files") if isinstance(manifest.get("files"), list) else []
    redaction = manifest.get("redaction") if isinstance(manifest.get("redaction"), Mapping) else {}
    dropped = manifest.get("dropped") if isinstance(manifest.get("dropped"), list) else []
    return {
        "path": str(source),
        "size": source.stat().st_size,
        "bundle_id": manifest.get("bundle_id"),
        "created_at": manifest.get("created_at"),
        "platform": manifest.get("platform"),
        "trigger": manifest.get("trigger") if isinstance(manifest.get("trigger"), Mapping) else {},
        "files": [{"path": "manifest.json", "size": len(raw)}]
        + [{"path": str(f.get("path")), "size": _size(f.get("size"))} for f in listed if isinstance(f, Mapping)],
        "redaction": {str(k): v for k, v in redaction.items() if isinstance(v, int) and not isinstance(v, bool)},
        "dropped": dropped,
    }


def _size(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def describe_text(info: Mapping[str, Any] | str | Path, *, columns: bool = True) -> str:
    """``describe_bundle`` in words, for the terminal and the ticket dialog: files with sizes, then what was
    replaced, then what was left out. ``columns=False`` lists the files in one sentence (proportional fonts
    cannot line up columns made of spaces)."""
    if not isinstance(info, Mapping):
        info = describe_bundle(info)
    lines = [tr("Attachment {name} ({size}):", name=Path(str(info["path"])).name, size=size_text(int(info["size"])))]
    if columns:
        lines += [f"  {f['path']:<28} {size_text(int(f.get('size') or 0)):>10}" for f in info["files"]]
    else:
        lines.append(", ".join(tr("{file} ({size})", file=f["path"], size=size_text(int(f.get("size") or 0))) for f in info["files"]))
    lines.append(summary_text(info.get("redaction") or {}))
    for item in info.get("dropped") or []:
        lines.append(tr("Left out: {what}", what=item.get("what") if isinstance(item, Mapping) else item))
    return "\n".join(lines)
