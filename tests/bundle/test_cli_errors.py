"""Writing a bundle where it cannot go says so in one line (exit code 2) and leaves no partial file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def recorded_dir(folder: Path) -> Path:
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps({"schema": "selfdesk-bundle", "schema_version": 1, "bundle_id": "x", "created_at": "2026-01-01T00:00:00+00:00", "platform": "linux", "app_version": "0", "files": []}))
    (folder / "observations.jsonl").write_text(json.dumps({"kind": "command", "argv": ["dmesg"], "returncode": 0, "stdout": os.urandom(100_000).hex(), "stderr": "", "error": None, "duration_ms": 1.0}) + "\n")
    return folder


def selfdesk(*args: str, home: Path, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"SELFDESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run([*prefix, sys.executable, "-m", "desktop_app", "bundle", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_a_folder_that_cannot_exist_is_a_clear_usage_error(tmp_path: Path) -> None:
    out = selfdesk("create", "--from", str(recorded_dir(tmp_path / "rec")), "-o", "/proc/nope/x.zip", home=tmp_path / "h")
    assert out.returncode == 2, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr and "unexpected error" not in out.stderr
    assert "Cannot write the bundle to /proc/nope/x.zip" in lines[0]


def test_a_full_disk_is_named_and_leaves_nothing_behind(tmp_path: Path) -> None:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare to mount a small tmpfs")
    disk = tmp_path / "small"
    disk.mkdir()
    rec = recorded_dir(tmp_path / "rec")
    listing = tmp_path / "left-on-disk.txt"
    # inside the namespace: mount, run, then list what the full disk holds before the mount goes away
    script = f"mount -t tmpfs -o size=32k selfdesk-test {disk} || exit 99; \"$@\"; rc=$?; ls -A {disk} > {listing}; exit $rc"
    prefix = ("unshare", "-m", "--propagation", "private", "sh", "-c", script, "sh")
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True, timeout=30)
    if probe.returncode == 99:
        pytest.skip(f"cannot mount a tmpfs here: {probe.stderr.strip()}")
    out = selfdesk("create", "--from", str(rec), "-o", str(disk / "b.zip"), home=tmp_path / "h", prefix=prefix)
    assert out.returncode == 2, out.stderr
    assert "the disk is full" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert listing.read_text() == ""  # no bundle and no partial .part file on the full disk
