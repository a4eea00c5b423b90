"""The report for humans, as the technician reads it: verdict and what failed first, then what the user tried,
then the system summary (OS, uptime, disk, network, VPN, printers), then what was hidden and how to verify."""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop_app import i18n
from desktop_app.bundle import create_bundle
from desktop_app.model import Result, Status

GIB = 1024**3
RESULTS = [
    Result("system", Status.OK, "Your computer", "Debian 12, up for 3 h.", {"os": "Debian 12", "hostname": "pc", "uptime_seconds": 3 * 3600}),
    Result("disk", Status.WARNING, "Disk space", "Almost full.", {"volumes": [{"mount": "/", "total": 100 * GIB, "free": int(2.5 * GIB), "percent": 97.5}]}),
    Result("wifi", Status.OK, "Wi-Fi", "Connected.", {"connected": True, "ssid": "CafeDuCoin", "signal_percent": 80}),
    Result("network", Status.OK, "Network", "Configured.", {"interfaces": [{"name": "wlan0", "ipv4": ["192.168.1.20"], "gateway": "192.168.1.1", "dns": ["192.168.1.1"], "dhcp": True}]}),
    Result("vpn", Status.FAILED, "VPN", "Not connected.", {"services": [{"name": "Corp", "type": "wireguard", "state": "disconnected"}]}),
    Result("printers", Status.OK, "Printers", "Ready.", {"printers": [{"name": "Office-HP", "state": "idle", "accepting": True, "reason": None, "jobs": 0}]}),
    Result("verdict.vpn", Status.FAILED, "VPN", "The VPN is not connected."),
]
FIX_LOG = [{"fix": "vpn.connect", "status": "failed", "message": "The fix could not complete: timeout", "started_at": "2026-11-25T07:00:00+00:00",
            "steps": [{"description": "Connect the VPN", "argv": ["nmcli", "connection", "up", "Corp"], "ok": False, "error": "timeout"}]}]


def report(tmp_path: Path, ctx) -> str:  # type: ignore[no-untyped-def]
    path = create_bundle(tmp_path, observations=[], results=RESULTS, ctx=ctx("linux"), fix_log=FIX_LOG, log_tail="", baseline=None)
    return zipfile.ZipFile(path).read("report.txt").decode("utf-8")


def test_the_report_answers_the_first_questions_in_order(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    text = report(tmp_path, ctx)
    verdict, tried, summary, hidden = (text.index(t) for t in ("Verdict and what failed", "What was tried", "System summary", "What was hidden"))
    assert verdict < tried < summary < hidden
    assert "The VPN is not connected." in text[verdict:tried] and "[Problem] VPN: Not connected." in text[verdict:tried]
    assert "fix vpn.connect -> failed" in text[tried:summary] and "Connect the VPN [failed: timeout]" in text[tried:summary]
    body = text[summary:hidden]
    for line in ("Operating system: Debian 12", "Up for: 3 h 0 min", "Disk /: 2.5 GB free of 100.0 GB (98% used)",
                 "Wi-Fi: <ssid-1>, signal 80%", "Network wlan0: 192.168.1.20, gateway 192.168.1.1, DNS 192.168.1.1",
                 "VPN Corp: disconnected", "Printer Office-HP: idle"):
        assert line in body, line
    assert "selfdesk bundle verify" in text[hidden:]


def test_the_report_reads_in_french_with_french_units_and_states(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("fr")
    text = report(tmp_path, ctx)
    nb = "\u00a0"
    assert f"2,5{nb}Go" in text and f"100,0{nb}Go" in text and "2.5 GB" not in text
    assert f"VPN Corp{nb}: déconnecté" in text or f"VPN Corp{nb}: déconnectée" in text
    assert "disconnected" not in text and "idle" not in text


def test_a_wifi_that_is_not_connected_says_so(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    results = [Result("wifi", Status.FAILED, "Wi-Fi", "Not connected.", {"connected": False, "ssid": None})]
    path = create_bundle(tmp_path, observations=[], results=results, ctx=ctx("linux"), fix_log=[], log_tail="", baseline=None)
    text = zipfile.ZipFile(path).read("report.txt").decode("utf-8")
    assert "Wi-Fi: not connected" in text and "signal ?%" not in text
