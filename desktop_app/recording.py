"""Read and write recorded observations (GUIDE §3): a zip or a directory with manifest.json and
observations.jsonl. The bundle package builds redaction, reports and verification on top of this."""

from __future__ import annotations

import json
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.i18n import N_, Message
from desktop_app.observations import ObservationFormatError, parse_jsonl

SCHEMA = "selfdesk-bundle"
SCHEMA_VERSION = 1
PLATFORM_VALUES = ("windows", "macos", "linux")
REQUIRED = ("manifest.json", "observations.jsonl")
# A bundle is capped at 5 MB; a recording far larger than this is not one (or is a zip bomb), and reading it
# all into memory would hang the technician's terminal.
MAX_RECORDING_BYTES = 200_000_000
# What reading one zip member can raise besides BadZipFile: a cut stream (EOFError), corrupt deflate data
# (zlib.error), an unknown compression method (NotImplementedError), an encrypted member (RuntimeError).
ZIP_MEMBER_ERRORS = (zipfile.BadZipFile, EOFError, OSError, zlib.error, NotImplementedError, RuntimeError, ValueError)


class RecordingError(ValueError):
    """A bundle or directory that cannot be replayed. The message is one line, a ``Message`` (English in logs,
    ``i18n.translated`` for people)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Recording:
    manifest: dict[str, Any]
    observations: list[dict[str, Any]]
    extra: dict[str, bytes] = field(default_factory=dict)  # other files, by name

    @property
    def platform(self) -> str:
        return str(self.manifest.get("platform", ""))


def read_recording(path: str | Path) -> Recording:
    """A bundle zip or a recorded directory. Raises ``RecordingError`` (one line naming the file) for anything
    that cannot be replayed: missing, not a bundle, a damaged member, a corrupt or truncated line."""
    source = Path(path)
    if not source.exists():
        raise RecordingError(Message(N_("{path}: no such file or directory"), path=str(source)))
    files = _directory_files(source) if source.is_dir() else _zip_files(source)
    return _from_files(source, files)


def _directory_files(source: Path) -> dict[str, bytes]:
    for name in REQUIRED:  # before walking anything: `selfdesk analyze ~` must fail at once, not read the home
        if not (source / name).is_file():
            raise RecordingError(Message(N_("{path}: {name} is missing"), path=str(source), name=name))
    files: dict[str, bytes] = {}
    total = 0
    for item in sorted(source.rglob("*")):
        if not item.is_file():
            continue
        name = item.relative_to(source).as_posix()
        try:
            files[name] = item.read_bytes()
        except OSError as exc:
            raise RecordingError(Message(N_("{path}: {name} cannot be read ({error})"), path=str(source), name=name, error=exc.strerror or exc)) from None
        total += len(files[name])
        if total > MAX_RECORDING_BYTES:
            raise RecordingError(Message(N_("{path}: more than {size} MB of files, not a recording"), path=str(source), size=MAX_RECORDING_BYTES // 1_000_000))
    return files


def _zip_files(source: Path) -> dict[str, bytes]:
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise RecordingError(Message(N_("{path}: not a readable bundle ({error})"), path=str(source), error=exc)) from None
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        if sum(info.file_size for info in members) > MAX_RECORDING_BYTES:
            raise RecordingError(Message(N_("{path}: unpacks to more than {size} MB, not a bundle"), path=str(source), size=MAX_RECORDING_BYTES // 1_000_000))
        files: dict[str, bytes] = {}
        for info in members:
            try:
                files[info.filename] = archive.read(info)
            except ZIP_MEMBER_ERRORS as exc:
                raise RecordingError(Message(
                    N_("{path}: {name} is damaged ({error}); 'selfdesk bundle verify' names every damaged file"),
                    path=str(source), name=info.filename, error=_zip_reason(exc),
                )) from None
    return files


def _zip_reason(exc: BaseException) -> str:
    if isinstance(exc, RuntimeError) and "encrypted" in str(exc):
        return Message(N_("encrypted"))
    if isinstance(exc, NotImplementedError):
        return Message(N_("unsupported compression"))
    return str(exc) or type(exc).__name__


def _from_files(source: Path, files: Mapping[str, bytes]) -> Recording:
    for name in REQUIRED:
        if name not in files:
            raise RecordingError(Message(N_("{path}: {name} is missing"), path=str(source), name=name))
    try:
        manifest = json.loads(files["manifest.json"].decode("utf-8-sig"))  # a BOM: edited in Notepad
    except UnicodeDecodeError:
        raise RecordingError(Message(N_("{path}: {name} is not UTF-8 text"), path=str(source), name="manifest.json")) from None
    except (ValueError, RecursionError) as exc:
        raise RecordingError(Message(N_("{path}: manifest.json is not valid JSON ({error})"), path=str(source), error=exc)) from None
    if not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA:
        raise RecordingError(Message(N_("{path}: manifest.json is not a SelfDesk bundle manifest"), path=str(source)))
    version = manifest.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:  # JSON true equals 1 in Python: not a version
        raise RecordingError(Message(N_("{path}: unsupported bundle schema_version {version}"), path=str(source), version=repr(version)))
    if manifest.get("platform") not in PLATFORM_VALUES:
        raise RecordingError(Message(N_("{path}: manifest.json has no valid platform"), path=str(source)))
    try:
        observations = parse_jsonl(files["observations.jsonl"].decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise RecordingError(Message(N_("{path}: {name} is not UTF-8 text"), path=str(source), name="observations.jsonl")) from None
    except ObservationFormatError as exc:
        raise RecordingError(Message(N_("{path}: {problem}"), path=str(source), problem=exc.message)) from None
    extra = {k: v for k, v in files.items() if k not in REQUIRED}
    return Recording(manifest=manifest, observations=observations, extra=extra)


def observations_jsonl(observations: list[Mapping[str, Any]]) -> str:
    return "".join(json.dumps(o, ensure_ascii=False, sort_keys=True) + "\n" for o in observations)
