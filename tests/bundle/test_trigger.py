"""The manifest says why the bundle was made: which checks failed, and which fix failed at which step."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.bundle import build_trigger, create_bundle, normalize_trigger
from desktop_app.model import Result, Status

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
RESULTS = [
    Result("wifi", Status.FAILED, "Wi-Fi", "Not connected"),
    Result("dns", Status.WARNING, "DNS", "Slow"),
    Result("disk", Status.OK, "Disk", "Fine"),
    Result("verdict.network", Status.FAILED, "Network", "Wi-Fi is down"),
]


def fix_entry(status: str, minutes_ago: int, *, dry: bool = False, fail_at: int | None = 2) -> dict:
    steps = [
        {"description": "Turn Wi-Fi off", "argv": ["nmcli", "radio", "wifi", "off"], "ok": True},
        {"description": "Turn Wi-Fi on", "argv": ["nmcli", "radio", "wifi", "on"], "ok": fail_at != 2, "error": "Error: radio switch is off (hardware)" if fail_at == 2 else None},
    ]
    when = (NOW - timedelta(minutes=minutes_ago)).isoformat()
    return {"fix": "network.wifi_restart", "status": status, "message": "The fix could not complete", "steps": steps, "started_at": when, "finished_at": when, "dry_run": dry}


def test_a_failed_fix_is_named_with_its_step_and_error() -> None:
    log = [fix_entry("verified", 300), fix_entry("failed", 5)]
    trigger = build_trigger("ticket", RESULTS, log, now=NOW)
    assert trigger["kind"] == "ticket"
    assert trigger["failed_checks"] == ["wifi"] and trigger["warning_checks"] == ["dns"]  # verdicts are not checks
    assert trigger["fix"]["id"] == "network.wifi_restart" and trigger["fix"]["outcome"] == "failed"
    assert trigger["fix"]["step"] == {"index": 2, "description": "Turn Wi-Fi on"}
    assert trigger["fix"]["error"] == "Error: radio switch is off (hardware)"


def test_old_verified_or_preview_fixes_are_not_the_trigger() -> None:
    assert build_trigger("diagnose", RESULTS, [fix_entry("failed", 60 * 30)], now=NOW)["fix"] is None  # yesterday's
    assert build_trigger("diagnose", RESULTS, [fix_entry("failed", 10), fix_entry("verified", 5)], now=NOW)["fix"] is None
    assert build_trigger("diagnose", RESULTS, [fix_entry("failed", 10), fix_entry("dry-run", 2, dry=True)], now=NOW)["fix"]["outcome"] == "failed"
    made_by_fix = build_trigger("fix", RESULTS, [fix_entry("verified", 5, fail_at=None)], now=NOW)
    assert made_by_fix["fix"]["outcome"] == "verified" and made_by_fix["fix"]["step"] is None


def test_first_triggers_are_read_in_the_schema() -> None:
    assert normalize_trigger({"command": "diagnose"}, RESULTS, [])["kind"] == "diagnose"
    assert normalize_trigger({"kind": "ticket"}, RESULTS, [])["failed_checks"] == ["wifi"]
    assert normalize_trigger({"onboarding": True}, [], [])["kind"] == "onboarding"
    legacy = normalize_trigger({"check": "wifi", "step": "collect"}, [], [])
    assert legacy["kind"] == "manual" and legacy["context"] == {"check": "wifi", "step": "collect"}


def test_the_report_and_manifest_carry_the_trigger(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    log = [fix_entry("failed", 0)]
    log[0]["finished_at"] = datetime.now(UTC).isoformat()
    path = create_bundle(tmp_path, observations=[], results=RESULTS, ctx=ctx("linux"), trigger={"kind": "ticket"}, fix_log=log, log_tail="", baseline=None)
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read("manifest.json"))
        report = z.read("report.txt").decode()
    assert manifest["trigger"]["fix"]["step"]["index"] == 2
    first = report.split("What was tried")[0]
    assert "Failed: wifi." in first and "Fix network.wifi_restart: failed at step 2 (Turn Wi-Fi on)" in first
    assert "radio switch is off" in first


def test_diagnose_cli_records_a_diagnose_trigger(tmp_path: Path, monkeypatch, no_surprises, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop_app import registry, system
    from desktop_app.cli import main
    from desktop_app.diagnostics import system_summary

    values = {
        "os": {"pretty": "Debian 12", "system": "Linux", "release": "6.1", "version": "#1"},
        "hostname": "build-07",
        "clock": {"utc": "2026-11-25T07:00:00+00:00", "timezone": "UTC", "utc_offset_minutes": 0, "epoch": 1795000000},
        "boot_time": 1795000000 - 60 * 86400,
        "sensors_battery": None,
    }
    monkeypatch.setattr(system, "LiveSystem", lambda *a, **k: no_surprises("linux", values=values))
    monkeypatch.setattr(registry, "select_checks", lambda *a, **k: list(system_summary.CHECKS))
    out = tmp_path / "d.zip"
    main(["diagnose", "--json", "--bundle", str(out)])
    trigger = json.loads(zipfile.ZipFile(out).read("manifest.json"))["trigger"]
    assert trigger["kind"] == "diagnose" and trigger["warning_checks"] == ["system"] and trigger["fix"] is None
