"""Printers fixes: resume a paused queue, cancel stuck jobs, restart the print service, set the default printer,
add a printer the admin policy declares.

Printer names and job ids are never typed by the user: each action first re-observes the printers through the
seam (the same collect as the ``printers`` check) and acts only on what that recording shows, or on the admin
policy. Names go to commands as separate argv items (CUPS) or through an environment variable read by a fixed
PowerShell script (Windows; the elevation wrapper carries that environment into the elevated process), so no
name can be reinterpreted as code. Every fix is verified by re-running the
``printers`` check.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from desktop_app.diagnostics import printers as diag
from desktop_app.fixes.elevation import elevated_argv, is_admin
from desktop_app.i18n import N_, tr
from desktop_app.model import Context, Fix, Step
from desktop_app.observations import Observations
from desktop_app.parsers.printers import DEFAULT_PORTS
from desktop_app.system import System

PS = diag.PS
NAME_VAR = "SELFDESK_PRINTER"
JOB_VAR = "SELFDESK_JOB"
# Every script fails loudly: a CIM method reports "access denied" in ReturnValue with exit code 0, and an empty
# Where-Object match does nothing at all; both must exit non-zero with a message.
_FIND = ("$ErrorActionPreference = 'Stop'; "
         f"$p = @(Get-CimInstance -ClassName Win32_Printer | Where-Object {{ $_.Name -eq $env:{NAME_VAR} }}); "
         f"if ($p.Count -eq 0) {{ [Console]::Error.WriteLine('No printer is named ' + $env:{NAME_VAR}); exit 3 }}; ")
_CALL = ("$r = $p[0] | Invoke-CimMethod -MethodName {method}; "
         "if ($null -eq $r -or $r.ReturnValue -ne 0) {{ [Console]::Error.WriteLine('{method} failed: error ' + $r.ReturnValue); exit 4 }}")
WIN_RESUME = _FIND + _CALL.format(method="Resume")
WIN_SET_DEFAULT = _FIND + _CALL.format(method="SetDefaultPrinter")
WIN_REMOVE_JOB = f"Remove-PrintJob -PrinterName $env:{NAME_VAR} -ID ([uint32]$env:{JOB_VAR})"
WIN_EXIT_CODES = {3: "the printer was not found", 4: "Windows refused the change (access denied, or the printer reported an error)"}
# Adding a printer the policy declares, by its address's scheme (values in SELFDESK_* environment variables):
# IPP/HTTP addresses through Windows' IPP class driver (Add-Printer -IppURL), raw 9100 and LPD through a TCP/IP
# printer port and the declared driver.
WIN_ADD_IPP = f"$ErrorActionPreference = 'Stop'; Add-Printer -Name $env:{NAME_VAR} -IppURL $env:SELFDESK_URL"
_WIN_ADD_PORT = ("$ErrorActionPreference = 'Stop'; "
                 "if (-not (Get-PrinterPort -Name $env:SELFDESK_PORT -ErrorAction SilentlyContinue)) {{ {add} }}; "
                 f"Add-Printer -Name $env:{NAME_VAR} -DriverName $env:SELFDESK_DRIVER -PortName $env:SELFDESK_PORT")
WIN_ADD_RAW = _WIN_ADD_PORT.format(add="Add-PrinterPort -Name $env:SELFDESK_PORT -PrinterHostAddress $env:SELFDESK_HOST "
                                       "-PortNumber ([uint32]$env:SELFDESK_PORTNUMBER)")
WIN_ADD_LPR = _WIN_ADD_PORT.format(add="Add-PrinterPort -Name $env:SELFDESK_PORT -LprHostAddress $env:SELFDESK_HOST "
                                       "-LprQueueName $env:SELFDESK_QUEUE")


def win_add_plan(name: str, uri: str, driver: str) -> tuple[str, dict[str, str]] | None:
    """(script, environment) adding ``name`` at ``uri``; None for an address Windows cannot add this way."""
    try:
        parts = urlsplit(uri.strip())
        scheme, host, port = parts.scheme.lower(), parts.hostname or "", parts.port
    except ValueError:
        return None
    if scheme in ("ipp", "ipps", "http", "https") and host:
        return WIN_ADD_IPP, {NAME_VAR: name, "SELFDESK_URL": uri.strip()}
    if not driver or not host:
        return None
    if scheme == "socket":
        number = port or DEFAULT_PORTS["socket"]
        port_name = f"IP_{host}" + ("" if number == 9100 else f"_{number}")
        return WIN_ADD_RAW, {NAME_VAR: name, "SELFDESK_PORT": port_name, "SELFDESK_HOST": host,
                             "SELFDESK_PORTNUMBER": str(number), "SELFDESK_DRIVER": driver}
    if scheme == "lpd":
        queue = parts.path.strip("/") or "lp"
        return WIN_ADD_LPR, {NAME_VAR: name, "SELFDESK_PORT": f"LPR_{host}_{queue}", "SELFDESK_HOST": host,
                             "SELFDESK_QUEUE": queue, "SELFDESK_DRIVER": driver}
    return None


def _observe(system: System, ctx: Context) -> dict[str, Any]:
    """Re-observe the printers now (recorded through the seam) and normalise them."""
    before = len(system.observations)
    diag.collect(system, ctx)
    state = diag.gather(Observations(system.observations[before:]))
    return state or {"printers": [], "jobs": [], "missing": True}


def _run(system: System, ctx: Context, argv: Sequence[str], *, admin: bool = False,
         env: Mapping[str, str] | None = None) -> dict[str, Any]:
    command = list(argv)
    full_env = dict(env or {}) | (diag.CUPS_ENV if ctx.platform != "windows" else {})
    if admin and not is_admin(ctx.platform):
        command = elevated_argv(command, ctx.platform, env=full_env)  # elevation drops the environment
    result = system.run(command, 60, env=full_env)
    ok = result.error is None and result.returncode == 0
    known = WIN_EXIT_CODES.get(result.returncode or 0) if ctx.platform == "windows" else None
    return {"argv": command, "ok": ok,
            "error": None if ok else (result.error or (result.stderr or result.stdout).strip()[:300] or known
                                      or f"exit code {result.returncode}")}


def _outcome(label: str, targets: list[str], runs: list[dict[str, Any]], dry_run: bool,
             planned: list[list[str]], lines: Sequence[str] = ()) -> dict[str, Any]:
    """Step details: the targets (data), ``lines`` saying in the user's words what is (or would be) done to
    which printer or document (the preview the CLI and the fix dialog show), and the commands."""
    details: dict[str, Any] = {label: targets, "lines": list(lines)}
    if dry_run:
        details["would_run"] = planned
        return details
    failed = [r for r in runs if not r["ok"]]
    if failed:
        details["error"] = failed[0]["error"]
    return details


# --- resume ---------------------------------------------------------------------------------------------------


def _resume(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    state = _observe(system, ctx)
    windows = state.get("backend") == "windows"
    targets = [p["name"] for p in state.get("printers") or [] if diag.paused(p, windows) or p.get("accepting") is False]
    if not targets:
        return {"printers": [], "note": tr("No printer is paused.")}
    planned: list[tuple[list[str], dict[str, str]]] = []
    for name in targets:
        if ctx.platform == "windows":
            planned.append(([*PS, WIN_RESUME], {NAME_VAR: name}))
        else:
            planned.append((["cupsenable", name], {}))
            planned.append((["cupsaccept", name], {}))
    runs = [] if dry_run else [_run(system, ctx, argv, admin=True, env=env) for argv, env in planned]
    lines = [tr("Resume {printer} and let it accept documents again", printer=name) for name in targets]
    return _outcome("printers", targets, runs, dry_run, [a for a, _ in planned], lines)


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
        return {"jobs": [], "note": tr("None of your documents is stuck.")}
    planned: list[tuple[list[str], dict[str, str]]] = []
    if ctx.platform == "windows":
        planned = [([*PS, WIN_REMOVE_JOB], {NAME_VAR: str(j["printer"]), JOB_VAR: str(j["id"])}) for j in jobs]
    else:
        planned = [(["cancel", *ids], {})]
    runs = [] if dry_run else [_run(system, ctx, argv, env=env) for argv, env in planned]
    lines = [tr("Cancel document {job} on {printer}", job=j["id"], printer=j["printer"]) for j in jobs]
    return _outcome("jobs", ids, runs, dry_run, [a for a, _ in planned], lines)


# --- restart the service --------------------------------------------------------------------------------------


def _systemd_running() -> bool:
    return os.path.isdir("/run/systemd/system")  # sd_booted(): systemd is the init system actually running


def _restart_linux(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    """systemd's systemctl where systemd runs; else the SysV `service` wrapper; else say why it cannot."""
    booted = system.observe("file", "/run/systemd/system", _systemd_running).value
    if booted is True and system.which("systemctl"):
        argv = ["systemctl", "restart", "cups"]
    elif system.which("service"):
        argv = ["service", "cups", "restart"]
    else:
        return {"error": tr("No service manager was found (systemctl or service): restart the printing service (CUPS) by hand.")}
    runs = [] if dry_run else [_run(system, ctx, argv, admin=True)]
    return _outcome("service", ["cups"], runs, dry_run, [argv])


