"""VPN checks on recorded and faked observations (FakeSystem): what a user would read for each situation.

Recordings: tests/fixtures/vpn/ (see PROVENANCE.tsv: real captures, and documentation examples such as the
Microsoft Learn Get-VpnConnection output, which is marked as such). Outputs marked SYNTHETIC below are written
here in the documented formats of `wg show all dump` (wg(8)), `ip -j route get`, `route -n get` and Find-NetRoute.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.diagnostics import vpn
from desktop_app.diagnostics.vpn import clock, common, company
from desktop_app.engine import Sweep
from desktop_app.model import Status

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vpn"
WINDOWS_LIST = (FIXTURES / "90_msdocs_get-vpnconnection.txt").read_text()
MAC_LIST = (FIXTURES / "99_rust-netcfg_scutil-nc-list.txt").read_text()
POLICY = {"internal_names": ["intranet.corp.example"], "expected_ranges": ["10.88.0.0/24"]}


def base_values(**extra: Any) -> dict[str, Any]:
    return {"vpn_adapters": {}, "net_if_names": ["lo", "eth0"], "vpn_processes": [], **extra}


def windows_commands(per_user: str = "", all_users: str = WINDOWS_LIST, adapters: str = "") -> dict[Any, Any]:
    """The three Windows VPN sources; the Microsoft Learn example is the -AllUserConnection form."""
    return {common.PS_ARGV: per_user, common.PS_ALL_ARGV: all_users, common.PS_ADAPTERS_ARGV: adapters}


def sweep(system: Any, context: Any, only: tuple[str, ...] = ("vpn",)) -> dict[str, Any]:
    checks = [c for c in vpn.CHECKS if c.id in only]
    results = Sweep(checks, system, context, verdicts=vpn.VERDICTS).run()
    return {r.id: r for r in results}


def test_windows_recorded_connections_not_connected_without_policy(no_surprises, ctx) -> None:
    system = no_surprises("windows", commands=windows_commands(), values=base_values())
    results = sweep(system, ctx("windows"))
    services = results["vpn"].facts["services"]
    assert [s["name"] for s in services] == ["Test5", "Test3", "Test4"]
    assert {s["state"] for s in services} == {"disconnected"}
    assert all(s["all_users"] for s in services)  # admin-deployed: only -AllUserConnection lists them
    assert results["vpn"].status == Status.OK  # no company VPN expected: being off is not a failure
    assert results["verdict.vpn"].status == Status.OK


def test_windows_recorded_connections_not_connected_with_policy(no_surprises, ctx) -> None:
    system = no_surprises("windows", commands=windows_commands(), values=base_values())
    results = sweep(system, ctx("windows", vpn={**POLICY, "connection_name": "Test3"}))
    assert results["vpn"].status == Status.FAILED
    assert "Test3" in results["vpn"].summary
    verdict = results["verdict.vpn"]
    assert verdict.summary == "VPN not connected."
    assert verdict.facts["cause"] == "not_connected"
    assert "vpn.connect" in verdict.fixes


def test_macos_recorded_tailscale_connected(no_surprises, ctx) -> None:
    # the connected service is asked for its status too (no recording of Tailscale's: an empty answer)
    system = no_surprises("macos", commands={common.SCUTIL_ARGV: MAC_LIST, ("scutil", "--nc", "status", "Tailscale"): ""},
                          values=base_values())
    results = sweep(system, ctx("macos"))
    states = {s["name"]: s["state"] for s in results["vpn"].facts["services"]}
    assert states == {"Tailscale": "connected", "ProtonVPN": "disconnected"}
    assert results["vpn"].status == Status.OK
    assert "Tailscale" in results["vpn"].summary


def test_no_vpn_and_no_policy_is_skipped_not_failed(no_surprises, ctx) -> None:
    system = no_surprises("linux", values=base_values())
    results = sweep(system, ctx("linux"))
    assert results["vpn"].status == Status.SKIPPED
    assert results["verdict.vpn"].status == Status.SKIPPED


def test_no_vpn_but_policy_expects_one_fails(no_surprises, ctx) -> None:
    system = no_surprises("linux", values=base_values())
    results = sweep(system, ctx("linux", vpn=POLICY))
    assert results["vpn"].status == Status.FAILED
    assert results["verdict.vpn"].facts["cause"] == "not_connected"


def test_adapter_and_process_names_reveal_clients_without_a_cli(no_surprises, ctx) -> None:
    values = base_values(vpn_adapters={"cscotun0": {"isup": True, "mtu": 1390}}, vpn_processes=["pangps", "vpnagent"])
    system = no_surprises("linux", values=values)
    services = sweep(system, ctx("linux"))["vpn"].facts["services"]
    assert {"name": "cscotun0", "type": "anyconnect", "interface": "cscotun0", "state": "connected", "source": "adapter"} in services
    assert any(s["type"] == "globalprotect" and s["state"] == "unknown" for s in services)
    assert sum(s["type"] == "anyconnect" for s in services) == 1  # the process adds nothing the adapter did not say


# -- tunnel: WireGuard handshakes and counters (SYNTHETIC dumps in wg(8) 'dump' format) -----------------------
def wg_dump(handshake: int, rx: int, tx: int) -> str:
    return (
        "corp\tcHJpdmF0ZQ==\tcHVibGlj\t51820\toff\n"
        f"corp\tcGVlcg==\t(none)\t198.51.100.7:51820\t10.88.0.0/24\t{handshake}\t{rx}\t{tx}\t25\n"
    )


def tunnel_system(no_surprises: Any, dumps: list[str]) -> Any:
    answers = iter(dumps)

    def wg(argv: list[str]) -> tuple[int, str, str, None]:
        return 0, next(answers), "", None

    values = base_values(vpn_adapters={}, net_if_names=["lo", "eth0", "corp"], **{"vpn.now": lambda: NOW},
                         **{"vpn.counters.before": {}, "vpn.counters.after": {}})
    return no_surprises("linux", commands={"wg": wg}, values=values)


NOW = 1_800_000_000


def test_stale_handshake_means_dead_tunnel_even_with_the_adapter_up(no_surprises, ctx) -> None:
    dumps = [wg_dump(NOW - 600, 5000, 9000)] * 3
    results = sweep(tunnel_system(no_surprises, dumps), ctx("linux"), ("vpn", "tunnel"))
    assert results["vpn"].facts["services"][0]["state"] == "connected"
    tunnel = results["tunnel"]
    assert tunnel.status == Status.FAILED and tunnel.facts["dead_reason"] == "handshake_stale"
    assert tunnel.summary == "The VPN tunnel is dead: the last handshake with the VPN server was 10 min ago."
    assert results["verdict.vpn"].facts["cause"] == "tunnel_dead"


def test_counters_not_moving_back_means_dead_tunnel(no_surprises, ctx) -> None:
    dumps = [wg_dump(NOW - 30, 5000, 9000), wg_dump(NOW - 30, 5000, 9000), wg_dump(NOW - 30, 5000, 9500)]
    results = sweep(tunnel_system(no_surprises, dumps), ctx("linux"), ("vpn", "tunnel"))
    assert results["tunnel"].facts["dead_reason"] == "no_reply"
    assert results["tunnel"].facts["peers"][0]["tx_delta"] == 500


def test_fresh_handshake_and_replies_are_healthy(no_surprises, ctx) -> None:
    dumps = [wg_dump(NOW - 30, 5000, 9000), wg_dump(NOW - 30, 5000, 9000), wg_dump(NOW - 5, 5600, 9500)]
    results = sweep(tunnel_system(no_surprises, dumps), ctx("linux"), ("vpn", "tunnel"))
    assert results["tunnel"].status == Status.OK
    assert results["tunnel"].facts["peers"][0]["handshake_age_seconds"] == 5


# -- route lookups on every OS (SYNTHETIC outputs in the documented formats) ---------------------------------
def test_route_parsers_name_the_outgoing_interface() -> None:
    assert common.parse_ip_route_get('[{"dst":"10.88.0.1","dev":"wg0","prefsrc":"10.77.0.2","flags":[],"uid":0,"cache":[]}]') == "wg0"
    mac = "   route to: 10.88.0.1\ndestination: 10.88.0.0\n       mask: 255.255.255.0\n  interface: utun4\n      flags: <UP,DONE,CLONING>\n"
    assert common.parse_route_n_get(mac) == "utun4"
    win = json.dumps([{"IPAddress": "10.77.0.2", "InterfaceAlias": "Corp VPN"}, {"DestinationPrefix": "10.88.0.0/24", "InterfaceAlias": "Corp VPN"}])
    assert common.parse_find_netroute(win) == "Corp VPN"


@given(st.text(max_size=300))
def test_route_parsers_never_raise(text: str) -> None:
    for parse in (common.parse_ip_route_get, common.parse_route_n_get, common.parse_find_netroute, common.parse_vpncli_state):
        parse(text)


def test_vpncli_state() -> None:
    # SYNTHETIC, in the shape of Cisco's vpncli "state" transcript (">> state:" lines, the last one current)
    text = "Cisco Secure Client (version 5.0.01242) .\n\n  >> state: Disconnected\n  >> state: Connected\n  >> notice: Connected to vpn.example.com.\n"
    assert common.parse_vpncli_state(text) == "connected"


def test_windows_route_lookup_is_read_from_a_recording(ctx) -> None:
    from desktop_app.observations import Observations

    argv = common.route_argv("windows", "10.88.0.1")
    obs = Observations([{"kind": "command", "argv": argv, "returncode": 0, "stdout": json.dumps({"InterfaceAlias": "Corp"}),
                         "stderr": "", "error": None, "duration_ms": 1}])
    assert common.route_device(obs, "10.88.0.1") == "Corp"
    assert common.route_device(obs, "10.88.0.9") is None


# -- clock -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("offset", "expected"), [(-420, "Your clock is 7 minutes fast."), (420, "Your clock is 7 minutes slow.")])
def test_clock_minutes_off(no_surprises, ctx, offset: int, expected: str) -> None:
    from email.utils import formatdate

    before = time.time()
    url = "https://intranet.corp.example/"
    http = {"status": 200, "date_header": formatdate(before + offset, usegmt=True), "ms": 40.0, "error_kind": None}
    system = no_surprises("linux", values={"vpn.clock.before": before, f"http:{url}": http})
    results = sweep(system, ctx("linux", vpn={"intranet_urls": [url]}), ("clock",))
    assert results["clock"].summary == expected
    assert results["clock"].fixes == ("vpn.clock_sync",)


def test_clock_skew_arithmetic() -> None:
    assert clock.skew_seconds(1_000_000_000.0, 0, "Sun, 09 Sep 2001 01:46:40 GMT") == pytest.approx(-0.5)
    assert clock.skew_seconds(1_000_000_000.0, 0, "not a date") is None


def test_packets_refused_as_too_big_are_not_a_black_hole(ctx) -> None:
    """Real iputils output: 1400-byte DF packets refused by a 1280-MTU interface with a message."""
    from desktop_app.diagnostics.vpn import tunnel
    from desktop_app.observations import Observations

    recorded = json.loads((FIXTURES / "linux_df_pings_local_mtu_1280.json").read_text())
    result = tunnel.analyze(Observations(recorded), ctx("linux", vpn={"mtu_probe_host": "127.0.0.1"}))
    assert result is not None
    mtu = result.facts["mtu"]
    assert mtu["small_ok"] is True and mtu["sizes"]["1400"] == "too_big"
    assert mtu["blackhole"] is False and result.status == Status.OK


@pytest.mark.parametrize("file", ["windows_zh_ping-df-too-big.txt", "windows_ja_ping-df-too-big.txt"])
def test_packets_refused_as_too_big_in_chinese_or_japanese_windows_are_not_a_black_hole(file: str) -> None:
    """Real Windows outputs: a DF packet refused with a message is path MTU discovery working, not silence."""
    from desktop_app.observations import Observations

    host, payload = "10.88.0.1", common.LARGE_PAYLOADS[0]
    argv = common.df_ping_argv("windows", host, payload)
    recorded = Observations([{"kind": "command", "argv": argv, "returncode": 1, "stdout": (FIXTURES / file).read_text(encoding="utf-8"),
                              "stderr": "", "error": None}])
    assert common.df_outcome(recorded, host, payload) == "too_big"


def test_windows_company_names_asked_to_the_home_router(no_surprises, ctx) -> None:
    """SYNTHETIC Find-NetRoute JSON (documented InterfaceAlias property); documentation Get-VpnConnection example."""
    name = "intranet.corp.example"
    route = {tuple(common.route_argv("windows", "192.168.1.254")): json.dumps([{"InterfaceAlias": "Wi-Fi"}]),
             tuple(common.route_argv("windows", "10.88.0.1")): json.dumps([{"InterfaceAlias": "OpenVPN TAP-Windows6"}]),
             tuple(common.route_argv("windows", "1.1.1.1")): json.dumps([{"InterfaceAlias": "Wi-Fi"}])}
    dns = {"name": name, "server": None, "status": "nxdomain", "addresses": [], "servers": ["192.168.1.254"],
           "answered_by": "192.168.1.254"}
    values = base_values(vpn_adapters={"OpenVPN TAP-Windows6": {"isup": True, "mtu": 1500}},
                         **{f"dns:{name}": dns, f"vpn.resolve:{name}": {"status": "nxdomain", "addresses": []}})
    nrpt = {(*common.PS_PREFIX, company.PS_NRPT): "", (*common.PS_PREFIX, company.PS_DNS_SERVERS): ""}
    system = no_surprises("windows", commands={**windows_commands(), **route, **nrpt}, values=values)
    results = sweep(system, ctx("windows", vpn={**POLICY, "company_subnets": ["10.88.0.0/24"]}), ("vpn", "company"))
    result = results["company"]
    assert result.facts["dns_via_tunnel"] is False
    assert result.facts["routes"][0]["via_tunnel"] is True
    assert result.facts["problem"] == "dns_home"
    assert "vpn.flush_dns" in result.fixes
    assert results["verdict.vpn"].summary == "Company names resolve through your home DNS instead of the VPN."
