"""Diagnostic bundles (GUIDE §3): redacted, size-capped, verifiable, replayable, readable in 30 seconds.

``create_bundle`` writes a zip with manifest.json, observations.jsonl, results.json, fixlog.json, the
onboarding baseline, the log tail, policy.json and report.html/report.txt. Everything except the manifest
goes through one ``Redactor`` so pseudonyms are consistent across files; the mapping is never written.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import struct
import uuid
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import __version__, i18n
from desktop_app.bundle.report import render_html, render_text
from desktop_app.i18n import tr
from desktop_app.model import Context, Result
from desktop_app.recording import SCHEMA, SCHEMA_VERSION, observations_jsonl, read_recording
from desktop_app.redaction import Redactor, is_forbidden_source

HARD_CAP = 5_000_000
TARGET = 2_000_000
PER_OUTPUT_MAX = 1_000_000  # one command's stdout/stderr beyond this is cut before redaction
LOG_TAIL_MAX = 1_000_000
_TRIM_STEPS = (65_536, 16_384, 4_096, 1_024, 0)
_NEVER_DROPPED = ("manifest.json", "results.json", "report.html", "report.txt")
_SECRET_KEYS = ("password", "secret", "token", "api_key", "apikey", "credential", "private_key")


class BundleError(ValueError):
    """A bundle that cannot be read; the message is one line for the user."""


def default_name(bundle_id: str, when: datetime) -> str:
    return f"selfdesk-{when.strftime('%Y%m%d-%H%M%S')}-{bundle_id.replace('-', '')[:8]}.zip"


def create_bundle(
    out: str | Path,
    *,
    observations: Sequence[Mapping[str, Any]],
    results: Sequence[Result] | Sequence[Mapping[str, Any]],
    ctx: Context,
    trigger: Mapping[str, Any] | None = None,
    max_bytes: int | None = None,
    fix_log: Sequence[Mapping[str, Any]] | None = None,
    baseline: Any = None,
    log_tail: str | None = None,
    policy_json: Mapping[str, Any] | None = None,
    extra_files: Mapping[str, str | bytes] | None = None,
    platform: str | None = None,
) -> Path:
    """Write a bundle. ``out`` is a file name or an existing directory (then the standard name is used).
    ``max_bytes`` lowers the 5 MB cap (a helpdesk's attachment limit). Missing pieces are gathered here:
    the fix log, the onboarding baseline and the app log tail."""
    bundle_id = str(uuid.uuid4())
    created = datetime.now(UTC)
    cap = min(HARD_CAP, max_bytes) if max_bytes else HARD_CAP
    if fix_log is None:
        from desktop_app.fixes.engine import read_log

        fix_log = read_log()
    if baseline is None:
        baseline = _load_baseline()
    if log_tail is None:
        from desktop_app import applog

        log_tail = applog.tail()
    policy_data = copy.deepcopy(dict(policy_json)) if policy_json is not None else ctx.policy.to_json()
    _strip_secrets(policy_data)
    results_json = [r.to_json() if isinstance(r, Result) else dict(r) for r in results]
    dropped: list[dict[str, Any]] = []

    # Layer 1 again, as a safety net: a forbidden source that slipped into a recording is emptied.
    obs = [_guard(dict(o), dropped) for o in observations]
    obs = [_precut(o, dropped) for o in obs]
    if len(log_tail) > LOG_TAIL_MAX:
        dropped.append({"file": "log-tail.txt", "what": f"log-tail.txt: first {len(log_tail) - LOG_TAIL_MAX} characters", "reason": "size"})
        log_tail = log_tail[-LOG_TAIL_MAX:]

    section = policy_data.get("redaction") if isinstance(policy_data.get("redaction"), dict) else {}
    redactor = Redactor(section)
    for o in obs:
        redactor.harvest_observation(o)
    for item in (results_json, list(fix_log), baseline, log_tail, dict(trigger or {}), policy_data):
        redactor.harvest(item)
    r_obs = [redactor.redact(o) for o in obs]
    r_results = redactor.redact(results_json)
    r_fix = redactor.redact(list(fix_log))
    r_baseline = redactor.redact(baseline) if baseline is not None else None
    r_tail = redactor.redact_text(log_tail)
    r_trigger = redactor.redact(dict(trigger or {}))
    r_policy = redactor.redact(policy_data)
    r_extra = {name: redactor.redact_text(data if isinstance(data, str) else data.decode("utf-8", "replace")) for name, data in (extra_files or {}).items()}

    manifest: dict[str, Any] = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "bundle_id": bundle_id,
        "created_at": created.isoformat(timespec="seconds"),
        "platform": platform or ctx.platform,
        "app_version": __version__,
        "language": i18n.language(),
        "trigger": r_trigger,
        "files": [],
        "dropped": dropped,
        "redaction": dict(sorted(redactor.summary.items())),
    }
    # Shrink in a fixed order until the zip fits: the log tail first, then raw outputs cut harder and harder,
    # then the optional files. The manifest, results and reports always stay.
    tail: str | None = r_tail
    trim_note: dict[str, Any] | None = None
    stages = 2 + len(_TRIM_STEPS) + 1
    for stage in range(stages):
        if stage == 1 and tail:
            tail = None
            manifest["dropped"].append({"file": "log-tail.txt", "what": "log-tail.txt", "reason": "size cap"})
        elif 2 <= stage < 2 + len(_TRIM_STEPS):
            limit = _TRIM_STEPS[stage - 2]
            r_obs = _trim_outputs(r_obs, limit)
            what = f"observations.jsonl: command outputs cut to {limit} characters each" if limit else "observations.jsonl: command outputs removed"
            if trim_note is None:
                trim_note = {"file": "observations.jsonl", "what": what, "reason": "size cap"}
                manifest["dropped"].append(trim_note)
            trim_note["what"] = what
        elif stage == stages - 1:
            dropped_names = [n for n in ("onboarding-baseline.json", *r_extra) if n != "onboarding-baseline.json" or r_baseline is not None]
            r_baseline, r_extra = None, {}
            for name in dropped_names:
                manifest["dropped"].append({"file": name, "what": name, "reason": "size cap"})
        data = _zip(manifest, _files(manifest, r_obs, r_results, r_fix, r_baseline, tail, r_policy, r_extra))
        if len(data) <= cap:
            break
    else:
        manifest["cap_exceeded"] = True
        data = _zip(manifest, _files(manifest, r_obs, r_results, r_fix, r_baseline, tail, r_policy, r_extra))
    path = Path(out)
    if str(out).endswith(("/", "\\")):
        path.mkdir(parents=True, exist_ok=True)  # "-o folder/" names a folder even before it exists
    if path.is_dir():
        path = path / default_name(bundle_id, created)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)  # never leave a half-written bundle under the final name
    return path


def repack(bundle_path: str | Path, out: str | Path, *, max_bytes: int | None = None) -> Path:
    """Re-redact and re-pack an existing bundle or recorded directory, e.g. to fit a smaller attachment cap."""
    from desktop_app import policy as policy_mod

    recording = read_recording(bundle_path)
    extra = recording.extra

    def load(name: str, default: Any) -> Any:
        raw = extra.get(name)
        if raw is None:
            return default
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return default

    recorded_policy = load("policy.json", None)
    results = load("results.json", None)
    ctx = Context(policy=policy_mod.defaults(), platform=recording.platform)
    if results is None:
        from desktop_app.replay import replay

        results = [r.to_json() for r in replay(recording, ctx)]
    return create_bundle(
        out,
        observations=recording.observations,
        results=results if isinstance(results, list) else [],
        ctx=ctx,
        trigger=recording.manifest.get("trigger") or {},
        max_bytes=max_bytes,
        fix_log=load("fixlog.json", []),
        baseline=load("onboarding-baseline.json", None),
        log_tail=extra.get("log-tail.txt", b"").decode("utf-8", "replace"),
        policy_json=recorded_policy if isinstance(recorded_policy, dict) else None,
        platform=recording.platform,
    )


# -- verify / describe ------------------------------------------------------------------------------------


def verify_bundle(path: str | Path) -> list[str]:
    """Problems found, one per file (empty when intact). Raises BundleError when the input is not a bundle."""
    source = Path(path)
    if not source.is_file():
        raise BundleError(f"{source}: no such file")
    members = _read_members(source)
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
        if name not in members:
            problems.append(f"{name}: missing")
        elif members[name] is None:
            problems.append(f"{name}: truncated")
        elif len(members[name] or b"") != entry.get("size"):
            problems.append(f"{name}: size {len(members[name] or b'')} differs from {entry.get('size')} (modified or truncated)")
        elif hashlib.sha256(members[name] or b"").hexdigest() != entry.get("sha256"):
            problems.append(f"{name}: checksum mismatch (modified)")
    for name in sorted(set(members) - listed - {"manifest.json"}):
        problems.append(f"{name}: not listed in the manifest (added)")
    return problems


def describe_bundle(path: str | Path) -> dict[str, Any]:
    """What the user is shown before anything is attached: files, sizes, and what was hidden."""
    source = Path(path)
    members = _read_members(source) if source.is_file() else {}
    raw = members.get("manifest.json")
    if not raw:
        raise BundleError(f"{source}: not a readable SelfDesk bundle")
    manifest = json.loads(raw.decode("utf-8"))
    return {
        "path": str(source),
        "size": source.stat().st_size,
        "bundle_id": manifest.get("bundle_id"),
        "created_at": manifest.get("created_at"),
        "platform": manifest.get("platform"),
        "files": [{"path": "manifest.json", "size": len(raw)}] + [{"path": f.get("path"), "size": f.get("size")} for f in manifest.get("files") or []],
        "redaction": dict(manifest.get("redaction") or {}),
        "dropped": list(manifest.get("dropped") or []),
    }


def describe_text(info: Mapping[str, Any]) -> str:
    """``describe_bundle`` for a terminal (the ticket dialog shows the same information)."""
    lines = [tr("Bundle {path} ({size} bytes)", path=info["path"], size=info["size"]), tr("Files:")]
    lines += [f"  {f['path']:<28} {f['size']:>10}" for f in info["files"]]
    lines.append(tr("Hidden before anything leaves this computer:"))
    lines += [f"  {rule}: {count}" for rule, count in sorted(info["redaction"].items())] or ["  -"]
    for item in info["dropped"]:
        lines.append(tr("Left out: {what}", what=item.get("what") if isinstance(item, Mapping) else item))
    return "\n".join(lines)


# -- internals --------------------------------------------------------------------------------------------


def _load_baseline() -> Any:
    from desktop_app import paths

    try:
        return json.loads(paths.baseline_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _strip_secrets(data: Any) -> None:
    if isinstance(data, dict):
        for key in list(data):
            if any(s in str(key).lower() for s in _SECRET_KEYS):
                data[key] = "<removed>"
            else:
                _strip_secrets(data[key])
    elif isinstance(data, list):
        for item in data:
            _strip_secrets(item)


def _guard(o: dict[str, Any], dropped: list[dict[str, Any]]) -> dict[str, Any]:
    source: Any = o.get("argv") if o.get("kind") == "command" else (o.get("name") if o.get("kind") == "file" else None)
    if source and is_forbidden_source(source):
        for key in ("stdout", "stderr"):
            if key in o:
                o[key] = ""
        if "value" in o:
            o["value"] = None
        o["error"] = "not collected: forbidden source"
        dropped.append({"file": "observations.jsonl", "what": "an output from a source that is never collected", "reason": "forbidden source"})
    return o


def _precut(o: dict[str, Any], dropped: list[dict[str, Any]]) -> dict[str, Any]:
    for key in ("stdout", "stderr"):
        text = o.get(key)
        if isinstance(text, str) and len(text) > PER_OUTPUT_MAX:
            o[key] = text[:PER_OUTPUT_MAX]
            o["truncated"] = True
            program = (o.get("argv") or ["?"])[0]
            dropped.append({"file": "observations.jsonl", "what": f"observations.jsonl: {program} {key}: {len(text) - PER_OUTPUT_MAX} characters after the first {PER_OUTPUT_MAX}", "reason": "size"})
    return o


def _trim_outputs(obs: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    out = []
    for o in obs:
        o = dict(o)
        for key in ("stdout", "stderr"):
            text = o.get(key)
            if isinstance(text, str) and len(text) > limit:
                o[key] = text[:limit]
                o["truncated"] = True
        out.append(o)
    return out


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def _files(manifest: Mapping[str, Any], obs: list[Any], results: Any, fix_log: Any, baseline: Any, tail: str | None, policy: Any, extra: Mapping[str, str]) -> dict[str, bytes]:
    files = {
        "observations.jsonl": observations_jsonl(obs).encode("utf-8"),
        "results.json": _json(results),
        "fixlog.json": _json(fix_log),
        "policy.json": _json(policy),
    }
    if baseline is not None:
        files["onboarding-baseline.json"] = _json(baseline)
    if tail:
        files["log-tail.txt"] = tail.encode("utf-8")
    for name, text in extra.items():
        files[name] = text.encode("utf-8")
    files["report.txt"] = render_text(manifest, results, fix_log).encode("utf-8")
    files["report.html"] = render_html(manifest, results, fix_log).encode("utf-8")
    return files


def _zip(manifest: dict[str, Any], files: Mapping[str, bytes]) -> bytes:
    manifest["files"] = [{"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in files.items()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _read_members(source: Path) -> dict[str, bytes | None]:
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
        raise BundleError(f"{source}: cannot read ({exc})") from None
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
