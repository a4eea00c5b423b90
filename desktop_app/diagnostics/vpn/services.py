"""Which VPN is set up, and is it connected? (the only result whose id starts with "vpn").

"Unknown" is never read as "not connected": a GlobalProtect or FortiClient client seen only by its process, or
an adapter whose state the recording does not give, is reported as of unknown state, with what was seen.
"""

from __future__ import annotations

from typing import Any

from desktop_app.diagnostics.vpn import common
from desktop_app.i18n import tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import Observations
from desktop_app.system import System


def collect(system: System, ctx: Context) -> None:
    common.collect_services(system, ctx)


def _asked(obs: Observations) -> bool:
    return any(item is not None for item in (
        obs.command("powershell", contains="Get-VpnConnection"),
        obs.command("powershell", contains="Get-NetAdapter"),
        obs.command("scutil", "--nc"),
        obs.command("nmcli", contains="--active"),
        obs.value("psutil", "vpn_adapters"),
    )) or bool(common.wg_commands(obs))


def connection_state(services: list[dict[str, Any]]) -> bool | None:
    """True when a VPN is connected, False when every one is seen disconnected, None when it cannot be told."""
    states = {s["state"] for s in services}
    if "connected" in states:
        return True
    if "unknown" in states or not services:
        return None if services else False
    return False


def analyze(obs: Observations, ctx: Context) -> Result | None:
    if not _asked(obs):
        return None
    services = common.services_from(obs)
    expected = common.policy_expects_vpn(ctx)
    wanted = str(ctx.policy.get("vpn", "connection_name") or "")
    facts: dict[str, Any] = {"services": services, "policy_connection": wanted or None,
                             "connected": connection_state(services)}
    connected = [s for s in services if s["state"] == "connected"]
    connecting = [s for s in services if s["state"] == "connecting"]
    unknown = [s for s in services if s["state"] == "unknown"]
    connect_fixes = ("vpn.connect", "vpn.reconnect_command") if ctx.policy.get("vpn", "reconnect_command") else ("vpn.connect",)
    if not services:
        if not expected:
            return Result("vpn", Status.SKIPPED, "", tr("No VPN is set up on this computer, and none is expected."), facts)
        return Result("vpn", Status.FAILED, "", tr("No VPN is set up on this computer."), facts,
                      advice=tr("Your company expects a VPN. Ask IT to install it."), help="vpn-not-connected")
    if wanted:
        mine = [s for s in services if s["name"] == wanted]
        # The policy's connection is down, or absent while nothing else is up (e.g. a wg-quick config whose
        # interface does not exist): that is observed, not guessed.
        if (mine and mine[0]["state"] == "disconnected") or (not mine and not connected and not connecting):
            facts["connected"] = False
            return Result("vpn", Status.FAILED, "", tr("The company VPN \"{name}\" is not connected.", name=wanted), facts,
                          fixes=connect_fixes, advice=tr("Connect the VPN, then try again."), help="vpn-not-connected")
    if connected:
        names = ", ".join(s["name"] for s in connected)
        return Result("vpn", Status.OK, "", tr("Connected: {names}.", names=names), facts)
    if connecting:
        return Result("vpn", Status.WARNING, "", tr("The VPN is still connecting."), facts,
                      advice=tr("Wait a minute; if it does not connect, reconnect it."), fixes=connect_fixes,
                      help="vpn-not-connected")
    if unknown:
        names = ", ".join(dict.fromkeys(s["name"] for s in unknown))
        summary = tr("The VPN client {names} is installed, but whether it is connected could not be read.", names=names)
        status = Status.WARNING if expected else Status.OK
        return Result("vpn", status, "", summary, facts,
                      advice=tr("The company checks below tell whether the company network answers."))
    if not expected:
        return Result("vpn", Status.OK, "", tr("A VPN is set up but not connected. Connect it when you need company services."), facts)
    return Result("vpn", Status.FAILED, "", tr("The VPN is not connected."), facts, fixes=connect_fixes,
                  advice=tr("Connect the VPN, then try again."), help="vpn-not-connected")
