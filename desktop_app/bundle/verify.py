"""Check a bundle against its manifest: a modified, missing, added or truncated file is named."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
import zlib
from pathlib import Path

from desktop_app.bundle.errors import BundleError
from desktop_app.recording import SCHEMA


def verify_bundle(path: str | Path) -> list[str]:
    """Problems found, one per file (empty when intact). Raises BundleError when the input is not a bundle."""
    source = Path(path)
    if not source.is_file():
        raise BundleError(f"{source}: no such file")
    members = read_members(source)
    if "manifest.json" not in members or members["manifest.json"] is None:
        if not members:
            raise BundleError(f"{source}: not a SelfDesk bundle (not a zip file)")
        return ["manifest.json: missing or truncated"]
    try:
        manifest = json.loads(members["manifest.json"].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return ["manifest.json: not valid JSON (modified or truncated)"]
    if not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA:
        raise BundleError(f"{source}: not a SelfDesk bundle manifest")
    problems = []
    listed = set()
    for entry in manifest.get("files") or []:
        name = str(entry.get("path"))
        listed.add(name)
        data = members.get(name)
        if name not in members:
            problems.append(f"{name}: missing")
        elif data is None:
            problems.append(f"{name}: truncated")
        elif len(data) != entry.get("size"):
            problems.append(f"{name}: size {len(data)} differs from {entry.get('size')} (modified or truncated)")
        elif hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            problems.append(f"{name}: checksum mismatch (modified)")
    for name in sorted(set(members) - listed - {"manifest.json"}):
        problems.append(f"{name}: not listed in the manifest (added)")
    return problems


def read_members(source: Path) -> dict[str, bytes | None]:
    """Members by name; None for a member whose data is cut. Falls back to scanning local headers when the
    central directory is gone (a truncated download), so the damaged file can be named."""
    try:
        with zipfile.ZipFile(source) as archive:
            out: dict[str, bytes | None] = {}
            for info in archive.infolist():
                try:
                    out[info.filename] = archive.read(info)
                except (zipfile.BadZipFile, EOFError, zlib.error, OSError):
                    out[info.filename] = None
            return out
    except zipfile.BadZipFile:
        pass
    except OSError as exc:
        raise BundleError(f"{source}: cannot read ({exc.strerror or exc})") from None
    return _scan_local_headers(source.read_bytes())


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
        if flags & 0x08 or len(body) < csize or not name:
            out[name or "?"] = None
            pos = start
            continue
        try:
            out[name] = zlib.decompress(body, -15) if method == 8 else body
        except zlib.error:
            out[name] = None
        pos = start + csize
