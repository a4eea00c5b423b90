"""Size: aim for 2 MB, never above the cap (5 MB or lower). The log tail goes first, then the largest raw
outputs (commands and files alike, beginning and end kept); the manifest, results and reports always stay and
the manifest says what was cut."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop_app.bundle import BundleTooLargeError, create_bundle, verify_bundle
from desktop_app.bundle.sizing import CUT_ERROR, excerpt
from desktop_app.model import Result, Status

ROOT = Path(__file__).resolve().parents[2]


def manifest_of(path: Path) -> dict:
    return json.loads(zipfile.ZipFile(path).read("manifest.json"))


def test_4mb_of_raw_output_is_cut_to_the_2mb_target_keeping_both_ends(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    outputs = ["FIRST LINE\n" + os.urandom(400_000).hex() + "\nLAST LINE\n" for _ in range(5)]  # 4 MB, about 2 MB zipped
    obs = [{"kind": "command", "argv": ["journalctl", f"--unit={i}"], "returncode": 0, "stdout": out, "stderr": "", "error": None, "duration_ms": 9.0} for i, out in enumerate(outputs)]
    log = "2026-11-25 INFO check wifi: ok\n" * 6000
    path = create_bundle(tmp_path, observations=obs, results=[Result("wifi", Status.OK, "Wi-Fi", "fine")], ctx=ctx("linux"), fix_log=[], log_tail=log, baseline=None)
    assert path.stat().st_size <= 2_000_000
    manifest = manifest_of(path)
    whats = [d["what"] for d in manifest["dropped"]]
    assert whats[0].startswith("log-tail.txt")  # the log went first
    assert sum("journalctl stdout" in w and "beginning and end kept" in w for w in whats) == 5
    for line in zipfile.ZipFile(path).read("observations.jsonl").decode().splitlines():
        kept = json.loads(line)["stdout"]
        assert kept.startswith("FIRST LINE") and kept.rstrip().endswith("LAST LINE") and "characters cut by SelfDesk" in kept
    assert verify_bundle(path) == []


def test_one_huge_output_is_cut_before_redaction_and_said_so(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    output = "FIRST LINE\n" + "x" * 3_000_000 + "\nLAST LINE\n"
    obs = [{"kind": "command", "argv": ["journalctl"], "returncode": 0, "stdout": output, "stderr": "", "error": None, "duration_ms": 9.0}]
    path = create_bundle(tmp_path, observations=obs, results=[], ctx=ctx("linux"), fix_log=[], log_tail="", baseline=None)
    kept = json.loads(zipfile.ZipFile(path).read("observations.jsonl"))["stdout"]
    assert len(kept) <= 1_000_200 and kept.startswith("FIRST LINE") and kept.rstrip().endswith("LAST LINE")
    assert any("journalctl stdout" in d["what"] for d in manifest_of(path)["dropped"])


def test_50_large_file_observations_are_cut_too(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    obs = [{"kind": "file", "name": f"/var/log/app{i}.log", "value": os.urandom(128_000).hex(), "error": None, "duration_ms": 1.0} for i in range(50)]
    path = create_bundle(tmp_path, observations=obs, results=[Result("disk", Status.OK, "Disk", "fine")], ctx=ctx("linux"), fix_log=[], log_tail="", baseline=None)
    assert path.stat().st_size <= 2_000_000  # 12.8 MB of values: the target is reached, not only the cap
    notes = [d for d in manifest_of(path)["dropped"] if "/var/log/app" in d["what"]]
    assert len(notes) == 50
    names = zipfile.ZipFile(path).namelist()
    assert {"manifest.json", "results.json", "report.txt", "report.html", "observations.jsonl"} <= set(names)
    lines = zipfile.ZipFile(path).read("observations.jsonl").decode().splitlines()
    assert len(lines) == 50 and all(json.loads(line)["truncated"] for line in lines)
    assert verify_bundle(path) == []


def test_a_lower_cap_is_never_exceeded(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    obs = [{"kind": "command", "argv": ["dmesg"], "returncode": 0, "stdout": os.urandom(400_000).hex(), "stderr": "", "error": None, "duration_ms": 1.0},
           {"kind": "psutil", "name": "processes", "value": [{"pid": i, "name": os.urandom(20).hex()} for i in range(4000)], "error": None, "duration_ms": 1.0}]
    path = create_bundle(tmp_path, observations=obs, results=[], ctx=ctx("linux"), fix_log=[], log_tail="x\n" * 1000, baseline=None, max_bytes=150_000)
    assert path.stat().st_size <= 150_000 and verify_bundle(path) == []
    lines = [json.loads(line) for line in zipfile.ZipFile(path).read("observations.jsonl").decode().splitlines()]
    processes = lines[1]["value"]
    assert processes is None or (processes[0]["pid"] == 0 and processes[-1]["pid"] == 3999)  # both ends, or out


def test_a_value_cut_away_entirely_reads_as_not_available_not_as_empty(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    """A structured value cannot keep its beginning and end: when it must go, a replay reads an error ("not
    available"), never a value of None that an analyzer could take for "no battery" or "no disk"."""
    obs = [{"kind": "psutil", "name": "disk_usage:system", "value": {"path": "/", "junk": os.urandom(150_000).hex()}, "error": None, "duration_ms": 1.0}]
    path = create_bundle(tmp_path, observations=obs, results=[], ctx=ctx("linux"), fix_log=[], log_tail="", baseline=None, max_bytes=100_000)
    kept = json.loads(zipfile.ZipFile(path).read("observations.jsonl"))
    assert kept["value"] is None and kept["truncated"] is True and kept["error"] == CUT_ERROR
    assert any("removed" in d["what"] for d in manifest_of(path)["dropped"])


def test_essentials_above_the_cap_are_refused_not_written(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    results = [Result(f"check{i}", Status.WARNING, "Check", os.urandom(600).hex()) for i in range(200)]
    with pytest.raises(BundleTooLargeError, match="cannot fit in 100 KB"):
        create_bundle(tmp_path / "x.zip", observations=[], results=results, ctx=ctx("linux"), fix_log=[], log_tail="", baseline=None, max_bytes=100_000)
    assert not list(tmp_path.iterdir())


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "bundle", *args], capture_output=True, text=True, cwd=ROOT, env=os.environ | {"SELFDESK_HOME": str(home)}, timeout=120)


