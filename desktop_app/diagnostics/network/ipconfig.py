"""IP configuration: adapters, addresses, default gateway, DNS servers and DHCP lease (result id "network").

Windows ``ipconfig /all`` (+ ``Get-NetAdapter`` as JSON for up/down); macOS psutil addresses +
``netstat -rn -f inet`` + ``scutil --dns``; Linux ``ip -j addr show``, ``ip -j route show``,
``/etc/resolv.conf`` and ``nmcli device show`` when NetworkManager is there (``ip route`` text in replays).

The judged adapter is the one that carries the default route or, without one, the physical Wi-Fi/Ethernet
adapter that is up: a hypervisor's or container's adapter (VMware, VirtualBox, Hyper-V/WSL, Docker) always
has an address, and must not hide that the real one got none from the router (169.254.x.x).
"""

from __future__ import annotations

import ipaddress
from typing import Any

from desktop_app.diagnostics.network.common import as_dict, as_list, strip_prefix
from desktop_app.i18n import tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import CommandObs, Observations
from desktop_app.parsers import ipconfig as ip_parsers
from desktop_app.system import System

GET_NETADAPTER = (
    "powershell", "-NoProfile", "-NonInteractive", "-Command",
    "Get-NetAdapter | Select-Object Name,InterfaceDescription,Status,MacAddress,LinkSpeed,ifIndex | ConvertTo-Json",
)
LEASE_KEYS = ("dhcp_server", "lease_obtained", "lease_expires", "lease_expires_in_s")


def _if_addrs() -> dict[str, list[str]]:
    import socket

    import psutil

    return {
        name: [a.address for a in addrs if a.family == socket.AF_INET]
        for name, addrs in psutil.net_if_addrs().items()
    }


def _if_up() -> dict[str, bool]:
    import psutil

    return {name: bool(stats.isup) for name, stats in psutil.net_if_stats().items()}


def collect_routes(system: System) -> CommandObs:
    """The default route (shared with the gateway check; the seam caches identical read-only commands)."""
    if system.platform == "windows":
        return system.run(["ipconfig", "/all"], timeout=15, cache=True)
    if system.platform == "macos":
        return system.run(["netstat", "-rn", "-f", "inet"], timeout=10, cache=True)
    return system.run(["ip", "-j", "route", "show"], timeout=5, cache=True)


def collect(system: System, ctx: Context) -> None:
    collect_routes(system)
    if system.platform == "windows":
        system.run(list(GET_NETADAPTER), timeout=15, cache=True)
    elif system.platform == "macos":
        system.run(["scutil", "--dns"], timeout=10, cache=True)
        system.psutil("net_if_addrs_ipv4", _if_addrs)
        system.psutil("net_if_up", _if_up)
    elif system.platform == "linux":
        system.run(["ip", "-j", "addr", "show"], timeout=5, cache=True)
        system.read_file("/etc/resolv.conf")
        if system.which("nmcli"):
            system.run(["nmcli", "device", "show"], timeout=10, cache=True)


def _adapter(raw: dict[str, Any]) -> dict[str, Any]:
    ipv4 = [strip_prefix(a) for a in as_list(raw.get("ipv4")) if a]
    adapter = {
        "name": raw.get("name") or raw.get("interface") or raw.get("ifname"),
        "ipv4": ipv4,
        "gateway": raw.get("gateway"),
        "dns": [str(d) for d in as_list(raw.get("dns"))],
        "dhcp": raw.get("dhcp"),
        "media_connected": raw.get("media_connected"),
        "kind": raw.get("kind"),
        "virtual": bool(raw.get("virtual")),
        "recognized": raw.get("recognized", True) is not False,
        "self_assigned": bool(raw.get("ipv4_self_assigned")) or any(_link_local(a) for a in ipv4),
    }
    adapter.update({k: raw.get(k) for k in LEASE_KEYS if raw.get(k) is not None})
    return adapter


def _loopback(adapter: dict[str, Any]) -> bool:
    name = str(adapter.get("name") or "").lower()
    if name in ("lo", "lo0") or name.startswith("loopback") or adapter.get("kind") == "loopback":
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
        routes += _defaults(ip_parsers.parse_ip_route_json(ip_route.stdout))
    ip_text = obs.commands("ip", where=lambda c: "-j" not in c.argv and len(c.argv) >= 2 and c.argv[1] in ("route", "r", "ro"))
    if ip_text and ip_text[-1].ok:
        routes += _defaults(ip_parsers.parse_ip_route_text(ip_text[-1].stdout))
    netstat = obs.command("netstat", "-rn")
    if netstat is not None and netstat.ok:
        for route in as_list(ip_parsers.parse_netstat_routes(netstat.stdout)):
            if isinstance(route, dict) and route.get("dst") == "default":
                routes.append({"gateway": route.get("gateway"), "dev": route.get("dev"), "metric": route.get("metric"),
                               "scoped": "I" in str(route.get("flags") or "")})
    ipconfig = ipconfig_command(obs)
    if ipconfig is not None and ipconfig.stdout:
        for adapter in as_list(ip_parsers.parse_ipconfig_all(ipconfig.stdout)):
            if isinstance(adapter, dict) and adapter.get("gateway"):
                routes.append({"gateway": adapter["gateway"], "dev": adapter.get("name"), "metric": None})
    # An interface-scoped default (BSD flag "I") is not the primary route; then the lowest metric wins.
    routes.sort(key=lambda r: (bool(r.get("scoped")), r["metric"] if isinstance(r.get("metric"), (int, float)) else 0))
    return routes


