"""Preview, apply, verify and log a fix.

Consent is explicit (the CLI's ``--yes``, the UI's dialog). Steps run through the system seam; admin steps go
through the OS elevation prompt. After the steps the checks named in ``verify`` are re-run: the outcome is
``verified`` when they pass, otherwise ``rolled back`` (when the fix can undo itself) or ``failed``. Every
attempt, dry runs included, is appended to the fix log that bundles and tickets carry.
"""

from __future__ import annotations

import json
import logging
import os
import shlex
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app import paths
from desktop_app.fixes.elevation import ElevationRefusedError, elevated_argv, is_admin, permit
from desktop_app.i18n import tr
from desktop_app.model import Context, Fix, Result, Status, Step

if TYPE_CHECKING:
    from desktop_app.system import System

log = logging.getLogger(__name__)

VERIFIED, FAILED, ROLLED_BACK, DRY_RUN, REFUSED = "verified", "failed", "rolled back", "dry-run", "refused"
UNVERIFIED = "unverified"  # every step ran, but no check could judge the result here (never claimed as "verified")


@dataclass
class FixOutcome:
    fix_id: str
    status: str
    message: str
    steps: list[dict[str, Any]] = field(default_factory=list)
    verify: list[Result] = field(default_factory=list)
    started_at: str = ""
    finished_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "fix": self.fix_id,
            "status": self.status,
            "message": self.message,
            "steps": self.steps,
            "verify": [{"id": r.id, "status": r.status.value, "summary": r.summary} for r in self.verify],
            "started_at": self.started_at,
            "finished_at": self.finished_at,
        }


def preview(fix: Fix, ctx: Context) -> list[Step]:
    return list(fix.plan(ctx))


def describe_step(step: Step) -> str:
    text = tr(step.description)
    if step.argv:  # quoted: "name=Wi-Fi 2" is one argument, and the preview must say so
        text += "\n    $ " + shlex.join(step.argv)
    if step.admin:
        text += "\n    " + tr("(needs administrator rights)")
    return text


def refusal(fix: Fix, ctx: Context) -> str | None:
    """Why this fix may not run here, or None."""
    if ctx.platform not in fix.platforms:
        return tr("This fix is not available on this operating system.")
    if not ctx.policy.fix_enabled(fix.id):
        return tr("Your IT department has turned this fix off.")
    return None


def undeclared_admin_steps(fix: Fix, steps: Sequence[Step]) -> list[Step]:
    """Steps that want administrator rights in a fix that does not declare them: never run."""
    return [] if fix.needs_admin else [s for s in steps if s.admin]


VerifyFn = Callable[[Sequence[str]], list[Result]]


def apply(
    fix: Fix,
    system: System,
    ctx: Context,
    *,
    consent: bool,
    dry_run: bool = False,
    verify: VerifyFn | None = None,
    log_path: Path | None = None,
) -> FixOutcome:
    """Run a fix. ``verify`` re-runs check ids and returns their results (the CLI/UI pass a sweep)."""
    outcome = FixOutcome(fix.id, FAILED, "", started_at=_now())
    log.info("fix %s: %s on %s", fix.id, "dry run" if dry_run else "apply", ctx.platform)
    reason = refusal(fix, ctx)
    if reason is None and not consent and not dry_run:
        reason = tr("Nothing was changed: the fix needs your consent.")
    if reason is not None:
        outcome.status, outcome.message = REFUSED, reason
        return _finish(outcome, log_path, dry_run)
    steps = preview(fix, ctx)
    undeclared = undeclared_admin_steps(fix, steps)
    if undeclared:
        log.error("fix %s: steps ask for administrator rights the fix does not declare: %s",
                  fix.id, [s.description for s in undeclared])
        outcome.status = REFUSED
        outcome.message = tr("Nothing was changed: this fix asks for administrator rights it does not declare. "
                             "Please tell your IT department.")
        outcome.steps = [_step_record(s) | {"ok": False, "error": "undeclared administrator rights"} for s in undeclared]
        return _finish(outcome, log_path, dry_run)
    with permit(fix.id, fix.needs_admin):
        if dry_run:
            outcome.status = DRY_RUN
            outcome.message = tr("Dry run: nothing was changed.")
            outcome.steps = [_step_record(s) | _dry_details(s, system, ctx) for s in steps]
            return _finish(outcome, log_path, dry_run)
        ok = _run_steps(steps, system, ctx, outcome.steps, admin_allowed=fix.needs_admin)
    if verify is not None and fix.verify:
        outcome.verify = verify(fix.verify)
    passed = ok and all(r.status in (Status.OK, Status.SKIPPED) for r in outcome.verify)
    # "Skipped: nothing to check" still judges (no printer left to fail); "skipped: ping is missing" does not
    judged = [r for r in outcome.verify if not (r.status == Status.SKIPPED and r.facts.get("missing_tools"))]
    if passed and not judged:
        outcome.status = UNVERIFIED
        outcome.message = tr("Done. SelfDesk could not check the result on this computer: check it yourself.")
    elif passed:
        outcome.status, outcome.message = VERIFIED, tr("Fixed and verified.")
    elif fix.reversible and fix.rollback is not None:
        with permit(fix.id, fix.needs_admin):
            undone = _run_steps(list(fix.rollback(ctx)), system, ctx, outcome.steps, rollback=True, admin_allowed=fix.needs_admin)
        if undone:
            outcome.status, outcome.message = ROLLED_BACK, tr("The fix did not help, so it was undone.")
        else:  # never claim "undone" when the undo itself failed: the user (and IT) must know the state changed
            failed_undo = next(s for s in outcome.steps if s.get("rollback") and s.get("ok") is False)
            outcome.message = tr("The fix did not help, and undoing it failed: {error}", error=_step_error(failed_undo))
    else:
        failed_step = next((s for s in outcome.steps if not s.get("ok", True)), None)
        outcome.message = (
            tr("The fix could not complete: {error}", error=_step_error(failed_step))
            if failed_step
            else tr("The fix ran, but the problem is still there.")
        )
    return _finish(outcome, log_path, dry_run)


