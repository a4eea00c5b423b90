"""Does the company answer through the VPN? Internal names, intranet URLs and routes from the policy.

Whether an internal name resolves is asked of the operating system's own resolver (``getaddrinfo``), because
only it honours split DNS (macOS scoped resolvers, Windows NRPT, systemd-resolved per-link servers). Which
server answered is then attributed from the OS's own view where it has one (``resolvectl query`` names the
link, ``scutil --dns`` the resolver, NRPT the servers), and otherwise from the per-server DNS probe's
``answered_by``; a loopback stub (127.0.0.53) is never taken for the server itself.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

from desktop_app import probes
from desktop_app.diagnostics.vpn import common
from desktop_app.i18n import tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import Observations, ValueObs
from desktop_app.system import System

FULL_TUNNEL_SAMPLE = "1.1.1.1"  # only looked up in the routing table, never contacted
RESOLVECTL_DNS = ("resolvectl", "dns")
SCUTIL_DNS = ("scutil", "--dns")
PS_NRPT = "Get-DnsClientNrptPolicy | Select-Object Namespace,NameServers | ConvertTo-Json"
PS_DNS_SERVERS = "Get-DnsClientServerAddress | Select-Object InterfaceAlias,ServerAddresses | ConvertTo-Json"
FLUSH_FIX = "vpn.flush_dns"


def _targets(ctx: Context) -> tuple[list[str], list[str], list[str]]:
    vpn = ctx.policy.section("vpn")
    return list(vpn["internal_names"]), list(vpn["intranet_urls"]), list(vpn["company_subnets"])


def resolve_name(name: str) -> str:
    return f"vpn.resolve:{name}"


def os_resolve(system: System, name: str, timeout: float) -> ValueObs:
    """The OS resolver's answer (getaddrinfo), the way applications see the name."""

    def lookup() -> dict[str, Any]:
        try:
            infos = socket.getaddrinfo(name, None, proto=socket.IPPROTO_TCP)
        except socket.gaierror as exc:
            not_found = {socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)}
            status = "nxdomain" if exc.errno in not_found else "timeout" if exc.errno == socket.EAI_AGAIN else "error"
            return {"status": status, "addresses": [], "error": str(exc)}
        except (OSError, UnicodeError) as exc:
            return {"status": "error", "addresses": [], "error": str(exc)}
        return {"status": "ok", "addresses": list(dict.fromkeys(str(info[4][0]) for info in infos))}

    return system.probe(resolve_name(name), lookup, timeout + probes.SEAM_MARGIN)


