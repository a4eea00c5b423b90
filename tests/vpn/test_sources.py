"""Which VPN, and is it up? Every source the GUIDE names, replayed from recordings (Observations) or a FakeSystem.

Real recordings come from tests/fixtures/vpn/PROVENANCE.tsv; SYNTHETIC text is written here in the documented
format and says so. The rule under test: an unknown state is reported as unknown, never as "not connected".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.diagnostics import vpn
from desktop_app.diagnostics.vpn import common, services, tunnel
from desktop_app.diagnostics.vpn.verdict import conclude
from desktop_app.model import Result, Status
from desktop_app.observations import Observations

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vpn"
POLICY = {"internal_names": ["intranet.corp.example"]}


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def command(argv: Any, stdout: str, returncode: int = 0, stderr: str = "") -> dict[str, Any]:
    return {"kind": "command", "argv": list(argv), "returncode": returncode, "stdout": stdout, "stderr": stderr,
            "error": None, "duration_ms": 1}


def value(name: str, data: Any, kind: str = "psutil") -> dict[str, Any]:
    return {"kind": kind, "name": name, "value": data}


def vpn_result(items: list[dict[str, Any]], ctx: Any) -> Result:
    result = services.analyze(Observations(items), ctx)
    assert result is not None
    return result


def by_name(result: Result) -> dict[str, dict[str, Any]]:
    return {s["name"]: s for s in result.facts["services"]}


# -- Windows: adapters are named by the user, described by their driver -------------------------------------
def test_windows_wireguard_adapter_with_a_friendly_name_is_a_connected_vpn(ctx) -> None:
    """Real Get-NetAdapter table (fixture 87): the WireGuard adapter is called "G634J"."""
    items = [command(common.PS_ADAPTERS_ARGV, read("87_unresolved_get-netadapter_wireguard.txt"))]
    result = vpn_result(items, ctx("windows", vpn=POLICY))
    assert by_name(result)["G634J"] == {"name": "G634J", "type": "wireguard", "state": "connected",
                                        "interface": "G634J", "source": "adapter"}
    assert result.status == Status.OK and result.summary == "Connected: G634J."
    assert "Wi-Fi" not in by_name(result) and "Ethernet" not in by_name(result)  # ordinary adapters are not VPNs


def test_windows_ordinary_adapters_only_give_no_vpn(ctx) -> None:
    """Real tables (fixtures 86 in Russian, 106 on Azure): no VPN adapter among them."""
    for fixture in ("86_netology_get-netadapter_ru.txt", "106_msdocs_get-netadapter_azure-mana.txt"):
        items = [command(common.PS_ADAPTERS_ARGV, read(fixture)), value("vpn_adapters", {})]
        result = vpn_result(items, ctx("windows"))
        assert result.facts["services"] == [] and result.status == Status.SKIPPED


def test_windows_vendor_adapters_by_description(ctx) -> None:
    """SYNTHETIC Get-NetAdapter JSON with the driver descriptions the vendors install."""
    adapters = [
        {"Name": "Ethernet 3", "InterfaceDescription": "PANGP Virtual Ethernet Adapter", "Status": "Up", "MtuSize": 1400},
        {"Name": "Ethernet 4", "InterfaceDescription": "Fortinet SSL VPN Virtual Ethernet Adapter", "Status": "Disconnected"},
        {"Name": "Ethernet 5", "InterfaceDescription": "Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64",
         "Status": "Disconnected"},
        {"Name": "Local Area Connection", "InterfaceDescription": "TAP-Windows Adapter V9", "Status": "Disconnected"},
        {"Name": "OpenVPN Wintun", "InterfaceDescription": "Wintun Userspace Tunnel", "Status": "Disconnected"},
        {"Name": "Wi-Fi", "InterfaceDescription": "Intel(R) Wi-Fi 6 AX201 160MHz", "Status": "Up"},
    ]
    items = [command(common.PS_ADAPTERS_ARGV, json.dumps(adapters)), value("vpn_processes", ["pangps"])]
    found = by_name(vpn_result(items, ctx("windows")))
    assert {n: (s["type"], s["state"]) for n, s in found.items()} == {
        "Ethernet 3": ("globalprotect", "connected"), "Ethernet 4": ("forticlient", "disconnected"),
        "Ethernet 5": ("anyconnect", "disconnected"), "Local Area Connection": ("openvpn", "disconnected"),
        "OpenVPN Wintun": ("wintun", "disconnected")}
    assert common.tunnel_interfaces(Observations(items)) == {"Ethernet 3"}


def test_all_user_profiles_are_merged_with_the_users_own(ctx) -> None:
    """Fixture 90 is Microsoft Learn's -AllUserConnection example (documentation, not a capture)."""
    mine = json.dumps({"Name": "Home lab", "ConnectionStatus": "Disconnected", "TunnelType": "Automatic"})
    items = [command(common.PS_ARGV, mine), command(common.PS_ALL_ARGV, read("90_msdocs_get-vpnconnection.txt"))]
    found = by_name(vpn_result(items, ctx("windows")))
    assert sorted(found) == ["Home lab", "Test3", "Test4", "Test5"]
    assert "all_users" not in found["Home lab"] and found["Test3"]["all_users"] is True


