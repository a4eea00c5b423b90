"""The fix engine: dry-run changes nothing, consent is required, admin goes through the OS prompt, verify."""

from __future__ import annotations

import base64
import json
import re
import shlex
from dataclasses import replace

import pytest

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


def test_the_preview_shows_each_argument_as_it_will_be_passed():
    step = Step("Turn the adapter off", argv=("netsh", "interface", "set", "interface", "name=Wi-Fi 2", "admin=disabled"), admin=True)
    assert engine.describe_step(step).splitlines() == [
        "Turn the adapter off",
        "    $ netsh interface set interface 'name=Wi-Fi 2' admin=disabled",
        "    (needs administrator rights)",
    ]


def test_without_consent_nothing_changes(no_surprises, ctx, tmp_path):
    system = no_surprises(commands={})
    outcome = engine.apply(_fix(), system, ctx(), consent=False, log_path=tmp_path / "l")
    assert outcome.status == engine.REFUSED and system.ran == []


def test_verified_when_the_target_checks_pass(no_surprises, ctx, tmp_path):
    system = no_surprises(commands={("demo", "restart"): (0, "", "", None)})
    outcome = engine.apply(_fix(), system, ctx(), consent=True, verify=_verify(Status.OK), log_path=tmp_path / "l")
    assert outcome.status == engine.VERIFIED
    assert [r.id for r in outcome.verify] == ["demo"]


def test_never_verified_when_no_check_could_judge(no_surprises, ctx, tmp_path):
    """A re-check that cannot run here (its tool is missing) or none at all proves nothing: say so, not "verified"."""
    missing = lambda ids: [Result(i, Status.SKIPPED, "Demo", "needs ping", {"missing_tools": ["ping"]}) for i in ids]  # noqa: E731
    for verify in (missing, None):
        system = no_surprises(commands={("demo", "restart"): (0, "", "", None)})
        outcome = engine.apply(_fix(), system, ctx(), consent=True, verify=verify, log_path=tmp_path / "l")
        assert outcome.status == engine.UNVERIFIED and "could not check" in outcome.message


def test_a_check_with_nothing_left_to_judge_still_verifies(no_surprises, ctx, tmp_path):
    system = no_surprises(commands={("demo", "restart"): (0, "", "", None)})
    outcome = engine.apply(_fix(), system, ctx(), consent=True, verify=_verify(Status.SKIPPED), log_path=tmp_path / "l")
    assert outcome.status == engine.VERIFIED  # e.g. the print service runs again and no printer is set up


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


def test_an_undo_that_fails_is_not_reported_as_undone(no_surprises, ctx, tmp_path):
    system = no_surprises(commands={("demo", "restart"): (0, "", "", None), ("demo", "undo"): (1, "", "service is locked", None)})
    outcome = engine.apply(_fix(reversible=True), system, ctx(), consent=True, verify=_verify(Status.FAILED), log_path=tmp_path / "l")
    assert outcome.status == engine.FAILED
    assert outcome.message == "The fix did not help, and undoing it failed: service is locked"
    assert engine.read_log(tmp_path / "l")[-1]["status"] == "failed"


def test_a_fix_turned_off_by_policy_is_refused(no_surprises, ctx, tmp_path):
    c = ctx(fixes={"disabled": ["demo.restart"]})
    outcome = engine.apply(_fix(), no_surprises(commands={}), c, consent=True, log_path=tmp_path / "l")
    assert outcome.status == engine.REFUSED and "turned this fix off" in outcome.message


def test_a_step_wanting_admin_rights_its_fix_does_not_declare_is_refused(no_surprises, ctx, tmp_path):
    undeclared = replace(_fix(admin=True), needs_admin=False)
    system = no_surprises(commands={("demo", "restart"): (0, "", "", None)})
    outcome = engine.apply(undeclared, system, ctx("windows"), consent=True, verify=_verify(Status.OK), log_path=tmp_path / "l")
    assert outcome.status == engine.REFUSED and "does not declare" in outcome.message
    assert system.ran == []  # no prompt, no command
    preview = engine.apply(undeclared, system, ctx("windows"), consent=False, dry_run=True, log_path=tmp_path / "l")
    assert preview.status == engine.REFUSED and system.ran == []
    logged = engine.read_log(tmp_path / "l")
    assert [e["status"] for e in logged] == ["refused", "refused"]


