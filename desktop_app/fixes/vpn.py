"""VPN fixes: connect/reconnect, the company's own reconnect command, and sync the clock.

The connection name comes from the admin policy (``[vpn] connection_name``) or from a service the VPN check
observed on this machine; it is never typed by the user. The reconnect command is a fixed argument list from the
admin policy only (privileged key). Verified by re-running the VPN checks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop_app.fixes.elevation import elevated_argv, is_admin
from desktop_app.i18n import N_
from desktop_app.model import Context, Fix, Step
from desktop_app.system import System

VERIFY = ("vpn", "company", "tunnel")
_CONNECTABLE = {"windows": ("windows",), "macos": ("macos",), "linux": ("networkmanager", "wireguard")}


def connect_argv(platform: str, name: str, kind: str) -> list[str]:
    """The fixed command that brings ``name`` up; ``kind`` is the observed source of the service."""
    if kind == "wireguard":
        return ["wg-quick", "up", name]
    if platform == "windows":
        return ["rasdial", name]
    if platform == "macos":
        return ["scutil", "--nc", "start", name]
    return ["nmcli", "connection", "up", name]


def choose_service(services: Sequence[Mapping[str, Any]], platform: str, wanted: str) -> tuple[str, str] | None:
    """(name, source) of the connection to bring up: the policy's, else the first scriptable one not connected."""
    usable = [s for s in services if s.get("source") in _CONNECTABLE.get(platform, ())]
    if wanted:
        for service in usable:
            if service.get("name") == wanted:
                return wanted, str(service.get("source"))
        # Not observed (e.g. NetworkManager lists only active ones): the platform's own connection manager.
        return wanted, {"windows": "windows", "macos": "macos"}.get(platform, "networkmanager")
    for service in usable:
        if service.get("state") != "connected":
            return str(service["name"]), str(service.get("source"))
    return None


def _observed_services(system: System, ctx: Context) -> list[dict[str, Any]]:
    from desktop_app.diagnostics.vpn import common
    from desktop_app.observations import Observations

    with system.bound_to("vpn.connect"):
        common.collect_services(system, ctx)
    return common.services_from(Observations(system.observations_for("vpn.connect")))


def _connect(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    wanted = str(ctx.policy.get("vpn", "connection_name") or "")
    services = _observed_services(system, ctx)
    chosen = choose_service(services, ctx.platform, wanted)
    if chosen is None:
        return {"error": "no VPN connection to bring up was found on this computer"}
    name, kind = chosen
    argv = connect_argv(ctx.platform, name, kind)
    if kind == "wireguard" and not is_admin(ctx.platform):
        argv = elevated_argv(argv, ctx.platform)
    if dry_run:
        return {"would_run": argv}
    result = system.run(argv, 60.0)
    details: dict[str, Any] = {"ran": argv, "returncode": result.returncode}
    if result.error or result.returncode != 0:
        details["error"] = result.error or (result.stderr or result.stdout).strip()[:300] or f"exit code {result.returncode}"
    return details


def _connect_plan(ctx: Context) -> list[Step]:
    return [Step(N_("Connect the VPN"), action=_connect, timeout=90)]


def _reconnect_plan(ctx: Context) -> list[Step]:
    argv = tuple(str(a) for a in ctx.policy.get("vpn", "reconnect_command"))
    if not argv:
        return [Step(N_("Run the company's reconnect command"), action=lambda s, c, d: {"error": "no reconnect command in the company policy"})]
    return [Step(N_("Run the company's reconnect command"), argv=argv, timeout=120)]


def _clock_sync(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    if ctx.platform == "windows":
        commands = [["w32tm", "/resync"]]
    elif ctx.platform == "macos":
        commands = [["sntp", "-sS", "time.apple.com"]]
    elif system.which("chronyc"):
        commands = [["chronyc", "makestep"]]
    else:
        commands = [["timedatectl", "set-ntp", "true"]]
    wrapped = [argv if is_admin(ctx.platform) else elevated_argv(argv, ctx.platform) for argv in commands]
    if dry_run:
        return {"would_run": wrapped}
    for argv in wrapped:
        result = system.run(argv, 60.0)
        if result.error or result.returncode != 0:
            return {"ran": argv, "error": result.error or (result.stderr or result.stdout).strip()[:300] or f"exit code {result.returncode}"}
    return {"ran": wrapped}


def _clock_plan(ctx: Context) -> list[Step]:
    return [Step(N_("Set the clock from the time server"), action=_clock_sync, admin=True, timeout=90)]


FIXES: tuple[Fix, ...] = (
    Fix(id="vpn.connect", area="vpn", title=N_("Connect the VPN"),
        changes=N_("Starts the company VPN connection set up on this computer."),
        plan=_connect_plan, verify=VERIFY),
    Fix(id="vpn.reconnect_command", area="vpn", title=N_("Reconnect with the company VPN client"),
        changes=N_("Runs the reconnect command your IT department declared for its VPN client."),
        plan=_reconnect_plan, verify=VERIFY),
    Fix(id="vpn.clock_sync", area="vpn", title=N_("Set the clock right"),
        changes=N_("Asks the time server for the right time and sets the computer's clock."),
        plan=_clock_plan, needs_admin=True, verify=("clock",)),
)