def ipconfig_command(obs: Observations) -> CommandObs | None:
    """``ipconfig /all`` (what the collector runs), else a plain ``ipconfig`` from a pasted or older bundle."""
    found = obs.command("ipconfig", "/all")
    if found is None:
        plain = obs.commands("ipconfig", where=lambda c: len(c.argv) == 1)
        found = plain[-1] if plain else None
    return found


def _defaults(parsed: Any) -> list[dict[str, Any]]:
    return [
        {"gateway": r.get("gateway"), "dev": r.get("dev"), "metric": r.get("metric")}
        for r in as_list(parsed)
        if isinstance(r, dict) and str(r.get("dst")) in ("default", "0.0.0.0/0")
    ]


def adapters_from(obs: Observations) -> tuple[list[dict[str, Any]], list[str]]:
    """Adapters and the sources read. An ipconfig report nobody can read adds the source "ipconfig?" and no
    adapter, so the caller can say "unknown" instead of "no network"."""
    adapters: list[dict[str, Any]] = []
    sources: list[str] = []
    ipconfig = ipconfig_command(obs)
    if ipconfig is not None and ipconfig.stdout:
        if ip_parsers.ipconfig_recognized(ipconfig.stdout):
            sources.append("ipconfig")
            adapters += [_adapter(a) for a in as_list(ip_parsers.parse_ipconfig_all(ipconfig.stdout)) if isinstance(a, dict)]
        else:
            sources.append("ipconfig?")
    ip_addr = obs.command("ip", "-j", "addr")
    parsed = ip_parsers.parse_ip_addr_json(ip_addr.stdout) if ip_addr is not None and ip_addr.ok else None
    if parsed is not None:
        sources.append("ip")
        adapters += [_adapter(a) for a in as_list(parsed) if isinstance(a, dict)]
    psutil_addrs = obs.value("psutil", "net_if_addrs_ipv4")
    if psutil_addrs is not None and isinstance(psutil_addrs.value, dict):
        sources.append("psutil")
        up = obs.value("psutil", "net_if_up")
        states = up.value if up is not None and isinstance(up.value, dict) else {}
        adapters += [_adapter({"name": n, "ipv4": a, "media_connected": states.get(n), "virtual": _mac_virtual(n)})
                     for n, a in psutil_addrs.value.items() if isinstance(a, list)]
    adapters = [a for a in adapters if not _loopback(a)]
    _merge_netadapter(obs, adapters)
    _merge_nmcli(obs, adapters)
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


def _mac_virtual(name: str) -> bool:
    return name.startswith(("bridge", "vmnet", "vnic", "awdl", "llw", "anpi", "ap1"))


def _merge_netadapter(obs: Observations, adapters: list[dict[str, Any]]) -> None:
    """Windows: up/down from Get-NetAdapter (ipconfig only says "Media disconnected")."""
    cmd = obs.command("powershell", contains="Get-NetAdapter")
    if cmd is None or not cmd.ok:
        return
    for item in as_list(ip_parsers.parse_get_netadapter(cmd.stdout)):
        if not isinstance(item, dict):
            continue
        for adapter in adapters:
            if adapter["name"] == item.get("name"):
                adapter["status"] = item.get("status")
                if item.get("up") is not None:
                    adapter["media_connected"] = item["up"]
                adapter["virtual"] = adapter["virtual"] or bool(item.get("virtual"))


def _merge_nmcli(obs: Observations, adapters: list[dict[str, Any]]) -> None:
    """Linux: DHCP lease and carrier from ``nmcli device show``."""
    cmd = obs.command("nmcli", "device", "show")
    if cmd is None or not cmd.ok:
        return
    for dev in as_list(ip_parsers.parse_nmcli_device_show(cmd.stdout)):
        if not isinstance(dev, dict):
            continue
        for adapter in adapters:
            if adapter["name"] == dev.get("name"):
                for key in LEASE_KEYS:
                    if dev.get(key) is not None and adapter.get(key) is None:
                        adapter[key] = dev[key]
                if adapter["dhcp"] is None and dev.get("dhcp") is not None:
                    adapter["dhcp"] = dev["dhcp"]


