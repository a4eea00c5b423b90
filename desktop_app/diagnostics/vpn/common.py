"""What every VPN check shares: finding the VPN services and tunnel interfaces, route lookups, DF pings.

Each VPN check re-collects the service list (read-only commands are cached by the seam within a sweep), because
an analyzer only sees the observations its own check recorded, and it must know which interface is the tunnel.
Everything here is either a collector (asks the seam) or a pure function of observations.
"""

from __future__ import annotations

import ipaddress
import json
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from desktop_app.model import Context
from desktop_app.observations import CommandObs, Observations
from desktop_app.system import System

PS_VPN = "Get-VpnConnection | ConvertTo-Json"
PS_ARGV = ("powershell", "-NoProfile", "-NonInteractive", "-Command", PS_VPN)
NMCLI_ARGV = ("nmcli", "-t", "-f", "NAME,TYPE,DEVICE,STATE", "connection", "show", "--active")
SCUTIL_ARGV = ("scutil", "--nc", "list")
WG_ARGV = ("wg", "show", "all", "dump")
VPNCLI_PATHS = {
    "windows": (
        r"C:\Program Files (x86)\Cisco\Cisco Secure Client\vpncli.exe",
        r"C:\Program Files (x86)\Cisco\Cisco AnyConnect Secure Mobility Client\vpncli.exe",
    ),
    "macos": ("/opt/cisco/secureclient/bin/vpncli", "/opt/cisco/anyconnect/bin/vpncli"),
    "linux": ("/opt/cisco/secureclient/bin/vpncli", "/opt/cisco/anyconnect/bin/vpncli"),
}
CMD_TIMEOUT = 8.0

# Adapter name prefixes that are VPN tunnels whatever client made them (psutil gives names only).
_ADAPTER_TYPES: tuple[tuple[str, str], ...] = (
    ("wg", "wireguard"),
    ("tun", "openvpn"),
    ("tap", "openvpn"),
    ("cscotun", "anyconnect"),
    ("gpd", "globalprotect"),
    ("pangp", "globalprotect"),
    ("fctvpn", "forticlient"),
    ("forti", "forticlient"),
    ("tailscale", "tailscale"),
    ("openvpn", "openvpn"),
    ("wireguard", "wireguard"),
)
# Client processes (lower-case, without .exe): product when no CLI reports a state.
_PROCESS_TYPES = {
    "vpnagent": "anyconnect",
    "vpnui": "anyconnect",
    "csc_ui": "anyconnect",
    "pangps": "globalprotect",
    "pangpa": "globalprotect",
    "globalprotect": "globalprotect",
    "forticlient": "forticlient",
    "fortitray": "forticlient",
    "openfortivpn": "forticlient",
    "openvpn": "openvpn",
    "openvpn-gui": "openvpn",
    "openvpnserv": "openvpn",
    "wireguard": "wireguard",
    "wireguard-go": "wireguard",
    "tailscaled": "tailscale",
}


# -- collection ----------------------------------------------------------------------------------------------
def _adapters() -> dict[str, dict[str, Any]]:
    import psutil

    out = {}
    for name, stats in psutil.net_if_stats().items():
        if vpn_adapter_type(name):
            out[name] = {"isup": bool(stats.isup), "mtu": int(stats.mtu)}
    return out


def _if_names() -> list[str]:
    import psutil

    return sorted(psutil.net_if_stats())


def _processes() -> list[str]:
    """Only the names of known VPN clients are kept: the rest of the process list is none of our business."""
    import psutil

    found = set()
    for proc in psutil.process_iter(["name"]):
        name = _process_key(proc.info.get("name") or "")
        if name in _PROCESS_TYPES:
            found.add(name)
    return sorted(found)


def _process_key(name: str) -> str:
    name = name.lower()
    return name[:-4] if name.endswith(".exe") else name


def vpn_adapter_type(name: str) -> str | None:
    lowered = name.lower().replace(" ", "")
    for prefix, kind in _ADAPTER_TYPES:
        if lowered.startswith(prefix):
            return kind
    return None


def collect_services(system: System, ctx: Context) -> None:
    """Ask every VPN source this platform has; absent tools are simply not asked."""
    platform = system.platform
    if platform == "windows":
        system.run(list(PS_ARGV), CMD_TIMEOUT, cache=True)
    if platform == "macos":  # scutil ships with every macOS
        system.run(list(SCUTIL_ARGV), CMD_TIMEOUT, cache=True)
    if platform == "linux" and system.which("nmcli"):
        system.run(list(NMCLI_ARGV), CMD_TIMEOUT, cache=True)
    if system.which("wg"):
        system.run(list(WG_ARGV), CMD_TIMEOUT, cache=True)
    for path in VPNCLI_PATHS.get(platform, ()):
        if system.which(path):
            system.run([path, "state"], CMD_TIMEOUT, cache=True)
            break
    system.psutil("vpn_adapters", _adapters)
    system.psutil("net_if_names", _if_names)
    system.psutil("vpn_processes", _processes)


