"""Diagnostic bundles (minimal writer; the bundle issue adds redaction, reports, size caps, verify)."""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.model import Context, Result
from desktop_app.recording import SCHEMA, SCHEMA_VERSION, observations_jsonl


def create_bundle(
    out: str | Path,
    *,
    observations: Sequence[Mapping[str, Any]],
    results: Sequence[Result],
    ctx: Context,
    trigger: Mapping[str, Any] | None = None,
) -> Path:
    files = {
        "observations.jsonl": observations_jsonl(list(observations)).encode(),
        "results.json": json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2).encode(),
        "policy.json": json.dumps(ctx.policy.to_json(), ensure_ascii=False, indent=2).encode(),
    }
    manifest = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "bundle_id": str(uuid.uuid4()),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "platform": ctx.platform,
        "app_version": __version__,
        "trigger": dict(trigger or {}),
        "files": [{"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in files.items()],
    }
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, indent=2))
        for name, data in files.items():
            archive.writestr(name, data)
    return path
