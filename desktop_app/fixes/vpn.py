"""VPN fixes: connect or reconnect, the company's own reconnect command, flush DNS, and sync the clock.

The connection name comes from the admin policy (``[vpn] connection_name``) or from a service the VPN check
observed on this machine; it is never typed by the user. A connection that is up is taken down and brought up
again (a "connected" WireGuard or NetworkManager tunnel can be dead); one that is down is brought up. The
reconnect command is a fixed argument list from the admin policy only (privileged key). Every fix here is
verified by re-running the VPN checks.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Mapping, Sequence
from typing import Any

from desktop_app.fixes import network as network_fixes
from desktop_app.fixes.elevation import elevated_argv, is_admin
from desktop_app.i18n import N_
from desktop_app.model import Context, Fix, Step
from desktop_app.observations import Observations
from desktop_app.system import System

VERIFY = ("vpn", "company", "tunnel")
_CONNECTABLE = {"windows": ("windows",), "macos": ("macos",), "linux": ("networkmanager", "wireguard")}
WG_CONFIG_DIR = "/etc/wireguard"
MAC_START_WAIT = 30.0  # seconds: `scutil --nc start` returns before the connection is up


def connect_argv(platform: str, name: str, kind: str) -> list[str]:
    """The fixed command that brings ``name`` up; ``kind`` is the observed source of the service."""
    if kind == "wireguard":
        return ["wg-quick", "up", name]
    if platform == "windows":
        return ["rasdial", name]
    if platform == "macos":
        return ["scutil", "--nc", "start", name]
    return ["nmcli", "connection", "up", name]


def disconnect_argv(platform: str, name: str, kind: str) -> list[str]:
    if kind == "wireguard":
        return ["wg-quick", "down", name]
    if platform == "windows":
        return ["rasdial", name, "/disconnect"]
    if platform == "macos":
        return ["scutil", "--nc", "stop", name]
    return ["nmcli", "connection", "down", name]


def _source(service: Mapping[str, Any], platform: str) -> str | None:
    """How a service can be driven here: its own source, or WireGuard for a WireGuard adapter (wg-quick)."""
    source = str(service.get("source") or "")
    if source in _CONNECTABLE.get(platform, ()):
        return source
    if source == "adapter" and service.get("type") == "wireguard" and platform in ("linux", "macos"):
        return "wireguard"
    return None


def choose_service(services: Sequence[Mapping[str, Any]], platform: str, wanted: str,
                   configs: Sequence[str] = ()) -> tuple[str, str, bool] | None:
    """(name, source, up now) of the connection to (re)connect: the policy's; else a scriptable one that is up
    (a connected tunnel that does not answer is reconnected); else one that is down; else a wg-quick config."""
    usable = [(s, _source(s, platform)) for s in services]
    usable = [(s, src) for s, src in usable if src]
    if wanted:
        for service, source in usable:
            if service.get("name") == wanted:
                return wanted, source, service.get("state") == "connected"
        return None
    for state in ("connected", "connecting", "unknown", "disconnected"):
        for service, source in usable:
            if service.get("state") == state:
                return str(service["name"]), source, state in ("connected", "connecting")
    if configs:
        return configs[0], "wireguard", False
    return None


def _wg_configs(system: System) -> list[str]:
    """wg-quick configurations (/etc/wireguard/NAME.conf). The folder is root-only; without rights: none seen."""

    def listing() -> list[str]:
        return sorted(f[:-5] for f in os.listdir(WG_CONFIG_DIR) if f.endswith(".conf") and re.fullmatch(r"[\w=+.-]{1,15}", f[:-5]))

    value = system.observe("file", WG_CONFIG_DIR, listing)
    return [str(v) for v in value.value] if isinstance(value.value, list) else []


def _policy_source(system: System, ctx: Context, name: str, configs: Sequence[str]) -> str:
    """How to drive the policy's connection when no service of that name was observed (e.g. a WireGuard
    configuration that is not up, or a NetworkManager profile that is not active)."""
    if ctx.platform == "windows":
        return "windows"
    if ctx.platform == "macos":
        return "wireguard" if name in configs else "macos"
    if name in configs or (system.which("wg-quick") and not system.which("nmcli")):
        return "wireguard"
    if system.which("nmcli"):
        known = system.run(["nmcli", "-t", "-f", "NAME", "connection", "show"], 10.0, cache=True)
        if known.ok and name in [line.replace("\\:", ":") for line in known.stdout.splitlines()]:
            return "networkmanager"
    return "wireguard" if system.which("wg-quick") else "networkmanager"


def _observed_services(system: System, ctx: Context) -> list[dict[str, Any]]:
    from desktop_app.diagnostics.vpn import common

    with system.bound_to("vpn.connect"):
        common.collect_services(system, ctx)
    return common.services_from(Observations(system.observations_for("vpn.connect")))


def _failure(result: Any) -> str | None:
    if result.error or result.returncode != 0:
        return result.error or (result.stderr or result.stdout).strip()[:300] or f"exit code {result.returncode}"
    return None


def _wait_mac_connected(system: System, name: str) -> str | None:
    """`scutil --nc start` only starts the connection: wait (bounded) until it reports Connected."""
    from desktop_app.parsers.vpn import parse_scutil_nc_status

    deadline = time.monotonic() + MAC_START_WAIT
    state = "unknown"
    while time.monotonic() < deadline:
        status = system.run(["scutil", "--nc", "status", name], 8.0)
        found = parse_scutil_nc_status(status.stdout, name)
        state = found[0]["state"] if found else "unknown"
        if state in ("connected", "disconnected"):
            break
        time.sleep(1.0)
    return None if state == "connected" else f"the connection is {state} after {MAC_START_WAIT:g} s"


def _connect(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    wanted = str(ctx.policy.get("vpn", "connection_name") or "")
    services = _observed_services(system, ctx)
    configs = _wg_configs(system) if ctx.platform in ("linux", "macos") else []
    chosen = choose_service(services, ctx.platform, wanted, configs)
    if chosen is None and wanted:
        chosen = (wanted, _policy_source(system, ctx, wanted, configs), False)
    if chosen is None:
        return {"error": "no VPN connection to bring up was found on this computer"}
    name, kind, up_now = chosen
    plan = ([disconnect_argv(ctx.platform, name, kind)] if up_now else []) + [connect_argv(ctx.platform, name, kind)]
    if kind == "wireguard" and not is_admin(ctx.platform):
        plan = [elevated_argv(argv, ctx.platform) for argv in plan]
    details: dict[str, Any] = {"connection": name, "reconnect": up_now}
    if dry_run:
        return details | {"would_run": plan}
    ran = []
    for index, argv in enumerate(plan):
        result = system.run(argv, 60.0)
        ran.append({"argv": argv, "returncode": result.returncode})
        last = index == len(plan) - 1
        if last and _failure(result):  # a failed "down" is not fatal: the "up" that follows decides
            return details | {"ran": ran, "error": _failure(result)}
    if ctx.platform == "macos" and kind == "macos":
        waited = _wait_mac_connected(system, name)
        if waited:
            return details | {"ran": ran, "error": waited}
    return details | {"ran": ran}


def _connect_plan(ctx: Context) -> list[Step]:
    return [Step(N_("Connect the VPN, or reconnect it if it is up but not answering"), action=_connect, timeout=150)]


def _reconnect_plan(ctx: Context) -> list[Step]:
    argv = tuple(str(a) for a in ctx.policy.get("vpn", "reconnect_command"))
    if not argv:
        return [Step(N_("Run the company's reconnect command"), action=lambda s, c, d: {"error": "no reconnect command in the company policy"})]
    return [Step(N_("Run the company's reconnect command"), argv=argv, timeout=120)]


def _flush_plan(ctx: Context) -> list[Step]:
    """The network area's DNS flush, verified by the VPN checks (company names through the VPN's DNS)."""
    return list(network_fixes._flush_plan(ctx))


# -- clock ----------------------------------------------------------------------------------------------------
def _mac_time_server(system: System) -> tuple[str, str]:
    """The configured network time server (/etc/ntp.conf "server X"), else Apple's default, and where it came from."""
    conf = system.read_file("/etc/ntp.conf")
    if isinstance(conf.value, str):
        match = re.search(r"^\s*server\s+([A-Za-z0-9.:-]+)", conf.value, re.MULTILINE)
        if match:
            return match.group(1), "/etc/ntp.conf"
    setting = system.run(["systemsetup", "-getnetworktimeserver"], 10.0)
    match = re.search(r":\s*([A-Za-z0-9.:-]+)\s*$", setting.stdout.strip()) if setting.ok else None
    if match:
        return match.group(1), "systemsetup"
    return "time.apple.com", "default"


