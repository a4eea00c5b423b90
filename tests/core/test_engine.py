"""The sweep engine: concurrency, timeouts, errors, streaming and cancellation, as a user would notice."""

from __future__ import annotations

import threading
import time

from desktop_app.engine import Sweep
from desktop_app.model import Check, Result, Status, Verdict
from desktop_app.observations import Observations


def _check(check_id: str, *, sleep: float = 0.0, raise_in: str = "", timeout: float = 5.0, never: bool = False) -> Check:
    def collect(system, ctx):
        if raise_in == "collect":
            raise RuntimeError("collector exploded")
        if never:
            threading.Event().wait()  # a check that never returns
        system.run(["echo", check_id], timeout=2)
        if sleep:
            time.sleep(sleep)

    def analyze(obs: Observations, ctx) -> Result:
        if raise_in == "analyze":
            raise ValueError("bad output")
        echoed = obs.command("echo")
        return Result(check_id, Status.OK, "", f"saw {echoed.stdout.strip() if echoed else 'nothing'}")

    return Check(id=check_id, area="system", title=f"Check {check_id}", collect=collect, analyze=analyze, timeout=timeout)


def _echo_system(no_surprises):
    return no_surprises(commands={"echo": lambda argv: (0, argv[1] + "\n", "", None)})


def test_twenty_slow_checks_run_concurrently(no_surprises, ctx):
    checks = [_check(f"c{i}", sleep=0.3) for i in range(20)]
    started = time.monotonic()
    results = Sweep(checks, _echo_system(no_surprises), ctx()).run()
    elapsed = time.monotonic() - started
    assert len(results) == 20 and all(r.status is Status.OK for r in results)
    assert elapsed < 20 * 0.3 / 2, f"sweep took {elapsed:.2f}s: checks ran one after another"


def test_each_result_sees_only_its_own_observations(no_surprises, ctx):
    results = Sweep([_check("a"), _check("b")], _echo_system(no_surprises), ctx()).run()
    assert {r.id: r.summary for r in results} == {"a": "saw a", "b": "saw b"}


def test_a_check_that_never_returns_is_cut_at_its_timeout(no_surprises, ctx):
    checks = [_check("stuck", never=True, timeout=0.5), _check("fine")]
    started = time.monotonic()
    results = {r.id: r for r in Sweep(checks, _echo_system(no_surprises), ctx()).run()}
    assert time.monotonic() - started < 2.0
    assert results["stuck"].status is Status.ERROR and "0.5 seconds" in results["stuck"].summary
    assert results["fine"].status is Status.OK


def test_the_deadline_bounds_the_whole_sweep(no_surprises, ctx):
    checks = [_check("slow", sleep=3, timeout=10), _check("fine")]
    started = time.monotonic()
    results = {r.id: r for r in Sweep(checks, _echo_system(no_surprises), ctx(), deadline=0.6).run()}
    assert time.monotonic() - started < 1.5
    assert results["slow"].status is Status.ERROR
    assert results["fine"].status is Status.OK


def test_a_check_that_raises_becomes_a_readable_error_and_others_finish(no_surprises, ctx):
    checks = [_check("boom", raise_in="collect"), _check("bad", raise_in="analyze"), _check("fine")]
    results = {r.id: r for r in Sweep(checks, _echo_system(no_surprises), ctx()).run()}
    assert results["boom"].status is Status.ERROR and "collector exploded" in results["boom"].summary
    assert results["bad"].status is Status.ERROR and "bad output" in results["bad"].summary
    assert "Traceback" not in results["boom"].summary
    assert results["fine"].status is Status.OK


def test_results_stream_as_they_finish(no_surprises, ctx):
    arrivals: list[tuple[str, float]] = []
    started = time.monotonic()
    checks = [_check("slow", sleep=0.6), _check("quick")]
    Sweep(checks, _echo_system(no_surprises), ctx()).run(on_result=lambda r: arrivals.append((r.id, time.monotonic() - started)))
    assert [a[0] for a in arrivals] == ["quick", "slow"]
    assert arrivals[0][1] < 0.4


def test_cancel_stops_waiting_and_marks_the_rest_skipped(no_surprises, ctx):
    sweep = Sweep([_check("slow", sleep=5, timeout=10), _check("quick")], _echo_system(no_surprises), ctx())
    threading.Timer(0.3, sweep.cancel).start()
    started = time.monotonic()
    results = {r.id: r for r in sweep.run()}
    assert time.monotonic() - started < 1.5
    assert results["slow"].status is Status.SKIPPED
    assert results["quick"].status is Status.OK


def test_verdicts_conclude_over_results(no_surprises, ctx):
    def conclude(results, c):
        return Result("verdict.system", Status.FAILED, "", f"{len(results)} results seen")

    verdict = Verdict("verdict.system", "system", "Conclusion", ("a",), conclude)
    results = Sweep([_check("a")], _echo_system(no_surprises), ctx(), verdicts=[verdict]).run()
    assert results[-1].id == "verdict.system" and results[-1].summary == "1 results seen"
    assert results[-1].title == "Conclusion"
