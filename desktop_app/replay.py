"""Replay: the same analyzers on a recorded bundle, so a technician sees what the user's machine saw."""

from __future__ import annotations

from desktop_app import registry
from desktop_app.engine import analyze_check, analyze_or_skip, conclude, recorded_interruption
from desktop_app.model import Context, Result
from desktop_app.observations import Observations
from desktop_app.recording import Recording


def replay(recording: Recording, ctx: Context) -> list[Result]:
    observations = Observations(recording.observations)
    tagged = any("check" in o for o in recording.observations)
    results: list[Result] = []
    ran = []
    for check in registry.CHECKS:
        if ctx.platform not in check.platforms:
            continue
        if tagged:
            if not any(o.get("check") == check.id for o in recording.observations):
                continue  # this check did not run on the user's machine
            # It ran there: the live sweep showed a result even when there was nothing to judge, or when it
            # stopped the check (then what the check had observed so far is not judged).
            own = observations.for_check(check.id)
            result: Result | None = recorded_interruption(check, own) or analyze_or_skip(check, own, ctx)
        else:
            result = analyze_check(check, observations, ctx)
        if result is not None:
            results.append(result)
            ran.append(check)
    results.extend(conclude(registry.verdicts_for(ran), results, ctx))
    return results


def recorded_policy(recording: Recording) -> dict[str, object] | None:
    """The effective policy the user's machine ran with, when the bundle carries it."""
    import json

    raw = recording.extra.get("policy.json")
    if raw is None:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None
