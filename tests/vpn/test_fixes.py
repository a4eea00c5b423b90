"""VPN fixes: the connection name comes from the admin policy or an observed service, never from the user;
the reconnect command is exactly the policy's argument list; dry runs change nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.diagnostics.vpn import common
from desktop_app.fixes import engine
from desktop_app.fixes import vpn as vpn_fixes
from desktop_app.registry import fix

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vpn"
MAC_LIST = (FIXTURES / "99_rust-netcfg_scutil-nc-list.txt").read_text()
WINDOWS_LIST = (FIXTURES / "90_msdocs_get-vpnconnection.txt").read_text()
VALUES = {"vpn_adapters": {}, "net_if_names": ["lo"], "vpn_processes": []}


def details(outcome: engine.FixOutcome) -> list[dict[str, Any]]:
    return [s.get("details", {}) for s in outcome.steps]


def test_connect_dry_run_uses_the_observed_disconnected_service_on_macos(no_surprises, ctx, tmp_path: Path) -> None:
    system = no_surprises("macos", commands={common.SCUTIL_ARGV: MAC_LIST}, values=VALUES)
    outcome = engine.apply(fix("vpn.connect"), system, ctx("macos"), consent=False, dry_run=True, log_path=tmp_path / "log")
    assert outcome.status == engine.DRY_RUN
    assert details(outcome) == [{"would_run": ["scutil", "--nc", "start", "ProtonVPN"]}]
    assert not any(argv[:3] == ["scutil", "--nc", "start"] for argv in system.ran)  # nothing started


def test_connect_uses_the_policy_connection_name_on_windows(no_surprises, ctx, tmp_path: Path) -> None:
    ran: list[list[str]] = []

    def rasdial(argv: list[str]) -> tuple[int, str, str, None]:
        ran.append(argv)
        return 0, "Command completed successfully.", "", None

    system = no_surprises("windows", commands={common.PS_ARGV: WINDOWS_LIST, "rasdial": rasdial}, values=VALUES)
    context = ctx("windows", vpn={"connection_name": "Test3"})
    outcome = engine.apply(fix("vpn.connect"), system, context, consent=True, log_path=tmp_path / "log")
    assert ran == [["rasdial", "Test3"]]
    assert outcome.steps[0]["ok"] is True


def test_connect_reports_when_there_is_nothing_to_bring_up(no_surprises, ctx, tmp_path: Path) -> None:
    system = no_surprises("linux", values=VALUES)
    outcome = engine.apply(fix("vpn.connect"), system, ctx("linux"), consent=True, log_path=tmp_path / "log")
    assert outcome.status == engine.FAILED
    assert "no VPN connection" in outcome.message


def test_wireguard_connect_is_wg_quick_with_the_interface_name() -> None:
    services = [{"name": "corp", "type": "wireguard", "state": "disconnected", "source": "wireguard"}]
    assert vpn_fixes.choose_service(services, "linux", "") == ("corp", "wireguard")
    assert vpn_fixes.connect_argv("linux", "corp", "wireguard") == ["wg-quick", "up", "corp"]
    assert vpn_fixes.connect_argv("linux", "Office", "networkmanager") == ["nmcli", "connection", "up", "Office"]


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
    def plan(platform: str, commands: dict[str, Any]) -> Any:
        system = no_surprises(platform, commands=commands)
        outcome = engine.apply(fix("vpn.clock_sync"), system, ctx(platform), consent=False, dry_run=True, log_path=tmp_path / "log")
        return details(outcome)[0]["would_run"]

    assert plan("linux", {"chronyc": "200 OK"})[0][-2:] == ["chronyc", "makestep"]
    assert plan("linux", {})[0][-3:] == ["timedatectl", "set-ntp", "true"]
    assert "w32tm" in " ".join(plan("windows", {})[0])
    assert "sntp -sS time.apple.com" in " ".join(plan("macos", {})[0])
    assert fix("vpn.clock_sync").needs_admin and fix("vpn.clock_sync").verify == ("clock",)
