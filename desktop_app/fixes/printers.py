"""Printers fixes: resume a paused queue, cancel stuck jobs, restart the print service, set the default printer,
add a printer the admin policy declares.

Printer names and job ids are never typed by the user: each action first re-observes the printers through the
seam (the same collect as the ``printers`` check) and acts only on what that recording shows, or on the admin
policy. Names go to commands as separate argv items (CUPS) or through an environment variable read by a fixed
PowerShell script (Windows), so no name can be reinterpreted as code. Every fix is verified by re-running the
``printers`` check.
"""

from __future__ import annotations

import getpass
from collections.abc import Mapping, Sequence
from typing import Any

from desktop_app.diagnostics import printers as diag
from desktop_app.fixes.elevation import elevated_argv, is_admin
from desktop_app.i18n import N_
from desktop_app.model import Context, Fix, Step
from desktop_app.observations import Observations
from desktop_app.parsers.printers import device_endpoint
from desktop_app.system import System

PS = diag.PS
NAME_VAR = "SELFDESK_PRINTER"
JOB_VAR = "SELFDESK_JOB"
WIN_RESUME = (f"Get-CimInstance -ClassName Win32_Printer | Where-Object {{ $_.Name -eq $env:{NAME_VAR} }} "
              "| Invoke-CimMethod -MethodName Resume")
WIN_SET_DEFAULT = (f"Get-CimInstance -ClassName Win32_Printer | Where-Object {{ $_.Name -eq $env:{NAME_VAR} }} "
                   "| Invoke-CimMethod -MethodName SetDefaultPrinter")
WIN_REMOVE_JOB = f"Remove-PrintJob -PrinterName $env:{NAME_VAR} -ID ([uint32]$env:{JOB_VAR})"
WIN_ADD = ("if (-not (Get-PrinterPort -Name $env:SELFDESK_PORT -ErrorAction SilentlyContinue)) "
           "{ Add-PrinterPort -Name $env:SELFDESK_PORT -PrinterHostAddress $env:SELFDESK_HOST }; "
           f"Add-Printer -Name $env:{NAME_VAR} -DriverName $env:SELFDESK_DRIVER -PortName $env:SELFDESK_PORT")


def _observe(system: System, ctx: Context) -> dict[str, Any]:
    """Re-observe the printers now (recorded through the seam) and normalise them."""
    before = len(system.observations)
    diag.collect(system, ctx)
    state = diag.gather(Observations(system.observations[before:]))
    return state or {"printers": [], "jobs": [], "missing": True}


def _run(system: System, ctx: Context, argv: Sequence[str], *, admin: bool = False,
         env: Mapping[str, str] | None = None) -> dict[str, Any]:
    command = list(argv)
    if admin and not is_admin(ctx.platform):
        command = elevated_argv(command, ctx.platform)
    result = system.run(command, 60, env=dict(env or {}) | (diag.CUPS_ENV if ctx.platform != "windows" else {}))
    ok = result.error is None and result.returncode == 0
    return {"argv": command, "ok": ok,
            "error": None if ok else (result.error or (result.stderr or result.stdout).strip()[:300]
                                      or f"exit code {result.returncode}")}


def _outcome(label: str, targets: list[str], runs: list[dict[str, Any]], dry_run: bool,
             planned: list[list[str]]) -> dict[str, Any]:
    details: dict[str, Any] = {label: targets}
    if dry_run:
        details["would run"] = [" ".join(p) for p in planned]
        return details
    failed = [r for r in runs if not r["ok"]]
    if failed:
        details["error"] = failed[0]["error"]
    return details


# --- resume ---------------------------------------------------------------------------------------------------