# -- analysis ------------------------------------------------------------------------------------------------
def _parsers() -> Any:
    from desktop_app.parsers import vpn as vpn_parsers

    return vpn_parsers


def _clean(service: Mapping[str, Any]) -> dict[str, Any]:
    state = service.get("state")
    out: dict[str, Any] = {
        "name": str(service.get("name") or ""),
        "type": str(service.get("type") or "unknown"),
        "state": state if state in ("connected", "disconnected", "connecting", "unknown") else "unknown",
    }
    for key in ("interface", "server", "source"):
        if service.get(key):
            out[key] = service[key]
    return out


def parse_vpncli_state(text: str) -> str:
    """Cisco ``vpncli state``: '>> state: Connected' lines; the last one wins."""
    state = "unknown"
    for match in re.finditer(r"state:\s*(\w+)", text or "", re.IGNORECASE):
        word = match.group(1).lower()
        state = {"connected": "connected", "disconnected": "disconnected", "connecting": "connecting",
                 "reconnecting": "connecting"}.get(word, "unknown")
    return state


def services_from(obs: Observations) -> list[dict[str, Any]]:
    """Every VPN service the observations show, whichever OS recorded them (dispatch on the commands)."""
    parsers = _parsers()
    found: list[dict[str, Any]] = []
    sources: list[tuple[CommandObs | None, Any, str]] = [
        (obs.command("powershell", contains="Get-VpnConnection"), parsers.parse_get_vpnconnection, "windows"),
        (obs.command("scutil", "--nc", "list"), parsers.parse_scutil_nc_list, "macos"),
        (obs.command("nmcli", contains="--active"), parsers.parse_nmcli_active, "networkmanager"),
        (obs.command("wg", "show", "all", "dump"), parsers.parse_wg_show_dump, "wireguard"),
    ]
    for command, parse, source in sources:
        if command is None or not command.ok or not command.stdout.strip():
            continue
        for item in _as_list(parse(command.stdout)):
            if isinstance(item, Mapping) and item.get("name") and (source != "wireguard" or local_interface(obs, item)):
                found.append(_clean(item) | {"source": source})
    vpncli = obs.command("vpncli", "state")
    if vpncli is not None and vpncli.ok:
        found.append({"name": "Cisco Secure Client", "type": "anyconnect", "state": parse_vpncli_state(vpncli.stdout),
                      "source": "vpncli"})
    known_ifaces = {s.get("interface") or s["name"] for s in found}
    adapters = adapters_from(obs)
    for name, info in sorted(adapters.items()):
        if name in known_ifaces:
            continue
        found.append({"name": name, "type": vpn_adapter_type(name) or "unknown", "interface": name,
                      "state": "connected" if info.get("isup") else "disconnected", "source": "adapter"})
    types = {s["type"] for s in found}
    for proc in processes_from(obs):
        kind = _PROCESS_TYPES.get(proc, "unknown")
        if kind not in types:
            types.add(kind)
            found.append({"name": proc, "type": kind, "state": "unknown", "source": "process"})
    return found


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, Mapping):
        return list(value.get("services") or value.get("interfaces") or [])
    return []


def interface_names(obs: Observations) -> set[str] | None:
    value = obs.value("psutil", "net_if_names")
    return {str(v) for v in value.value} if value is not None and isinstance(value.value, list) else None


def local_interface(obs: Observations, item: Mapping[str, Any]) -> bool:
    """``wg show all`` also lists userspace tunnels of other network namespaces (their sockets are shared
    files): only interfaces this machine actually has are judged."""
    present = interface_names(obs)
    name = str(item.get("interface") or item.get("name") or "")
    return present is None or name in present


def adapters_from(obs: Observations) -> dict[str, dict[str, Any]]:
    value = obs.value("psutil", "vpn_adapters")
    return dict(value.value) if value is not None and isinstance(value.value, dict) else {}


def processes_from(obs: Observations) -> list[str]:
    value = obs.value("psutil", "vpn_processes")
    return [str(v) for v in value.value] if value is not None and isinstance(value.value, list) else []


def tunnel_interfaces(obs: Observations) -> set[str]:
    """Interfaces that carry a connected tunnel: named by a connected service or a VPN-looking adapter that is up."""
    out = set()
    for service in services_from(obs):
        if service["state"] == "connected":
            out.add(str(service.get("interface") or service["name"]))
    for name, info in adapters_from(obs).items():
        if info.get("isup"):
            out.add(name)
    return out


def policy_expects_vpn(ctx: Context) -> bool:
    vpn = ctx.policy.section("vpn")
    return any(vpn.get(k) for k in ("internal_names", "intranet_urls", "company_subnets", "connection_name",
                                    "reconnect_command", "mtu_probe_host"))