# -- clients seen only by their process: unknown is not "not connected" --------------------------------------
def test_a_client_seen_only_by_its_process_is_unknown_not_disconnected(ctx) -> None:
    items = [value("vpn_adapters", {}), value("vpn_processes", ["pangps"])]
    result = vpn_result(items, ctx("linux", vpn=POLICY))
    assert result.facts["services"][0]["state"] == "unknown" and result.facts["connected"] is None
    assert result.status == Status.WARNING
    assert "GlobalProtect" in result.summary and "could not be read" in result.summary
    assert result.fixes == ()
    verdict = conclude({"vpn": result}, ctx("linux", vpn=POLICY))
    assert verdict is not None and verdict.facts["cause"] == "unknown" and verdict.summary != "VPN not connected."
    company_ok = Result("company", Status.OK, "", "The company answers through the VPN.")
    verdict = conclude({"vpn": result, "company": company_ok}, ctx("linux", vpn=POLICY))
    assert verdict is not None and verdict.status == Status.OK  # the company answers: the VPN must be up


def test_globalprotect_cli_state_is_used_and_lends_its_interface(ctx) -> None:
    """Real `globalprotect show --status` (Palo Alto Linux guide) and the gpd0 interface GlobalProtect creates."""
    items = [command(("globalprotect", "show", "--status"), read("gp_linux_show-status_connected.txt")),
             value("vpn_adapters", {"gpd0": {"isup": True, "mtu": 1400}}), value("vpn_processes", ["pangps"])]
    result = vpn_result(items, ctx("linux", vpn=POLICY))
    assert result.facts["services"] == [{"name": "GlobalProtect", "type": "globalprotect", "state": "connected",
                                         "source": "globalprotect", "interface": "gpd0"}]
    assert result.status == Status.OK


def test_forticlient_cli_states() -> None:
    """SYNTHETIC `forticlient vpn status` text (fields as public scripts read them: "VPN name:", "Status:")."""
    from desktop_app.parsers.vpn import parse_forticlient_status

    assert parse_forticlient_status("VPN name: Corp\nStatus: Connected\n") == {"name": "Corp", "state": "connected"}
    assert parse_forticlient_status("VPN name: Corp\nStatus: Disconnected\n")["state"] == "disconnected"
    assert parse_forticlient_status("Not Running\n")["state"] == "disconnected"
    assert parse_forticlient_status("Statut : Connecté\n")["state"] == "unknown"  # localized: unknown, never a guess


def test_ppp_and_utun_tunnels_are_recognised(ctx) -> None:
    items = [value("vpn_adapters", {"ppp0": {"isup": True, "mtu": 1280, "kind": "ppp"},
                                    "utun4": {"isup": True, "mtu": 1400, "kind": "utun"}})]
    found = by_name(vpn_result(items, ctx("macos")))
    assert found["ppp0"]["state"] == "connected" and found["utun4"]["state"] == "connected"
    assert common.vpn_adapter_type("ppp0") == "ppp" and common.vpn_adapter_type("utun4") is None  # utun needs IPv4


def test_macos_status_is_asked_for_the_policy_service_and_gives_the_interface(no_surprises, ctx) -> None:
    """Real `scutil --nc list` (fixture 99) and a real `scutil --nc status` of an L2TP service on ppp0."""
    listing = read("99_rust-netcfg_scutil-nc-list.txt")
    status = read("scutil_nc_status_l2tp_ppp0.txt")
    system = no_surprises("macos", commands={common.SCUTIL_ARGV: listing, ("scutil", "--nc", "status", "Tailscale"): status,
                                             ("scutil", "--nc", "status", "ProtonVPN"): "Disconnected\n"},
                          values={"vpn_adapters": {}, "net_if_names": ["lo0", "en0", "ppp0"], "vpn_processes": []})
    context = ctx("macos", vpn={"connection_name": "ProtonVPN"})
    common.collect_services(system, context)
    asked = [argv[3] for argv in system.ran if argv[:3] == ["scutil", "--nc", "status"]]
    assert asked == ["Tailscale", "ProtonVPN"]  # the connected one and the policy's, not every service
    found = {s["name"]: s for s in common.services_from(Observations(system.observations))}
    assert found["Tailscale"]["interface"] == "ppp0" and found["ProtonVPN"]["state"] == "disconnected"


