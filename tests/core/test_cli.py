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


@pytest.mark.parametrize(
    "args, french",
    [
        (["--lang", "fr", "fix"], "ces arguments sont obligatoires\u00a0: ID (voir «\u00a0selfdesk fix --help\u00a0»)"),
        (["frobnicate", "--lang=fr"], "argument COMMAND\u00a0: choix non valide\u00a0: 'frobnicate'"),
        (["--lang", "fr", "diagnose", "--only", "nope"], "vérification ou domaine inconnu\u00a0: nope"),
        (["--lang", "fr", "analyze", "/nonexistent.zip"], "/nonexistent.zip\u00a0: fichier ou dossier introuvable"),
    ],
)
def test_usage_errors_speak_the_users_language(args, french):
    proc = selfdesk(*args)
    _check_one_line_error(proc)
    assert french in proc.stderr, proc.stderr


def test_help_speaks_the_users_language():
    french = selfdesk("--lang", "fr", "--help")
    assert french.returncode == 0 and french.stdout.startswith("utilisation\u00a0: selfdesk")
    assert "lancer le diagnostic et expliquer ce qui ne va pas" in french.stdout and "show this help" not in french.stdout
    verb = selfdesk("bundle", "create", "--help", "--lang", "fr")
    assert "reconditionner et masquer à nouveau" in verb.stdout and "re-pack" not in verb.stdout
    english = selfdesk("--lang", "en", "diagnose", "--help")
    assert english.stdout.startswith("usage: selfdesk diagnose") and "also write a diagnostic bundle" in english.stdout


def test_diagnose_json_follows_the_contract():
    proc = selfdesk("diagnose", "--only", "system", "--json")
    assert proc.returncode in (0, 1), proc.stderr
    doc = json.loads(proc.stdout)
    result = doc["results"][0]
    assert set(result) >= {"id", "status", "title", "summary", "facts", "fixes"}
    assert result["status"] in ("ok", "warning", "failed", "error", "skipped")
    facts = result["facts"]  # the first real check, end to end on this machine: what a technician asks first
    assert facts["hostname"] and facts["os"] and facts["os_version"] and facts["timezone"] and facts["clock_utc"]
    assert facts["uptime_seconds"] > 0 and facts["last_boot"] < facts["clock_utc"]
    assert "battery" in facts  # None on a machine without one


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


def test_text_output_ends_with_what_is_wrong_in_short(tmp_path):
    english = selfdesk("analyze", str(_recorded_dir(tmp_path)))
    tail = english.stdout.rstrip().splitlines()
    assert tail[-2] == "In short:"
    assert tail[-1] == "  - Warning: Your computer: Debian GNU/Linux 12, up for 20 d 0 h."
    french = selfdesk("analyze", str(tmp_path / "recorded"), "--lang", "fr")
    assert "En bref\u00a0:" in french.stdout
    assert "  - Attention\u00a0: Votre ordinateur\u00a0: Debian GNU/Linux 12, allumé depuis 20\u00a0j 0\u00a0h." in french.stdout


def test_a_branded_policy_renames_the_app_in_what_users_read(tmp_path):
    """macOS withholding Wi-Fi names: the user reads who cannot see them under the organisation's name."""
    folder = _recorded_dir(tmp_path, "macos")
    wdutil = (ROOT / "tests/fixtures/network/heat_wdutil_macos_redacted-no-location.txt").read_text(encoding="utf-8")
    seen = {"kind": "command", "argv": ["wdutil", "info"], "returncode": 0, "stdout": wdutil, "stderr": "", "error": None}
    with (folder / "observations.jsonl").open("a") as out:
        out.write(json.dumps(seen) + "\n")
    branded = tmp_path / "branded.toml"
    branded.write_text('[branding]\napp_name = "Acme Help"\n')
    proc = selfdesk("--policy", str(branded), "analyze", str(folder))
    assert "Acme Help is not allowed to see which Wi-Fi network" in proc.stdout, proc.stdout + proc.stderr
    plain = selfdesk("analyze", str(folder), "--lang", "fr")
    assert "SelfDesk n" in plain.stdout and "Acme" not in plain.stdout, plain.stdout


