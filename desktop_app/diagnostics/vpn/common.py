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
from collections.abc import Iterable, Mapping
from typing import Any

from desktop_app.model import Context
from desktop_app.observations import CommandObs, Observations
from desktop_app.system import System

PS_VPN = "Get-VpnConnection | ConvertTo-Json"
# Profiles an administrator deploys for every user are only listed with -AllUserConnection.
PS_VPN_ALL = "Get-VpnConnection -AllUserConnection | ConvertTo-Json"
PS_ADAPTERS = "Get-NetAdapter | Select-Object Name,InterfaceDescription,Status,MtuSize | ConvertTo-Json"
PS_PREFIX = ("powershell", "-NoProfile", "-NonInteractive", "-Command")
PS_ARGV = (*PS_PREFIX, PS_VPN)
PS_ALL_ARGV = (*PS_PREFIX, PS_VPN_ALL)
PS_ADAPTERS_ARGV = (*PS_PREFIX, PS_ADAPTERS)
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
GLOBALPROTECT_PATHS = {
    "linux": ("globalprotect",),
    "macos": ("globalprotect", "/Applications/GlobalProtect.app/Contents/MacOS/globalprotect"),
}
FORTICLIENT_ARGV = ("forticlient", "vpn", "status")
CMD_TIMEOUT = 8.0
WG_SOCKET_DIR = "/var/run/wireguard"

# Adapter name prefixes that are VPN tunnels whatever client made them. Windows names are friendly ("Ethernet
# 3"): there the adapter description (Get-NetAdapter) tells; on Linux the kernel's link type does.
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
    ("ppp", "ppp"),
    ("ipsec", "ipsec"),
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
CLIENT_NAMES = {"anyconnect": "Cisco Secure Client", "globalprotect": "GlobalProtect", "forticlient": "FortiClient",
                "openvpn": "OpenVPN", "wireguard": "WireGuard", "tailscale": "Tailscale"}


# -- collection ----------------------------------------------------------------------------------------------
def _linux_link_kind(name: str) -> str | None:
    """What the kernel says the link is: wireguard (DEVTYPE, or a wireguard-go control socket), tun, ppp."""
    import os

    base = f"/sys/class/net/{name}"
    try:
        with open(f"{base}/uevent", encoding="utf-8", errors="replace") as handle:
            if "DEVTYPE=wireguard" in handle.read():
                return "wireguard"
    except OSError:
        return None
    if os.path.exists(f"{WG_SOCKET_DIR}/{name}.sock"):
        return "wireguard"  # userspace WireGuard (wireguard-go, boringtun) over a tun device
    if os.path.exists(f"{base}/tun_flags"):
        return "tun"
    try:
        with open(f"{base}/type", encoding="utf-8") as handle:
            if handle.read().strip() == "512":  # ARPHRD_PPP
                return "ppp"
    except OSError:
        pass
    return None


def _adapters() -> dict[str, dict[str, Any]]:
    """Tunnel-looking interfaces: by name, by the kernel's link type (Linux), or a macOS utun carrying IPv4
    (macOS keeps a few utun interfaces for itself; those only have IPv6 link-local addresses)."""
    import socket
    import sys

    import psutil

    addresses = psutil.net_if_addrs()
    out = {}
    for name, stats in psutil.net_if_stats().items():
        kind = None
        if sys.platform.startswith("linux"):
            kind = _linux_link_kind(name)
        if kind is None and name.startswith("utun"):
            if any(a.family == socket.AF_INET for a in addresses.get(name, [])):
                kind = "utun"
        elif kind is None:
            kind = vpn_adapter_type(name)
        if kind is not None:
            out[name] = {"isup": bool(stats.isup), "mtu": int(stats.mtu), "kind": kind}
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
    if lowered.startswith("utun"):
        return None  # only with an IPv4 address (see _adapters)
    for prefix, kind in _ADAPTER_TYPES:
        if lowered.startswith(prefix):
            return kind
    return None