def recorded_dir(folder: Path, results: list[dict] | None = None) -> Path:
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps({"schema": "selfdesk-bundle", "schema_version": 1, "bundle_id": "x", "created_at": "2026-01-01T00:00:00+00:00", "platform": "linux", "app_version": "0", "files": []}))
    (folder / "observations.jsonl").write_text("")
    if results is not None:
        (folder / "results.json").write_text(json.dumps(results))
    return folder


@pytest.mark.parametrize("mb", ["0.001", "0", "-1", "9"])
def test_cli_refuses_an_impossible_size_cap(tmp_path: Path, mb: str) -> None:
    out = run("create", "--from", str(recorded_dir(tmp_path / "rec")), "-o", str(tmp_path / "b.zip"), "--max-mb", mb, home=tmp_path / "h")
    assert out.returncode == 2 and "--max-mb must be between 0.1 and 5" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "b.zip").exists()


def test_cli_says_when_the_essentials_alone_exceed_the_cap(tmp_path: Path) -> None:
    big = [{"id": f"c{i}", "status": "warning", "title": "C", "summary": os.urandom(600).hex(), "facts": {}, "fixes": []} for i in range(200)]
    out = run("create", "--from", str(recorded_dir(tmp_path / "rec", big)), "-o", str(tmp_path / "b.zip"), "--max-mb", "0.1", home=tmp_path / "h")
    assert out.returncode == 2 and "cannot fit in 100 KB" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_excerpt_keeps_the_beginning_and_the_end() -> None:
    text = "".join(f"line {i}\n" for i in range(10_000))
    cut = excerpt(text, 2_000)
    assert cut.startswith("line 0\n") and cut.endswith("line 9999\n") and len(cut) < 2_200
    assert "characters cut by SelfDesk" in cut and excerpt("short", 100) == "short"