def system_dns(obs: Observations) -> list[str]:
    servers: list[str] = []
    resolv = obs.value("file", "/etc/resolv.conf")
    if resolv is not None and isinstance(resolv.value, str):
        parsed = ip_parsers.parse_resolv_conf(resolv.value)
        servers += [str(s) for s in as_list(as_dict(parsed).get("nameservers") if isinstance(parsed, dict) else parsed)]
    scutil = obs.command("scutil", "--dns")
    if scutil is not None and scutil.ok:
        parsed = ip_parsers.parse_scutil_dns(scutil.stdout)
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
        for dev in as_list(ip_parsers.parse_nmcli_device_show(nmcli.stdout)):
            if isinstance(dev, dict):
                servers += [str(s) for s in as_list(dev.get("dns"))]
    return list(dict.fromkeys(servers))


def _physical(adapter: dict[str, Any]) -> bool:
    return not adapter["virtual"] and adapter.get("kind") not in ("vpn", "loopback")


def primary_adapter(adapters: list[dict[str, Any]], routes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The adapter whose address decides: the default route's, else a physical one that is up."""
    for route in routes:
        found = next((a for a in adapters if a["name"] and a["name"] == route.get("dev")), None)
        if found is not None:
            return found
    candidates = [a for a in adapters if _physical(a) and a.get("media_connected") is not False and (a["ipv4"] or a["self_assigned"])]
    candidates.sort(key=lambda a: (not any(_usable(x) for x in a["ipv4"]), a.get("kind") not in ("wifi", "ethernet")))
    return candidates[0] if candidates else None


def _interface_fact(adapter: dict[str, Any]) -> dict[str, Any]:
    fact = {k: adapter[k] for k in ("name", "ipv4", "gateway", "dns", "dhcp")}
    fact.update(kind=adapter.get("kind"), virtual=adapter["virtual"], up=adapter.get("media_connected"))
    fact.update({k: adapter[k] for k in (*LEASE_KEYS, "status") if adapter.get(k) is not None})
    return fact


def analyze(obs: Observations, ctx: Context) -> Result | None:
    adapters, sources = adapters_from(obs)
    if not sources:
        return None
    routes = default_routes(obs)
    dns = system_dns(obs) or list(dict.fromkeys(d for a in adapters for d in a["dns"]))
    facts: dict[str, Any] = {
        "interfaces": [_interface_fact(a) for a in adapters if a["ipv4"] or a["gateway"]],
        "adapters": [{"name": a["name"], "kind": a.get("kind"), "virtual": a["virtual"], "up": a.get("media_connected")} for a in adapters],
        "default_gateway": routes[0]["gateway"] if routes else None,
        "default_interface": routes[0]["dev"] if routes else None,
        "dns_servers": dns,
        "sources": sources,
    }
    if not [s for s in sources if s != "ipconfig?"]:
        facts["reason"] = "unreadable"
        return Result(
            "network",
            Status.SKIPPED,
            "",
            tr("SelfDesk could not read this computer's network configuration (an unfamiliar language or format), so it is unknown."),
            facts,
        )
    main = primary_adapter(adapters, routes)
    if main is not None:
        facts["judged_interface"] = main["name"]
        facts["lease"] = {k: main[k] for k in LEASE_KEYS if main.get(k) is not None} or None
    usable = [x for x in main["ipv4"] if _usable(x)] if main is not None else []
    if main is None or (not usable and not main["self_assigned"] and not _ipv6_only(main, routes)):
        if any(a["self_assigned"] for a in adapters if _physical(a)):
            return _self_assigned(facts)
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
    if not usable and main["self_assigned"]:
        return _self_assigned(facts)
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
    ipc = ipconfig_command(obs)
    dns_listed = not (ipc is not None and "/all" not in [a.lower() for a in ipc.argv] and not system_dns(obs))
    if not dns and not dns_listed:
        facts["dns_servers"] = None  # a plain "ipconfig" does not list DNS servers: unknown, not missing
    elif not dns:
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
    address = usable[0] if usable else tr("IPv6 only")
    return Result(
        "network",
        Status.OK,
        "",
        tr("Connected with address {address} through {interface}.", address=address, interface=main["name"] or "?"),
        facts,
    )


def _ipv6_only(adapter: dict[str, Any], routes: list[dict[str, Any]]) -> bool:
    return not adapter["ipv4"] and any(r.get("dev") == adapter["name"] and ":" in str(r.get("gateway") or "") for r in routes)


def _self_assigned(facts: dict[str, Any]) -> Result:
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
