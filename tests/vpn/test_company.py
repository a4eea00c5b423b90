"""Company reachability: do internal names resolve through the VPN's DNS, and where does traffic go?

The OS resolver decides whether a name resolves (it honours split DNS); the OS's own DNS view decides which
server answered. Real outputs: resolvectl query (Ubuntu 24), scutil --dns before/after GlobalProtect connects
(see tests/fixtures/vpn/PROVENANCE.tsv). Route lookups and NRPT JSON are SYNTHETIC, in the documented formats.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.diagnostics.vpn import common, company
from desktop_app.model import Status
from desktop_app.observations import Observations

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vpn"
WG_UP = {"corp0": {"isup": True, "mtu": 1420, "kind": "wireguard"}}


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def command(argv: Any, stdout: str, returncode: int = 0) -> dict[str, Any]:
    return {"kind": "command", "argv": list(argv), "returncode": returncode, "stdout": stdout, "stderr": "",
            "error": None, "duration_ms": 1}


def value(name: str, data: Any, kind: str = "probe") -> dict[str, Any]:
    return {"kind": kind, "name": name, "value": data}


def linux_route(address: str, dev: str) -> dict[str, Any]:
    return command(common.route_argv("linux", address), json.dumps([{"dst": address, "dev": dev}]))


def mac_route(address: str, iface: str) -> dict[str, Any]:
    return command(common.route_argv("macos", address), f"   route to: {address}\n  interface: {iface}\n")


def dns_probe(name: str, answered_by: str, status: str = "ok", addresses: list[str] | None = None,
              servers: list[str] | None = None) -> dict[str, Any]:
    return value(f"dns:{name}", {"name": name, "status": status, "addresses": addresses or [], "servers": servers or [answered_by],
                                 "answered_by": answered_by})


def analyze(items: list[dict[str, Any]], ctx: Any, platform: str = "linux", **policy: Any) -> Any:
    result = company.analyze(Observations(items), ctx(platform, vpn=policy))
    assert result is not None
    return result


def test_a_loopback_stub_is_seen_through_resolvectl_and_home_answers_warn(ctx) -> None:
    """Real `resolvectl query` (the name came through link ens33, not the tunnel), resolv.conf on 127.0.0.53,
    no expected ranges: the name resolves, but the home network's DNS answered it, which must not pass as OK."""
    name = "github.com"
    items = [value("vpn_adapters", WG_UP, "psutil"),
             value(f"vpn.resolve:{name}", {"status": "ok", "addresses": ["20.205.243.166"]}),
             dns_probe(name, "127.0.0.53", addresses=["20.205.243.166"]),
             command(("resolvectl", "query", name), read("resolvectl_query_ubuntu24.txt")),
             command(company.RESOLVECTL_DNS, "Global:\nLink 2 (ens33): 192.168.1.1\nLink 5 (corp0): 10.88.0.2\n")]
    result = analyze(items, ctx, internal_names=[name])
    fact = result.facts["names"][0]
    assert fact["server_interface"] == "ens33" and fact["server"] == "192.168.1.1" and fact["server_seen_by"] == "resolvectl"
    assert result.facts["dns_via_tunnel"] is False
    assert result.status == Status.WARNING and result.facts["problem"] == "dns_home_answers"
    assert "home network's DNS" in result.summary and "vpn.flush_dns" in result.fixes


def test_a_loopback_stub_answering_through_the_tunnel_link_is_fine(ctx) -> None:
    """SYNTHETIC resolvectl query in the real format: the answer came through the tunnel's link."""
    name = "intranet.corp.example"
    query = f"{name}: 10.88.0.2                       -- link: corp0\n\n-- Information acquired via protocol DNS in 2.1ms.\n"
    items = [value("vpn_adapters", WG_UP, "psutil"),
             value(f"vpn.resolve:{name}", {"status": "ok", "addresses": ["10.88.0.2"]}),
             dns_probe(name, "127.0.0.53", addresses=["10.88.0.2"]),
             command(("resolvectl", "query", name), query)]
    result = analyze(items, ctx, internal_names=[name])
    assert result.facts["dns_via_tunnel"] is True and result.status == Status.OK


