"""The sweep engine: concurrency, timeouts, errors, streaming and cancellation, as a user would notice."""

from __future__ import annotations

import logging
import random
import threading
import time

import psutil
import pytest

from desktop_app.engine import Sweep
from desktop_app.model import Check, Result, Status, Verdict
from desktop_app.observations import Observations
from desktop_app.system import LiveSystem
from tests.fakes import NOT_FOUND, FakeSystem


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


# --- a cut check leaves nothing running ----------------------------------------------------------------------
def _processes_with_arg(marker: str) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["cmdline", "status"]):
        try:
            if marker in (proc.info["cmdline"] or []) and proc.info["status"] != psutil.STATUS_ZOMBIE:
                found.append(proc)
        except psutil.Error:
            continue
    return found


def _gone_within(marker: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while _processes_with_arg(marker) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _processes_with_arg(marker)


@pytest.mark.parametrize("cut_by", ["check timeout", "sweep deadline"])
def test_a_check_cut_at_its_time_limit_leaves_no_command_running(ctx, cut_by):
    first, second = f"{30 + random.random():.6f}", f"{40 + random.random():.6f}"  # unique: find our sleeps

    def collect(system, c):
        system.run(["sleep", first], timeout=60)
        system.run(["sleep", second], timeout=60)  # asked after the cut: must not start

    check = Check("sleeper", "system", "Sleeper", collect, lambda obs, c: Result("sleeper", Status.OK, "", "done"),
                  timeout=0.5 if cut_by == "check timeout" else 30)
    system = LiveSystem()
    started = time.monotonic()
    results = Sweep([check], system, ctx(), deadline=None if cut_by == "check timeout" else 0.5).run()
    assert time.monotonic() - started < 2.0
    assert results[0].status is Status.ERROR and "0.5 seconds" in results[0].summary
    assert _gone_within(first, 3.0), "the command of the cut check is still running"
    time.sleep(0.3)  # the check's thread goes on to its next command...
    assert not _processes_with_arg(second), "a cut check could still start commands"
    recorded = [o for o in system.observations_for("sleeper") if o["kind"] == "command"]
    assert [o["error"] for o in recorded] == ["cancelled", "cancelled"]


def test_cutting_one_check_leaves_the_others_commands_alone(ctx):
    marker = f"{50 + random.random():.6f}"

    def slow_collect(system, c):
        system.run(["sleep", "30"], timeout=60)

    def patient_collect(system, c):
        system.run(["sleep", marker], timeout=60)

    cut = Check("cut", "system", "Cut", slow_collect, lambda obs, c: None, timeout=0.3)
    patient = Check("patient", "system", "Patient", patient_collect,
                    lambda obs, c: Result("patient", Status.OK, "", obs.command("sleep").error or "finished"), timeout=1.5)
    system = LiveSystem()
    worker = threading.Thread(target=lambda: Sweep([cut, patient], system, ctx()).run(), daemon=True)
    worker.start()
    time.sleep(0.8)  # 'cut' has been cut; 'patient' is still within its time
    assert _processes_with_arg(marker), "cutting one check killed another check's command"
    worker.join(5)
    assert _gone_within(marker, 3.0)


# --- missing tools are 'skipped' with the reason ----------------------------------------------------------------
def _measuring(check_id: str, programs: tuple[str, ...]) -> Check:
    def collect(system, c):
        for program in programs:
            system.run([program, "-c", "3", "192.0.2.1"], timeout=5)

    def analyze(obs: Observations, c) -> Result | None:
        commands = obs.commands()
        if not commands:
            return None
        failed = next((cmd for cmd in commands if cmd.error), None)
        if failed is not None:
            return Result(check_id, Status.ERROR, "", f"could not be measured ({failed.error})")
        return Result(check_id, Status.OK, "", "measured")

    return Check(check_id, "system", "Quality", collect, analyze)


def test_a_check_whose_tool_is_not_installed_is_skipped_with_the_reason(ctx):
    system = FakeSystem(commands={"ping": NOT_FOUND})
    result = Sweep([_measuring("quality", ("ping",))], system, ctx()).run()[0]
    assert result.status is Status.SKIPPED
    assert result.summary == "This needs ping, which is not installed on this computer."
    assert result.title == "Quality" and result.facts["missing_tools"] == ["ping"]


def test_a_real_error_next_to_a_missing_fallback_stays_an_error(ctx):
    system = FakeSystem(commands={"ping": (None, "", "", "timed out after 5s"), "fping": NOT_FOUND})
    result = Sweep([_measuring("quality", ("ping", "fping"))], system, ctx()).run()[0]
    assert result.status is Status.ERROR and "timed out" in result.summary


def test_nothing_to_check_says_why_when_it_is_known(ctx):
    def none(obs, c):
        return None

    def runs(*programs):
        return lambda system, c: [system.run([p], timeout=1) for p in programs]

    checks = [
        Check("needs", "system", "Needs", runs("iw", "nmcli"), none),
        Check("empty", "system", "Empty", lambda s, c: None, none),
        Check("broken", "system", "Broken", lambda s, c: s.psutil("sensors", lambda: 1), none),
    ]
    system = FakeSystem(commands={"iw": NOT_FOUND, "nmcli": NOT_FOUND}, values={"sensors": PermissionError("denied")})
    results = {r.id: r for r in Sweep(checks, system, ctx()).run()}
    assert all(r.status is Status.SKIPPED for r in results.values())
    assert results["needs"].summary == "This needs iw, nmcli, which are not installed on this computer."
    assert results["empty"].summary == "Nothing to check on this computer."
    assert results["broken"].summary == "Nothing could be observed (PermissionError: denied)."


def test_live_and_replayed_results_agree_when_a_tool_is_missing(ctx, monkeypatch):
    from desktop_app import registry
    from desktop_app.recording import Recording
    from desktop_app.replay import replay

    check = _measuring("quality", ("ping",))
    monkeypatch.setattr(registry, "CHECKS", (check,))
    monkeypatch.setattr(registry, "verdicts_for", lambda checks: [])
    system = FakeSystem(commands={"ping": NOT_FOUND})
    live = Sweep([check], system, ctx()).run()
    manifest = {"schema": "selfdesk-bundle", "schema_version": 1, "platform": "linux", "files": []}
    replayed = replay(Recording(manifest=manifest, observations=system.observations), ctx())
    assert [(r.id, r.status, r.summary) for r in replayed] == [(r.id, r.status, r.summary) for r in live]


def test_the_network_quality_check_without_ping_is_skipped_not_an_error(ctx):
    from desktop_app import registry

    quality = registry.check("quality")
    assert quality is not None
    system = FakeSystem(commands={"ping": NOT_FOUND})
    result = Sweep([quality], system, ctx(network={"quality_target": "192.0.2.1"})).run()[0]
    assert result.status is Status.SKIPPED and "ping" in result.summary and "not installed" in result.summary


def test_a_failing_progress_callback_loses_no_result(no_surprises, ctx):
    def conclude(results, c):
        return Result("verdict.system", Status.OK, "", "fine")

    verdict = Verdict("verdict.system", "system", "Conclusion", ("a",), conclude)
    seen: list[str] = []

    def display(result: Result) -> None:
        seen.append(result.id)
        raise RuntimeError("the window was closed")

    results = Sweep([_check("a"), _check("b")], _echo_system(no_surprises), ctx(), verdicts=[verdict]).run(on_result=display)
    assert [r.id for r in results] == ["a", "b", "verdict.system"]
    assert sorted(seen) == ["a", "b", "verdict.system"]


def test_a_sweep_is_logged_with_each_check_and_its_outcome(no_surprises, ctx, caplog):
    caplog.set_level(logging.INFO, logger="desktop_app.engine")
    Sweep([_check("a"), _check("boom", raise_in="collect")], _echo_system(no_surprises), ctx()).run()
    text = caplog.text
    assert "sweep: 2 checks (a, boom)" in text
    assert "check a: ok in" in text and "check boom: error in" in text
    assert "sweep done in" in text and "1 error, 1 ok" in text


def test_a_replay_gives_the_result_the_user_saw_for_a_check_the_sweep_stopped(ctx, monkeypatch):
    """A check cut at its timeout had observed part of what it needed: the replay must not judge that part (it
    could read 'fine'); it says what the user saw, that the check did not finish."""
    from desktop_app import registry
    from desktop_app.recording import Recording
    from desktop_app.replay import replay

    def slow_collect(system, c):
        system.run(["lpstat", "-r"], timeout=5)  # answered at once: the first half of what it needs
        time.sleep(3)  # the second half never comes in time

    def judge_what_was_seen(obs, c):
        return Result("halfway", Status.OK, "", "the scheduler answered, so everything is fine")

    halfway = Check("halfway", "printers", "Printing", slow_collect, judge_what_was_seen, timeout=0.5)
    monkeypatch.setattr(registry, "CHECKS", (halfway,))
    monkeypatch.setattr(registry, "verdicts_for", lambda checks: [])
    system = FakeSystem(commands={"lpstat": "scheduler is running\n"})
    live = Sweep([halfway], system, ctx()).run()
    assert live[0].status is Status.ERROR and "did not finish within 0.5 seconds" in live[0].summary
    manifest = {"schema": "selfdesk-bundle", "schema_version": 1, "platform": "linux", "files": []}
    replayed = replay(Recording(manifest=manifest, observations=system.observations), ctx())
    assert [(r.id, r.status, r.summary) for r in replayed] == [(r.id, r.status, r.summary) for r in live]


def test_a_replay_of_a_cancelled_sweep_says_cancelled(no_surprises, ctx, monkeypatch):
    from desktop_app import registry
    from desktop_app.recording import Recording
    from desktop_app.replay import replay

    slow = _check("slow", sleep=5, timeout=10)
    monkeypatch.setattr(registry, "CHECKS", (slow,))
    monkeypatch.setattr(registry, "verdicts_for", lambda checks: [])
    system = _echo_system(no_surprises)
    sweep = Sweep([slow], system, ctx())
    threading.Timer(0.3, sweep.cancel).start()
    live = sweep.run()
    manifest = {"schema": "selfdesk-bundle", "schema_version": 1, "platform": "linux", "files": []}
    replayed = replay(Recording(manifest=manifest, observations=system.observations), ctx())
    assert [(r.status, r.summary) for r in replayed] == [(Status.SKIPPED, "Cancelled before it finished.")] == [(r.status, r.summary) for r in live]