def _restart_plan(ctx: Context) -> list[Step]:
    if ctx.platform == "windows":
        return [Step(N_("Restart the Windows print spooler"), (*PS, "Restart-Service -Name Spooler -Force"), admin=True)]
    if ctx.platform == "macos":
        return [Step(N_("Restart the printing service (CUPS)"), ("launchctl", "kickstart", "-k", "system/org.cups.cupsd"),
                     admin=True)]
    return [Step(N_("Restart the printing service (CUPS)"), action=_restart_linux, admin=True)]


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
    current = state.get("default")
    if current and current in {p["name"] for p in state.get("printers") or []} and name in (None, current):
        return {"printer": [current], "note": tr("{printer} is already your default printer.", printer=current)}
    if name is None:
        return {"error": tr("There is more than one printer and none is the company's main one: choose your default "
                            "printer in your printer settings.")}
    if ctx.platform == "windows":
        planned = [([*PS, WIN_SET_DEFAULT], {NAME_VAR: name})]
    else:
        planned = [(["lpoptions", "-d", name], {})]
    runs = [] if dry_run else [_run(system, ctx, argv, env=env) for argv, env in planned]
    lines = [tr("Make {printer} the default printer", printer=name)]
    return _outcome("printer", [name], runs, dry_run, [a for a, _ in planned], lines)


# --- add required printers ------------------------------------------------------------------------------------


def _add_required(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    state = _observe(system, ctx)
    have = {p["name"] for p in state.get("printers") or []}
    todo = [r for r in diag.required_printers(ctx) if r["name"] not in have and r.get("uri")]
    if not todo:
        return {"printers": [], "note": tr("Every printer your organisation provides is already installed.")}
    planned: list[tuple[list[str], dict[str, str]]] = []
    for item in todo:
        name, uri, driver = str(item["name"]), str(item["uri"]), str(item.get("driver") or "")
        if ctx.platform == "windows":
            found = win_add_plan(name, uri, driver)
            if found is None:
                return {"error": tr("The address your IT department gave for {printer} cannot be added on Windows (an ipp, "
                                    "ipps, http, https, socket or lpd address is needed, and a driver for socket and lpd).",
                                    printer=name)}
            planned.append(([*PS, found[0]], found[1]))
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
    lines = [tr("Add the printer {printer} ({address})", printer=t["name"], address=t["uri"]) for t in todo]
    return _outcome("printers", [str(t["name"]) for t in todo], runs, dry_run, [a for a, _ in planned], lines)


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