# -- route lookups (a kernel table lookup: no packet is sent) ------------------------------------------------
def route_argv(platform: str, address: str) -> list[str]:
    if platform == "windows":
        script = f"Find-NetRoute -RemoteIPAddress '{address}' | ConvertTo-Json -Depth 2"
        return ["powershell", "-NoProfile", "-NonInteractive", "-Command", script]
    if platform == "macos":
        return ["route", "-n", "get", address]
    return ["ip", "-j", "route", "get", address]


def collect_route(system: System, address: str) -> None:
    try:
        ipaddress.ip_address(address)  # only literal addresses reach the command line
    except ValueError:
        return
    system.run(route_argv(system.platform, address), CMD_TIMEOUT, cache=True)


def parse_ip_route_get(text: str) -> str | None:
    """``ip -j route get ADDR`` -> the outgoing device, or None when unreadable."""
    try:
        data = json.loads(text)
    except (ValueError, TypeError):
        return None
    if isinstance(data, list) and data and isinstance(data[0], dict):
        dev = data[0].get("dev")
        return str(dev) if dev else None
    return None


def parse_route_n_get(text: str) -> str | None:
    """macOS ``route -n get ADDR``: the 'interface: utun3' line."""
    match = re.search(r"^\s*interface:\s*(\S+)", text or "", re.MULTILINE)
    return match.group(1) if match else None


def parse_find_netroute(text: str) -> str | None:
    """Windows ``Find-NetRoute | ConvertTo-Json``: objects carrying InterfaceAlias (address and route)."""
    try:
        data = json.loads(text)
    except (ValueError, TypeError):
        return None
    items = data if isinstance(data, list) else [data]
    for item in items:
        if isinstance(item, dict) and item.get("InterfaceAlias"):
            return str(item["InterfaceAlias"])
    return None


def route_device(obs: Observations, address: str) -> str | None:
    """The interface the recorded route lookup chose for ``address`` (any OS), or None if not looked up."""
    linux = obs.command("ip", "-j", "route", "get", address)
    if linux is not None and linux.ok:
        return parse_ip_route_get(linux.stdout)
    mac = obs.command("route", "-n", "get", address)
    if mac is not None and mac.ok:
        return parse_route_n_get(mac.stdout)
    win = obs.command("powershell", contains=f"Find-NetRoute -RemoteIPAddress '{address}'")
    if win is not None and win.ok:
        return parse_find_netroute(win.stdout)
    return None


def sample_address(cidr: str) -> str | None:
    """A host inside a company subnet to look the route up for."""
    try:
        net = ipaddress.ip_network(cidr, strict=False)
    except ValueError:
        return None
    return str(net.network_address + 1) if net.num_addresses > 2 else str(net.network_address)


def in_ranges(address: str, ranges: Iterable[str]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    for cidr in ranges:
        try:
            if ip in ipaddress.ip_network(cidr, strict=False):
                return True
        except ValueError:
            continue
    return False


# -- DF pings for the MTU test --------------------------------------------------------------------------------
SMALL_PAYLOAD = 56
LARGE_PAYLOADS = (1372, 1172, 972)  # IPv4 packets of 1400, 1200 and 1000 bytes


def df_ping_argv(platform: str, host: str, payload: int) -> list[str]:
    if platform == "windows":
        return ["ping", "-f", "-l", str(payload), "-n", "2", "-w", "1000", host]
    if platform == "macos":
        return ["ping", "-D", "-s", str(payload), "-c", "2", "-i", "0.2", "-t", "3", host]
    return ["ping", "-n", "-M", "do", "-s", str(payload), "-c", "2", "-i", "0.2", "-W", "1", host]


def df_ping(system: System, host: str, payload: int) -> CommandObs:
    return system.run(df_ping_argv(system.platform, host, payload), 5.0)


# The packet was refused as too big, by this computer's interface or by a router that said so: path MTU
# discovery working, not a black hole. ("Packet needs to be fragmented but DF set." / "fragmenté" / "fragmentiert")
_TOO_BIG = re.compile(r"message too long|frag(?:ment|\s+needed)", re.IGNORECASE)


def df_outcome(obs: Observations, host: str, payload: int) -> str | None:
    """'ok' (a reply came back), 'too_big' (refused with a message), 'lost' (silence), or None (not run)."""
    from desktop_app.parsers.ping import parse_ping

    wanted = str(payload)
    found = obs.commands("ping", where=lambda c: c.argv[-1] == host and wanted in c.argv
                         and any(flag in c.argv for flag in ("-M", "-D", "-f")))
    if not found:
        return None
    command = found[-1]
    received = parse_ping(command.stdout).get("received")
    if isinstance(received, int) and received > 0 and command.returncode == 0:
        return "ok"
    if _TOO_BIG.search(command.stdout + "\n" + command.stderr):
        return "too_big"
    return "lost" if command.error is None or command.timed_out else None


def record_now(system: System, name: str) -> None:
    system.observe("probe", name, time.time)


def now_from(obs: Observations, name: str) -> float | None:
    value = obs.value("probe", name)
    return float(value.value) if value is not None and isinstance(value.value, (int, float)) else None


def first(values: Sequence[Any]) -> Any:
    return values[0] if values else None
