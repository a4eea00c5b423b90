"""Check a bundle against its manifest: a modified, missing, added or damaged (truncated, corrupt) file is named."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop_app.bundle.errors import BundleError
from desktop_app.i18n import tr
from desktop_app.recording import MAX_RECORDING_BYTES, SCHEMA, ZIP_MEMBER_ERRORS


def verify_bundle(path: str | Path) -> list[str]:
    """Problems found, one per file, in the user's language (empty when intact). Raises BundleError when the
    input is not a bundle at all."""
    source = Path(path)
    if not source.exists():
        raise BundleError(tr("{path}: no such file", path=str(source)))
    if not source.is_file():
        raise BundleError(tr("{path}: not a file (a bundle is a .zip file)", path=str(source)))
    members = read_members(source)
    raw = members.get("manifest.json")
    if raw is None:
        if not members:
            raise BundleError(tr("{path}: not a SelfDesk bundle (not a zip file)", path=str(source)))
        return [_named("manifest.json", tr("missing or damaged"))]
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return [_named("manifest.json", tr("not valid JSON (modified or damaged)"))]
    if not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA:
        raise BundleError(tr("{path}: not a SelfDesk bundle manifest", path=str(source)))
    listed_files = manifest.get("files")
    if not isinstance(listed_files, list) or not all(isinstance(entry, Mapping) for entry in listed_files):
        return [_named("manifest.json", tr("its list of files is not readable (modified)"))]
    problems = []
    listed = set()
    for entry in listed_files:
        name = str(entry.get("path"))
        listed.add(name)
        problem = _member_problem(name, members, entry)
        if problem:
            problems.append(_named(name, problem))
    for name in sorted(set(members) - listed - {"manifest.json"}):
        problems.append(_named(name, tr("not listed in the manifest (added)")))
    return problems


def _named(name: str, problem: str) -> str:
    return tr("{file}: {problem}", file=name, problem=problem)


def _member_problem(name: str, members: Mapping[str, bytes | None], entry: Mapping[str, Any]) -> str | None:
    if name not in members:
        return tr("missing")
    data = members[name]
    if data is None:
        return tr("damaged (truncated or corrupt)")
    if len(data) != entry.get("size"):
        return tr("size {size} differs from {expected} (modified or truncated)", size=len(data), expected=entry.get("size"))
    if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
        return tr("checksum mismatch (modified)")
    return None


def read_members(source: Path) -> dict[str, bytes | None]:
    """Members by name; None for a member whose data cannot be read (cut, corrupt, encrypted, unknown
    compression). Falls back to scanning local headers when the central directory is gone (a truncated
    download), so the damaged file can be named."""
    try:
        with zipfile.ZipFile(source) as archive:
            out: dict[str, bytes | None] = {}
            total = 0
            for info in archive.infolist():
                total += info.file_size
                if total > MAX_RECORDING_BYTES:  # a zip bomb is not read into memory
                    out[info.filename] = None
                    continue
                try:
                    out[info.filename] = archive.read(info)
                except ZIP_MEMBER_ERRORS:
                    out[info.filename] = None
            return out
    except (zipfile.BadZipFile, EOFError, ValueError):
        pass
    except OSError as exc:
        raise BundleError(tr("{path}: cannot read ({error})", path=str(source), error=exc.strerror or exc)) from None
    try:
        return _scan_local_headers(source.read_bytes())
    except OSError as exc:
        raise BundleError(tr("{path}: cannot read ({error})", path=str(source), error=exc.strerror or exc)) from None


def _scan_local_headers(data: bytes) -> dict[str, bytes | None]:
    out: dict[str, bytes | None] = {}
    pos = 0
    while True:
        pos = data.find(b"PK\x03\x04", pos)
        if pos < 0 or pos + 30 > len(data):
            return out
        _, _, flags, method, _, _, _, csize, _, nlen, xlen = struct.unpack("<IHHHHHIIIHH", data[pos : pos + 30])
        name = data[pos + 30 : pos + 30 + nlen].decode("utf-8", "replace")
        start = pos + 30 + nlen + xlen
        body = data[start : start + csize]
        if flags & 0x09 or len(body) < csize or not name:  # encrypted, or sizes only after the data
            out[name or "?"] = None
            pos = start
            continue
        try:
            out[name] = zlib.decompress(body, -15) if method == 8 else body if method == 0 else None
        except zlib.error:
            out[name] = None
        pos = start + csize
