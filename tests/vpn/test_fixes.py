"""VPN fixes: the connection name comes from the admin policy or an observed service, never from the user;
the reconnect command is exactly the policy's argument list; dry runs change nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.diagnostics.vpn import common
from desktop_app.fixes import engine
from desktop_app.fixes import vpn as vpn_fixes
from desktop_app.model import Result, Status
from desktop_app.registry import fix

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vpn"
MAC_LIST = (FIXTURES / "99_rust-netcfg_scutil-nc-list.txt").read_text()
WINDOWS_LIST = (FIXTURES / "90_msdocs_get-vpnconnection.txt").read_text()
VALUES = {"vpn_adapters": {}, "net_if_names": ["lo"], "vpn_processes": []}
WINDOWS = {common.PS_ARGV: "", common.PS_ALL_ARGV: WINDOWS_LIST, common.PS_ADAPTERS_ARGV: ""}


def details(outcome: engine.FixOutcome) -> list[dict[str, Any]]:
    return [s.get("details", {}) for s in outcome.steps]


def mac_system(no_surprises: Any, **commands: Any) -> Any:
    return no_surprises("macos", commands={common.SCUTIL_ARGV: MAC_LIST, ("scutil", "--nc", "status", "Tailscale"): "",
                                           **commands}, values={**VALUES, "/etc/wireguard": FileNotFoundError()})


def test_connect_dry_run_reconnects_the_connected_service_on_macos(no_surprises, ctx, tmp_path: Path) -> None:
    system = mac_system(no_surprises)
    outcome = engine.apply(fix("vpn.connect"), system, ctx("macos"), consent=False, dry_run=True, log_path=tmp_path / "log")
    assert outcome.status == engine.DRY_RUN
    assert details(outcome)[0]["would_run"] == [["scutil", "--nc", "stop", "Tailscale"], ["scutil", "--nc", "start", "Tailscale"]]
    assert not any(argv[:3] in (["scutil", "--nc", "start"], ["scutil", "--nc", "stop"]) for argv in system.ran)  # nothing ran


def test_connect_starts_the_policy_connection_on_macos_and_waits_for_it(no_surprises, ctx, tmp_path: Path) -> None:
    ran: list[list[str]] = []

    def scutil(argv: list[str]) -> tuple[int, str, str, None]:
        ran.append(argv)
        if argv[:3] == ["scutil", "--nc", "status"]:
            return 0, (FIXTURES / "scutil_nc_status_l2tp_ppp0.txt").read_text() if len(ran) > 2 else "Disconnected\n", "", None
        return 0, "", "", None

    system = mac_system(no_surprises, **{"scutil": scutil})
    outcome = engine.apply(fix("vpn.connect"), system, ctx("macos", vpn={"connection_name": "ProtonVPN"}), consent=True,
                           log_path=tmp_path / "log")
    assert ["scutil", "--nc", "start", "ProtonVPN"] in ran
    assert ["scutil", "--nc", "stop", "ProtonVPN"] not in ran  # it was down: nothing to take down first
    assert outcome.steps[0]["ok"] is True, outcome.steps


def test_connect_uses_the_policy_connection_name_on_windows(no_surprises, ctx, tmp_path: Path) -> None:
    ran: list[list[str]] = []

    def rasdial(argv: list[str]) -> tuple[int, str, str, None]:
        ran.append(argv)
        return 0, "Command completed successfully.", "", None

    system = no_surprises("windows", commands={**WINDOWS, "rasdial": rasdial}, values=VALUES)
    context = ctx("windows", vpn={"connection_name": "Test3"})
    outcome = engine.apply(fix("vpn.connect"), system, context, consent=True, log_path=tmp_path / "log")
    assert ran == [["rasdial", "Test3"]]
    assert outcome.steps[0]["ok"] is True


def test_a_connected_windows_vpn_is_disconnected_then_dialled_again(no_surprises, ctx, tmp_path: Path) -> None:
    connected = json.dumps([{"Name": "Corp", "ConnectionStatus": "Connected", "TunnelType": "Ikev2"}])
    system = no_surprises("windows", commands={**WINDOWS, common.PS_ARGV: connected, "rasdial": ""}, values=VALUES)
    outcome = engine.apply(fix("vpn.connect"), system, ctx("windows"), consent=True, log_path=tmp_path / "log")
    assert [argv for argv in system.ran if argv[0] == "rasdial"] == [["rasdial", "Corp", "/disconnect"], ["rasdial", "Corp"]]
    assert details(outcome)[0]["reconnect"] is True


def test_connect_reports_when_there_is_nothing_to_bring_up(no_surprises, ctx, tmp_path: Path) -> None:
    system = no_surprises("linux", values={**VALUES, "/etc/wireguard": []})
    outcome = engine.apply(fix("vpn.connect"), system, ctx("linux"), consent=True, log_path=tmp_path / "log")
    assert outcome.status == engine.FAILED
    assert "no VPN connection" in outcome.message


def test_a_connected_but_dead_wireguard_tunnel_is_taken_down_and_up(no_surprises, ctx, tmp_path: Path) -> None:
    """The audit's case: WireGuard with a peer is always "connected", so reconnecting must not skip it."""
    dump = "corp\tcHJpdmF0ZQ==\tcHVibGlj\t51820\toff\ncorp\tcGVlcg==\t(none)\t198.51.100.7:51820\t10.88.0.0/24\t0\t0\t920\t25\n"
    system = no_surprises("linux", commands={"wg": dump, "wg-quick": ""},
                          values={**VALUES, "net_if_names": ["lo", "corp"], "/etc/wireguard": ["corp"]})
    outcome = engine.apply(fix("vpn.connect"), system, ctx("linux"), consent=True, log_path=tmp_path / "log")
    ran = [argv[-3:] for argv in system.ran if "wg-quick" in argv]
    assert ran == [["wg-quick", "down", "corp"], ["wg-quick", "up", "corp"]]
    assert outcome.steps[0]["ok"] is True


