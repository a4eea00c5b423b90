"""Recordings from the field hold anything: garbage numbers are tolerated, never a crash."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.observations import Observations, parse_observation

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("duration", ["abc", "12ms", None, [3], {"ms": 1}, True, -4, float("nan"), float("inf")])
def test_a_garbage_duration_is_read_as_zero(duration):
    command = parse_observation({"kind": "command", "argv": ["ping"], "returncode": 0, "stdout": "", "stderr": "",
                                 "error": None, "duration_ms": duration})
    value = parse_observation({"kind": "psutil", "name": "boot_time", "value": 1, "duration_ms": duration})
    assert command.duration_ms == 0.0 and value.duration_ms == 0.0


def test_a_real_duration_is_kept():
    assert parse_observation({"kind": "probe", "name": "x", "value": 1, "duration_ms": 12.5}).duration_ms == 12.5


def test_analyze_replays_a_bundle_with_garbage_numbers(tmp_path):
    folder = tmp_path / "recorded"
    folder.mkdir()
    manifest = {"schema": "selfdesk-bundle", "schema_version": 1, "bundle_id": "0b6f3c1e-5a51-4a3e-9d1f-0c8a2b6e4d11",
                "created_at": "2026-11-20T09:00:00Z", "platform": "linux", "app_version": "0.1.0", "files": []}
    (folder / "manifest.json").write_text(json.dumps(manifest))
    lines = [
        '{"kind": "probe", "name": "os", "value": {"pretty": "Debian GNU/Linux 12"}, "duration_ms": "fast"}',
        '{"kind": "probe", "name": "clock", "value": {"epoch": "noon"}, "duration_ms": NaN}',
        '{"kind": "psutil", "name": "boot_time", "value": "long ago", "duration_ms": [1, 2]}',
        '{"kind": "psutil", "name": "sensors_battery", "value": {"percent": "full", "plugged": "yes"}}',
        '{"kind": "command", "argv": ["ping", "-c", "3", "192.0.2.1"], "returncode": "0", "stdout": 7, '
        '"stderr": null, "error": null, "duration_ms": "x"}',
    ]
    (folder / "observations.jsonl").write_text("\n".join(lines) + "\n")
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "analyze", str(folder), "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert "unexpected error" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    doc = json.loads(proc.stdout)
    system = next(r for r in doc["results"] if r["id"] == "system")
    assert system["facts"]["os"] == "Debian GNU/Linux 12" and system["facts"]["uptime_seconds"] is None
    assert proc.returncode in (0, 1)
    assert len(Observations(json.loads(line) for line in lines)) == 5
