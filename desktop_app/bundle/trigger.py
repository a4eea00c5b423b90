"""Why a bundle was made: the manifest's ``trigger`` (documented in docs/contracts.md).

    {"kind": "diagnose" | "fix" | "ticket" | "onboarding" | "manual",
     "failed_checks": ["wifi", ...], "warning_checks": ["dns", ...],
     "fix": {"id", "outcome", "step": {"index", "description"} | null, "error", "at"} | null}

``build_trigger`` derives it from the results and the fix log; ``normalize_trigger`` turns whatever a caller
passed (including the first, free-form triggers such as ``{"command": "diagnose"}``) into that schema.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop_app.i18n import N_, tr

KINDS = ("diagnose", "fix", "ticket", "onboarding", "manual")
KIND_LABELS = {
    "diagnose": N_("a diagnosis"),
    "fix": N_("a fix"),
    "ticket": N_("a request to IT"),
    "onboarding": N_("the first-day checklist"),
    "manual": N_("a request from the user"),
}
OUTCOMES = {"failed": N_("failed"), "rolled back": N_("rolled back"), "refused": N_("refused"), "verified": N_("verified"), "unverified": N_("done, not checked"), "dry-run": N_("preview only")}
_LEGACY = {"diagnose": "diagnose", "ticket": "ticket", "fix": "fix", "onboard": "onboarding", "onboarding": "onboarding", "bundle create": "manual"}
FIX_MAX_AGE = timedelta(hours=24)  # an older failed fix is history, not what made this bundle
_FAILED = ("failed", "error")


def _status(result: Any) -> tuple[str, str]:
    if isinstance(result, Mapping):
        return str(result.get("id", "")), str(result.get("status", ""))
    status = getattr(result, "status", "")
    return str(getattr(result, "id", "")), str(getattr(status, "value", status))


def _checks(results: Sequence[Any], statuses: tuple[str, ...]) -> list[str]:
    out = []
    for result in results:
        check_id, status = _status(result)
        if check_id and status in statuses and not check_id.startswith("verdict.") and check_id not in out:
            out.append(check_id)
    return out


def _parse_time(value: Any) -> datetime | None:
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def fix_summary(entry: Mapping[str, Any]) -> dict[str, Any]:
    """One fix-log entry as the trigger's ``fix``: which fix, its outcome, the step that failed and why."""
    steps = [s for s in entry.get("steps") or [] if isinstance(s, Mapping)]
    failed_at = next((i for i, s in enumerate(steps) if s.get("ok") is False and not s.get("rollback")), None)
    step = None
    error = None
    if failed_at is not None:
        failed = steps[failed_at]
        step = {"index": failed_at + 1, "description": str(failed.get("description") or " ".join(map(str, failed.get("argv") or [])))}
        error = failed.get("error")
    status = str(entry.get("status") or "")
    if error is None and status != "verified":
        error = entry.get("message") or None
    return {"id": str(entry.get("fix") or entry.get("id") or ""), "outcome": status, "step": step, "error": str(error) if error else None, "at": entry.get("finished_at") or entry.get("started_at")}


def latest_fix(fix_log: Sequence[Mapping[str, Any]], *, kind: str, now: datetime | None = None) -> dict[str, Any] | None:
    """The fix this bundle is about: the latest real attempt (not a dry run) of the last day that did not
    verify; for a bundle made from a fix, its latest attempt whatever the outcome."""
    now = now or datetime.now(UTC)
    for entry in reversed(list(fix_log)):
        if not isinstance(entry, Mapping) or entry.get("dry_run") or entry.get("status") == "dry-run":
            continue
        when = _parse_time(entry.get("finished_at") or entry.get("started_at"))
        if when is not None and now - when > FIX_MAX_AGE:
            return None
        if kind == "fix" or entry.get("status") != "verified":
            return fix_summary(entry)
        return None
    return None


def build_trigger(
    kind: str,
    results: Sequence[Any] = (),
    fix_log: Sequence[Mapping[str, Any]] | None = None,
    *,
    fix: Mapping[str, Any] | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The manifest trigger. ``fix``: the outcome of the fix that led here (a fix-log entry); otherwise the
    fix log says (read from disk when ``fix_log`` is None)."""
    if kind not in KINDS:
        kind = "manual"
    if fix is not None:
        fix_info: dict[str, Any] | None = fix_summary(fix)
    else:
        if fix_log is None:
            from desktop_app.fixes.engine import read_log

            fix_log = read_log(limit=50)
        fix_info = latest_fix(fix_log, kind=kind, now=now)
    return {"kind": kind, "failed_checks": _checks(results, _FAILED), "warning_checks": _checks(results, ("warning",)), "fix": fix_info}


def normalize_trigger(trigger: Mapping[str, Any] | None, results: Sequence[Any], fix_log: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Any trigger a caller passed, in the documented schema. Unknown keys are kept under ``context``."""
    given = dict(trigger or {})
    kind = str(given.get("kind") or _LEGACY.get(str(given.get("command") or ""), "") or ("onboarding" if given.get("onboarding") else "manual"))
    if kind not in KINDS:
        kind = "manual"
    fix = given.get("fix")
    if isinstance(fix, Mapping) and "outcome" in fix:
        fix_info: dict[str, Any] | None = dict(fix)  # already in the schema
    elif isinstance(fix, Mapping):
        fix_info = fix_summary(fix)  # a fix-log entry
    else:
        fix_info = latest_fix(fix_log, kind=kind)
    built: dict[str, Any] = {"kind": kind, "failed_checks": _checks(results, _FAILED), "warning_checks": _checks(results, ("warning",)), "fix": fix_info}
    for key in ("failed_checks", "warning_checks"):
        if isinstance(given.get(key), list):
            built[key] = [str(x) for x in given[key]]
    extra = {k: v for k, v in given.items() if k not in ("kind", "command", "failed_checks", "warning_checks", "fix", "onboarding", "failed")}
    if extra:
        built["context"] = extra
    return built


def outcome_text(outcome: Any) -> str:
    """A fix outcome from the log ("rolled back"), in the user's language."""
    return tr(OUTCOMES[outcome]) if outcome in OUTCOMES else str(outcome or "?")


def trigger_text(trigger: Mapping[str, Any]) -> str:
    """One line for people: why the bundle was made, what failed, and which fix step failed."""
    kind = str(trigger.get("kind") or "manual")
    parts = [tr("Made after {what}.", what=tr(KIND_LABELS.get(kind, KIND_LABELS["manual"])))]
    failed = [str(x) for x in trigger.get("failed_checks") or []]
    warned = [str(x) for x in trigger.get("warning_checks") or []]
    if failed:
        parts.append(tr("Failed: {checks}.", checks=", ".join(failed)))
    if warned:
        parts.append(tr("Warnings: {checks}.", checks=", ".join(warned)))
    fix = trigger.get("fix")
    if isinstance(fix, Mapping) and fix.get("id"):
        step = fix.get("step")
        if isinstance(step, Mapping):
            parts.append(tr("Fix {fix}: {outcome} at step {index} ({step}).", fix=fix["id"], outcome=outcome_text(fix.get("outcome")), index=step.get("index"), step=tr(str(step.get("description") or ""))))
        else:
            parts.append(tr("Fix {fix}: {outcome}.", fix=fix["id"], outcome=outcome_text(fix.get("outcome"))))
        if fix.get("error"):
            parts.append(tr("Error: {error}", error=fix["error"]))
    return " ".join(parts)