def test_diagnose_bundle_replays_to_the_same_results(tmp_path):
    bundle = tmp_path / "b.zip"
    live = selfdesk("diagnose", "--only", "system", "--json", "--bundle", str(bundle))
    replayed = selfdesk("analyze", str(bundle), "--json")
    # the bundle pseudonymises the host name (redaction); everything else replays to the same result
    strip = lambda doc: [(r["id"], r["status"], r["summary"], {k: v for k, v in r["facts"].items() if k != "hostname"})  # noqa: E731
                         for r in json.loads(doc)["results"]]
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


def _policy(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("where", ["before", "after"])
def test_policy_option_works_before_and_after_the_verb(tmp_path, where):
    good = _policy(tmp_path, "good.toml", '[disk]\nwarn_percent = 70\n[checks]\ndisabled = ["system"]\n')
    option = ["--policy", str(good)]
    place = (lambda verb: [*option, *verb]) if where == "before" else (lambda verb: [*verb, *option])
    shown = selfdesk(*place(["policy", "show"]))
    assert shown.returncode == 0 and f"warn_percent = 70  # {good}:2" in shown.stdout
    as_json = json.loads(selfdesk(*place(["policy", "show", "--json"])).stdout)
    assert as_json["disk"]["warn_percent"] == {"value": 70, "from": f"{good}:2"}
    # the policy turns the system check off, so asking for it alone leaves nothing to run
    refused = selfdesk(*place(["diagnose", "--only", "system"]))
    _check_one_line_error(refused)
    assert "no check to run" in refused.stderr


@pytest.mark.parametrize("where", ["before", "after"])
def test_lang_option_works_before_and_after_the_verb(tmp_path, where):
    recorded = str(_recorded_dir(tmp_path))
    place = (lambda verb: ["--lang", "fr", *verb]) if where == "before" else (lambda verb: [*verb, "--lang", "fr"])
    analyzed = selfdesk(*place(["analyze", recorded]))
    assert "Votre ordinateur" in analyzed.stdout and "redémarr" in analyzed.stdout, analyzed.stdout
    assert "Your computer" not in analyzed.stdout
    listed = selfdesk(*place(["checks"]))
    assert "Votre ordinateur" in listed.stdout
    diagnosed = json.loads(selfdesk(*place(["diagnose", "--only", "system", "--json"])).stdout)
    assert diagnosed["language"] == "fr" and diagnosed["results"][0]["title"] == "Votre ordinateur"


def test_the_option_after_the_verb_wins(tmp_path):
    recorded = str(_recorded_dir(tmp_path))
    assert "Your computer" in selfdesk("--lang", "fr", "analyze", recorded, "--lang", "en").stdout


@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_named_policy_with_syntax_errors_stops_with_one_line(tmp_path, how):
    bad = _policy(tmp_path, "p.toml", "[disk\nwarn_percent = 1\n")
    args, env = (["--policy", str(bad)], None) if how == "option" else ([], {"SELFDESK_POLICY": str(bad)})
    for verb in (["diagnose", "--only", "system"], ["policy", "show"], ["checks"]):
        proc = selfdesk(*args, *verb, env=env)
        _check_one_line_error(proc)
        assert str(bad) in proc.stderr and "TOML syntax error" in proc.stderr and "line 1" in proc.stderr
        assert proc.stdout == ""


def test_a_named_policy_that_does_not_exist_stops_with_one_line(tmp_path):
    absent = tmp_path / "absent.toml"
    for args, env in ((["--policy", str(absent), "policy", "show"], None), (["checks"], {"SELFDESK_POLICY": str(absent)})):
        proc = selfdesk(*args, env=env)
        _check_one_line_error(proc)
        assert f"policy file not found: {absent}" in proc.stderr


def test_unknown_keys_in_a_named_policy_warn_with_file_key_and_line_and_keep_working(tmp_path):
    odd = _policy(tmp_path, "odd.toml", "[disk]\nwarn_precent = 70\n\n[network]\nprobe_timeout = 'x'\n[monitor]\ninterval_seconds = 60\n")
    proc = selfdesk("--policy", str(odd), "policy", "show", "--json")
    assert proc.returncode == 0
    assert f"{odd}:2: unknown key 'warn_precent' in [disk]" in proc.stderr
    assert f"{odd}:5: [network] probe_timeout: expected" in proc.stderr
    shown = json.loads(proc.stdout)
    assert shown["disk"]["warn_percent"]["value"] == 85  # the section in error keeps the defaults
    assert shown["monitor"]["interval_seconds"] == {"value": 60, "from": f"{odd}:7"}  # the rest applies


def test_a_broken_system_wide_policy_does_not_stop_the_app(tmp_path, monkeypatch, capsys):
    import desktop_app.policy as policy_module
    from desktop_app.cli import main

    broken = _policy(tmp_path, "system.toml", "[disk]\nwarn_percent = \n")
    monkeypatch.setattr(policy_module, "system_policy_paths", lambda: [broken])
    code = main(["policy", "show", "--json"])
    out, err = capsys.readouterr()
    assert code == 0
    assert f"policy {broken}: TOML syntax error" in err and "ignored" in err
    assert json.loads(out)["disk"]["warn_percent"] == {"value": 85, "from": "default"}


def test_policy_show_and_check(tmp_path):
    good = _policy(tmp_path, "good.toml", "[disk]\nwarn_percent = 70\n")
    checked_good = selfdesk("policy", "check", str(good))
    assert checked_good.returncode == 0 and f"{good}: OK" in checked_good.stdout
    bad = _policy(tmp_path, "bad.toml", "[disk]\nwarn_percent = 'x'\n")
    checked = selfdesk("policy", "check", str(bad))
    assert checked.returncode == 1 and f"{bad}:2: [disk] warn_percent" in checked.stdout
    missing = selfdesk("policy", "check", str(tmp_path / "absent.toml"))
    _check_one_line_error(missing)
    assert "absent.toml" in missing.stderr
    broken = _policy(tmp_path, "broken.toml", "[disk]\nwarn_percent = 70\n[fixes\n")
    syntax = selfdesk("policy", "check", str(broken))
    _check_one_line_error(syntax)
    assert str(broken) in syntax.stderr and "line 3" in syntax.stderr and syntax.stdout == ""


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
    # one sentence saying where and why, not the reason wrapped in a second "could not be written"
    assert proc.stderr.strip() == ("selfdesk: Cannot write the bundle to /proc/selfdesk-cannot-write/b.zip: "
                                   "the folder does not exist and cannot be created.")


def test_fix_params_are_parsed_and_malformed_ones_refused():
    from desktop_app.cli.fix import parse_params

    assert parse_params(["categories=temp,trash", "mode=fast"]) == {"categories": ["temp", "trash"], "mode": "fast"}
    proc = selfdesk("fix", "disk.cleanup", "--param", "novalue")
    _check_one_line_error(proc)


@pytest.mark.parametrize(
    "recorded, status",
    [
        (None, "ok"),  # 80 % used is below the default 85 % warning
        ({"disk": {"warn_percent": 70}}, "warning"),  # the user's machine warned from 70 %: the replay does too
        ({"disk": {"warn_percent": "x", "fail_percent": None, "warn_free_gb": [1]}, "nosuch": 1, "checks": "x"}, "ok"),
    ],
)
def test_analyze_judges_with_the_recorded_thresholds_and_ignores_garbage_ones(tmp_path, recorded, status):
    folder = _recorded_dir(tmp_path)
    usage = {"path": "/", "device_id": 1, "total": 1000 * 1024**3, "used": 800 * 1024**3, "free": 200 * 1024**3, "percent": 80.0}
    with open(folder / "observations.jsonl", "a") as handle:
        handle.write(json.dumps({"kind": "psutil", "name": "disk_usage:system", "value": usage, "check": "disk"}) + "\n")
        handle.write(json.dumps({"kind": "psutil", "name": "disk_partitions", "value": [], "check": "disk"}) + "\n")
    if recorded is not None:
        (folder / "policy.json").write_text(json.dumps(recorded))
    proc = selfdesk("analyze", str(folder), "--json")
    assert "Traceback" not in proc.stderr and "unexpected" not in proc.stderr, proc.stderr
    disk = next(r for r in json.loads(proc.stdout)["results"] if r["id"] == "disk")
    assert disk["status"] == status, disk