def _clock_commands(system: System, ctx: Context) -> tuple[list[list[str]], dict[str, Any]]:
    if ctx.platform == "windows":
        return [["w32tm", "/resync"]], {}
    if ctx.platform == "macos":
        server, origin = _mac_time_server(system)
        return [["sntp", "-sS", server]], {"time_server": server, "time_server_from": origin}
    if system.which("chronyc"):
        return [["chronyc", "makestep"]], {"note": "chrony steps the clock at once"}
    if system.which("systemctl"):
        # set-ntp alone does not step a clock that is minutes off: restarting timesyncd makes it sync now.
        return ([["timedatectl", "set-ntp", "true"], ["systemctl", "restart", "systemd-timesyncd"]],
                {"note": "systemd-timesyncd sets the clock once it reaches its time server, usually within seconds"})
    return [], {"error": "no time service found (chrony or systemd-timesyncd): set the clock in the system settings"}


def _clock_sync(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    commands, details = _clock_commands(system, ctx)
    if not commands:
        return details
    wrapped = [argv if is_admin(ctx.platform) else elevated_argv(argv, ctx.platform) for argv in commands]
    if dry_run:
        return details | {"would_run": wrapped}
    for argv in wrapped:
        result = system.run(argv, 60.0)
        if _failure(result):
            return details | {"ran": argv, "error": _failure(result)}
    return details | {"ran": wrapped}


def _clock_plan(ctx: Context) -> list[Step]:
    return [Step(N_("Set the clock from the time server"), action=_clock_sync, admin=True, timeout=90)]


FIXES: tuple[Fix, ...] = (
    # needs_admin: wg-quick (WireGuard) runs as administrator; nmcli, rasdial and scutil do not ask.
    Fix(id="vpn.connect", area="vpn", title=N_("Connect or reconnect the VPN"),
        changes=N_("Starts the company VPN connection set up on this computer, or restarts it if it is up but the company does not answer."),
        plan=_connect_plan, needs_admin=True, verify=VERIFY),
    Fix(id="vpn.reconnect_command", area="vpn", title=N_("Reconnect with the company VPN client"),
        changes=N_("Runs the reconnect command your IT department declared for its VPN client."),
        plan=_reconnect_plan, verify=VERIFY),
    # needs_admin: macOS flushes as administrator (mDNSResponder), systemd-resolved asks polkit
    Fix(id="vpn.flush_dns", area="vpn", title=N_("Clear the DNS cache"),
        changes=N_("Forgets remembered website addresses so company names are looked up again through the VPN."),
        plan=_flush_plan, needs_admin=True, verify=VERIFY),
    Fix(id="vpn.clock_sync", area="vpn", title=N_("Set the clock right"),
        changes=N_("Asks the time server for the right time and sets the computer's clock."),
        plan=_clock_plan, needs_admin=True, verify=("clock",)),
)