def _resume(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    state = _observe(system, ctx)
    targets = [p["name"] for p in state.get("printers") or []
               if p.get("state") == "stopped" or p.get("accepting") is False]
    if not targets:
        return {"printers": [], "note": "no paused printer"}
    planned: list[tuple[list[str], dict[str, str]]] = []
    for name in targets:
        if ctx.platform == "windows":
            planned.append(([*PS, WIN_RESUME], {NAME_VAR: name}))
        else:
            planned.append((["cupsenable", name], {}))
            planned.append((["cupsaccept", name], {}))
    runs = [] if dry_run else [_run(system, ctx, argv, admin=ctx.platform != "windows", env=env) for argv, env in planned]
    return _outcome("printers", targets, runs, dry_run, [a for a, _ in planned])


# --- cancel stuck jobs ----------------------------------------------------------------------------------------


def _mine(job: Mapping[str, Any], me: str) -> bool:
    user = str(job.get("user") or "")
    return user.lower() == me.lower() or user.lower().endswith("\\" + me.lower())


def _cancel(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    state = _observe(system, ctx)
    me = getpass.getuser()
    jobs = [j for j in diag.stuck_jobs(state, ctx) if _mine(j, me)]
    ids = [str(j["id"]) for j in jobs]
    if not jobs:
        return {"jobs": [], "note": "no stuck document of yours"}
    planned: list[tuple[list[str], dict[str, str]]] = []
    if ctx.platform == "windows":
        planned = [([*PS, WIN_REMOVE_JOB], {NAME_VAR: str(j["printer"]), JOB_VAR: str(j["id"])}) for j in jobs]
    else:
        planned = [(["cancel", *ids], {})]
    runs = [] if dry_run else [_run(system, ctx, argv, env=env) for argv, env in planned]
    details = _outcome("jobs", ids, runs, dry_run, [a for a, _ in planned])
    details["documents"] = [f"{j['id']} ({j['printer']})" for j in jobs]
    return details


# --- restart the service --------------------------------------------------------------------------------------


def _restart_plan(ctx: Context) -> list[Step]:
    if ctx.platform == "windows":
        return [Step(N_("Restart the Windows print spooler"), (*PS, "Restart-Service -Name Spooler -Force"), admin=True)]
    if ctx.platform == "macos":
        return [Step(N_("Restart the printing service (CUPS)"), ("launchctl", "kickstart", "-k", "system/org.cups.cupsd"),
                     admin=True)]
    return [Step(N_("Restart the printing service (CUPS)"), ("systemctl", "restart", "cups"), admin=True)]


# --- default printer ------------------------------------------------------------------------------------------


def _default_choice(state: Mapping[str, Any], ctx: Context) -> str | None:
    names = [p["name"] for p in state.get("printers") or []]
    for item in diag.required_printers(ctx):
        if item.get("default") and item["name"] in names:
            return str(item["name"])
    return names[0] if len(names) == 1 else None


def _set_default(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    state = _observe(system, ctx)
    name = _default_choice(state, ctx)
    if name is None:
        return {"error": "no single printer to choose: pick the default printer in your printer settings"}
    if ctx.platform == "windows":
        planned = [([*PS, WIN_SET_DEFAULT], {NAME_VAR: name})]
    else:
        planned = [(["lpoptions", "-d", name], {})]
    runs = [] if dry_run else [_run(system, ctx, argv, env=env) for argv, env in planned]
    return _outcome("printer", [name], runs, dry_run, [a for a, _ in planned])


# --- add required printers ------------------------------------------------------------------------------------


def _add_required(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    state = _observe(system, ctx)
    have = {p["name"] for p in state.get("printers") or []}
    todo = [r for r in diag.required_printers(ctx) if r["name"] not in have and r.get("uri")]
    if not todo:
        return {"printers": [], "note": "every printer the policy declares is installed"}
    planned: list[tuple[list[str], dict[str, str]]] = []
    for item in todo:
        name, uri, driver = str(item["name"]), str(item["uri"]), str(item.get("driver") or "")
        if ctx.platform == "windows":
            endpoint = device_endpoint(uri)
            if endpoint is None:
                return {"error": f"the policy address for {name} is not a network printer address"}
            planned.append(([*PS, WIN_ADD], {NAME_VAR: name, "SELFDESK_HOST": endpoint[0],
                                              "SELFDESK_PORT": f"IP_{endpoint[0]}", "SELFDESK_DRIVER": driver}))
        else:
            argv = ["lpadmin", "-p", name, "-E", "-v", uri]
            argv += ["-m", driver] if driver else ["-m", "everywhere"]
            planned.append((argv, {}))
            if item.get("default"):
                planned.append((["lpoptions", "-d", name], {}))
    runs: list[dict[str, Any]] = []
    if not dry_run:
        for argv, env in planned:
            run = _run(system, ctx, argv, admin=argv[0] == "lpadmin" or ctx.platform == "windows", env=env)
            runs.append(run)
            if not run["ok"]:
                break
    return _outcome("printers", [str(t["name"]) for t in todo], runs, dry_run, [a for a, _ in planned])


VERIFY = ("printers",)

FIXES: tuple[Fix, ...] = (
    Fix(
        id=diag.FIX_RESUME,
        area="printers",
        title=N_("Resume the printer"),
        changes=N_("Resumes paused printers and lets them accept documents again."),
        plan=lambda ctx: [Step(N_("Resume paused printers and accept documents"), action=_resume)],
        needs_admin=True,
        reversible=False,
        verify=VERIFY,
    ),
    Fix(
        id=diag.FIX_CANCEL,
        area="printers",
        title=N_("Cancel my stuck documents"),
        changes=N_("Removes your documents that have been stuck in the print queue. You can print them again afterwards."),
        plan=lambda ctx: [Step(N_("Cancel your stuck documents"), action=_cancel)],
        verify=VERIFY,
    ),
    Fix(
        id=diag.FIX_RESTART,
        area="printers",
        title=N_("Restart the printing service"),
        changes=N_("Restarts the service that sends documents to printers. Documents waiting in the queue are kept."),
        plan=_restart_plan,
        needs_admin=True,
        verify=VERIFY,
    ),
    Fix(
        id=diag.FIX_DEFAULT,
        area="printers",
        title=N_("Choose the default printer"),
        changes=N_("Makes your company's main printer (or your only printer) the one documents go to by default."),
        plan=lambda ctx: [Step(N_("Set the default printer"), action=_set_default)],
        verify=VERIFY,
    ),
    Fix(
        id=diag.FIX_ADD,
        area="printers",
        title=N_("Add the company printers"),
        changes=N_("Installs the printers your IT department has declared for this computer."),
        plan=lambda ctx: [Step(N_("Add the printers your IT department declared"), action=_add_required)],
        needs_admin=True,
        verify=VERIFY,
    ),
)
