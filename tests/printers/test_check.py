"""The printers check, verdict and fixes on recorded outputs (FakeSystem; nothing real is touched)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.diagnostics import printers as diag
from desktop_app.fixes import engine
from desktop_app.fixes import printers as fixes
from desktop_app.model import Result, Status
from desktop_app.observations import Observations

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "printers"
CLOCK = {"epoch": 1795590300.0, "local": "2026-11-25T07:05:00"}  # two minutes after the lab jobs


def read(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


def cups_system(make: Any, lpstat_t: str, lpstat_p: str = "", lpstat_o: str = "", values: dict | None = None) -> Any:
    return make("linux", commands={
        ("lpstat", "-t"): lpstat_t,
        ("lpstat", "-l", "-p"): lpstat_p,
        ("lpstat", "-l", "-o"): lpstat_o,
    }, values={diag.CLOCK_PROBE: CLOCK, **(values or {})})


def run_check(system: Any, ctx: Any) -> Result | None:
    diag.collect(system, ctx)
    return diag.analyze(Observations(system.observations), ctx)


def lab(make: Any, **values: Any) -> Any:
    return cups_system(make, read("lab_lpstat-t_mixed.txt"), read("lab_lpstat-l-p_mixed.txt"),
                       read("lab_lpstat-l-o_mixed.txt"), values={"tcp:127.0.0.1:9100": {"connected": False,
                                                                                        "error": "refused"}, **values})


def test_mixed_lab_queues_name_each_problem_and_offer_resume(no_surprises, ctx) -> None:
    result = run_check(lab(no_surprises), ctx())
    assert result is not None and result.id == "printers"
    assert result.status is Status.WARNING  # the default printer Office itself is fine
    problems = " ".join(result.facts["problems"])
    assert "Offline does not answer" in problems
    assert "The printer Paused is paused (Paused by test), so documents wait instead of printing." in problems
    assert "Rejecting is refusing" in problems
    assert diag.FIX_RESUME in result.fixes
    facts = {p["name"]: p for p in result.facts["printers"]}
    assert facts["Offline"]["reachable"] is False
    assert facts["Paused"]["state"] == "stopped" and facts["Paused"]["reason"] == "Paused by test"
    assert result.facts["scheduler_running"] is True and result.facts["default"] == "Office"


def test_scheduler_down_is_a_failure_with_restart_fix(no_surprises, ctx) -> None:
    system = cups_system(no_surprises, read("81_cassini_lpstat-t_nodaemon.txt"))
    result = run_check(system, ctx())
    assert result.status is Status.FAILED
    assert result.facts["scheduler_running"] is False
    assert result.fixes == (diag.FIX_RESTART,)


def test_no_printers_is_skipped_not_failed(no_surprises, ctx) -> None:
    system = cups_system(no_surprises, read("80_cassini_lpstat-t_empty.txt"))
    result = run_check(system, ctx())
    assert result.status is Status.SKIPPED
    assert "No printer" in result.summary


def test_no_printers_but_policy_requires_one(no_surprises, ctx) -> None:
    system = cups_system(no_surprises, read("80_cassini_lpstat-t_empty.txt"))
    required = [{"name": "HQ", "uri": "ipp://127.0.0.1:8631/printers/x", "driver": "", "default": True}]
    result = run_check(system, ctx(printers={"required": required}))
    assert result.status is Status.FAILED
    assert result.facts["missing_required"] == ["HQ"]
    assert diag.FIX_ADD in result.fixes


def test_lpstat_missing_is_skipped(no_surprises, ctx) -> None:
    system = no_surprises("linux", commands={("lpstat", "-t"): (None, "", "", "not found: lpstat")},
                          values={diag.CLOCK_PROBE: CLOCK})
    result = run_check(system, ctx())
    assert result.status is Status.SKIPPED


def test_old_job_is_stuck_after_policy_threshold(no_surprises, ctx) -> None:
    healthy = "scheduler is running\nsystem default destination: Office\ndevice for Office: ///dev/null\n" \
              "Office accepting requests since Wed Nov 25 06:00:00 2026\n" \
              "printer Office is idle.  enabled since Wed Nov 25 06:00:00 2026\n" \
              "Office-7                alice             1024   Wed Nov 25 06:00:00 2026\n"
    result = run_check(cups_system(no_surprises, healthy), ctx())
    assert result.status is Status.WARNING
    assert [j["id"] for j in result.facts["stuck_jobs"]] == ["Office-7"]
    assert result.fixes == (diag.FIX_CANCEL,)
    relaxed = run_check(cups_system(no_surprises, healthy), ctx(printers={"stuck_job_minutes": 120}))
    assert relaxed.status is Status.OK


def test_missing_default_offers_set_default(no_surprises, ctx) -> None:
    text = "scheduler is running\nno system default destination\nOffice accepting requests since x\n" \
           "printer Office is idle.  enabled since Wed Nov 25 06:00:00 2026\n"
    result = run_check(cups_system(no_surprises, text), ctx())
    assert result.status is Status.WARNING and result.fixes == (diag.FIX_DEFAULT,)


def test_driver_failure_from_reasons(no_surprises, ctx) -> None:
    text = "scheduler is running\nsystem default destination: Office\n" \
           "printer Office is idle.  enabled since Wed Nov 25 06:00:00 2026\n\tFilter failed\n"
    result = run_check(cups_system(no_surprises, text), ctx())
    assert result.status is Status.FAILED
    assert "driver problem" in result.summary


def win_obs(**overrides: str) -> Observations:
    scripts = {
        diag.WIN_SPOOLER: '{"Name": "Spooler", "Status": 4}',
        diag.WIN_PRINTERS: read("SYNTHETIC_win_get-printer.json"),
        diag.WIN_JOBS: read("SYNTHETIC_win_get-printjob.json"),
        diag.WIN_DEFAULT: read("SYNTHETIC_win_win32-printer-default.json"),
        diag.WIN_PORTS: read("SYNTHETIC_win_get-printerport.json"),
    } | overrides
    items = [{"kind": "command", "argv": [*diag.PS, s], "returncode": 0, "stdout": out, "stderr": "", "error": None,
              "duration_ms": 1} for s, out in scripts.items()]
    items.append({"kind": "probe", "name": diag.CLOCK_PROBE, "value": {"epoch": 1795590300.0}})
    items.append({"kind": "probe", "name": "tcp:10.0.0.50:9100", "value": {"connected": True}})
    return Observations(items)


def test_windows_bundle_replays_on_linux(ctx) -> None:
    result = diag.analyze(win_obs(), ctx("linux"))
    assert result.status is Status.WARNING  # the paused printer is not the default one
    facts = {p["name"]: p for p in result.facts["printers"]}
    assert facts["Accounting-HP"]["state"] == "stopped" and facts["Accounting-HP"]["reachable"] is True
    assert result.facts["default"] == "Microsoft Print to PDF"
    assert {j["id"] for j in result.facts["stuck_jobs"]} == {"4"}  # in error; job 5 is only 5 minutes old
    assert {diag.FIX_RESUME, diag.FIX_CANCEL} <= set(result.fixes)


def test_windows_spooler_stopped(ctx) -> None:
    result = diag.analyze(win_obs(**{diag.WIN_SPOOLER: read("SYNTHETIC_win_spooler-stopped.json")}), ctx("windows"))
    assert result.status is Status.FAILED and result.fixes == (diag.FIX_RESTART,)


def test_no_printer_observations_means_nothing_to_judge(ctx) -> None:
    assert diag.analyze(Observations([]), ctx()) is None


def test_verdict_gives_one_plain_conclusion(no_surprises, ctx) -> None:
    result = run_check(cups_system(no_surprises, read("81_cassini_lpstat-t_nodaemon.txt")), ctx())
    verdict = diag.conclude({"printers": result}, ctx())
    assert verdict.id == "verdict.printers" and verdict.status is Status.FAILED
    assert "not running" in verdict.summary
    ok = Result("printers", Status.OK, "", "fine")
    assert diag.conclude({"printers": ok}, ctx()).summary == "Printing works."


def test_resume_dry_run_lists_targets_and_runs_nothing(no_surprises, ctx) -> None:
    system = lab(no_surprises)
    outcome = engine.apply(registry_fix(diag.FIX_RESUME), system, ctx(), consent=False, dry_run=True)
    details = outcome.steps[0]["details"]
    assert details["printers"] == ["Paused", "Rejecting"]
    assert ["cupsenable", "Paused"] in details["would_run"]
    assert details["lines"] == ["Resume Paused and let it accept documents again", "Resume Rejecting and let it accept documents again"]
    assert not [r for r in system.ran if r[0] in ("cupsenable", "cupsaccept")]


def test_resume_passes_names_as_separate_arguments(no_surprises, ctx) -> None:
    system = lab(no_surprises)
    system.commands.update({"cupsenable": "", "cupsaccept": ""})
    outcome = engine.apply(registry_fix(diag.FIX_RESUME), system, ctx(), consent=True)
    ran = [r for r in system.ran if r[0] in ("cupsenable", "cupsaccept")]
    assert ["cupsenable", "Paused"] in ran and ["cupsaccept", "Rejecting"] in ran
    assert outcome.steps[0]["ok"] is True


def test_cancel_only_touches_my_stuck_jobs(no_surprises, ctx, monkeypatch) -> None:
    monkeypatch.setattr(fixes.getpass, "getuser", lambda: "alice")
    text = "scheduler is running\nsystem default destination: Office\n" \
           "printer Office is idle.  enabled since Wed Nov 25 06:00:00 2026\n" \
           "Office-7                alice             1024   Wed Nov 25 06:00:00 2026\n" \
           "Office-8                bob               1024   Wed Nov 25 06:00:00 2026\n"
    system = cups_system(no_surprises, text)
    outcome = engine.apply(registry_fix(diag.FIX_CANCEL), system, ctx(), consent=False, dry_run=True)
    assert outcome.steps[0]["details"]["jobs"] == ["Office-7"]
    assert outcome.steps[0]["details"]["would_run"] == [["cancel", "Office-7"]]
    assert outcome.steps[0]["details"]["lines"] == ["Cancel document Office-7 on Office"]  # the preview says which


def test_windows_names_travel_in_environment_not_in_script(no_surprises, ctx) -> None:
    def answer(argv: list[str]) -> tuple:
        script = argv[-1]
        outputs = {diag.WIN_SPOOLER: '{"Name": "Spooler", "Status": 4}',
                   diag.WIN_PRINTERS: '{"Name": "Bad\'; Remove-Item C:\\\\ #", "PrinterStatus": 1}',
                   diag.WIN_DEFAULT: "", diag.WIN_JOBS: "", diag.WIN_PORTS: "", fixes.WIN_RESUME: ""}
        return 0, outputs.get(script, ""), "", None

    system = no_surprises("windows", commands={"powershell": answer}, values={diag.CLOCK_PROBE: CLOCK})
    outcome = engine.apply(registry_fix(diag.FIX_RESUME), system, ctx("windows"), consent=False, dry_run=True)
    assert outcome.steps[0]["details"]["printers"] == ["Bad'; Remove-Item C:\\ #"]
    assert all("Remove-Item" not in " ".join(argv) for argv in system.ran)


def test_restart_plan_per_platform(ctx) -> None:
    fix = registry_fix(diag.FIX_RESTART)
    assert fix.plan(ctx("macos"))[0].argv == ("launchctl", "kickstart", "-k", "system/org.cups.cupsd")
    assert "Restart-Service -Name Spooler" in fix.plan(ctx("windows"))[0].argv[-1]
    assert all(step.admin for platform in ("linux", "macos", "windows") for step in fix.plan(ctx(platform)))


def test_linux_restart_uses_systemd_only_where_it_runs(no_surprises, ctx, tmp_path: Path) -> None:
    def would_run(commands: dict[str, str], booted: bool) -> dict:
        system = no_surprises("linux", commands=commands, values={"/run/systemd/system": booted})
        outcome = engine.apply(registry_fix(diag.FIX_RESTART), system, ctx(), consent=False, dry_run=True,
                               log_path=tmp_path / "log")
        return outcome.steps[0]["details"]

    assert would_run({"systemctl": "", "service": ""}, True)["would_run"] == [["systemctl", "restart", "cups"]]
    assert would_run({"systemctl": "", "service": ""}, False)["would_run"] == [["service", "cups", "restart"]]  # a container
    assert "restart the printing service (CUPS) by hand" in would_run({}, False)["error"]


def test_add_required_uses_policy_values_only(no_surprises, ctx) -> None:
    system = cups_system(no_surprises, read("80_cassini_lpstat-t_empty.txt"))
    required = [{"name": "HQ", "uri": "socket://127.0.0.1:9100", "driver": "drv:///sample.drv/generic.ppd",
                 "default": True}]
    outcome = engine.apply(registry_fix(diag.FIX_ADD), system, ctx(printers={"required": required}),
                           consent=False, dry_run=True)
    assert outcome.steps[0]["details"]["would_run"] == [
        ["lpadmin", "-p", "HQ", "-E", "-v", "socket://127.0.0.1:9100", "-m", "drv:///sample.drv/generic.ppd"], ["lpoptions", "-d", "HQ"]]
    assert outcome.steps[0]["details"]["lines"] == ["Add the printer HQ (socket://127.0.0.1:9100)"]


def registry_fix(fix_id: str) -> Any:
    from desktop_app import registry

    found = registry.fix(fix_id)
    assert found is not None
    return found


# -- recorded tables (GUIDE canonical commands: Get-Printer / Get-PrintJob as typed) -------------------------
def ps_command(script: str, stdout: str) -> dict:
    return {"kind": "command", "argv": ["powershell", "-Command", script], "returncode": 0, "stdout": stdout,
            "stderr": "", "error": None, "duration_ms": 1}


def test_recorded_get_printer_table_alone_lists_the_printers(ctx) -> None:
    """Real fixture 88: a narrow-console Get-Printer table (no status column, values cut with '...')."""
    result = diag.analyze(Observations([ps_command("Get-Printer", read("88_concealed_get-printer.txt"))]), ctx("windows"))
    assert result is not None and result.status is Status.OK
    names = [p["name"] for p in result.facts["printers"]]
    assert names[0] == "ACIDDAMAGE" and len(names) == 6
    assert {p["state"] for p in result.facts["printers"]} == {"unknown"}  # not in the table: not guessed
    assert result.summary == "6 printers installed; this recording does not show whether they are ready."


def test_recorded_spooler_and_printer_tables_replay(ctx) -> None:
    """Real fixture 89 (Get-Service spooler, then Get-Printer), recorded as two commands or as one transcript."""
    text = read("89_msdocs_get-printer_container.txt")
    service, printers = text.split("PS C:\\> Get-Printer")
    for items in ([ps_command("Get-Service spooler", service), ps_command("Get-Printer", printers)],
                  [ps_command("Get-Service spooler; Get-Printer", text)]):
        result = diag.analyze(Observations(items), ctx("windows"))
        assert result is not None and result.status is Status.OK, result
        assert result.facts["scheduler_running"] is True
        assert [p["name"] for p in result.facts["printers"]] == ["Microsoft XPS Document Writer", "Microsoft Print to PDF", "Fax"]
        assert "No printer" not in result.summary


def test_recorded_get_printjob_table_gives_jobs_in_error(ctx) -> None:
    """SYNTHETIC Get-PrintJob table (columns of its default view, JobStatus words as PowerShell prints them)."""
    jobs = ("Id    ComputerName    PrinterName     DocumentName         SubmittedTime          JobStatus\n"
            "--    ------------    -----------     ------------         -------------          ---------\n"
            "4                     Accounting-HP   Q3 report.pdf        25/11/2026 06:00:00    Error, Printing\n")
    items = [ps_command("Get-Printer", read("SYNTHETIC_win_get-printer.json")), ps_command("Get-Printer | Get-PrintJob", jobs)]
    result = diag.analyze(Observations(items), ctx("windows"))
    assert result is not None and [j["id"] for j in result.facts["stuck_jobs"]] == ["4"]
    assert result.facts["stuck_jobs"][0]["error"] is True and diag.FIX_CANCEL in result.fixes


def test_a_printer_that_may_be_jammed_is_a_warning_with_the_reason(no_surprises, ctx) -> None:
    """Real fixture 78: CUPS says "may be jammed" for a state it cannot name."""
    text = "scheduler is running\nsystem default destination: idle_printer\n" + read("78_insights_lpstat-p.txt")
    result = run_check(cups_system(no_surprises, text), ctx())
    jammed = {p["name"]: p for p in result.facts["printers"]}["unknown_printer"]
    assert jammed["state"] == "unknown" and jammed["reason"] == "may be jammed"
    assert result.status is Status.WARNING
    assert "The printer unknown_printer reports: may be jammed" in result.facts["problems"]


# -- Windows fixes: admin where declared, and failures that cannot pass silently ------------------------------
def windows_paused(no_surprises: Any, resume_answer: tuple) -> Any:
    def answer(argv: list[str]) -> tuple:
        script = argv[-1]
        if "RunAs" in script:  # the elevation wrapper around the resume script
            return resume_answer
        outputs = {diag.WIN_SPOOLER: '{"Name": "Spooler", "Status": 4}',
                   diag.WIN_PRINTERS: '{"Name": "Accounting-HP", "PrinterStatus": 1}'}
        return 0, outputs.get(script, ""), "", None

    return no_surprises("windows", commands={"powershell": answer}, values={diag.CLOCK_PROBE: CLOCK})


def test_windows_resume_runs_elevated_and_reports_access_denied(no_surprises, ctx) -> None:
    system = windows_paused(no_surprises, (4, "", "", None))  # ReturnValue 5: the script exits 4
    outcome = engine.apply(registry_fix(diag.FIX_RESUME), system, ctx("windows"), consent=True)
    elevated = [argv for argv in system.ran if "RunAs" in argv[-1]]
    assert len(elevated) == 1  # needs_admin is declared, so the step asks Windows for admin rights
    assert outcome.status == engine.FAILED
    assert "Windows refused the change" in outcome.message


def test_windows_scripts_fail_on_a_refused_call_or_a_missing_printer() -> None:
    for script in (fixes.WIN_RESUME, fixes.WIN_SET_DEFAULT):
        assert "$r.ReturnValue -ne 0" in script and "exit 4" in script  # access denied exits 0 otherwise
        assert "$p.Count -eq 0" in script and "exit 3" in script  # an empty match does nothing otherwise
        assert "$env:SELFDESK_PRINTER" in script and "'" + "Accounting" not in script


def test_windows_add_printer_by_address_scheme() -> None:
    ipp = fixes.win_add_plan("HQ", "ipp://10.0.0.9/ipp/print", "")
    assert ipp is not None and ipp[0] == fixes.WIN_ADD_IPP and ipp[1]["SELFDESK_URL"] == "ipp://10.0.0.9/ipp/print"
    assert "-IppURL" in fixes.WIN_ADD_IPP and "Add-PrinterPort" not in fixes.WIN_ADD_IPP
    http = fixes.win_add_plan("HQ", "http://10.0.0.9:631/ipp/print", "")
    assert http is not None and http[0] == fixes.WIN_ADD_IPP
    raw = fixes.win_add_plan("Lobby", "socket://10.0.0.7:9101", "HP Universal Printing PCL 6")
    assert raw is not None and raw[0] == fixes.WIN_ADD_RAW
    assert raw[1]["SELFDESK_PORTNUMBER"] == "9101" and raw[1]["SELFDESK_PORT"] == "IP_10.0.0.7_9101"
    lpd = fixes.win_add_plan("Old", "lpd://10.0.0.8/queue1", "Generic / Text Only")
    assert lpd is not None and lpd[0] == fixes.WIN_ADD_LPR and lpd[1]["SELFDESK_QUEUE"] == "queue1"
    assert "-LprHostAddress" in fixes.WIN_ADD_LPR
    assert fixes.win_add_plan("Lobby", "socket://10.0.0.7", "") is None  # a raw port needs a driver
    assert fixes.win_add_plan("Pdf", "file:///dev/null", "x") is None


def test_a_windows_paper_jam_is_not_called_paused_and_resume_is_not_offered(no_surprises, ctx) -> None:
    """PrinterStatus 4 (PaperJam) stops printing, but nobody paused the queue: resuming it would change nothing."""
    printers = '[{"Name": "Accounting-HP", "PrinterStatus": 4}, {"Name": "Front-Desk", "PrinterStatus": 1}]'
    obs = win_obs(**{diag.WIN_PRINTERS: printers, diag.WIN_JOBS: "", diag.WIN_PORTS: "",
                     diag.WIN_DEFAULT: '[{"Name": "Accounting-HP", "Default": true}, {"Name": "Front-Desk", "Default": false}]'})
    result = diag.analyze(obs, ctx("windows"))
    assert result.status is Status.FAILED
    assert result.summary == "The printer Accounting-HP has stopped: a paper jam. Check the printer itself."
    assert "The printer Front-Desk is paused, so documents wait instead of printing." in result.facts["problems"]

    def answer(argv: list[str]) -> tuple:
        outputs = {diag.WIN_SPOOLER: '{"Name": "Spooler", "Status": 4}', diag.WIN_PRINTERS: printers}
        return 0, outputs.get(argv[-1], ""), "", None

    system = no_surprises("windows", commands={"powershell": answer}, values={diag.CLOCK_PROBE: CLOCK})
    outcome = engine.apply(registry_fix(diag.FIX_RESUME), system, ctx("windows"), consent=False, dry_run=True)
    assert outcome.steps[0]["details"]["printers"] == ["Front-Desk"]  # the jammed one is not "resumed"


def test_set_default_when_the_default_is_already_fine_says_so(no_surprises, ctx) -> None:
    from desktop_app import i18n

    system = lab(no_surprises)
    outcome = engine.apply(registry_fix(diag.FIX_DEFAULT), system, ctx(), consent=False, dry_run=True)
    assert outcome.steps[0]["details"]["note"] == "Office is already your default printer."
    assert not [r for r in system.ran if r[0] == "lpoptions"]
    text = "scheduler is running\nno system default destination\n" \
           "printer A is idle.  enabled since Wed Nov 25 06:00:00 2026\nprinter B is idle.  enabled since Wed Nov 25 06:00:00 2026\n"
    i18n.set_language("fr")
    try:
        outcome = engine.apply(registry_fix(diag.FIX_DEFAULT), cups_system(no_surprises, text), ctx(), consent=False, dry_run=True)
    finally:
        i18n.set_language("en")
    assert outcome.steps[0]["details"]["error"].startswith("Il y a plus d’une imprimante")


def test_a_windows_printer_set_to_work_offline_is_offline_even_when_its_status_says_normal(ctx) -> None:
    """Windows marks an unplugged USB printer "Use Printer Offline" (Win32_Printer.WorkOffline) and leaves
    Get-Printer's PrinterStatus at Normal (google/cloud-print-connector#284): that is an offline printer."""
    printers = '[{"Name": "Label-USB", "PrinterStatus": 0}, {"Name": "Microsoft Print to PDF", "PrinterStatus": 0}]'
    default = ('[{"Name": "Label-USB", "Default": true, "WorkOffline": true},'
               ' {"Name": "Microsoft Print to PDF", "Default": false, "WorkOffline": false}]')
    result = diag.analyze(win_obs(**{diag.WIN_PRINTERS: printers, diag.WIN_DEFAULT: default, diag.WIN_JOBS: "", diag.WIN_PORTS: ""}),
                          ctx("windows"))
    facts = {p["name"]: p for p in result.facts["printers"]}
    assert facts["Label-USB"]["state"] == "offline" and facts["Microsoft Print to PDF"]["state"] == "idle"
    assert result.status is Status.FAILED
    assert result.summary == "The printer Label-USB is offline. Check that it is switched on and connected."
