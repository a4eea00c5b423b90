"""The selfdesk command as scripts and technicians use it: exit codes, one-line errors, replay."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def selfdesk(*args: str, env: dict[str, str] | None = None, input_text: str | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=120, input=input_text,
    )


def _recorded_dir(tmp_path: Path, platform: str = "linux") -> Path:
    folder = tmp_path / "recorded"
    folder.mkdir()
    manifest = {"schema": "selfdesk-bundle", "schema_version": 1, "bundle_id": "0b6f3c1e-5a51-4a3e-9d1f-0c8a2b6e4d11",
                "created_at": "2026-11-20T09:00:00Z", "platform": platform, "app_version": "0.1.0", "files": []}
    (folder / "manifest.json").write_text(json.dumps(manifest))
    observations = [
        {"kind": "probe", "name": "os", "value": {"system": "Linux", "release": "6.1", "pretty": "Debian GNU/Linux 12"}},
        {"kind": "probe", "name": "clock", "value": {"epoch": 1_700_000_000 + 20 * 86400, "utc": "x", "timezone": "CET"}},
        {"kind": "psutil", "name": "boot_time", "value": 1_700_000_000},
    ]
    (folder / "observations.jsonl").write_text("".join(json.dumps(o) + "\n" for o in observations))
    return folder


def _check_one_line_error(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == 2, proc
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_version():
    proc = selfdesk("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("selfdesk ")


@pytest.mark.parametrize("args", [["--bogus"], ["diagnose", "--only", "nope"], ["fix", "no.such.fix"], ["analyze"], ["frobnicate"]])
def test_bad_arguments_are_one_line_and_exit_2(args):
    _check_one_line_error(selfdesk(*args))


def test_diagnose_json_follows_the_contract():
    proc = selfdesk("diagnose", "--only", "system", "--json")
    assert proc.returncode in (0, 1), proc.stderr
    doc = json.loads(proc.stdout)
    result = doc["results"][0]
    assert set(result) >= {"id", "status", "title", "summary", "facts", "fixes"}
    assert result["status"] in ("ok", "warning", "failed", "error", "skipped")
    assert result["facts"]["hostname"]


def test_analyze_replays_a_bare_recorded_directory(tmp_path):
    proc = selfdesk("analyze", str(_recorded_dir(tmp_path)), "--json")
    doc = json.loads(proc.stdout)
    system = next(r for r in doc["results"] if r["id"] == "system")
    assert system["facts"]["uptime_seconds"] == 20 * 86400
    assert system["status"] == "warning"  # 20 days without a restart
    assert proc.returncode == 1


def test_analyze_speaks_french(tmp_path):
    proc = selfdesk("analyze", str(_recorded_dir(tmp_path)), "--lang", "fr")
    assert "Votre ordinateur" in proc.stdout and "redémarr" in proc.stdout


def test_diagnose_bundle_replays_to_the_same_results(tmp_path):
    bundle = tmp_path / "b.zip"
    live = selfdesk("diagnose", "--only", "system", "--json", "--bundle", str(bundle))
    replayed = selfdesk("analyze", str(bundle), "--json")
    strip = lambda doc: [(r["id"], r["status"], r["facts"]) for r in json.loads(doc)["results"]]  # noqa: E731
    assert strip(replayed.stdout) == strip(live.stdout)
    assert replayed.returncode == live.returncode


@pytest.mark.parametrize(
    "damage, message",
    [
        ("missing", "no such file"),
        ("not_zip", "not a readable bundle"),
        ("truncated_jsonl", "observations.jsonl line 2"),
        ("no_manifest", "manifest.json is missing"),
        ("bad_platform", "no valid platform"),
    ],
)
def test_analyze_rejects_broken_input_with_one_line(tmp_path, damage, message):
    folder = _recorded_dir(tmp_path)
    target: Path = folder
    if damage == "missing":
        target = tmp_path / "nope.zip"
    elif damage == "not_zip":
        target = tmp_path / "junk.zip"
        target.write_bytes(b"PK\x03\x04 garbage")
    elif damage == "truncated_jsonl":
        text = (folder / "observations.jsonl").read_text()
        (folder / "observations.jsonl").write_text(text[: text.index("\n") + 20])
    elif damage == "no_manifest":
        (folder / "manifest.json").unlink()
    elif damage == "bad_platform":
        (folder / "manifest.json").write_text(json.dumps({"schema": "selfdesk-bundle", "schema_version": 1, "platform": "beos"}))
    proc = selfdesk("analyze", str(target))
    _check_one_line_error(proc)
    assert message in proc.stderr


def test_analyze_a_truncated_zip(tmp_path):
    bundle = tmp_path / "b.zip"
    selfdesk("diagnose", "--only", "system", "--bundle", str(bundle))
    data = bundle.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    proc = selfdesk("analyze", str(cut))
    _check_one_line_error(proc)
    assert zipfile.is_zipfile(bundle)


def test_policy_with_syntax_errors_keeps_working(tmp_path):
    bad = tmp_path / "p.toml"
    bad.write_text("[disk\nwarn_percent = 1\n")
    proc = selfdesk("diagnose", "--only", "system", "--policy", str(bad))
    assert proc.returncode in (0, 1)
    assert "TOML syntax error" in proc.stderr and "Traceback" not in proc.stderr


def test_policy_show_and_check(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text("[disk]\nwarn_percent = 70\n")
    shown = selfdesk("policy", "show", "--policy", str(good))
    assert f"warn_percent = 70  # {good}:2" in shown.stdout
    bad = tmp_path / "bad.toml"
    bad.write_text("[disk]\nwarn_percent = 'x'\n")
    checked = selfdesk("policy", "check", str(bad))
    assert checked.returncode == 1 and f"{bad}:2: [disk] warn_percent" in checked.stdout
    assert selfdesk("policy", "check", str(tmp_path / "absent.toml")).returncode == 2


def test_fix_needs_consent_when_not_interactive():
    from desktop_app import registry

    if not registry.FIXES:
        pytest.skip("no fix registered yet")
    fix = next(f for f in registry.FIXES if "linux" in f.platforms)
    proc = selfdesk("fix", fix.id)
    _check_one_line_error(proc)
    assert "--yes" in proc.stderr


def test_a_bundle_that_cannot_be_written_still_leaves_the_results():
    proc = selfdesk("diagnose", "--only", "system", "--json", "--bundle", "/proc/selfdesk-cannot-write/b.zip")
    assert json.loads(proc.stdout)["results"][0]["id"] == "system"
    assert proc.returncode in (0, 1)
    assert "bundle could not be written" in proc.stderr and "Traceback" not in proc.stderr


def test_fix_params_are_parsed_and_malformed_ones_refused():
    from desktop_app.cli.fix import parse_params

    assert parse_params(["categories=temp,trash", "mode=fast"]) == {"categories": ["temp", "trash"], "mode": "fast"}
    proc = selfdesk("fix", "disk.cleanup", "--param", "novalue")
    _check_one_line_error(proc)
