"""VPN parsers: direct cases on real and documented outputs, and fuzzing (they never raise, and garbage or
localized text gives "unknown" or nothing, never a wrong state)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.parsers import vpn as p

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vpn"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_nmcli_terse_escapes_and_states() -> None:
    text = "Wired connection 1:802-3-ethernet:enp0s3:activated\nParis\\: HQ:vpn:enp0s3:activating\nwg0:wireguard:wg0:activated\n"
    assert p.parse_nmcli_active(text) == [
        {"name": "Paris: HQ", "type": "vpn", "state": "connecting", "interface": "enp0s3"},
        {"name": "wg0", "type": "wireguard", "state": "connected", "interface": "wg0"}]


def test_nmcli_table_with_a_state_column() -> None:
    text = ("NAME        TYPE       DEVICE  STATE\n"  # SYNTHETIC: nmcli -f NAME,TYPE,DEVICE,STATE, human form
            "Office VPN  vpn        enp0s3  activating\n"
            "wg0         wireguard  wg0     activated\n")
    assert [(s["name"], s["state"]) for s in p.parse_nmcli_active(text)] == [("Office VPN", "connecting"), ("wg0", "connected")]


def test_get_vpnconnection_json_forms() -> None:
    one = {"Name": "Corp", "ConnectionStatus": "Connected", "TunnelType": "Ikev2", "ServerAddress": "vpn.corp.example",
           "SplitTunneling": True}
    assert p.parse_get_vpnconnection(json.dumps(one)) == [
        {"name": "Corp", "type": "ikev2", "state": "connected", "server": "vpn.corp.example", "split_tunneling": True}]
    wrapped = json.dumps({"value": [one, {"Name": "Old", "ConnectionStatus": "Disconnected"}], "Count": 2})
    assert [s["state"] for s in p.parse_get_vpnconnection(wrapped)] == ["connected", "disconnected"]
    assert p.parse_get_vpnconnection(json.dumps({"Name": "X", "ConnectionStatus": "Verbunden"}))[0]["state"] == "unknown"
    assert p.parse_get_vpnconnection("[{") == [] and p.parse_get_vpnconnection("") == []


def test_get_vpnconnection_list_format_documentation_example() -> None:
    services = p.parse_get_vpnconnection(read("90_msdocs_get-vpnconnection.txt"))
    assert [s["name"] for s in services] == ["Test5", "Test3", "Test4"]


def test_scutil_status_forms() -> None:
    service = p.parse_scutil_nc_status(read("scutil_nc_status_l2tp_ppp0.txt"), "Office")[0]
    assert service == {"name": "Office", "type": "ppp", "state": "connected", "interface": "ppp0", "server": "130.235.16.20"}
    assert p.parse_scutil_nc_status("Disconnected\n", "X")[0]["state"] == "disconnected"
    assert p.parse_scutil_nc_status("No service\n", "X") == []
    assert p.parse_scutil_nc_status("Verbunden\n", "X") == []  # not a state it knows: nothing, not a guess


def test_netadapter_tables_keep_truncated_values_and_read_states() -> None:
    rows = {r["name"]: r for r in p.parse_get_netadapter(read("87_unresolved_get-netadapter_wireguard.txt"))}
    assert rows["G634J"]["description"] == "WireGuard Tunnel" and rows["G634J"]["state"] == "connected"
    assert rows["Ethernet"]["state"] == "disconnected"
    assert p.adapter_description_type(rows["G634J"]["description"]) == "wireguard"
    assert p.adapter_description_type("Intel(R) Wi-Fi 6E AX211 160MHz") is None


def test_globalprotect_states() -> None:
    assert p.parse_globalprotect_status(read("gp_linux_show-status_connected.txt")) == "connected"
    assert p.parse_globalprotect_status("GlobalProtect status: Disconnected") == "disconnected"
    assert p.parse_globalprotect_status("GlobalProtect status: OnDemand mode") == "disconnected"
    assert p.parse_globalprotect_status("GlobalProtect status: Connecting...") == "connecting"
    assert p.parse_globalprotect_status("Statut GlobalProtect : Connecté") == "unknown"


def test_resolvectl_outputs() -> None:
    two = p.parse_resolvectl_query(read("resolvectl_query_two-addresses.txt"))
    assert two["addresses"] == ["142.251.209.35", "2a00:1450:4002:411::2003"] and two["links"] == ["enp0s3"]
    failed = p.parse_resolvectl_query("x.corp.example: resolve call failed: 'x.corp.example' not found\n")
    assert failed["failed"] is True and failed["addresses"] == []
    assert p.parse_resolvectl_dns("Global: 1.1.1.1#cloudflare-dns.com\nLink 3 (wg0): 10.0.0.53\nLink 2 (eth0):\n") == {
        "Global": ["1.1.1.1"], "wg0": ["10.0.0.53"], "eth0": []}


def test_scutil_dns_supplemental_resolver_wins() -> None:
    text = ("DNS configuration\n\nresolver #1\n  nameserver[0] : 192.168.1.1\n  if_index : 6 (en0)\n\n"
            "resolver #2\n  domain   : corp.example.com\n  nameserver[0] : 10.0.0.53\n  if_index : 22 (utun4)\n")  # SYNTHETIC
    resolvers = p.parse_scutil_dns(text)
    assert p.scutil_resolver_for("wiki.corp.example.com", resolvers)["interface"] == "utun4"
    assert p.scutil_resolver_for("example.org", resolvers)["nameservers"] == ["192.168.1.1"]


def test_nrpt_and_dns_servers() -> None:
    rules = p.parse_nrpt_policy(json.dumps({"Namespace": ".corp.example", "NameServers": ["10.0.0.53", "10.0.0.54"]}))
    assert p.nrpt_servers_for("intranet.corp.example", rules) == ["10.0.0.53", "10.0.0.54"]
    assert p.nrpt_servers_for("example.org", rules) == []
    servers = p.parse_dns_client_servers(json.dumps([{"InterfaceAlias": "Wi-Fi", "ServerAddresses": ["192.168.1.1"]}]))
    assert servers == {"Wi-Fi": ["192.168.1.1"]}


PARSERS = (p.parse_nmcli_active, p.parse_get_vpnconnection, p.parse_scutil_nc_list, p.parse_scutil_nc_status,
           p.parse_wg_show_dump, p.parse_wg_show, p.parse_wg_show_any, p.parse_get_netadapter,
           p.parse_globalprotect_status, p.parse_forticlient_status, p.parse_resolvectl_query, p.parse_resolvectl_dns,
           p.parse_scutil_dns, p.parse_nrpt_policy, p.parse_dns_client_servers)
STATES = {"connected", "disconnected", "connecting", "unknown"}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_parsers_never_raise(text: str) -> None:
    for parse in PARSERS:
        parse(text)


_nm_lines = st.lists(st.sampled_from([
    "NAME  UUID  TYPE  DEVICE", "NAME        TYPE       DEVICE  STATE", "a:vpn:eth0:activated", "b\\:c:wireguard::",
    "x:vpn", "Office VPN  vpn        enp0s3  activating", "wg0  -- wireguard  --", "", "::::", "\\",
]) | st.text(max_size=30), max_size=8)


@settings(max_examples=300, deadline=None)
@given(_nm_lines)
def test_nmcli_near_misses_give_known_states_only(lines: list[str]) -> None:
    for service in p.parse_nmcli_active("\n".join(lines)):
        assert service["state"] in STATES and service["type"] in ("vpn", "wireguard", "tun") and service["name"]


_vpn_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
        st.sampled_from(["Name", "ConnectionStatus", "TunnelType", "ServerAddress", "SplitTunneling", "value", "Count"]),
        kids, max_size=6),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_vpn_json)
def test_get_vpnconnection_json_near_misses(data: object) -> None:
    for service in p.parse_get_vpnconnection(json.dumps(data)):
        assert service["state"] in STATES and isinstance(service["name"], str) and service["name"]


_status_lines = st.lists(st.sampled_from([
    "Connected", "Disconnected", "Connecting", "Invalid", "No service", "Extended Status <dictionary> {",
    "  InterfaceName : utun4", "  ServerAddress : 10.0.0.1", "  PPP : <dictionary> {", "}", "Verbunden",
]) | st.text(max_size=20), max_size=8)


@settings(max_examples=300, deadline=None)
@given(_status_lines)
def test_scutil_status_near_misses(lines: list[str]) -> None:
    for service in p.parse_scutil_nc_status("\n".join(lines), "X"):
        assert service["state"] in STATES