def test_an_action_that_elevates_inside_an_undeclared_fix_gets_no_prompt(no_surprises, ctx, tmp_path):
    def sneaky(system, c, dry_run):
        return {"ran": system.run(elevated_argv(["netsh", "x"], c.platform), 10).returncode}

    fix = Fix(id="demo.sneaky", area="system", title="Demo", changes="Demo.", plan=lambda c: [Step("Do it", action=sneaky)],
              verify=("demo",))
    system = no_surprises(commands={"powershell": (0, "", "", None)})
    outcome = engine.apply(fix, system, ctx("windows"), consent=True, verify=_verify(Status.OK), log_path=tmp_path / "l")
    assert outcome.status == engine.FAILED and "not declared as needing administrator rights" in outcome.message
    assert system.ran == []
    # outside the fix engine (a unit test building a preview) the wrapper still works
    assert elevated_argv(["netsh", "x"], "linux") == ["pkexec", "netsh", "x"]


def test_a_declared_admin_step_goes_through_the_os_prompt(no_surprises, ctx, tmp_path):
    system = no_surprises(commands={"powershell": (0, "", "", None)})
    outcome = engine.apply(_fix(admin=True), system, ctx("windows"), consent=True, verify=_verify(Status.OK), log_path=tmp_path / "l")
    assert outcome.status == engine.VERIFIED
    assert system.ran == [elevated_argv(["demo", "restart"], "windows")]
    assert "-Verb RunAs" in system.ran[0][-1]


def test_admin_steps_on_macos_and_linux_keep_each_argument():
    argv = ["netsh", "interface", "set", "interface", "name=Wi-Fi 2", "admin=disabled"]
    assert elevated_argv(argv, "linux") == ["pkexec", *argv]
    mac = elevated_argv(["dscacheutil", "-flushcache"], "macos")
    assert mac == ["osascript", "-e", 'do shell script "dscacheutil -flushcache" with administrator privileges']
    value = 'Bob\'s "HP" \\ $HOME; rm -rf ~'
    script = elevated_argv(["lpadmin", "-p", value], "macos")[2]
    literal = re.fullmatch(r'do shell script "((?:[^"\\]|\\.)*)" with administrator privileges', script)
    assert literal is not None  # one AppleScript string: nothing can close it early
    shell_command = re.sub(r"\\(.)", r"\1", literal.group(1))  # AppleScript unescapes \" and \\
    assert shlex.split(shell_command) == ["lpadmin", "-p", value]  # and sh sees exactly the three arguments


def test_elevation_carries_the_environment_the_command_needs():
    env = {"SELFDESK_PRINTER": "Bureau d'accueil", "LC_ALL": "C"}
    assert elevated_argv(["lpadmin", "-p", "x"], "linux", env=env) == [
        "pkexec", "/usr/bin/env", "SELFDESK_PRINTER=Bureau d'accueil", "LC_ALL=C", "lpadmin", "-p", "x"]
    with pytest.raises(ValueError):
        elevated_argv(["x"], "windows", env={"A; Remove-Item": "1"})


# --- Windows: Start-Process -Verb RunAs ------------------------------------------------------------------------
# Independent decoders of what Windows does with the produced text: PowerShell's single-quoted literal and the
# C runtime's command-line parsing (CommandLineToArgvW rules), so the tests check meaning, not just spelling.
PS_QUOTES = "'\u2018\u2019\u201a\u201b"


def ps_literal(script: str, after: str) -> str:
    """The single-quoted literal that follows ``after`` in a PowerShell script, unescaped."""
    i = script.index(after) + len(after)
    assert script[i] in PS_QUOTES
    i += 1
    out = []
    while True:
        c = script[i]
        if c in PS_QUOTES:
            if i + 1 < len(script) and script[i + 1] in PS_QUOTES:
                out.append(script[i + 1])
                i += 2
                continue
            return "".join(out)
        out.append(c)
        i += 1