# -- NetworkManager and WireGuard as a person records them ---------------------------------------------------
NMCLI_TABLE = (  # SYNTHETIC: nmcli's default columns for `connection show --active` (NAME UUID TYPE DEVICE)
    "NAME                UUID                                  TYPE       DEVICE\n"
    "Wired connection 1  0f2a6c4e-1d8b-4c3e-9a57-3b1c2d4e5f60  ethernet   enp0s3\n"
    "Office VPN          7d9e2b1a-5c4f-4e8d-b6a3-2f1e0d9c8b7a  vpn        enp0s3\n"
    "corp                3b8c1d2e-9f0a-4b5c-8d7e-6f5a4b3c2d1e  wireguard  corp\n"
)


def test_a_recorded_nmcli_table_is_read(ctx) -> None:
    items = [command(("nmcli", "connection", "show", "--active"), NMCLI_TABLE)]
    found = by_name(vpn_result(items, ctx("linux")))
    assert found["Office VPN"] == {"name": "Office VPN", "type": "vpn", "state": "connected", "interface": "enp0s3",
                                   "source": "networkmanager"}
    assert found["corp"]["type"] == "wireguard" and "Wired connection 1" not in found


def test_a_recorded_human_wg_show_is_judged_by_the_tunnel_check(ctx) -> None:
    """Real `wg show` captured in the lab (handshake 3 seconds ago; the gateway's interface of another namespace
    shows too, since userspace WireGuard sockets are shared): the analyzers take it like the dump."""
    items = [command(("wg", "show"), read("lab_wg-show_human.txt")), value("net_if_names", ["lo", "sdv-lap0", "sdvcorp"])]
    found = by_name(vpn_result(items, ctx("linux")))
    assert found["sdvcorp"]["state"] == "connected" and "sdvwgG" not in found
    fresh = tunnel.analyze(Observations(items), ctx("linux", vpn={"handshake_max_age": 60}))
    assert fresh is not None and fresh.status == Status.OK
    assert fresh.facts["peers"][0]["handshake_age_seconds"] == 3 and fresh.facts["peers"][0]["rx_bytes"] == 220
    stale = tunnel.analyze(Observations(items), ctx("linux", vpn={"handshake_max_age": 1}))
    assert stale is not None and stale.summary == "The VPN tunnel is dead: the last handshake with the VPN server was 3 s ago."


# -- WireGuard without admin rights ------------------------------------------------------------------------
def test_wireguard_without_admin_rights_uses_the_interface_counters(ctx) -> None:
    """Real stderr of `wg show all dump` as a normal user (captured in the lab); the wg-quick interface is
    named like its config ("corp") and known as WireGuard by the kernel's link type."""
    denied = read("lab_wg-show-all-dump_nonroot.stderr")
    base = [command(common.WG_ARGV, "", 1, denied),
            value("vpn_adapters", {"corp": {"isup": True, "mtu": 1420, "kind": "wireguard"}}),
            value("net_if_names", ["lo", "eth0", "corp"]), value("vpn.now", 1_800_000_000, "probe")]
    alive = [*base, value(tunnel.COUNTERS_BEFORE, {"corp": [1000, 2000, 10, 20]}),
             value(tunnel.COUNTERS_AFTER, {"corp": [1600, 2600, 16, 26]})]
    found = by_name(vpn_result(alive, ctx("linux")))
    assert found["corp"]["type"] == "wireguard" and found["corp"]["state"] == "connected"
    result = tunnel.analyze(Observations(alive), ctx("linux", vpn={"mtu_probe_host": ""}))
    assert result is not None and result.status == Status.OK
    assert result.facts["handshake_available"] is False and "administrator" in result.advice
    assert result.facts["counters"] == [{"interface": "corp", "tx_delta": 600, "rx_delta": 600}]
    dead = [*base, value(tunnel.COUNTERS_BEFORE, {"corp": [1000, 2000, 10, 20]}),
            value(tunnel.COUNTERS_AFTER, {"corp": [1600, 2000, 16, 20]})]
    result = tunnel.analyze(Observations(dead), ctx("linux"))
    assert result is not None and result.facts["dead_reason"] == "no_reply"
    assert result.summary == "The VPN tunnel is dead: data goes out but nothing comes back."


def test_the_tunnel_check_is_watched_by_the_monitor() -> None:
    check = next(c for c in vpn.CHECKS if c.id == "tunnel")
    assert check.monitor is True and check.title == "VPN tunnel health"
