"""Read and write recorded observations (GUIDE §3): a zip or a directory with manifest.json and
observations.jsonl. The bundle package builds redaction, reports and verification on top of this."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.observations import ObservationFormatError, parse_jsonl

SCHEMA = "selfdesk-bundle"
SCHEMA_VERSION = 1
PLATFORM_VALUES = ("windows", "macos", "linux")


class RecordingError(ValueError):
    """A bundle or directory that cannot be replayed; the message is for the user, one line."""


@dataclass
class Recording:
    manifest: dict[str, Any]
    observations: list[dict[str, Any]]
    extra: dict[str, bytes] = field(default_factory=dict)  # other files, by name

    @property
    def platform(self) -> str:
        return str(self.manifest.get("platform", ""))


def read_recording(path: str | Path) -> Recording:
    source = Path(path)
    if not source.exists():
        raise RecordingError(f"{source}: no such file or directory")
    files: dict[str, bytes] = {}
    if source.is_dir():
        for name in ("manifest.json", "observations.jsonl"):
            if (source / name).is_file():
                files[name] = (source / name).read_bytes()
        for item in source.rglob("*"):
            if item.is_file():
                files.setdefault(item.relative_to(source).as_posix(), item.read_bytes())
    else:
        try:
            with zipfile.ZipFile(source) as archive:
                for info in archive.infolist():
                    if not info.is_dir():
                        files[info.filename] = archive.read(info)
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise RecordingError(f"{source}: not a readable bundle ({exc})") from None
        except zipfile.LargeZipFile:
            raise RecordingError(f"{source}: bundle too large") from None
    return _from_files(source, files)


def _from_files(source: Path, files: Mapping[str, bytes]) -> Recording:
    if "manifest.json" not in files:
        raise RecordingError(f"{source}: manifest.json is missing")
    if "observations.jsonl" not in files:
        raise RecordingError(f"{source}: observations.jsonl is missing")
    try:
        manifest = json.loads(files["manifest.json"].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordingError(f"{source}: manifest.json is not valid JSON ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA:
        raise RecordingError(f"{source}: manifest.json is not a SelfDesk bundle manifest")
    if manifest.get("schema_version") != SCHEMA_VERSION:
        raise RecordingError(f"{source}: unsupported bundle schema_version {manifest.get('schema_version')!r}")
    if manifest.get("platform") not in PLATFORM_VALUES:
        raise RecordingError(f"{source}: manifest.json has no valid platform")
    try:
        observations = parse_jsonl(files["observations.jsonl"].decode("utf-8"))
    except UnicodeDecodeError:
        raise RecordingError(f"{source}: observations.jsonl is not UTF-8") from None
    except ObservationFormatError as exc:
        raise RecordingError(f"{source}: {exc}") from None
    extra = {k: v for k, v in files.items() if k not in ("manifest.json", "observations.jsonl")}
    return Recording(manifest=manifest, observations=observations, extra=extra)


def observations_jsonl(observations: list[Mapping[str, Any]]) -> str:
    return "".join(json.dumps(o, ensure_ascii=False, sort_keys=True) + "\n" for o in observations)
