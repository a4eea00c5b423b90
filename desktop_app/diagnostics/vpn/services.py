"""Which VPN is set up, and is it connected? (the only result whose id starts with "vpn")."""

from __future__ import annotations

from desktop_app.diagnostics.vpn import common
from desktop_app.i18n import tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import Observations
from desktop_app.system import System


def collect(system: System, ctx: Context) -> None:
    common.collect_services(system, ctx)


def analyze(obs: Observations, ctx: Context) -> Result | None:
    asked = (
        obs.command("powershell", contains="Get-VpnConnection"),
        obs.command("scutil", "--nc", "list"),
        obs.command("nmcli", contains="--active"),
        obs.command("wg", "show", "all", "dump"),
        obs.value("psutil", "vpn_adapters"),
    )
    if all(item is None for item in asked):
        return None
    services = common.services_from(obs)
    expected = common.policy_expects_vpn(ctx)
    wanted = str(ctx.policy.get("vpn", "connection_name") or "")
    facts = {"services": services, "policy_connection": wanted or None}
    connected = [s for s in services if s["state"] == "connected"]
    connecting = [s for s in services if s["state"] == "connecting"]
    connect_fixes = ("vpn.connect", "vpn.reconnect_command") if ctx.policy.get("vpn", "reconnect_command") else ("vpn.connect",)
    if not services:
        if not expected:
            return Result("vpn", Status.SKIPPED, "", tr("No VPN is set up on this computer, and none is expected."), facts)
        return Result("vpn", Status.FAILED, "", tr("No VPN is set up on this computer."), facts,
                      advice=tr("Your company expects a VPN. Ask IT to install it."), help="vpn-not-connected")
    if wanted:
        mine = [s for s in services if s["name"] == wanted]
        if mine and mine[0]["state"] != "connected":
            return Result("vpn", Status.FAILED, "", tr("The company VPN \"{name}\" is not connected.", name=wanted), facts,
                          fixes=connect_fixes, advice=tr("Connect the VPN, then try again."), help="vpn-not-connected")
    if connected:
        names = ", ".join(s["name"] for s in connected)
        return Result("vpn", Status.OK, "", tr("Connected: {names}.", names=names), facts)
    if connecting:
        return Result("vpn", Status.WARNING, "", tr("The VPN is still connecting."), facts,
                      advice=tr("Wait a minute; if it does not connect, reconnect it."), fixes=connect_fixes,
                      help="vpn-not-connected")
    if not expected:
        return Result("vpn", Status.OK, "", tr("A VPN is set up but not connected. Connect it when you need company services."), facts)
    return Result("vpn", Status.FAILED, "", tr("The VPN is not connected."), facts, fixes=connect_fixes,
                  advice=tr("Connect the VPN, then try again."), help="vpn-not-connected")
