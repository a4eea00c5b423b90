"""The sweep engine: run checks concurrently, stream each result as it finishes, never hang.

Each check runs in its own daemon thread bounded by its timeout; the whole sweep is bounded by a deadline.
A check that raises becomes an ``error`` result; one that overruns is cut: the seam kills the commands it
started and refuses any it starts later, and the others finish. Analysis is the same function live and in
replay, including the rule that a check whose tools are missing is ``skipped`` with that reason.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from desktop_app.i18n import tr
from desktop_app.model import Check, Context, Result, Status, Verdict, needs_tool
from desktop_app.observations import Observations
from desktop_app.system import System

log = logging.getLogger(__name__)

# The observation the engine records for a check it cut (its timeout, the sweep's deadline) or cancelled, so a
# replay gives the result the user saw instead of judging what the check had observed when it was stopped.
INTERRUPTED = "selfdesk.interrupted"


def analyze_check(check: Check, observations: Observations, ctx: Context) -> Result | None:
    """Run one analyzer safely and fill in id/title; shared by live sweeps and replays."""
    try:
        result = check.analyze(observations, ctx)
    except Exception as exc:
        log.exception("analyzer %s failed", check.id)
        return error_result(check, tr("This check could not read what it observed ({error}).", error=_short(exc)))
    if result is None:
        return None
    return _normalise(check, explain_missing_tools(result, observations))


def analyze_or_skip(check: Check, observations: Observations, ctx: Context) -> Result:
    """``analyze_check``, with a ``skipped`` result (and its reason) when the analyzer found nothing to judge."""
    result = analyze_check(check, observations, ctx)
    return result if result is not None else skipped_result(check, nothing_to_check_reason(observations))


def explain_missing_tools(result: Result, observations: Observations) -> Result:
    """An ``error`` from a check none of whose commands could start because the programs are not installed
    is not a fault: it becomes ``skipped``, naming the missing programs."""
    if result.status is not Status.ERROR:
        return result
    commands = observations.commands()
    missing = observations.missing_tools()
    if not missing or any(not c.missing_tool for c in commands):
        return result
    skipped = needs_tool(result.id, missing, result.facts)
    return replace(skipped, title=result.title)


def nothing_to_check_reason(observations: Observations) -> str:
    """Why an analyzer had nothing to judge, as far as the observations tell."""
    missing = observations.missing_tools()
    if missing:
        return needs_tool("", missing).summary
    errors = [o.error for o in observations if o.error]
    if errors and len(errors) == len(observations):
        return tr("Nothing could be observed ({error}).", error=str(errors[0])[:200])
    return tr("Nothing to check on this computer.")


def conclude(verdicts: Iterable[Verdict], results: Sequence[Result], ctx: Context) -> list[Result]:
    by_id = {r.id: r for r in results}
    out = []
    for verdict in verdicts:
        if not any(dep in by_id for dep in verdict.depends):
            continue
        try:
            result = verdict.conclude(by_id, ctx)
        except Exception as exc:
            log.exception("verdict %s failed", verdict.id)
            result = Result(verdict.id, Status.ERROR, tr(verdict.title), tr("No conclusion could be drawn ({error}).", error=_short(exc)))
        if result is not None:
            out.append(replace(result, id=result.id or verdict.id, title=result.title or tr(verdict.title)))
    return out


def interrupted_result(check: Check, reason: str, seconds: float) -> Result:
    """The result of a check stopped before it finished: ``reason`` is timeout, deadline or cancelled."""
    if reason == "cancelled":
        return skipped_result(check, tr("Cancelled before it finished."))
    return error_result(check, tr("This check did not finish within {seconds} seconds.", seconds=f"{seconds:g}"))


def recorded_interruption(check: Check, observations: Observations) -> Result | None:
    """In a replay: the result of a check the live sweep stopped, when its recording says so."""
    found = observations.value("probe", INTERRUPTED)
    value = found.value if found is not None and isinstance(found.value, Mapping) else None
    if value is None:
        return None
    seconds = value.get("seconds")
    number = float(seconds) if isinstance(seconds, (int, float)) and not isinstance(seconds, bool) else float("nan")
    return interrupted_result(check, str(value.get("reason")), number)


def error_result(check: Check, summary: str) -> Result:
    return Result(check.id, Status.ERROR, tr(check.title), summary)


def skipped_result(check: Check, summary: str) -> Result:
    return Result(check.id, Status.SKIPPED, tr(check.title), summary)


def _normalise(check: Check, result: Result) -> Result:
    return replace(result, id=result.id or check.id, title=result.title or tr(check.title))


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 200 else text[:197] + "..."


class Sweep:
    """One run of a set of checks. ``run`` blocks; ``on_result`` is called (from the caller's thread)
    as each result arrives, so a UI can show progress. ``cancel`` may be called from any thread."""

    def __init__(
        self,
        checks: Sequence[Check],
        system: System,
        ctx: Context,
        *,
        deadline: float | None = None,
        verdicts: Sequence[Verdict] = (),
    ) -> None:
        self.checks = list(checks)
        self.system = system
        self.ctx = ctx
        self.deadline = deadline if deadline is not None else float(ctx.policy.get("checks", "deadline_seconds"))
        self.verdicts = list(verdicts)
        self._cancel = threading.Event()
        self.results: list[Result] = []

    @property
    def total(self) -> int:
        return len(self.checks)

    def cancel(self) -> None:
        self._cancel.set()
        self.system.cancel()

    def run(self, on_result: Callable[[Result], None] | None = None) -> list[Result]:
        done: queue.Queue[tuple[str, Result]] = queue.Queue()
        started = time.monotonic()
        sweep_end = started + self.deadline
        pending: dict[str, float] = {}
        by_id: dict[str, Check] = {}
        for check in self.checks:
            by_id[check.id] = check
            pending[check.id] = started + check.timeout
            threading.Thread(target=self._run_one, args=(check, done), daemon=True, name=f"check-{check.id}").start()
        arrived: dict[str, Result] = {}
        log.info("sweep: %d checks (%s), deadline %gs", len(self.checks), ", ".join(by_id), self.deadline)

        def emit(result: Result) -> None:
            arrived[result.id if result.id in by_id else _owner(result, by_id)] = result
            log.info("check %s: %s in %.2fs", result.id, result.status.value, time.monotonic() - started)
            self._notify(on_result, result)

        while pending:
            now = time.monotonic()
            if self._cancel.is_set():
                for check_id in list(pending):
                    self._note_interrupted(check_id, "cancelled", now - started)
                    emit(interrupted_result(by_id[check_id], "cancelled", now - started))
                    del pending[check_id]
                break
            wake = min(min(pending.values()), sweep_end)
            try:
                check_id, result = done.get(timeout=max(0.0, min(wake - now, 0.1)))
            except queue.Empty:
                now = time.monotonic()
                for check_id in [c for c, end in pending.items() if now >= end or now >= sweep_end]:
                    check = by_id[check_id]
                    reason, limit = ("timeout", check.timeout) if now < sweep_end else ("deadline", self.deadline)
                    self._cut(check_id)
                    self._note_interrupted(check_id, reason, limit)
                    emit(interrupted_result(check, reason, limit))
                    del pending[check_id]
                continue
            if check_id in pending:  # a late result of a check already cut is dropped
                del pending[check_id]
                emit(result)
        order = {c.id: i for i, c in enumerate(self.checks)}
        self.results = sorted(arrived.values(), key=lambda r: order.get(_owner(r, by_id), len(order)))
        for verdict in conclude(self.verdicts, self.results, self.ctx):
            self.results.append(verdict)
            log.info("verdict %s: %s", verdict.id, verdict.status.value)
            self._notify(on_result, verdict)
        counts = Counter(r.status.value for r in self.results)
        log.info("sweep done in %.2fs: %s", time.monotonic() - started, ", ".join(f"{n} {s}" for s, n in sorted(counts.items())))
        return self.results

    @staticmethod
    def _notify(on_result: Callable[[Result], None] | None, result: Result) -> None:
        if on_result is None:
            return
        try:
            on_result(result)
        except Exception:  # a broken display must not lose the other results
            log.exception("result callback failed")

    def _cut(self, check_id: str) -> None:
        """A check overran: kill the commands it started (the thread itself cannot be stopped)."""
        log.warning("check %s cut at its time limit; stopping its commands", check_id)
        try:
            self.system.cancel_check(check_id)
        except Exception:
            log.exception("could not stop the commands of %s", check_id)

    def _note_interrupted(self, check_id: str, reason: str, seconds: float) -> None:
        record = {"kind": "probe", "name": INTERRUPTED, "value": {"reason": reason, "seconds": round(seconds, 3)}, "error": None,
                  "duration_ms": 0.0, "check": check_id, "ts": datetime.now(UTC).isoformat(timespec="milliseconds")}
        self.system.add_recorded([record])

    def _run_one(self, check: Check, done: queue.Queue[tuple[str, Result]]) -> None:
        try:
            with self.system.bound_to(check.id):
                check.collect(self.system, self.ctx)
            observations = Observations(self.system.observations_for(check.id))
            result = analyze_or_skip(check, observations, self.ctx)
        except Exception as exc:
            log.exception("check %s failed", check.id)
            result = error_result(check, tr("This check failed unexpectedly ({error}).", error=_short(exc)))
        done.put((check.id, result))


def _owner(result: Result, checks: Mapping[str, Check]) -> str:
    """The check a result belongs to (results may refine the id, e.g. 'wifi' -> 'wifi.wlan0')."""
    if result.id in checks:
        return result.id
    for check_id in checks:
        if result.id.startswith(check_id + "."):
            return check_id
    return result.id