def test_a_wireguard_config_that_is_not_up_is_brought_up_with_wg_quick(no_surprises, ctx, tmp_path: Path) -> None:
    """No interface yet: the policy's name is a wg-quick configuration, even where NetworkManager exists."""
    system = no_surprises("linux", commands={"nmcli": "", "wg-quick": ""},
                          values={**VALUES, "/etc/wireguard": ["corp"]})
    outcome = engine.apply(fix("vpn.connect"), system, ctx("linux", vpn={"connection_name": "corp"}), consent=False,
                           dry_run=True, log_path=tmp_path / "log")
    assert details(outcome)[0]["would_run"][-1][-3:] == ["wg-quick", "up", "corp"]


def test_an_active_networkmanager_vpn_is_reconnected_with_nmcli(no_surprises, ctx, tmp_path: Path) -> None:
    active = "Office VPN:vpn:enp0s3:activated\n"
    system = no_surprises("linux", commands={common.NMCLI_ARGV: active, "nmcli": ""}, values={**VALUES, "/etc/wireguard": []})
    outcome = engine.apply(fix("vpn.connect"), system, ctx("linux"), consent=False, dry_run=True, log_path=tmp_path / "log")
    assert details(outcome)[0]["would_run"] == [["nmcli", "connection", "down", "Office VPN"], ["nmcli", "connection", "up", "Office VPN"]]


def test_wireguard_connect_is_wg_quick_with_the_interface_name() -> None:
    services = [{"name": "corp", "type": "wireguard", "state": "disconnected", "source": "wireguard"}]
    assert vpn_fixes.choose_service(services, "linux", "") == ("corp", "wireguard", False)
    assert vpn_fixes.connect_argv("linux", "corp", "wireguard") == ["wg-quick", "up", "corp"]
    assert vpn_fixes.disconnect_argv("linux", "corp", "wireguard") == ["wg-quick", "down", "corp"]
    assert vpn_fixes.connect_argv("linux", "Office", "networkmanager") == ["nmcli", "connection", "up", "Office"]
    # a WireGuard adapter seen without admin rights (no wg access) is still driven with wg-quick
    adapter = [{"name": "corp", "type": "wireguard", "state": "connected", "source": "adapter", "interface": "corp"}]
    assert vpn_fixes.choose_service(adapter, "linux", "") == ("corp", "wireguard", True)