def collect_services(system: System, ctx: Context) -> None:
    """Ask every VPN source this platform has; absent tools are simply not asked."""
    platform = system.platform
    if platform == "windows":
        for argv in (PS_ARGV, PS_ALL_ARGV, PS_ADAPTERS_ARGV):
            system.run(list(argv), CMD_TIMEOUT, cache=True)
    if platform == "macos":  # scutil ships with every macOS
        listed = system.run(list(SCUTIL_ARGV), CMD_TIMEOUT, cache=True)
        for name in scutil_status_names(listed.stdout if listed.ok else "", ctx):
            system.run(["scutil", "--nc", "status", name], CMD_TIMEOUT, cache=True)
    if platform == "linux" and system.which("nmcli"):
        system.run(list(NMCLI_ARGV), CMD_TIMEOUT, cache=True)
    if system.which("wg"):
        system.run(list(WG_ARGV), CMD_TIMEOUT, cache=True)
    for path in VPNCLI_PATHS.get(platform, ()):
        if system.which(path):
            system.run([path, "state"], CMD_TIMEOUT, cache=True)
            break
    for path in GLOBALPROTECT_PATHS.get(platform, ()):
        if system.which(path):
            system.run([path, "show", "--status"], CMD_TIMEOUT, cache=True)
            break
    if platform == "linux" and system.which(FORTICLIENT_ARGV[0]):
        system.run(list(FORTICLIENT_ARGV), CMD_TIMEOUT, cache=True)
    system.psutil("vpn_adapters", _adapters)
    system.psutil("net_if_names", _if_names)
    system.psutil("vpn_processes", _processes)


def scutil_status_names(listing: str, ctx: Context) -> list[str]:
    """Services worth a ``scutil --nc status`` (state, interface): the policy's and those not disconnected."""
    wanted = str(ctx.policy.get("vpn", "connection_name") or "")
    names = [s["name"] for s in _parsers().parse_scutil_nc_list(listing)
             if s.get("name") and (s["name"] == wanted or s.get("state") != "disconnected")]
    return list(dict.fromkeys(names))[:4]


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
    for key in ("interface", "server", "source", "all_users"):
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


def _ok_text(command: CommandObs | None) -> str | None:
    if command is None or not command.ok or not command.stdout.strip():
        return None
    return command.stdout


def wg_commands(obs: Observations) -> list[CommandObs]:
    """Every recorded ``wg show`` (the dump form SelfDesk runs, or a human ``wg show`` a technician recorded)."""
    return obs.commands("wg", where=lambda c: c.argv[1:2] == ("show",))


def windows_services(obs: Observations) -> list[dict[str, Any]]:
    """Get-VpnConnection for this user and -AllUserConnection, merged by name."""
    parsers = _parsers()
    merged: dict[str, dict[str, Any]] = {}
    for command in obs.commands("powershell", where=lambda c: "get-vpnconnection" in " ".join(c.argv[1:]).lower()):
        text = _ok_text(command)
        if text is None:
            continue
        all_users = "-alluserconnection" in " ".join(command.argv[1:]).lower()
        for item in parsers.parse_get_vpnconnection(text):
            item = dict(item, all_users=all_users)
            merged.setdefault(item["name"], item)
    return list(merged.values())


def windows_adapters(obs: Observations) -> list[dict[str, Any]]:
    text = _ok_text(obs.command("powershell", contains="Get-NetAdapter"))
    return _parsers().parse_get_netadapter(text) if text else []


