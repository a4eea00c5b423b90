"""The fix engine: dry-run changes nothing, consent is required, admin goes through the OS prompt, verify."""

from __future__ import annotations

import json

from desktop_app.fixes import engine
from desktop_app.fixes.elevation import elevated_argv
from desktop_app.model import Fix, Result, Status, Step


def _fix(*, reversible: bool = False, admin: bool = False) -> Fix:
    return Fix(
        id="demo.restart",
        area="system",
        title="Restart the demo service",
        changes="Restarts the demo service.",
        plan=lambda ctx: [Step("Restart it", argv=("demo", "restart"), admin=admin)],
        needs_admin=admin,
        reversible=reversible,
        verify=("demo",),
        rollback=(lambda ctx: [Step("Undo", argv=("demo", "undo"))]) if reversible else None,
    )


def _verify(status: Status):
    return lambda ids: [Result(i, status, "Demo", "after the fix") for i in ids]


def test_dry_run_runs_nothing_and_is_logged(no_surprises, ctx, tmp_path):
    system = no_surprises(commands={})
    log = tmp_path / "fixlog.jsonl"
    outcome = engine.apply(_fix(), system, ctx(), consent=False, dry_run=True, log_path=log)
    assert outcome.status == engine.DRY_RUN and system.ran == []
    assert outcome.steps[0]["argv"] == ["demo", "restart"]
    assert json.loads(log.read_text())["dry_run"] is True


def test_without_consent_nothing_changes(no_surprises, ctx, tmp_path):
    system = no_surprises(commands={})
    outcome = engine.apply(_fix(), system, ctx(), consent=False, log_path=tmp_path / "l")
    assert outcome.status == engine.REFUSED and system.ran == []


def test_verified_when_the_target_checks_pass(no_surprises, ctx, tmp_path):
    system = no_surprises(commands={("demo", "restart"): (0, "", "", None)})
    outcome = engine.apply(_fix(), system, ctx(), consent=True, verify=_verify(Status.OK), log_path=tmp_path / "l")
    assert outcome.status == engine.VERIFIED
    assert [r.id for r in outcome.verify] == ["demo"]


def test_failed_when_the_problem_remains(no_surprises, ctx, tmp_path):
    system = no_surprises(commands={("demo", "restart"): (0, "", "", None)})
    outcome = engine.apply(_fix(), system, ctx(), consent=True, verify=_verify(Status.FAILED), log_path=tmp_path / "l")
    assert outcome.status == engine.FAILED and "still there" in outcome.message


def test_a_failing_step_stops_and_says_why(no_surprises, ctx, tmp_path):
    system = no_surprises(commands={("demo", "restart"): (1, "", "permission denied", None)})
    outcome = engine.apply(_fix(), system, ctx(), consent=True, verify=_verify(Status.OK), log_path=tmp_path / "l")
    assert outcome.status == engine.FAILED and "permission denied" in outcome.message


def test_reversible_fix_is_rolled_back_when_it_does_not_help(no_surprises, ctx, tmp_path):
    system = no_surprises(commands={("demo", "restart"): (0, "", "", None), ("demo", "undo"): (0, "", "", None)})
    outcome = engine.apply(_fix(reversible=True), system, ctx(), consent=True, verify=_verify(Status.FAILED), log_path=tmp_path / "l")
    assert outcome.status == engine.ROLLED_BACK
    assert system.ran[-1] == ["demo", "undo"]


def test_a_fix_turned_off_by_policy_is_refused(no_surprises, ctx, tmp_path):
    c = ctx(fixes={"disabled": ["demo.restart"]})
    outcome = engine.apply(_fix(), no_surprises(commands={}), c, consent=True, log_path=tmp_path / "l")
    assert outcome.status == engine.REFUSED and "turned this fix off" in outcome.message


def test_admin_steps_go_through_the_os_prompt_with_the_exact_arguments():
    argv = ["netsh", "interface", "set", "interface", "name=Wi-Fi 2", "admin=disabled"]
    assert elevated_argv(argv, "linux") == ["pkexec", *argv]
    ps = elevated_argv(argv, "windows")
    assert ps[:4] == ["powershell", "-NoProfile", "-NonInteractive", "-Command"]
    assert "-FilePath 'netsh'" in ps[4] and "'name=Wi-Fi 2'" in ps[4] and "-Verb RunAs" in ps[4]
    assert "'it''s'" in elevated_argv(["x", "it's"], "windows")[4]  # quotes cannot break out
    mac = elevated_argv(["dscacheutil", "-flushcache"], "macos")
    assert mac[:2] == ["osascript", "-e"] and "with administrator privileges" in mac[2]
    assert 'do shell script "dscacheutil -flushcache"' in mac[2]


def test_fix_log_survives_a_cut_line(tmp_path):
    log = tmp_path / "fixlog.jsonl"
    engine.append_log({"fix": "a", "status": "verified"}, log)
    with open(log, "a") as handle:
        handle.write('{"fix": "b", "sta')
    engine.append_log({"fix": "c", "status": "failed"}, log)
    assert [e["fix"] for e in engine.read_log(log)] == ["a", "c"]