def test_flush_dns_for_a_vpn_problem_is_verified_by_the_vpn_checks(no_surprises, ctx, tmp_path: Path) -> None:
    flush = fix("vpn.flush_dns")
    assert flush is not None and flush.verify == ("vpn", "company", "tunnel")
    network = fix("network.flush_dns")
    for platform in ("linux", "macos", "windows"):
        assert [s.argv for s in flush.plan(ctx(platform))] == [s.argv for s in network.plan(ctx(platform))]
    verified: list[tuple[str, ...]] = []

    def verify(ids: Any) -> list[Result]:
        verified.append(tuple(ids))
        return [Result(i, Status.OK, "", "ok") for i in ids]

    system = no_surprises("linux", commands={"resolvectl": ""})
    outcome = engine.apply(flush, system, ctx("linux"), consent=True, verify=verify, log_path=tmp_path / "log")
    assert ["resolvectl", "flush-caches"] in [argv[-2:] for argv in system.ran]
    assert verified == [("vpn", "company", "tunnel")] and outcome.status == engine.VERIFIED
    mac = engine.apply(flush, no_surprises("macos"), ctx("macos"), consent=False, dry_run=True, log_path=tmp_path / "log")
    assert mac.status == engine.DRY_RUN  # its macOS steps are admin ones, which the fix declares


def test_reconnect_command_is_the_policy_argv_exactly(ctx) -> None:
    argv = ["/opt/corp/vpnclient", "reconnect", "--profile", "Paris; rm -rf /"]
    steps = vpn_fixes._reconnect_plan(ctx("linux", vpn={"reconnect_command": argv}))
    assert [list(s.argv) for s in steps] == [argv]  # one argument, never a shell string


def test_reconnect_without_policy_refuses_to_guess(no_surprises, ctx, tmp_path: Path) -> None:
    system = no_surprises("linux")
    outcome = engine.apply(fix("vpn.reconnect_command"), system, ctx("linux"), consent=True, log_path=tmp_path / "log")
    assert outcome.status == engine.FAILED
    assert system.ran == []


def test_clock_sync_commands_per_platform(no_surprises, ctx, tmp_path: Path) -> None:
    def plan(platform: str, commands: dict[str, Any], values: dict[str, Any] | None = None) -> Any:
        system = no_surprises(platform, commands=commands, values=values or {})
        outcome = engine.apply(fix("vpn.clock_sync"), system, ctx(platform), consent=False, dry_run=True, log_path=tmp_path / "log")
        return details(outcome)[0]

    assert plan("linux", {"chronyc": "200 OK"})["would_run"][0][-2:] == ["chronyc", "makestep"]
    timesyncd = plan("linux", {"systemctl": ""})
    assert [argv[-3:] for argv in timesyncd["would_run"]] == [["timedatectl", "set-ntp", "true"], ["systemctl", "restart", "systemd-timesyncd"]]
    assert "within seconds" in timesyncd["note"]  # honest: the clock is set once the time server answers
    assert "no time service" in plan("linux", {})["error"]
    assert "w32tm" in " ".join(plan("windows", {})["would_run"][0])
    mac = plan("macos", {}, {"/etc/ntp.conf": "server time.euro.apple.com\n"})
    assert "sntp -sS time.euro.apple.com" in " ".join(mac["would_run"][0]) and mac["time_server_from"] == "/etc/ntp.conf"
    fallback = plan("macos", {"systemsetup": "Network Time Server: ntp.corp.example"}, {"/etc/ntp.conf": FileNotFoundError()})
    assert "sntp -sS ntp.corp.example" in " ".join(fallback["would_run"][0])
    assert fix("vpn.clock_sync").needs_admin and fix("vpn.clock_sync").verify == ("clock",)
