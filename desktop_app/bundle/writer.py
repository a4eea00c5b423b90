"""Write a bundle: gather, redact everything that goes into the zip, fit the size limits, write atomically."""

from __future__ import annotations

import copy
import errno
import hashlib
import io
import json
import re
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import __version__, i18n
from desktop_app.bundle.errors import BundleError, BundleWriteError
from desktop_app.bundle.naming import bundle_filename
from desktop_app.bundle.report import render_html, render_text
from desktop_app.bundle.sizing import HARD_CAP, MIN_CAP, TARGET, Parts, excerpt, fit
from desktop_app.bundle.trigger import normalize_trigger
from desktop_app.i18n import tr
from desktop_app.model import Context, Result
from desktop_app.recording import SCHEMA, SCHEMA_VERSION, observations_jsonl, read_recording
from desktop_app.redaction import FORBIDDEN_ERROR, Redactor, is_forbidden_source

PER_OUTPUT_MAX = 1_000_000  # one raw value beyond this is cut (beginning and end kept) before redaction
LOG_TAIL_MAX = 1_000_000
STANDARD_FILES = ("manifest.json", "observations.jsonl", "results.json", "fixlog.json", "policy.json", "onboarding-baseline.json", "log-tail.txt", "report.txt", "report.html")
_SECRET_KEY = re.compile(r"(?:^|[_-])(?:password|passwd|secret|token|api_?key|credentials?|private_?key|psk)$", re.IGNORECASE)
_UNSAFE_NAME = re.compile(r"[<>:\"|?*\x00-\x1f]")


def cap_for(max_bytes: int | None) -> int:
    """The size cap: 5 MB, or a lower limit (a helpdesk's attachment size), never below 100 KB."""
    if max_bytes is None:
        return HARD_CAP
    if max_bytes < MIN_CAP:
        raise BundleError(tr("A bundle needs at least {min} KB; {asked} bytes is too small.", min=MIN_CAP // 1000, asked=max_bytes))
    return min(HARD_CAP, int(max_bytes))


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
    gather: bool = True,
    source_bundle: Mapping[str, Any] | None = None,
) -> Path:
    """Write a bundle and return its path. ``out`` is a .zip file name, or a folder (created when missing)
    that receives the standard name (date and short bundle id). ``max_bytes`` lowers the 5 MB cap.
    With ``gather`` the pieces not given are read here: the fix log, the onboarding baseline, the app log
    tail. Raises ``BundleError`` (bad input, essentials above the cap) or ``BundleWriteError``."""
    cap = cap_for(max_bytes)
    bundle_id = str(uuid.uuid4())
    created = datetime.now(UTC)
    if gather:
        fix_log, baseline, log_tail = _gather(fix_log, baseline, log_tail)
    fix_log = list(fix_log or [])
    log_tail = log_tail or ""
    policy_data = copy.deepcopy(dict(policy_json)) if policy_json is not None else ctx.policy.to_json()
    _strip_secrets(policy_data)
    results_json = [r.to_json() if isinstance(r, Result) else dict(r) for r in results]
    trigger_json = normalize_trigger(trigger, results_json, fix_log)
    dropped: list[dict[str, Any]] = []

    # Layer 1 again, as a safety net: a forbidden source that slipped into a recording is emptied.
    obs = [_precut(_guard(dict(o), dropped), dropped) for o in observations]
    if len(log_tail) > LOG_TAIL_MAX:
        dropped.append({"file": "log-tail.txt", "what": tr("log-tail.txt: its oldest {chars} characters (the most recent lines are kept)", chars=len(log_tail) - LOG_TAIL_MAX), "reason": "size"})
        log_tail = log_tail[-LOG_TAIL_MAX:]
    extra, skipped = _texts(extra_files or {})
    dropped += skipped

    section = policy_data.get("redaction") if isinstance(policy_data.get("redaction"), dict) else {}
    redactor = Redactor(section)
    material: list[Any] = [results_json, fix_log, baseline, log_tail, trigger_json, policy_data, dropped, list(extra), list(extra.values())]
    if source_bundle is not None:
        for item in (*obs, *material):
            redactor.reserve(item)  # a re-pack keeps the placeholders already there
    for o in obs:
        redactor.harvest_observation(o)
    for item in material:
        redactor.harvest(item)

    manifest: dict[str, Any] = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "bundle_id": bundle_id,
        "created_at": created.isoformat(timespec="seconds"),
        "platform": platform or ctx.platform,
        "app_version": __version__,
        "language": i18n.language(),
        "trigger": redactor.redact(trigger_json),
        "files": [],
        "dropped": redactor.redact(dropped),
        "size_limit": cap,
        "size_target": min(TARGET, cap),
    }
    if source_bundle is not None:
        manifest["repacked_from"] = {k: source_bundle.get(k) for k in ("bundle_id", "created_at") if source_bundle.get(k)}
    parts = Parts(
        manifest=manifest,
        obs=[redactor.redact(o) for o in obs],
        results=redactor.redact(results_json),
        fix_log=redactor.redact(fix_log),
        baseline=redactor.redact(baseline) if baseline is not None else None,
        tail=redactor.redact_text(log_tail) or None,
        policy=redactor.redact(policy_data),
        extra={_safe_name(redactor.redact_text(name)): redactor.redact_text(text) for name, text in extra.items()},
    )
    manifest["redaction"] = _redaction_summary(redactor.summary, source_bundle)
    data = fit(parts, cap, _build)
    return _write(out, data, bundle_id, created)


