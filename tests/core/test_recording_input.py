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


def _zip_with_damaged_observations(tmp_path: Path, damage: str) -> Path:
    """A bundle whose observations.jsonl member is damaged the way real files get damaged or tampered with."""
    import struct
    import zipfile

    manifest = {"schema": "selfdesk-bundle", "schema_version": 1, "platform": "linux", "files": []}
    path = tmp_path / f"{damage}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("observations.jsonl", json.dumps({"kind": "psutil", "name": "boot_time", "value": 1}) * 20 + "\n")
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("observations.jsonl")
    local, central = info.header_offset, data.rfind(b"PK\x01\x02")
    if damage == "corrupt":  # flipped bytes inside the compressed data
        start = local + 30 + len(info.filename)
        data[start + 2 : start + 12] = bytes(b ^ 0xFF for b in data[start + 2 : start + 12])
    elif damage == "encrypted":  # the encryption flag, in both headers
        for offset in (local + 6, central + 8):
            struct.pack_into("<H", data, offset, struct.unpack_from("<H", data, offset)[0] | 1)
    elif damage == "unknown_method":
        for offset in (local + 8, central + 10):
            struct.pack_into("<H", data, offset, 99)
    path.write_bytes(bytes(data))
    return path


def _analyze(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "analyze", str(path)], capture_output=True, text=True, cwd=ROOT, timeout=60)


@pytest.mark.parametrize("damage, reason", [("corrupt", "damaged ("), ("encrypted", "encrypted"), ("unknown_method", "unsupported compression")])
def test_a_damaged_member_is_named_in_one_line(tmp_path, damage, reason):
    proc = _analyze(_zip_with_damaged_observations(tmp_path, damage))
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "observations.jsonl is damaged" in proc.stderr and reason in proc.stderr and "unexpected" not in proc.stderr


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"kind": "psutil", "name": "boot_time", "value": ' + "9" * 5000 + "}", "line 1: a number too long or nesting too deep"),
        ("[" * 100_000 + "]" * 100_000, "line 1: a number too long or nesting too deep"),
        ("[1, 2]", "line 1: an observation must be a JSON object"),
    ],
)
def test_json_that_python_cannot_hold_is_a_usage_error(tmp_path, line, message):
    folder = tmp_path / "recorded"
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps({"schema": "selfdesk-bundle", "schema_version": 1, "platform": "linux"}))
    (folder / "observations.jsonl").write_text(line + "\n")
    proc = _analyze(folder)
    assert proc.returncode == 2 and message in proc.stderr and "unexpected" not in proc.stderr, proc.stderr


def test_files_saved_with_a_bom_replay(tmp_path):
    """Notepad writes a BOM when a technician edits a recording by hand."""
    folder = tmp_path / "recorded"
    folder.mkdir()
    manifest = {"schema": "selfdesk-bundle", "schema_version": 1, "platform": "linux"}
    (folder / "manifest.json").write_text("\ufeff" + json.dumps(manifest), encoding="utf-8")
    (folder / "observations.jsonl").write_text("\ufeff" + json.dumps({"kind": "probe", "name": "os", "value": {"pretty": "Debian 12"}}) + "\n", encoding="utf-8")
    proc = _analyze(folder)
    assert proc.returncode in (0, 1) and "Debian 12" in proc.stdout, proc.stderr


def test_a_folder_that_is_not_a_recording_fails_at_once_without_reading_it(tmp_path):
    """`selfdesk analyze ~` (or /) must not read every file below it before saying it is not a recording."""
    from desktop_app.recording import RecordingError, read_recording

    with pytest.raises(RecordingError, match=r"manifest\.json is missing"):
        read_recording("/")


def test_true_is_not_schema_version_1(tmp_path):
    folder = tmp_path / "recorded"
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps({"schema": "selfdesk-bundle", "schema_version": True, "platform": "linux"}))
    (folder / "observations.jsonl").write_text("")
    proc = _analyze(folder)
    assert proc.returncode == 2 and "unsupported bundle schema_version True" in proc.stderr