def services_from(obs: Observations) -> list[dict[str, Any]]:
    """Every VPN service the observations show, whichever OS recorded them (dispatch on the commands)."""
    parsers = _parsers()
    found: list[dict[str, Any]] = [_clean(item) | {"source": "windows"} for item in windows_services(obs)]
    mac = _ok_text(obs.command("scutil", "--nc", "list"))
    if mac:
        for item in parsers.parse_scutil_nc_list(mac):
            status = _ok_text(obs.command("scutil", "--nc", "status", item["name"]))
            detail = parsers.parse_scutil_nc_status(status, item["name"]) if status else []
            if detail:  # the status command is more current than the list, and names the interface
                item = {**item, **{k: v for k, v in detail[0].items() if v and k != "type"}}
            found.append(_clean(item) | {"source": "macos"})
    nm = _ok_text(obs.command("nmcli", contains="--active"))
    for item in parsers.parse_nmcli_active(nm) if nm else []:
        found.append(_clean(item) | {"source": "networkmanager"})
    wg_names = {s.get("interface") or s["name"] for s in found}
    for command in reversed(wg_commands(obs)):
        text = _ok_text(command)
        if text is None:
            continue
        for item in parsers.parse_wg_show_any(text):
            if item.get("name") and local_interface(obs, item) and item["name"] not in wg_names:
                found.append(_clean(item) | {"source": "wireguard"})
                wg_names.add(item["name"])
        break
    vpncli = obs.command("vpncli", "state")
    if vpncli is not None and vpncli.ok:
        found.append({"name": CLIENT_NAMES["anyconnect"], "type": "anyconnect", "state": parse_vpncli_state(vpncli.stdout),
                      "source": "vpncli"})
    gp = _ok_text(obs.command("globalprotect", "show", "--status"))
    if gp:
        found.append({"name": CLIENT_NAMES["globalprotect"], "type": "globalprotect",
                      "state": parsers.parse_globalprotect_status(gp), "source": "globalprotect"})
    forti = obs.command(*FORTICLIENT_ARGV)
    if forti is not None and forti.error is None and (forti.stdout.strip() or forti.stderr.strip()):
        status = parsers.parse_forticlient_status(forti.stdout + "\n" + forti.stderr)
        found.append({"name": status["name"] or CLIENT_NAMES["forticlient"], "type": "forticlient",
                      "state": status["state"], "source": "forticlient"})
    for adapter in _tunnel_adapters(obs):
        _merge_adapter(found, adapter)
    types = {s["type"] for s in found}
    for proc in processes_from(obs):
        kind = _PROCESS_TYPES.get(proc, "unknown")
        if kind not in types:
            types.add(kind)
            found.append({"name": CLIENT_NAMES.get(kind, proc), "type": kind, "state": "unknown", "source": "process",
                          "process": proc})
    return found


def _tunnel_adapters(obs: Observations) -> list[dict[str, Any]]:
    """Tunnel adapters as services: Windows Get-NetAdapter descriptions first, then psutil names/link kinds."""
    parsers = _parsers()
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for adapter in windows_adapters(obs):
        kind = parsers.adapter_description_type(adapter["description"])
        if kind is None:
            continue
        seen.add(adapter["name"])
        out.append({"name": adapter["name"], "type": kind, "interface": adapter["name"], "state": adapter["state"],
                    "source": "adapter", "description": adapter["description"]})
    for name, info in sorted(adapters_from(obs).items()):
        if name in seen:
            continue
        kind = str(info.get("kind") or vpn_adapter_type(name) or "unknown")
        out.append({"name": name, "type": "openvpn" if kind == "tun" and name.startswith("tun") else kind,
                    "interface": name, "state": "connected" if info.get("isup") else "disconnected", "source": "adapter"})
    return out


def _merge_adapter(found: list[dict[str, Any]], adapter: dict[str, Any]) -> None:
    """An adapter already named by a service adds nothing; one of a client whose CLI spoke lends it its
    interface; any other is a service of its own."""
    if any((s.get("interface") or s["name"]) == adapter["interface"] for s in found):
        return
    for service in found:
        if service["type"] == adapter["type"] and not service.get("interface") and service.get("source") != "process":
            service["interface"] = adapter["interface"]
            if service["state"] == "unknown":
                service["state"] = adapter["state"]
            return
    found.append({k: v for k, v in adapter.items() if k != "description"})


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
        if service["state"] == "connected" and (service.get("interface") or service.get("source") != "process"):
            out.add(str(service.get("interface") or service["name"]))
    for name, info in adapters_from(obs).items():
        if info.get("isup"):
            out.add(name)
    for adapter in windows_adapters(obs):
        if adapter["state"] == "connected" and _parsers().adapter_description_type(adapter["description"]):
            out.add(adapter["name"])
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
# discovery working, not a black hole. ("Packet needs to be fragmented but DF set." / "fragmenté" / "fragmentiert" /
# zh "需要拆分数据包但是设置 DF。" / ja "パケットの断片化が必要ですが、DF が設定されています。")
_TOO_BIG = re.compile(r"message too long|frag(?:ment|\s+needed)|需要拆分|断片化が必要", re.IGNORECASE)


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