def repack(bundle_path: str | Path, out: str | Path, *, max_bytes: int | None = None) -> Path:
    """Re-redact and re-pack a bundle or a recorded directory (e.g. to fit a helpdesk's smaller limit).
    The result is a new bundle (new id) whose manifest names the one it came from."""
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
    others = {name: data for name, data in extra.items() if name not in STANDARD_FILES}
    return create_bundle(
        out,
        observations=recording.observations,
        results=results if isinstance(results, list) else [],
        ctx=ctx,
        trigger=recording.manifest.get("trigger") if isinstance(recording.manifest.get("trigger"), dict) else None,
        max_bytes=max_bytes,
        fix_log=load("fixlog.json", []),
        baseline=load("onboarding-baseline.json", None),
        log_tail=extra.get("log-tail.txt", b"").decode("utf-8", "replace"),
        policy_json=recorded_policy if isinstance(recorded_policy, dict) else None,
        extra_files=others,
        platform=recording.platform,
        gather=False,
        source_bundle=recording.manifest,
    )


# -- internals --------------------------------------------------------------------------------------------


def _gather(fix_log: Any, baseline: Any, log_tail: Any) -> tuple[Any, Any, Any]:
    if fix_log is None:
        from desktop_app.fixes.engine import read_log

        fix_log = read_log()
    if baseline is None:
        from desktop_app import paths

        try:
            baseline = json.loads(paths.baseline_path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            baseline = None
    if log_tail is None:
        from desktop_app import applog

        log_tail = applog.tail()
    return fix_log, baseline, log_tail


def _redaction_summary(found: Mapping[str, int], source_bundle: Mapping[str, Any] | None) -> dict[str, int]:
    """This pass's counts, plus those of the bundle a re-pack comes from: its placeholders are kept as they are
    (not counted again), and the user must still read that those values were replaced."""
    total = dict(found)
    earlier = source_bundle.get("redaction") if source_bundle is not None else None
    for rule, count in (earlier.items() if isinstance(earlier, Mapping) else ()):
        if isinstance(rule, str) and isinstance(count, int) and not isinstance(count, bool) and count > 0:
            total[rule] = total.get(rule, 0) + count
    return dict(sorted(total.items()))


def _strip_secrets(data: Any) -> None:
    """The policy's own secrets (a helpdesk password or token) never enter a bundle; thresholds do."""
    if isinstance(data, dict):
        for key in list(data):
            if _SECRET_KEY.search(str(key)):
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
        o["error"] = FORBIDDEN_ERROR
        dropped.append({"file": "observations.jsonl", "what": tr("an output from a source that is never collected"), "reason": "forbidden source"})
    return o


def _precut(o: dict[str, Any], dropped: list[dict[str, Any]]) -> dict[str, Any]:
    for key in ("stdout", "stderr", "value"):
        text = o.get(key)
        if isinstance(text, str) and len(text) > PER_OUTPUT_MAX:
            o[key] = excerpt(text, PER_OUTPUT_MAX)
            o["truncated"] = True
            source = (o.get("argv") or ["?"])[0] if o.get("kind") == "command" else o.get("name")
            # Redacted with everything else before it reaches the manifest (a path may name the user).
            dropped.append({"file": "observations.jsonl", "what": tr("observations.jsonl: {source} {field}: {cut} of {total} characters cut (beginning and end kept)", source=source, field=key, cut=len(text) - len(o[key]), total=len(text)), "reason": "size"})
    return o


def _texts(files: Mapping[str, str | bytes]) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """Extra files as text (they are redacted like the rest); binary files cannot be checked, so they stay out."""
    texts: dict[str, str] = {}
    skipped = []
    for name, data in files.items():
        if isinstance(data, bytes):
            try:
                data = data.decode("utf-8")
            except UnicodeDecodeError:
                skipped.append({"file": name, "what": tr("{name}: not text, so it cannot be checked for personal details", name=name), "reason": "not redactable"})
                continue
        texts[name] = data
    return texts, skipped


def _safe_name(name: str) -> str:
    """A member name every unzip tool accepts (placeholders bring < and >)."""
    cleaned = _UNSAFE_NAME.sub("_", name.replace("\\", "/")).lstrip("/")
    return cleaned if cleaned and cleaned not in STANDARD_FILES else f"extra-{cleaned or 'file'}"


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def _build(parts: Parts) -> bytes:
    files = {
        "observations.jsonl": observations_jsonl(parts.obs).encode("utf-8"),
        "results.json": _json(parts.results),
        "fixlog.json": _json(parts.fix_log),
        "policy.json": _json(parts.policy),
    }
    if parts.baseline is not None:
        files["onboarding-baseline.json"] = _json(parts.baseline)
    if parts.tail:
        files["log-tail.txt"] = parts.tail.encode("utf-8")
    for name, text in parts.extra.items():
        files[name] = text.encode("utf-8")
    files["report.txt"] = render_text(parts.manifest, parts.results, parts.fix_log).encode("utf-8")
    files["report.html"] = render_html(parts.manifest, parts.results, parts.fix_log).encode("utf-8")
    return _zip(parts.manifest, files)


def _zip(manifest: dict[str, Any], files: Mapping[str, bytes]) -> bytes:
    manifest["files"] = [{"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in files.items()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _destination(out: str | Path, bundle_id: str, created: datetime) -> Path:
    """A .zip name is the file; anything else is a folder that receives the standard name."""
    text = str(out)
    path = Path(out)
    if text.endswith(("/", "\\")) or path.is_dir() or path.suffix.lower() != ".zip":
        path.mkdir(parents=True, exist_ok=True)
        return path / bundle_filename(bundle_id, created)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _write(out: str | Path, data: bytes, bundle_id: str, created: datetime) -> Path:
    tmp: Path | None = None
    try:
        path = _destination(out, bundle_id, created)
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)  # never a half-written bundle under the final name
        return path
    except OSError as exc:
        if tmp is not None:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
        raise BundleWriteError(exc.errno or 0, tr("Cannot write the bundle to {path}: {reason}.", path=str(out), reason=_reason(exc))) from None


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return tr("the disk is full")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return tr("the folder does not exist and cannot be created")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return tr("permission denied")
    if exc.errno == errno.EROFS:
        return tr("the disk is read-only")
    return exc.strerror or type(exc).__name__
