"""Does the company answer through the VPN? Internal names, intranet URLs and routes from the policy."""

from __future__ import annotations

import ipaddress
from typing import Any

from desktop_app import probes
from desktop_app.diagnostics.vpn import common
from desktop_app.i18n import tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import Observations
from desktop_app.system import System

FULL_TUNNEL_SAMPLE = "1.1.1.1"  # only looked up in the routing table, never contacted


def _targets(ctx: Context) -> tuple[list[str], list[str], list[str]]:
    vpn = ctx.policy.section("vpn")
    return list(vpn["internal_names"]), list(vpn["intranet_urls"]), list(vpn["company_subnets"])


def collect(system: System, ctx: Context) -> None:
    names, urls, subnets = _targets(ctx)
    if not (names or urls or subnets):
        return
    common.collect_services(system, ctx)
    timeout = float(ctx.policy.get("network", "probe_timeout"))
    for name in names:
        found = probes.dns_lookup(system, name, timeout=timeout).value or {}
        for address in [*(found.get("servers") or [])[:1], *(found.get("addresses") or [])[:2]]:
            common.collect_route(system, str(address))
    for cidr in subnets:
        sample = common.sample_address(cidr)
        if sample:
            common.collect_route(system, sample)
    if ctx.policy.get("vpn", "tunnel") == "full":
        common.collect_route(system, FULL_TUNNEL_SAMPLE)
    for url in urls:
        probes.http_check(system, url, timeout=max(timeout, 5.0))


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def analyze(obs: Observations, ctx: Context) -> Result | None:
    names, urls, subnets = _targets(ctx)
    if not (names or urls or subnets):
        return None
    tunnels = common.tunnel_interfaces(obs)
    ranges = list(ctx.policy.get("vpn", "expected_ranges"))
    facts: dict[str, Any] = {"tunnel_interfaces": sorted(tunnels), "tunnel_mode": ctx.policy.get("vpn", "tunnel")}

    def via_tunnel(address: str) -> bool | None:
        device = common.route_device(obs, address)
        if device is None or not tunnels:
            return None
        return device in tunnels

    # -- internal names
    name_facts = []
    dns_via: list[bool | None] = []
    for name in names:
        value = obs.value("probe", probes.dns_name(name))
        data = value.value if value is not None and isinstance(value.value, dict) else {}
        status = data.get("status") or ("error" if value is None or value.error else "unknown")
        addresses = [str(a) for a in data.get("addresses") or []]
        servers = [str(s) for s in data.get("servers") or []]
        server = servers[0] if servers else None
        server_via = None if server is None or _is_loopback(server) else via_tunnel(server)
        dns_via.append(server_via)
        in_range = None if not ranges or status != "ok" else bool(addresses) and all(common.in_ranges(a, ranges) for a in addresses)
        name_facts.append({"name": name, "status": status, "addresses": addresses, "server": server,
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
    if ctx.policy.get("vpn", "tunnel") == "full":
        route_facts.append({"subnet": "default", "address": FULL_TUNNEL_SAMPLE,
                            "interface": common.route_device(obs, FULL_TUNNEL_SAMPLE), "via_tunnel": via_tunnel(FULL_TUNNEL_SAMPLE)})
    facts["routes"] = route_facts
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

    flush = ("dns.flush",) if _fix_exists("dns.flush") else ()
    if names_bad and facts["dns_via_tunnel"] is False:
        facts["problem"] = "dns_home"
        return Result("company", Status.FAILED, "", tr("Company names are looked up by your home network instead of the VPN."), facts,
                      fixes=("vpn.connect", *flush), advice=tr("Reconnect the VPN. If it keeps happening, tell IT."), help="vpn-company-dns")
    if routes_bad:
        facts["problem"] = "routes_bypass_tunnel"
        return Result("company", Status.FAILED, "", tr("Traffic to the company does not go through the VPN."), facts,
                      fixes=("vpn.connect",), advice=tr("Reconnect the VPN. If it keeps happening, tell IT."), help="vpn-company-unreachable")
    if tls_bad:
        facts["problem"] = "tls"
        issuer = tls_bad[0]["tls_issuer"] or tr("an unknown issuer")
        return Result("company", Status.FAILED, "", tr("The company website's security certificate was refused (issued by {issuer}).", issuer=issuer),
                      facts, advice=tr("Check that your computer's date and time are right, then tell IT."), help="vpn-company-unreachable")
    if names_bad:
        facts["problem"] = "dns_failed"
        return Result("company", Status.FAILED, "", tr("Company names cannot be found ({count} of {total}).", count=len(names_bad), total=len(names)),
                      facts, fixes=("vpn.connect", *flush), advice=tr("Reconnect the VPN, then try again."), help="vpn-company-dns")
    if web_bad:
        facts["problem"] = "intranet_down"
        return Result("company", Status.FAILED, "", tr("The company websites do not answer ({count} of {total}).", count=len(web_bad), total=len(urls)),
                      facts, fixes=("vpn.connect",), advice=tr("Reconnect the VPN, then try again."), help="vpn-company-unreachable")
    facts["problem"] = None
    return Result("company", Status.OK, "", tr("The company answers through the VPN."), facts)


def _fix_exists(fix_id: str) -> bool:
    from desktop_app import registry

    return registry.fix(fix_id) is not None