def windows_argv(cmdline: str) -> list[str]:
    """The MSVC runtime's rules: whitespace separates, "..." groups, 2n backslashes + quote -> n + toggle,
    2n+1 backslashes + quote -> n + literal quote, other backslashes are literal."""
    args: list[str] = []
    current: list[str] = []
    in_quotes = have = False
    i = 0
    while i < len(cmdline):
        c = cmdline[i]
        if c == "\\":
            n = 0
            while i < len(cmdline) and cmdline[i] == "\\":
                n += 1
                i += 1
            if i < len(cmdline) and cmdline[i] == '"':
                current.append("\\" * (n // 2))
                if n % 2:
                    current.append('"')
                    i += 1
            else:
                current.append("\\" * n)
            have = True
            continue
        if c == '"':
            if in_quotes and i + 1 < len(cmdline) and cmdline[i + 1] == '"':
                current.append('"')
                i += 2
                continue
            in_quotes = not in_quotes
            have = True
        elif c in " \t" and not in_quotes:
            if have:
                args.append("".join(current))
                current, have = [], False
        else:
            current.append(c)
            have = True
        i += 1
    if have:
        args.append("".join(current))
    return args


def test_windows_elevation_passes_each_argument_intact():
    argv = ["netsh", "interface", "set", "interface", "name=Wi-Fi 2", "admin=disabled"]
    wrapped = elevated_argv(argv, "windows")
    assert wrapped == [
        "powershell", "-NoProfile", "-NonInteractive", "-Command",
        "$p = Start-Process -FilePath 'netsh' -ArgumentList 'interface set interface \"name=Wi-Fi 2\" admin=disabled' "
        "-Verb RunAs -WindowStyle Hidden -Wait -PassThru; exit $p.ExitCode",
    ]


@pytest.mark.parametrize("value", [
    "name=Wi-Fi 2", 'say "hi"', "it's", "C:\\Program Files\\", 'back\\"slash', "", "Réseau ‘Bureau’ ‚x‛ 東京",
    "$env:PATH; Remove-Item C:\\ -Recurse", "a\ttab", "100%",
])
def test_windows_elevation_round_trips_tricky_values(value):
    script = elevated_argv(["tool.exe", "--name", value, "last"], "windows")[-1]
    assert ps_literal(script, "-FilePath ") == "tool.exe"
    assert windows_argv(ps_literal(script, "-ArgumentList ")) == ["--name", value, "last"]


def test_windows_elevation_without_arguments():
    script = elevated_argv(["ipconfig"], "windows")[-1]
    assert script == "$p = Start-Process -FilePath 'ipconfig' -Verb RunAs -WindowStyle Hidden -Wait -PassThru; exit $p.ExitCode"


def test_windows_elevation_sets_the_environment_inside_the_elevated_process():
    env = {"SELFDESK_PRINTER": "Bureau d'accueil ‘2’", "SELFDESK_JOB": "7"}
    command = ["powershell", "-NoProfile", "-Command", "Remove-PrintJob -PrinterName $env:SELFDESK_PRINTER -ID $env:SELFDESK_JOB"]
    script = elevated_argv(command, "windows", env=env)[-1]
    assert ps_literal(script, "-FilePath ") == "powershell.exe" and "-Verb RunAs" in script
    outer_args = windows_argv(ps_literal(script, "-ArgumentList "))
    assert outer_args[:3] == ["-NoProfile", "-NonInteractive", "-EncodedCommand"]
    inner = base64.b64decode(outer_args[3]).decode("utf-16-le")
    assert "Bureau" not in script  # the values travel encoded, never as text of the outer command
    assert ps_literal(inner, "$env:SELFDESK_PRINTER = ") == env["SELFDESK_PRINTER"]
    assert ps_literal(inner, "$env:SELFDESK_JOB = ") == "7"
    assert ps_literal(inner, "-FilePath ") == "powershell" and "-Verb" not in inner and "-NoNewWindow" in inner
    assert windows_argv(ps_literal(inner, "-ArgumentList ")) == command[1:]
    assert inner.index("$env:SELFDESK_JOB") < inner.index("Start-Process")


def test_fix_log_survives_a_cut_line(tmp_path):
    log = tmp_path / "fixlog.jsonl"
    engine.append_log({"fix": "a", "status": "verified"}, log)
    with open(log, "a") as handle:
        handle.write('{"fix": "b", "sta')
    engine.append_log({"fix": "c", "status": "failed"}, log)
    assert [e["fix"] for e in engine.read_log(log)] == ["a", "c"]
