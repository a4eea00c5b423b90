"""Printers: why it won't print.

One check, ``printers`` (the only result id starting with "printers"), looks at the print scheduler (CUPS) or
spooler (Windows), the installed printers and their state with the reason the system gives, the default printer,
whether a network printer's device answers on its port, stuck jobs, driver/filter failures, and printers the
admin policy requires. ``analyze`` is pure and dispatches on the recorded commands, so a Windows bundle replays
on Linux and vice versa.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktop_app.i18n import N_, tr, tr_plural
from desktop_app.model import Check, Context, Result, Status, Verdict
from desktop_app.observations import CommandObs, Observations
from desktop_app.parsers import printers as parse
from desktop_app.probes import tcp_connect
from desktop_app.redaction.checks import CheckPattern
from desktop_app.system import System

CUPS_ENV = {"LC_ALL": "C", "LANG": "C"}  # lpstat sentences are only parseable in the C locale
LPSTAT_ALL = ("lpstat", "-t")
LPSTAT_PRINTERS = ("lpstat", "-l", "-p")
LPSTAT_JOBS = ("lpstat", "-l", "-o")
CLOCK_PROBE = "printers:clock"
MAX_PROBED = 8  # network devices probed per sweep
PROBE_TIMEOUT = 2.0

PS = ("powershell", "-NoProfile", "-NonInteractive", "-Command")
WIN_SPOOLER = "Get-Service -Name Spooler | Select-Object Name,Status | ConvertTo-Json"
WIN_PRINTERS = ("Get-Printer | Select-Object Name,PrinterStatus,JobCount,PortName,DriverName,Type,Shared "
                "| ConvertTo-Json")
WIN_JOBS = ("Get-Printer | Get-PrintJob | Select-Object Id,PrinterName,UserName,DocumentName,JobStatus,"
            "SubmittedTime,Size | ConvertTo-Json")
# WorkOffline: "Use Printer Offline", which Windows sets on a USB printer that is unplugged or switched off while
# Get-Printer's PrinterStatus still says Normal (google/cloud-print-connector#284).
WIN_DEFAULT = "Get-CimInstance -ClassName Win32_Printer | Select-Object Name,Default,WorkOffline | ConvertTo-Json"
WIN_PORTS = "Get-PrinterPort | Select-Object Name,PrinterHostAddress,PortNumber,Protocol | ConvertTo-Json"

FIX_RESUME = "printers.resume"
FIX_CANCEL = "printers.cancel-stuck-jobs"
FIX_RESTART = "printers.restart-service"
FIX_DEFAULT = "printers.set-default"
FIX_ADD = "printers.add-required"


# --- observe ------------------------------------------------------------------------------------------------


def _clock() -> dict[str, Any]:
    now = datetime.now()
    return {"epoch": now.timestamp(), "local": now.isoformat(timespec="seconds")}


def collect(system: System, ctx: Context) -> None:
    system.probe(CLOCK_PROBE, _clock, 2.0)
    if system.platform == "windows":
        runs = {script: system.run([*PS, script], 20, cache=True)
                for script in (WIN_SPOOLER, WIN_PRINTERS, WIN_JOBS, WIN_DEFAULT, WIN_PORTS)}
        ports = parse.parse_windows_ports(runs[WIN_PORTS].stdout)
        for host, port in list(dict.fromkeys(ports.values()))[:MAX_PROBED]:
            tcp_connect(system, host, port, timeout=PROBE_TIMEOUT)
        return
    first = system.run(list(LPSTAT_ALL), 10, env=CUPS_ENV, cache=True)
    if first.missing_tool:
        return
    system.run(list(LPSTAT_PRINTERS), 10, env=CUPS_ENV, cache=True)
    system.run(list(LPSTAT_JOBS), 10, env=CUPS_ENV, cache=True)
    data = parse.parse_lpstat(first.stdout + "\n" + first.stderr)
    endpoints = [parse.device_endpoint(p["device"]) for p in data["printers"]]
    for host, port in list(dict.fromkeys(e for e in endpoints if e))[:MAX_PROBED]:
        tcp_connect(system, host, port, timeout=PROBE_TIMEOUT)


# --- analyze ------------------------------------------------------------------------------------------------


_GET_PRINTER = re.compile(r"get-printer(?![a-z])")


def _ps_commands(obs: Observations) -> dict[str, CommandObs]:
    """The last PowerShell run of each printer cmdlet (Get-Printer and Get-PrinterPort told apart). One
    recorded command may play several parts: a technician's transcript running Get-Service spooler, then
    Get-Printer, is read for both (the canonical commands appear as they were typed, tables included)."""
    found: dict[str, CommandObs] = {}
    for cmd in obs.commands("powershell") + obs.commands("pwsh"):
        script = " ".join(cmd.argv[1:]).lower()
        if "get-printjob" in script:
            found["jobs"] = cmd
        elif "get-printerport" in script:
            found["ports"] = cmd
        elif "win32_printer" in script:
            found["default"] = cmd
        elif _GET_PRINTER.search(script):
            found["printers"] = cmd
        if "spooler" in script and "get-service" in script:
            found["spooler"] = cmd
    return found


def gather(obs: Observations) -> dict[str, Any] | None:
    """Normalise whatever printer observations are present (CUPS or Windows) into one shape. Pure."""
    lp = obs.command(*LPSTAT_ALL)
    if lp is not None:
        return _gather_cups(obs, lp)
    ps = _ps_commands(obs)
    if "printers" in ps or "spooler" in ps:
        return _gather_windows(obs, ps)
    return None


def _gather_cups(obs: Observations, lp: CommandObs) -> dict[str, Any]:
    if lp.missing_tool:
        return {"backend": "cups", "missing": True}
    data = parse.parse_lpstat(lp.stdout + "\n" + lp.stderr)
    by_name = {p["name"]: p for p in data["printers"]}
    detail = obs.command(*LPSTAT_PRINTERS)
    if detail is not None and detail.ok:
        for extra in parse.parse_lpstat(detail.stdout)["printers"]:
            p = by_name.get(extra["name"])
            if p is None:
                continue
            p["alerts"] = extra["alerts"] or p["alerts"]
            p["reason"] = p["reason"] or extra["reason"]
            if extra["state"] == "offline" and p["state"] != "stopped":
                p["state"] = "offline"
    jobs_cmd = obs.command(*LPSTAT_JOBS)
    if jobs_cmd is not None and jobs_cmd.ok:
        detailed = {j["id"]: j for j in parse.parse_lpstat(jobs_cmd.stdout)["jobs"]}
        for job in data["jobs"]:
            if job["id"] in detailed:
                d = detailed[job["id"]]
                job.update(status=d["status"], alerts=d["alerts"], error=d["error"], printer=d["printer"])
    clock = obs.value("probe", CLOCK_PROBE)
    now_local = None
    if clock is not None and isinstance(clock.value, dict) and isinstance(clock.value.get("local"), str):
        try:
            now_local = datetime.fromisoformat(clock.value["local"])
        except ValueError:
            now_local = None
    for job in data["jobs"]:
        submitted = parse.parse_cups_date(job["submitted"])
        job["age_minutes"] = (
            round((now_local - submitted).total_seconds() / 60, 1) if submitted and now_local else None
        )
    return {
        "backend": "cups",
        "missing": False,
        "recognized": data["recognized"],
        "service_running": data["scheduler_running"],
        "default": data["default"],
        "printers": data["printers"],
        "jobs": data["jobs"],
        "errors": data["errors"],
        "reachability": _reachability(obs, data["printers"], lambda p: parse.device_endpoint(p.get("device"))),
    }


def _gather_windows(obs: Observations, ps: Mapping[str, CommandObs]) -> dict[str, Any]:
    spooler = ps.get("spooler")
    running = parse.parse_windows_service(spooler.stdout) if spooler is not None and spooler.error is None else None
    printers_cmd = ps.get("printers")
    printers = parse.parse_windows_printers(printers_cmd.stdout) if printers_cmd is not None else None
    recognized = printers is not None
    jobs_cmd = ps.get("jobs")
    jobs = (parse.parse_windows_jobs(jobs_cmd.stdout) if jobs_cmd is not None else None) or []
    clock = obs.value("probe", CLOCK_PROBE)
    epoch = clock.value.get("epoch") if clock is not None and isinstance(clock.value, dict) else None
    for job in jobs:
        job["age_minutes"] = (
            round((epoch - job["epoch"]) / 60, 1) if isinstance(epoch, (int, float)) and job["epoch"] else None
        )
    counts: dict[str, int] = {}
    for job in jobs:
        counts[job["printer"]] = counts.get(job["printer"], 0) + 1
    for p in printers or []:
        p["jobs"] = max(p["jobs"], counts.get(p["name"], 0))
    default_cmd = ps.get("default")
    offline = parse.parse_windows_work_offline(default_cmd.stdout) if default_cmd is not None else set()
    for p in printers or []:
        if p["name"] in offline and p["state"] in ("idle", "printing", "unknown"):
            p["state"] = "offline"
            p["alerts"] = [*p.get("alerts", []), "workoffline"]
    ports = parse.parse_windows_ports(ps["ports"].stdout) if "ports" in ps else {}
    if running is False:
        printers = printers or []
    return {
        "backend": "windows",
        "missing": False,
        "recognized": recognized or running is not None,
        "service_running": running,
        "default": parse.parse_windows_default(default_cmd.stdout) if default_cmd is not None else None,
        "default_known": default_cmd is not None and parse.parse_ps_json(default_cmd.stdout) is not None,
        "printers": printers or [],
        "jobs": jobs,
        "errors": [],
        "reachability": _reachability(obs, printers or [], lambda p: ports.get(p.get("port") or "")),
    }


def _reachability(obs: Observations, printers: list[dict[str, Any]], endpoint: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for p in printers:
        ep = endpoint(p)
        if not ep:
            continue
        probe = obs.value("probe", f"tcp:{ep[0]}:{ep[1]}")
        if probe is None:
            continue
        value = probe.value if isinstance(probe.value, dict) else {}
        out[p["name"]] = {"host": ep[0], "port": ep[1], "reachable": bool(value.get("connected")),
                          "error": value.get("error") or probe.error}
    return out


def stuck_jobs(state: Mapping[str, Any], ctx: Context) -> list[dict[str, Any]]:
    """Jobs in error, or waiting longer than the policy threshold. Pure; also used by the cancel fix."""
    configured = ctx.policy.get("printers", "stuck_job_minutes")
    limit = float(configured) if isinstance(configured, (int, float)) and configured >= 0 else 30.0
    out = []
    for job in state.get("jobs") or []:
        age = job.get("age_minutes")
        if job.get("error") or (isinstance(age, (int, float)) and age >= limit):
            out.append(job)
    return out


# Windows printer states that stop printing without anyone pausing the queue (Get-PrinterStatus words,
# lower-cased): resuming does not help, someone has to see to the printer.
WINDOWS_TROUBLE = {
    "paperjam": N_("a paper jam"), "paperout": N_("out of paper"), "paperproblem": N_("a paper problem"),
    "notoner": N_("out of toner"), "dooropen": N_("a door is open"),
    "userinterventionrequired": N_("someone needs to check the printer"),
    "outputbinfull": N_("the output tray is full"), "manualfeed": N_("waiting for paper in the manual feed slot"),
    "outofmemory": N_("out of memory"), "pagepunt": N_("a page could not be printed"), "error": N_("an error"),
}
GENERIC_REASONS = ("paused", "reason unknown", "normal")  # what a queue says when nobody gave a reason


def paused(p: Mapping[str, Any], windows: bool) -> bool:
    """A queue someone (or CUPS' error policy) stopped, that resuming restarts. A Windows printer stopped by a
    paper jam or an empty toner is not paused: resuming it changes nothing."""
    if p.get("state") != "stopped":
        return False
    return not windows or "paused" in (p.get("alerts") or [])


def _trouble(p: Mapping[str, Any]) -> str:
    """The Windows error states of a printer in words, e.g. "a paper jam, a door is open"."""
    words = [str(a) for a in p.get("alerts") or [] if str(a) in WINDOWS_TROUBLE]
    return ", ".join(dict.fromkeys(tr(WINDOWS_TROUBLE[w]) for w in words)) or tr(WINDOWS_TROUBLE["error"])


def _said(reason: str, windows: bool) -> str:
    """The reason the system gives, when it says more than the state itself ("Paused", "reason unknown")."""
    if windows:  # enum names: the ones SelfDesk words itself are left out here
        words = [w.strip() for w in reason.split(",") if w.strip()]
        return ", ".join(w for w in words if w.lower() not in GENERIC_REASONS and w.lower() not in WINDOWS_TROUBLE)
    return "" if reason.strip().lower().rstrip(".") in GENERIC_REASONS else reason.strip()


def required_printers(ctx: Context) -> list[dict[str, Any]]:
    items = ctx.policy.get("printers", "required") or []
    return [r for r in items if isinstance(r, Mapping) and isinstance(r.get("name"), str) and r.get("name")]


def analyze(obs: Observations, ctx: Context) -> Result | None:
    state = gather(obs)
    if state is None:
        return None
    return judge(state, ctx)


def _printer_fact(p: Mapping[str, Any], reach: Mapping[str, Any]) -> dict[str, Any]:
    fact = {"name": p["name"], "state": p["state"], "accepting": p.get("accepting"),
            "reason": p.get("reason") or p.get("reject_reason") or "", "jobs": p.get("jobs", 0)}
    for key in ("device", "port", "driver", "alerts"):
        if p.get(key):
            fact[key] = p[key]
    if p["name"] in reach:
        fact["reachable"] = reach[p["name"]]["reachable"]
    return fact


def judge(state: Mapping[str, Any], ctx: Context) -> Result:
    """Turn the normalised printer state into the one ``printers`` result."""
    windows = state.get("backend") == "windows"
    if state.get("missing"):
        if required_printers(ctx):
            return Result("printers", Status.FAILED, "", tr("Printing is not installed on this computer."),
                          {"scheduler_running": None, "default": None, "printers": []},
                          advice=tr("Contact your IT support: the printers your company uses cannot be added."),
                          help="printer-not-installed")
        return Result("printers", Status.SKIPPED, "", tr("No printing system is installed, so there is nothing to check."),
                      {"scheduler_running": None, "default": None, "printers": []})
    reach = state.get("reachability") or {}
    printers = list(state.get("printers") or [])
    facts: dict[str, Any] = {
        "scheduler_running": state.get("service_running"),
        "default": state.get("default"),
        "printers": [_printer_fact(p, reach) for p in printers],
    }
    if state.get("errors"):
        facts["errors"] = list(state["errors"])[:5]
    if state.get("service_running") is False:
        fixes = (FIX_RESTART,)
        return Result("printers", Status.FAILED, "",
                      tr("The printing service on this computer is not running, so nothing can print."),
                      facts, fixes, tr("Restart the printing service. If it stops again, contact your IT support."),
                      help="printer-service")
    if not state.get("recognized"):
        return Result("printers", Status.ERROR, "", tr("The printer status could not be read."), facts,
                      advice=tr("Try again in a moment. If it keeps happening, send a report to your IT support."))

    names = {p["name"] for p in printers}
    required = required_printers(ctx)
    missing = [r["name"] for r in required if r["name"] not in names]
    facts["missing_required"] = missing
    stuck = stuck_jobs(state, ctx)
    facts["stuck_jobs"] = [{"id": j["id"], "printer": j["printer"], "user": j.get("user", ""),
                            "age_minutes": j.get("age_minutes"), "error": bool(j.get("error"))} for j in stuck]
    if not printers and not missing:
        return Result("printers", Status.SKIPPED, "", tr("No printer is set up on this computer. That is fine if you do not print."),
                      facts, advice=tr("To add a printer, use your system's printer settings or ask your IT support."),
                      help="printer-none")

    default = state.get("default")
    problems: list[tuple[int, str, str, str | None]] = []  # (severity, sentence, fix, help)
    main = default if default in names else (printers[0]["name"] if len(printers) == 1 else None)
    for p in printers:
        important = p["name"] == main or main is None
        sev = 3 if important else 1
        name = p["name"]
        reason = p.get("reason") or p.get("reject_reason") or ""
        reach_info = reach.get(name)
        said = _said(reason, windows)
        if paused(p, windows):
            sentence = (tr("The printer {name} is paused ({reason}), so documents wait instead of printing.", name=name, reason=said)
                        if said else tr("The printer {name} is paused, so documents wait instead of printing.", name=name))
            problems.append((sev, sentence, FIX_RESUME, "printer-paused"))
        elif p["state"] == "stopped":
            problems.append((sev, tr("The printer {name} has stopped: {trouble}. Check the printer itself.", name=name,
                                     trouble=_trouble(p)), "", "printer-paused"))
        elif p.get("accepting") is False:
            sentence = (tr("The printer {name} is refusing new documents ({reason}).", name=name, reason=said)
                        if said else tr("The printer {name} is refusing new documents.", name=name))
            problems.append((sev, sentence, FIX_RESUME, "printer-paused"))
        if reach_info is not None and not reach_info["reachable"]:
            problems.append((sev, tr("The printer {name} does not answer on the network. Check that it is switched on and connected.",
                                     name=name), "", "printer-offline"))
        elif p["state"] == "offline":
            problems.append((sev, tr("The printer {name} is offline. Check that it is switched on and connected.", name=name),
                             "", "printer-offline"))
        if parse.driver_problem(p):
            problems.append((sev, tr("The printer {name} has a driver problem, so documents cannot be prepared for it.", name=name),
                             FIX_ADD if name in {r["name"] for r in required} else "", "printer-driver"))
        elif p["state"] == "unknown" and reason:
            problems.append((1, tr("The printer {name} reports: {reason}", name=name, reason=reason), "", None))
    if missing:
        problems.append((3, tr("A printer your company provides is missing: {names}.", names=", ".join(missing)),
                         FIX_ADD, "printer-missing"))
    if stuck:
        problems.append((2, tr_plural(len(stuck), N_("{count} document is stuck in the print queue."),
                                         N_("{count} documents are stuck in the print queue."), count=len(stuck)), FIX_CANCEL, "printer-stuck"))
    if printers and not default and not (windows and not state.get("default_known")):
        problems.append((2, tr("No default printer is chosen, so programs may not know where to print."), FIX_DEFAULT,
                         "printer-default"))
    elif default and default not in names:
        problems.append((2, tr("The default printer {name} no longer exists.", name=default), FIX_DEFAULT, "printer-default"))

    if not problems and printers and all(p["state"] == "unknown" for p in printers):
        # e.g. a recorded Get-Printer table, which has no status column: installed, state not recorded
        return Result("printers", Status.OK, "", tr_plural(
            len(printers), N_("{count} printer installed; this recording does not show whether it is ready."),
            N_("{count} printers installed; this recording does not show whether they are ready."), count=len(printers)), facts)
    if not problems:
        if default:
            summary = tr_plural(len(printers), N_("{count} printer ready. Documents go to {name} by default."),
                                N_("{count} printers ready. Documents go to {name} by default."), count=len(printers), name=default)
        else:
            summary = tr_plural(len(printers), N_("{count} printer ready."), N_("{count} printers ready."), count=len(printers))
        return Result("printers", Status.OK, "", summary, facts)
    problems.sort(key=lambda item: -item[0])
    worst_sev = problems[0][0]
    status = Status.FAILED if worst_sev >= 3 else Status.WARNING
    fixes = tuple(dict.fromkeys(f for _, _, f, _ in problems if f))
    facts["problems"] = [sentence for _, sentence, _, _ in problems]
    others = " ".join(sentence for _, sentence, _, _ in problems[1:])
    return Result("printers", status, "", problems[0][1], facts, fixes, advice=others, help=problems[0][3])


# --- verdict ------------------------------------------------------------------------------------------------


def conclude(results: Mapping[str, Result], ctx: Context) -> Result | None:
    result = results.get("printers")
    if result is None:
        return None
    if result.status in (Status.OK, Status.SKIPPED):
        text = (tr("Printing works.") if result.status is Status.OK
                else tr("There is no printer to check on this computer."))
        return Result("verdict.printers", result.status, "", text, {"cause": None})
    problems = list(result.facts.get("problems") or [])
    cause = problems[0] if problems else result.summary
    return Result("verdict.printers", result.status, "", tr("Printing problem: {cause}", cause=cause),
                  {"cause": result.summary}, result.fixes, help=result.help)


CHECKS: tuple[Check, ...] = (
    Check(
        id="printers",
        area="printers",
        title=N_("Printers"),
        collect=collect,
        analyze=analyze,
        timeout=40,
        fixes=(FIX_RESUME, FIX_CANCEL, FIX_RESTART, FIX_DEFAULT, FIX_ADD),
    ),
)
VERDICTS: tuple[Verdict, ...] = (
    Verdict(id="verdict.printers", area="printers", title=N_("Can I print?"), depends=("printers",), conclude=conclude),
)


# Bundle redaction, layer 2: job owners, document titles and accounts in device URIs.
REDACT = (
    # lpstat -o / -l -o: "Office-12   alice   1024   Wed Nov 25 07:03:46 2026"
    CheckPattern("user", r"^\S+-\d+\s+(?P<v>\S+)\s+\d+\s+[A-Z][a-z]{2} ", programs=("lpstat",)),
    # device URIs with an account (smb://DOMAIN;user:password@server/queue; the password goes with the global pass)
    CheckPattern("user", r"^device for [^:\n]+:\s*[A-Za-z][A-Za-z0-9+.-]*://(?P<v>[^/@\s:]+)(?::[^/@\s]*)?@", programs=("lpstat",)),
    # Get-PrintJob / Get-Printer as JSON
    CheckPattern("user", r'"UserName"\s*:\s*"(?P<v>[^"]+)"', programs=("powershell", "pwsh"), contains="get-printjob"),
    CheckPattern("document", r'"DocumentName"\s*:\s*"(?P<v>[^"]+)"', programs=("powershell", "pwsh"), contains="get-printjob"),
    CheckPattern("host", r'"ComputerName"\s*:\s*"(?P<v>[^"]+)"', programs=("powershell", "pwsh"), contains="get-printer"),
)