def _step_error(record: Mapping[str, Any]) -> str:
    """Why a step failed, else which step it was (its description in the user's language)."""
    return str(record.get("error") or tr(str(record.get("description") or "")))


def _run_steps(
    steps: Sequence[Step], system: System, ctx: Context, records: list[dict[str, Any]], *, rollback: bool = False,
    admin_allowed: bool = False,
) -> bool:
    for step in steps:
        record = _step_record(step)
        record["rollback"] = rollback
        try:
            if step.admin and not admin_allowed:
                raise ElevationRefusedError("this step asks for administrator rights its fix does not declare")
            if step.action is not None:
                details = dict(step.action(system, ctx, False) or {})
                record["details"] = details
                record["ok"] = not details.get("error")
                if details.get("error"):
                    record["error"] = str(details["error"])
            else:
                argv = list(step.argv)
                if step.admin and not is_admin(ctx.platform):
                    argv = elevated_argv(argv, ctx.platform)
                result = system.run(argv, step.timeout)
                record.update(returncode=result.returncode, error=result.error, ran=argv)
                record["ok"] = result.error is None and (result.returncode == 0 or not step.check_returncode)
                if not record["ok"] and not result.error:
                    record["error"] = (result.stderr or result.stdout).strip()[:300] or f"exit code {result.returncode}"
        except ElevationRefusedError as exc:
            log.error("fix step refused: %s", exc)
            record.update(ok=False, error=str(exc))
        except Exception as exc:
            log.exception("fix step failed")
            record.update(ok=False, error=f"{type(exc).__name__}: {exc}")
        records.append(record)
        if not record["ok"]:
            return False
    return True


def _step_record(step: Step) -> dict[str, Any]:
    return {"description": step.description, "argv": list(step.argv), "admin": step.admin}


def _dry_details(step: Step, system: System, ctx: Context) -> dict[str, Any]:
    if step.action is None:
        return {}
    try:
        return {"details": dict(step.action(system, ctx, True) or {})}
    except Exception as exc:
        return {"details": {"error": f"{type(exc).__name__}: {exc}"}}


def _finish(outcome: FixOutcome, log_path: Path | None, dry_run: bool) -> FixOutcome:
    outcome.finished_at = _now()
    failed = [s.get("error") for s in outcome.steps if s.get("ok") is False]
    log.info("fix %s: %s (%d steps%s; verify: %s)", outcome.fix_id, outcome.status, len(outcome.steps),
             f", failed: {str(failed[0])[:200]}" if failed else "",
             ", ".join(f"{r.id}={r.status.value}" for r in outcome.verify) or "none")
    append_log(outcome.to_json() | {"dry_run": dry_run}, log_path)
    return outcome


def append_log(entry: Mapping[str, Any], path: Path | None = None) -> None:
    target = path or paths.fix_log_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "a+b") as handle:
            # A line cut by a crash or a full disk must not swallow the next entry.
            handle.seek(0, os.SEEK_END)
            if handle.tell() > 0:
                handle.seek(-1, os.SEEK_END)
                if handle.read(1) != b"\n":
                    handle.write(b"\n")
            handle.write((json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        log.warning("fix log not written (disk full or read-only?)")


def read_log(path: Path | None = None, limit: int = 200) -> list[dict[str, Any]]:
    target = path or paths.fix_log_path()
    entries: list[dict[str, Any]] = []
    try:
        lines = target.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return entries
    for line in lines[-limit:]:
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut by a crash or full disk is skipped, the rest is kept
        if isinstance(item, dict):
            entries.append(item)
    return entries


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