def collect(system: System, ctx: Context) -> None:
    names, urls, subnets = _targets(ctx)
    if not (names or urls or subnets):
        return
    common.collect_services(system, ctx)
    timeout = float(ctx.policy.get("network", "probe_timeout"))
    platform = system.platform
    if names:
        if platform == "linux" and system.which("resolvectl"):
            system.run(list(RESOLVECTL_DNS), common.CMD_TIMEOUT, cache=True)
        if platform == "macos":
            system.run(list(SCUTIL_DNS), common.CMD_TIMEOUT, cache=True)
        if platform == "windows":
            for script in (PS_NRPT, PS_DNS_SERVERS):
                system.run([*common.PS_PREFIX, script], common.CMD_TIMEOUT, cache=True)
    for name in names:
        found = os_resolve(system, name, timeout).value or {}
        if platform == "linux" and system.which("resolvectl"):
            system.run(["resolvectl", "query", name], timeout + 2, cache=True)
        asked = probes.dns_lookup(system, name, timeout=timeout).value or {}
        view = Observations(system.observations)
        servers = [dns_server(view, name).get("server"), asked.get("answered_by"), *(asked.get("servers") or [])[:1]]
        for address in [*servers, *(found.get("addresses") or [])[:2]]:
            if address and not _is_loopback(str(address)):
                common.collect_route(system, str(address))
    for cidr in subnets:
        sample = common.sample_address(cidr)
        if sample:
            common.collect_route(system, sample)
    common.collect_route(system, FULL_TUNNEL_SAMPLE)  # where the default route goes: split or full tunnel
    for url in urls:
        probes.http_check(system, url, timeout=max(timeout, 5.0))


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def dns_server(obs: Observations, name: str) -> dict[str, Any]:
    """Which server (and, when the OS says, which interface) answers ``name``. Pure."""
    from desktop_app.parsers import vpn as parsers

    query = obs.command("resolvectl", "query", name)
    if query is not None and query.stdout.strip():
        links = parsers.parse_resolvectl_query(query.stdout)["links"]
        if links:
            per_link = obs.command(*RESOLVECTL_DNS)
            servers = parsers.parse_resolvectl_dns(per_link.stdout).get(links[0], []) if per_link is not None else []
            return {"server": servers[0] if servers else None, "interface": links[0], "source": "resolvectl"}
    scutil = obs.command(*SCUTIL_DNS)
    if scutil is not None and scutil.ok:
        resolver = parsers.scutil_resolver_for(name, parsers.parse_scutil_dns(scutil.stdout))
        if resolver is not None:
            return {"server": resolver["nameservers"][0], "interface": resolver.get("interface"), "source": "scutil"}
    nrpt = obs.command("powershell", contains="Get-DnsClientNrptPolicy")
    if nrpt is not None and nrpt.ok:
        servers = parsers.nrpt_servers_for(name, parsers.parse_nrpt_policy(nrpt.stdout))
        if servers:
            return {"server": servers[0], "interface": None, "source": "nrpt"}
    value = obs.value("probe", probes.dns_name(name))
    data = value.value if value is not None and isinstance(value.value, dict) else {}
    answered = data.get("answered_by")
    servers = [str(s) for s in data.get("servers") or []]
    candidates = [str(answered)] if answered else servers[:1]
    for server in candidates:
        if not _is_loopback(server):
            return {"server": server, "interface": None, "source": "probe"}
    return {"server": candidates[0] if candidates else None, "interface": None, "source": None}


def _name_status(obs: Observations, name: str) -> tuple[str, list[str]]:
    """The OS resolver's verdict on a name; a recording without it falls back to the DNS probe's."""
    value = obs.value("probe", resolve_name(name))
    if value is None:
        value = obs.value("probe", probes.dns_name(name))
    data = value.value if value is not None and isinstance(value.value, dict) else {}
    status = data.get("status") or ("error" if value is None or value.error else "unknown")
    return str(status), [str(a) for a in data.get("addresses") or []]


