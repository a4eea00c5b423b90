"""Replays of REAL recorded Windows/macOS outputs (tests/fixtures/network_lab/replay/PROVENANCE.tsv) through
the real parsers and the network analyzers, on any OS: what a technician sees with `selfdesk analyze`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.diagnostics.network import ipconfig, verdict, wifi
from desktop_app.engine import analyze_check
from desktop_app.model import Status
from desktop_app.observations import Observations
from desktop_app.registry import check

REPLAY = Path(__file__).resolve().parents[1] / "fixtures" / "network_lab" / "replay"


def cmd(argv: list[str], file: str, returncode: int = 0) -> dict[str, Any]:
    return {"kind": "command", "argv": argv, "returncode": returncode, "stdout": (REPLAY / file).read_text(encoding="utf-8"), "stderr": "", "error": None}


NETSH = ["netsh", "wlan", "show", "interfaces"]


def test_windows_english_connected_24ghz(ctx) -> None:
    result = wifi.analyze(Observations([cmd(NETSH, "windows_netsh-interfaces_en_connected.txt")]), ctx("windows"))
    assert result.status is Status.OK
    facts = result.facts
    assert (facts["ssid"], facts["signal_percent"], facts["rssi_dbm"], facts["channel"], facts["band_ghz"]) == ("Tenda_EBBAA0", 81, -62, 11, 2.4)
    assert facts["connected"] is True and facts["rx_rate_mbps"] == 43.3


def test_windows_location_permission_refusal(ctx) -> None:
    result = wifi.analyze(Observations([cmd(NETSH, "windows_netsh-interfaces_en_location-denied.txt", returncode=1)]), ctx("windows"))
    assert result.status is Status.WARNING
    assert result.facts["connected"] is None and result.facts["reason"] == "permission_denied"
    assert "Settings > Privacy & security > Location" in result.advice


def test_windows_german_connected_and_disconnected(ctx) -> None:
    on = wifi.analyze(Observations([cmd(NETSH, "windows_netsh-interfaces_de_connected.txt")]), ctx("windows"))
    assert on.status is Status.OK and on.facts["ssid"] == "Hauptnetz" and on.facts["band_ghz"] == 5 and on.facts["channel"] == 108
    off = wifi.analyze(Observations([cmd(NETSH, "windows_netsh-interfaces_de_disconnected.txt")]), ctx("windows"))
    assert off.status is Status.OK and off.facts["connected"] is False and "not connected" in off.summary


def test_macos_system_profiler(ctx) -> None:
    sp = ["system_profiler", "SPAirPortDataType", "-json"]
    on = wifi.analyze(Observations([cmd(sp, "macos_system_profiler_connected.json")]), ctx("macos"))
    assert on.facts["connected"] is True and on.facts["rssi_dbm"] == -55 and on.facts["noise_dbm"] == -95
    off = wifi.analyze(Observations([cmd(sp, "macos_system_profiler_off.json")]), ctx("macos"))
    assert off.facts["connected"] is not True and "off" in off.summary


def test_macos_wdutil(ctx) -> None:
    result = wifi.analyze(Observations([cmd(["wdutil", "info"], "macos_wdutil-info.txt")]), ctx("macos"))
    assert result.status is Status.OK
    assert (result.facts["ssid"], result.facts["rssi_dbm"], result.facts["noise_dbm"], result.facts["channel"]) == ("SomeSSID-5", -61, -96, 144)


def test_windows_ipconfig_english(ctx) -> None:
    result = ipconfig.analyze(Observations([cmd(["ipconfig", "/all"], "windows_ipconfig-all_en.txt")]), ctx("windows"))
    assert result.status is Status.OK
    assert result.facts["default_gateway"] == "192.168.1.1"
    assert any(i["gateway"] == "192.168.1.1" and "192.168.1.1" in i["dns"] for i in result.facts["interfaces"])


def test_windows_ipconfig_german(ctx) -> None:
    result = ipconfig.analyze(Observations([cmd(["ipconfig", "/all"], "windows_ipconfig-all_de.txt")]), ctx("windows"))
    assert result.status in (Status.OK, Status.WARNING)
    assert result.facts["interfaces"]


def test_windows_bundle_replayed_on_linux_names_the_wifi_permission(ctx) -> None:
    """A Windows machine with Wi-Fi hidden by the location rule and no address: the verdict explains the
    permission instead of claiming the Wi-Fi is disconnected."""
    observations = Observations([cmd(NETSH, "windows_netsh-interfaces_en_location-denied.txt", returncode=1)])
    results = {}
    for check_id in ("wifi",):
        found = analyze_check(check(check_id), observations, ctx("windows"))
        results[found.id] = found
    assert results["wifi"].facts["reason"] == "permission_denied"
    out = verdict.conclude(results, ctx("windows"))
    assert out is not None and out.status is Status.WARNING and "Location" in out.advice