def test_macos_split_dns_is_judged_by_scutil_not_by_the_probe(ctx) -> None:
    """Real `scutil --dns` once GlobalProtect is connected: names go to 10.222.5.21, routed into the tunnel.
    The dnspython probe read /etc/resolv.conf and asked the home router: that must not make it "home DNS"."""
    name = "intranet.workdomain.com"
    items = [value("vpn_adapters", {"utun4": {"isup": True, "mtu": 1400, "kind": "utun"}}, "psutil"),
             value(f"vpn.resolve:{name}", {"status": "ok", "addresses": ["10.222.7.7"]}),
             dns_probe(name, "192.168.17.1", status="nxdomain"),
             command(company.SCUTIL_DNS, read("scutil_dns_globalprotect_connected.txt")),
             mac_route("10.222.5.21", "utun4"), mac_route("192.168.17.1", "en0")]
    result = analyze(items, ctx, "macos", internal_names=[name], expected_ranges=["10.222.0.0/16"])
    fact = result.facts["names"][0]
    assert fact["server"] == "10.222.5.21" and fact["server_seen_by"] == "scutil" and fact["server_via_tunnel"] is True
    assert result.status == Status.OK
    before = [*items[:2], value(f"vpn.resolve:{name}", {"status": "nxdomain", "addresses": []}),
              command(company.SCUTIL_DNS, read("scutil_dns_globalprotect_before.txt")), mac_route("192.168.17.1", "en0")]
    result = analyze(before, ctx, "macos", internal_names=[name], expected_ranges=["10.222.0.0/16"])
    assert result.facts["names"][0]["server_interface"] == "en0" and result.facts["problem"] == "dns_home"


def test_windows_nrpt_rule_names_the_company_server(ctx) -> None:
    """SYNTHETIC Get-DnsClientNrptPolicy JSON (Namespace, NameServers) and Find-NetRoute JSON."""
    name = "intranet.corp.example"
    nrpt = json.dumps([{"Namespace": [".corp.example"], "NameServers": ["10.88.0.53"]}])
    items = [command((*common.PS_PREFIX, company.PS_NRPT), nrpt),
             command(common.PS_ADAPTERS_ARGV, json.dumps({"Name": "Corp VPN", "InterfaceDescription": "WireGuard Tunnel",
                                                         "Status": "Up"})),
             command(common.route_argv("windows", "10.88.0.53"), json.dumps({"InterfaceAlias": "Corp VPN"})),
             value(f"vpn.resolve:{name}", {"status": "ok", "addresses": ["10.88.0.2"]}),
             dns_probe(name, "192.168.1.1", status="nxdomain")]
    result = analyze(items, ctx, "windows", internal_names=[name], expected_ranges=["10.88.0.0/24"])
    fact = result.facts["names"][0]
    assert fact["server"] == "10.88.0.53" and fact["server_seen_by"] == "nrpt" and fact["server_via_tunnel"] is True
    assert result.status == Status.OK


def test_full_tunnel_expected_but_internet_traffic_bypasses_it(ctx) -> None:
    items = [value("vpn_adapters", WG_UP, "psutil"), linux_route("10.88.0.1", "corp0"), linux_route("1.1.1.1", "eth0")]
    result = analyze(items, ctx, company_subnets=["10.88.0.0/24"], tunnel="full")
    assert result.status == Status.FAILED and result.facts["problem"] == "full_tunnel_bypassed"
    assert result.facts["default_route"] == {"interface": "eth0", "via_tunnel": False}
    split = analyze(items, ctx, company_subnets=["10.88.0.0/24"], tunnel="split")
    assert split.status == Status.OK and split.advice == ""


def test_split_tunnel_with_everything_through_the_vpn_is_fine_but_noted(ctx) -> None:
    items = [value("vpn_adapters", WG_UP, "psutil"), linux_route("10.88.0.1", "corp0"), linux_route("1.1.1.1", "corp0")]
    result = analyze(items, ctx, company_subnets=["10.88.0.0/24"], tunnel="split")
    assert result.status == Status.OK and "all your internet traffic goes through the VPN" in result.advice


def test_collect_asks_the_os_resolver_and_resolved_for_each_name(no_surprises, ctx) -> None:
    name = "intranet.corp.example"
    query = f"{name}: 10.88.0.2                       -- link: corp0\n"
    system = no_surprises("linux", commands={
        "resolvectl": lambda argv: (0, query if argv[1] == "query" else "Link 5 (corp0): 10.88.0.2\n", "", None),
        "ip": lambda argv: (0, json.dumps([{"dst": argv[-1], "dev": "corp0"}]), "", None)},
        values={"vpn_adapters": WG_UP, "net_if_names": ["lo", "corp0"], "vpn_processes": [],
                f"vpn.resolve:{name}": {"status": "ok", "addresses": ["10.88.0.2"]},
                f"dns:{name}": {"name": name, "status": "ok", "addresses": ["10.88.0.2"], "servers": ["127.0.0.53"],
                                "answered_by": "127.0.0.53"}})
    context = ctx("linux", vpn={"internal_names": [name], "expected_ranges": ["10.88.0.0/24"]})
    company.collect(system, context)
    assert ["resolvectl", "query", name] in system.ran
    routed = [argv[-1] for argv in system.ran if argv[0] == "ip"]
    assert "127.0.0.53" not in routed and "10.88.0.2" in routed and company.FULL_TUNNEL_SAMPLE in routed
    result = company.analyze(Observations(system.observations), context)
    assert result is not None and result.status == Status.OK and result.facts["dns_via_tunnel"] is True
