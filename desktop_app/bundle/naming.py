"""Bundle file names: the date and a short bundle id, everywhere a bundle is written or attached."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.recording import ZIP_MEMBER_ERRORS


def bundle_filename(bundle_id: str, created: datetime | str) -> str:
    """``selfdesk-20261125-070102-1a2b3c4d.zip``: sorts by date; the short id matches the manifest's."""
    when = datetime.fromisoformat(created) if isinstance(created, str) else created
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    short = "".join(c for c in str(bundle_id) if c.isalnum())[:8].lower() or "00000000"
    return f"selfdesk-{when.strftime('%Y%m%d-%H%M%S')}-{short}.zip"


def bundle_filename_for(path: str | Path) -> str:
    """The standard name of an existing bundle, from its manifest (its own name when it has none)."""
    source = Path(path)
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = json.loads(archive.read("manifest.json"))
        return bundle_filename(str(manifest["bundle_id"]), str(manifest["created_at"]))
    except (*ZIP_MEMBER_ERRORS, KeyError, TypeError, RecursionError):  # damaged or not a bundle: keep its name
        return source.name

