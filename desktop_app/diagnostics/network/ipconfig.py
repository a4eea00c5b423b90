"""IP configuration: adapters, addresses, default gateway and DNS servers (result id "network").

Windows ``ipconfig /all``; macOS ``ifconfig``-free: psutil addresses + ``netstat -rn -f inet`` +
``scutil --dns``; Linux ``ip -j addr show``, ``ip -j route show``, ``/etc/resolv.conf`` and
``nmcli device show`` when NetworkManager is there.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from desktop_app.diagnostics.network.common import as_dict, as_list, safe_parse, strip_prefix
from desktop_app.i18n import tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import CommandObs, Observations
from desktop_app.system import System


def _if_addrs() -> dict[str, list[str]]:
    import socket

    import psutil

    return {
        name: [a.address for a in addrs if a.family == socket.AF_INET]
        for name, addrs in psutil.net_if_addrs().items()
    }


def collect_routes(system: System) -> CommandObs:
    """The default route (shared with the gateway check; the seam caches identical read-only commands)."""
    if system.platform == "windows":
        return system.run(["ipconfig", "/all"], timeout=15, cache=True)
    if system.platform == "macos":
        return system.run(["netstat", "-rn", "-f", "inet"], timeout=10, cache=True)
    return system.run(["ip", "-j", "route", "show"], timeout=5, cache=True)


def collect(system: System, ctx: Context) -> None:
    collect_routes(system)
    if system.platform == "macos":
        system.run(["scutil", "--dns"], timeout=10, cache=True)
        system.psutil("net_if_addrs_ipv4", _if_addrs)
    elif system.platform == "linux":
        system.run(["ip", "-j", "addr", "show"], timeout=5, cache=True)
        system.read_file("/etc/resolv.conf")
        if system.which("nmcli"):
            system.run(["nmcli", "device", "show"], timeout=10, cache=True)


def _adapter(raw: dict[str, Any]) -> dict[str, Any]:
    ipv4 = [strip_prefix(a) for a in as_list(raw.get("ipv4")) if a]
    return {
        "name": raw.get("name") or raw.get("interface") or raw.get("ifname"),
        "ipv4": ipv4,
        "gateway": raw.get("gateway"),
        "dns": [str(d) for d in as_list(raw.get("dns"))],
        "dhcp": raw.get("dhcp"),
        "media_connected": raw.get("media_connected"),
        "kind": raw.get("kind"),
        "self_assigned": bool(raw.get("ipv4_self_assigned")) or any(_link_local(a) for a in ipv4),
    }


def _loopback(adapter: dict[str, Any]) -> bool:
    name = str(adapter.get("name") or "").lower()
    if name in ("lo", "lo0") or name.startswith("loopback"):
        return True
    return bool(adapter["ipv4"]) and all(x.startswith("127.") for x in adapter["ipv4"])


def _link_local(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_link_local
    except ValueError:
        return False


def _usable(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_link_local or ip.is_unspecified)


def default_routes(obs: Observations) -> list[dict[str, Any]]:
    """Default routes [{gateway, dev, metric}] from whichever routing table was recorded."""
    routes: list[dict[str, Any]] = []
    ip_route = obs.command("ip", "-j", "route")
    if ip_route is not None and ip_route.ok:
        for route in as_list(safe_parse("parse_ip_route_json", "ipconfig", ip_route.stdout)):
            if isinstance(route, dict) and str(route.get("dst")) in ("default", "0.0.0.0/0"):
                routes.append({"gateway": route.get("gateway"), "dev": route.get("dev"), "metric": route.get("metric")})
    netstat = obs.command("netstat", "-rn")
    if netstat is not None and netstat.ok:
        for route in as_list(safe_parse("parse_netstat_routes", "ipconfig", netstat.stdout)):
            if isinstance(route, dict) and str(route.get("dst") or route.get("destination")) in ("default", "0.0.0.0", "0.0.0.0/0"):
                routes.append({"gateway": route.get("gateway"), "dev": route.get("dev") or route.get("interface"), "metric": route.get("metric")})
    ipconfig = obs.command("ipconfig", "/all")
    if ipconfig is not None and ipconfig.stdout:
        for adapter in as_list(safe_parse("parse_ipconfig_all", "ipconfig", ipconfig.stdout)):
            if isinstance(adapter, dict) and adapter.get("gateway"):
                routes.append({"gateway": adapter["gateway"], "dev": adapter.get("name"), "metric": None})
    routes.sort(key=lambda r: r["metric"] if isinstance(r.get("metric"), (int, float)) else 0)
    return routes


def adapters_from(obs: Observations) -> tuple[list[dict[str, Any]], list[str]]:
    adapters: list[dict[str, Any]] = []
    sources: list[str] = []
    ipconfig = obs.command("ipconfig", "/all")
    parsed = safe_parse("parse_ipconfig_all", "ipconfig", ipconfig.stdout) if ipconfig is not None and ipconfig.stdout else None
    if parsed is not None:  # None: output this version cannot read -> unknown, never "not connected"
        sources.append("ipconfig")
        adapters += [_adapter(a) for a in as_list(parsed) if isinstance(a, dict)]
    ip_addr = obs.command("ip", "-j", "addr")
    parsed = safe_parse("parse_ip_addr_json", "ipconfig", ip_addr.stdout) if ip_addr is not None and ip_addr.ok else None
    if parsed is not None:
        sources.append("ip")
        adapters += [_adapter(a) for a in as_list(parsed) if isinstance(a, dict)]
    psutil_addrs = obs.value("psutil", "net_if_addrs_ipv4")
    if psutil_addrs is not None and isinstance(psutil_addrs.value, dict):
        sources.append("psutil")
        adapters += [_adapter({"name": n, "ipv4": a}) for n, a in psutil_addrs.value.items() if isinstance(a, list)]
    adapters = [a for a in adapters if not _loopback(a)]
    routes = default_routes(obs)
    for route in routes:
        for adapter in adapters:
            if adapter["name"] == route.get("dev") and not adapter["gateway"]:
                adapter["gateway"] = route.get("gateway")
    dns = system_dns(obs)
    for adapter in adapters:
        if not adapter["dns"] and dns and adapter["gateway"]:
            adapter["dns"] = list(dns)
    return adapters, sources


def system_dns(obs: Observations) -> list[str]:
    servers: list[str] = []
    resolv = obs.value("file", "/etc/resolv.conf")
    if resolv is not None and isinstance(resolv.value, str):
        parsed = safe_parse("parse_resolv_conf", "ipconfig", resolv.value)
        servers += [str(s) for s in as_list(as_dict(parsed).get("nameservers") if isinstance(parsed, dict) else parsed)]
    scutil = obs.command("scutil", "--dns")
    if scutil is not None and scutil.ok:
        parsed = safe_parse("parse_scutil_dns", "ipconfig", scutil.stdout)
        if isinstance(parsed, dict):
            servers += [str(s) for s in as_list(parsed.get("nameservers") or parsed.get("servers"))]
        else:
            for item in as_list(parsed):
                if isinstance(item, dict):
                    servers += [str(s) for s in as_list(item.get("nameservers"))]
                elif isinstance(item, str):
                    servers.append(item)
    nmcli = obs.command("nmcli", "device", "show")
    if nmcli is not None and nmcli.ok:
        for dev in as_list(safe_parse("parse_nmcli_device_show", "ipconfig", nmcli.stdout)):
            if isinstance(dev, dict):
                servers += [str(s) for s in as_list(dev.get("dns"))]
    return list(dict.fromkeys(servers))


def analyze(obs: Observations, ctx: Context) -> Result | None:
    adapters, sources = adapters_from(obs)
    if not sources:
        return None
    routes = default_routes(obs)
    dns = system_dns(obs) or list(dict.fromkeys(d for a in adapters for d in a["dns"]))
    facts: dict[str, Any] = {
        "interfaces": [{k: a[k] for k in ("name", "ipv4", "gateway", "dns", "dhcp")} for a in adapters if a["ipv4"] or a["gateway"]],
        "default_gateway": routes[0]["gateway"] if routes else None,
        "default_interface": routes[0]["dev"] if routes else None,
        "dns_servers": dns,
        "sources": sources,
    }
    usable = [a for a in adapters if any(_usable(x) for x in a["ipv4"])]
    if not usable:
        if any(a["self_assigned"] for a in adapters):
            facts["reason"] = "self_assigned"
            return Result(
                "network",
                Status.FAILED,
                "",
                tr("Your computer is connected but did not get an address from the router."),
                facts,
                fixes=("network.renew_dhcp",),
                advice=tr("Renew the address. If it keeps failing, restart the router or check the cable or Wi-Fi."),
                help="no-ip-address",
            )
        facts["reason"] = "no_address"
        return Result(
            "network",
            Status.FAILED,
            "",
            tr("Your computer is not connected to any network."),
            facts,
            fixes=("network.wifi_restart",),
            advice=tr("Connect to Wi-Fi or plug in a network cable."),
            help="not-connected",
        )
    if not routes or (not routes[0].get("gateway") and not routes[0].get("dev")):
        facts["reason"] = "no_gateway"
        return Result(
            "network",
            Status.FAILED,
            "",
            tr("Your computer has an address but no way out to other networks (no default gateway)."),
            facts,
            fixes=("network.renew_dhcp",),
            advice=tr("Renew the address. If the problem stays, the network settings may have been changed by hand: ask IT."),
            help="no-gateway",
        )
    if not dns:
        facts["reason"] = "no_dns_servers"
        return Result(
            "network",
            Status.WARNING,
            "",
            tr("Your computer has an address but no name server (DNS) is configured."),
            facts,
            fixes=("network.renew_dhcp",),
            help="dns-failure",
        )
    main = next((a for a in usable if a["name"] == facts["default_interface"]), usable[0])
    return Result(
        "network",
        Status.OK,
        "",
        tr("Connected with address {address} through {interface}.", address=next(x for x in main["ipv4"] if _usable(x)), interface=main["name"] or "?"),
        facts,
    )