def analyze(obs: Observations, ctx: Context) -> Result | None:
    names, urls, subnets = _targets(ctx)
    if not (names or urls or subnets):
        return None
    tunnels = common.tunnel_interfaces(obs)
    ranges = list(ctx.policy.get("vpn", "expected_ranges"))
    mode = str(ctx.policy.get("vpn", "tunnel") or "split")
    facts: dict[str, Any] = {"tunnel_interfaces": sorted(tunnels), "tunnel_mode": mode}

    def via_tunnel(address: str) -> bool | None:
        device = common.route_device(obs, address)
        if device is None or not tunnels:
            return None
        return device in tunnels

    # -- internal names
    name_facts = []
    dns_via: list[bool | None] = []
    for name in names:
        status, addresses = _name_status(obs, name)
        server = dns_server(obs, name)
        if server["interface"] and tunnels:
            server_via = server["interface"] in tunnels
        elif server["server"] and not _is_loopback(server["server"]):
            server_via = via_tunnel(server["server"])
        else:
            server_via = None
        dns_via.append(server_via)
        in_range = None if not ranges or status != "ok" else bool(addresses) and all(common.in_ranges(a, ranges) for a in addresses)
        name_facts.append({"name": name, "status": status, "addresses": addresses, "server": server["server"],
                           "server_interface": server["interface"], "server_seen_by": server["source"],
                           "server_via_tunnel": server_via, "in_expected_ranges": in_range})
    facts["names"] = name_facts
    facts["dns_via_tunnel"] = False if False in dns_via else (True if dns_via and all(dns_via) else None)
    names_bad = [n for n in name_facts if n["status"] != "ok" or n["in_expected_ranges"] is False or not n["addresses"]]

    # -- routes
    route_facts = []
    for cidr in subnets:
        sample = common.sample_address(cidr)
        if sample is None:
            continue
        route_facts.append({"subnet": cidr, "address": sample, "interface": common.route_device(obs, sample),
                            "via_tunnel": via_tunnel(sample)})
    facts["routes"] = route_facts
    default_via = via_tunnel(FULL_TUNNEL_SAMPLE)
    facts["default_route"] = {"interface": common.route_device(obs, FULL_TUNNEL_SAMPLE), "via_tunnel": default_via}
    routes_bad = [r for r in route_facts if r["via_tunnel"] is False]

    # -- intranet
    web = []
    for url in urls:
        value = obs.value("probe", f"http:{url}")
        data = value.value if value is not None and isinstance(value.value, dict) else {}
        status = data.get("status")
        error_kind = data.get("error_kind") or (None if status is not None else "other")
        web.append({"url": url, "status": status, "error_kind": error_kind, "error": data.get("error") or (value.error if value else None),
                    "tls_issuer": data.get("tls_issuer"), "ms": data.get("ms")})
    facts["intranet"] = web
    tls_bad = [w for w in web if w["error_kind"] == "tls"]
    web_bad = [w for w in web if w["error_kind"] or (isinstance(w["status"], int) and w["status"] >= 500)]

    if names_bad and facts["dns_via_tunnel"] is False:
        facts["problem"] = "dns_home"
        return Result("company", Status.FAILED, "", tr("Company names are looked up by your home network instead of the VPN."), facts,
                      fixes=("vpn.connect", FLUSH_FIX), advice=tr("Reconnect the VPN. If it keeps happening, tell IT."), help="vpn-company-dns")
    if routes_bad:
        facts["problem"] = "routes_bypass_tunnel"
        return Result("company", Status.FAILED, "", tr("Traffic to the company does not go through the VPN."), facts,
                      fixes=("vpn.connect",), advice=tr("Reconnect the VPN. If it keeps happening, tell IT."), help="vpn-company-unreachable")
    if mode == "full" and default_via is False:
        facts["problem"] = "full_tunnel_bypassed"
        return Result("company", Status.FAILED, "",
                      tr("Your internet traffic does not go through the VPN, but your company requires it to (full tunnel)."), facts,
                      fixes=("vpn.connect",), advice=tr("Reconnect the VPN. If it keeps happening, tell IT."), help="vpn-company-unreachable")
    if tls_bad:
        facts["problem"] = "tls"
        issuer = tls_bad[0]["tls_issuer"] or tr("an unknown issuer")
        return Result("company", Status.FAILED, "", tr("The company website's security certificate was refused (issued by {issuer}).", issuer=issuer),
                      facts, advice=tr("Check that your computer's date and time are right, then tell IT."), help="vpn-company-unreachable")
    if names_bad:
        facts["problem"] = "dns_failed"
        return Result("company", Status.FAILED, "", tr("Company names cannot be found ({count} of {total}).", count=len(names_bad), total=len(names)),
                      facts, fixes=("vpn.connect", FLUSH_FIX), advice=tr("Reconnect the VPN, then try again."), help="vpn-company-dns")
    if web_bad:
        facts["problem"] = "intranet_down"
        return Result("company", Status.FAILED, "", tr("The company websites do not answer ({count} of {total}).", count=len(web_bad), total=len(urls)),
                      facts, fixes=("vpn.connect",), advice=tr("Reconnect the VPN, then try again."), help="vpn-company-unreachable")
    unchecked = [n for n in name_facts if n["server_via_tunnel"] is False and n["in_expected_ranges"] is None]
    if unchecked:
        # Answered, but by the home network's DNS, and nothing in the policy says the answer is the company's.
        facts["problem"] = "dns_home_answers"
        return Result("company", Status.WARNING, "",
                      tr("Company names are answered by your home network's DNS, not the VPN's: the answers may be wrong."),
                      facts, fixes=("vpn.connect", FLUSH_FIX),
                      advice=tr("Reconnect the VPN. If it keeps happening, tell IT."), help="vpn-company-dns")
    facts["problem"] = None
    if mode == "split" and default_via is True:
        facts["note"] = "all traffic goes through the VPN although the policy expects a split tunnel"
        return Result("company", Status.OK, "", tr("The company answers through the VPN."), facts,
                      advice=tr("Note: all your internet traffic goes through the VPN, although only company traffic needs to."))
    return Result("company", Status.OK, "", tr("The company answers through the VPN."), facts)
