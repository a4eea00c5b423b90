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


def selfdesk(*args: str, home: Path, prefix: tuple[str, ...] = (), verb_first: bool = True) -> subprocess.CompletedProcess[str]:
    """``selfdesk bundle ARGS``; with ``verb_first=False`` the global options in ARGS come before "bundle"."""
    env = os.environ | {"SELFDESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    words = ["bundle", *args] if verb_first else [*args[:2], "bundle", *args[2:]]
    return subprocess.run([*prefix, sys.executable, "-m", "desktop_app", *words], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


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


def _bundle(tmp_path: Path) -> Path:
    from desktop_app import policy
    from desktop_app.bundle import create_bundle
    from desktop_app.model import Context

    ctx = Context(policy=policy.defaults(), platform="linux")
    obs = [{"kind": "command", "argv": ["uname", "-a"], "returncode": 0, "stdout": "Linux box 6.1.0 x86_64\n" * 50, "stderr": "", "error": None, "duration_ms": 1.0}]
    return create_bundle(tmp_path / "b.zip", observations=obs, results=[], ctx=ctx, fix_log=[], log_tail="", baseline=None)


def _rewrite(source: Path, target: Path, **replaced: str) -> Path:
    import zipfile

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            new.writestr(name, replaced.get(name.replace(".", "_"), old.read(name)))
    return target


def test_verify_names_a_member_it_cannot_read_and_a_tampered_file_list(tmp_path: Path) -> None:
    import struct
    import zipfile

    good = _bundle(tmp_path)
    encrypted = tmp_path / "encrypted.zip"
    data = bytearray(good.read_bytes())
    info = zipfile.ZipFile(good).getinfo("observations.jsonl")
    struct.pack_into("<H", data, info.header_offset + 6, 1)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == b"observations.jsonl":
            struct.pack_into("<H", data, central + 8, 1)
        central = data.find(b"PK\x01\x02", central + 1)
    encrypted.write_bytes(bytes(data))
    out = selfdesk("verify", str(encrypted), home=tmp_path / "h")
    assert out.returncode == 1 and "observations.jsonl: damaged (truncated or corrupt)" in out.stdout, out.stdout + out.stderr
    manifest = json.loads(zipfile.ZipFile(good).read("manifest.json"))
    listed = _rewrite(good, tmp_path / "listed.zip", manifest_json=json.dumps(manifest | {"files": [1, "x"]}))
    out = selfdesk("verify", str(listed), home=tmp_path / "h")
    assert out.returncode == 1 and "manifest.json: its list of files is not readable (modified)" in out.stdout, out.stdout + out.stderr
    assert "unexpected" not in out.stderr


def test_verify_and_show_speak_french(tmp_path: Path) -> None:
    good = _bundle(tmp_path)
    nb = "\u00a0"
    verified = selfdesk("--lang", "fr", "verify", str(good), home=tmp_path / "h", verb_first=False)
    assert verified.returncode == 0 and f"OK{nb}: {good}{nb}: chaque fichier correspond à sa somme de contrôle" in verified.stdout
    shown = selfdesk("--lang", "fr", "show", str(good), home=tmp_path / "h", verb_first=False)
    assert shown.returncode == 0 and f"Sommes de contrôle{nb}: OK" in shown.stdout
    made = selfdesk("--lang", "fr", "create", "--from", str(good), "-o", str(tmp_path / "again.zip"), home=tmp_path / "h", verb_first=False)
    assert made.returncode == 0 and made.stdout.startswith("Pièce jointe") and "Attachment" not in made.stdout, made.stdout
