"""Bundles: no planted secret survives anywhere, pseudonyms are consistent, verify names damage, the size
cap holds, and a bundle replays with `selfdesk analyze` to the results it carries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
import zipfile
from pathlib import Path

from desktop_app import registry
from desktop_app.bundle import create_bundle, describe_bundle, repack, verify_bundle
from desktop_app.model import Check, Result, Status
from desktop_app.recording import Recording
from desktop_app.redaction import CheckPattern, is_forbidden_source
from desktop_app.redaction.checks import declared
from desktop_app.replay import replay

FIX = Path(__file__).parent.parent / "fixtures" / "bundle"
ROOT = Path(__file__).resolve().parents[2]
S = json.loads((FIX / "SYNTHETIC_secrets-corpus.json").read_text())


def cmd(argv: list[str], stdout: str, check: str | None = None) -> dict:
    o = {"kind": "command", "argv": argv, "returncode": 0, "stdout": stdout, "stderr": "", "error": None, "duration_ms": 5.0}
    if check:
        o["check"] = check
    return o


def planted() -> tuple[list[dict], list[Result], list[dict], str]:
    netsh_profile = (
        f"    SSID name              : \"{S['ssid2']}\"\n    Key Content            : {S['wifi-key-en']}\n"
        f"    Contenu de la clé      : {S['wifi-key-fr']}\n"
    )
    misc = (
        f"   Host Name . . . . . . . . . . . . : {S['hostname']}\n"
        f"802-11-wireless-security.psk:           {S['nmcli-psk']}\n"
        f"login password={S['password']} and Password: {S['password-colon']}\n"
        f"api_token={S['token']} key {S['api-key']}\n"
        f"Authorization: Bearer {S['bearer']}\nX-Auth: {S['jwt']}\nCookie: {S['cookie']}\n"
        f"proxy http://{S['url-user']}:{S['url-pass']}@proxy.corp.example:8080\n"
        f"-----BEGIN RSA PRIVATE KEY-----\n{S['pem-body']}\n-----END RSA PRIVATE KEY-----\n"
        f"Product key: {S['product-key']}\nmail {S['email']} cc {S['kept-email-local']}@corp.example\n"
        f"file C:\\Users\\{S['user']}\\Documents\\{S['user']}-notes.txt\n"
        f"peer {S['public-ip']} lan 192.168.1.20 router {S['mac-stripped']} nic {S['mac']}\n"
    )
    obs = [
        cmd(["ipconfig", "/all"], (FIX / "18_jc_ipconfig-all_win11.txt").read_text()),
        cmd(["netsh", "wlan", "show", "interfaces"], (FIX / "77_sundered_netsh-if_de_rssi.txt").read_text()),
        cmd(["lpstat", "-t"], (FIX / "80_cassini_lpstat-t_empty.txt").read_text()),
        cmd(["netsh", "wlan", "show", "profile", f"name={S['ssid2']}"], netsh_profile),
        cmd(["synthetic-dump"], misc, check="custom"),
        {"kind": "probe", "name": "hostname", "value": S["hostname"], "error": None, "duration_ms": 1.0},
        {"kind": "probe", "name": "os", "value": {"pretty": "Windows 11 Pro", "system": "Windows", "release": "11", "version": "10.0.22631"}, "error": None, "duration_ms": 1.0},
        {"kind": "probe", "name": "clock", "value": {"utc": "2026-11-25T07:00:00+00:00", "timezone": "CET", "utc_offset_minutes": 60, "epoch": 1795000000}, "error": None, "duration_ms": 1.0},
        {"kind": "psutil", "name": "boot_time", "value": 1794900000, "error": None, "duration_ms": 1.0},
        # file names carry secrets too
        {"kind": "file", "name": f"/home/{S['user']}/Documents/{S['email']}-{S['ssid2']}.txt", "value": f"host={S['hostname']}", "error": None, "duration_ms": 1.0},
    ]
    results = [
        Result("wifi", Status.WARNING, "Wi-Fi", f"Connected to {S['ssid']}", {"ssid": S["ssid"], "bssid": "3c:7c:3f:31:22:ac"}),
        Result("storage.big", Status.OK, "Big files", "ok", {"files": [f"/home/{S['user']}/Downloads/{S['email']}.pdf"], f"C:\\Users\\{S['user']}\\x": 1}),
    ]
    fixlog = [{"fix": "dns.flush", "status": "failed", "message": f"ran as {S['user']} on {S['hostname']}", "steps": [{"description": f"token={S['token']}"}], "started_at": "2026-11-25T07:00:00+00:00"}]
    log = f"INFO user {S['user']} connected to {S['ssid']} from {S['public-ip']} password={S['password']}\n" * 50
    return obs, results, fixlog, log


def all_text(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist()}


def make(tmp_path: Path, ctx, **kw) -> Path:  # type: ignore[no-untyped-def]
    obs, results, fixlog, log = planted()
    c = ctx("windows", redaction={"keep_domains": ["corp.example"]})
    extra = {f"notes-{S['hostname']}-{S['user']}.txt": f"wifi {S['ssid']} key {S['wifi-key-en']}"}
    return create_bundle(tmp_path, observations=obs, results=results, ctx=c, trigger={"check": "wifi", "step": "collect"}, fix_log=fixlog, log_tail=log, extra_files=extra, **kw)


def test_no_planted_secret_survives_anywhere(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path, ctx)
    assert path.name.startswith("selfdesk-") and path.suffix == ".zip"
    files = all_text(path)
    assert {"manifest.json", "observations.jsonl", "results.json", "fixlog.json", "log-tail.txt", "policy.json", "report.html", "report.txt"} <= set(files)
    for kind, secret in S.items():
        for name, text in files.items():
            assert secret.lower() not in text.lower(), f"{kind} ({secret}) survived in {name}"
            assert secret.lower() not in name.lower(), f"{kind} ({secret}) survived in the file name {name}"
    assert any(name.startswith("notes-") for name in files)  # the extra file is there, under a redacted name
    assert "corp.example" in files["observations.jsonl"]  # the kept domain stays readable
    assert "192.168.1.20" in files["observations.jsonl"]  # private addresses stay
    summary = json.loads(files["manifest.json"])["redaction"]
    for rule in ("wifi-key", "password", "token", "authorization", "jwt", "cookie", "url-credentials", "private-key", "product-key", "email", "user", "mac", "public-ip", "ssid", "host"):
        assert summary.get(rule, 0) > 0, rule


def test_pseudonyms_are_consistent_across_files(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    files = all_text(make(tmp_path, ctx))
    results = json.loads(files["results.json"])
    ssid = results[0]["facts"]["ssid"]
    assert ssid.startswith("<ssid-")
    assert f"SSID                   : {ssid}" in files["observations.jsonl"].replace("\\n", "\n")
    assert ssid in files["log-tail.txt"] and ssid in files["report.txt"]
    bssid = results[0]["facts"]["bssid"]
    assert bssid.startswith("02:00:00") and bssid in files["observations.jsonl"]
    user = next(k for k in results[1]["facts"] if k.startswith("C:")).split("\\")[2]
    assert user.startswith("<user-") and f"user {user} connected" in files["log-tail.txt"] and user in files["fixlog.json"]


def test_forbidden_sources_and_check_patterns(tmp_path: Path, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert is_forbidden_source(["netsh", "wlan", "show", "profile", "name=x", "key=clear"])
    assert is_forbidden_source(["nmcli", "--show-secrets", "connection", "show", "x"])
    assert is_forbidden_source(["security", "find-generic-password", "-wa", "x"])
    assert is_forbidden_source("C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\User Data\\Default\\Cookies")
    assert is_forbidden_source("/home/a/.mozilla/firefox/x.default/logins.json")
    assert is_forbidden_source("/etc/NetworkManager/system-connections/Home.nmconnection")
    assert not is_forbidden_source(["netsh", "wlan", "show", "interfaces"])
    assert not is_forbidden_source("/etc/resolv.conf")
    # a check module declaring what its command prints that the global pass cannot recognise (layer 2)
    module = types.ModuleType("selfdesk_test_custom_check")
    module.REDACT = (CheckPattern("badge", r"badge=(\d{6})"),)  # type: ignore[attr-defined]

    def collect(system, c):  # type: ignore[no-untyped-def]
        return None

    collect.__module__ = module.__name__
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(registry, "CHECKS", (*registry.CHECKS, Check("custom", "system", "Custom", collect, lambda o, c: None)))
    declared.cache_clear()  # the registry is read once; read it again with the custom check, and after the test
    try:
        obs = [cmd(["netsh", "wlan", "show", "profile", "name=x", "key=clear"], "Key Content : LeakedKey123\n"), cmd(["tool"], "badge=424242 ok", check="custom")]
        path = create_bundle(tmp_path, observations=obs, results=[], ctx=ctx("windows"), fix_log=[], log_tail="badge 424242")
    finally:
        declared.cache_clear()
    files = all_text(path)
    assert "LeakedKey123" not in "".join(files.values())
    assert "424242" not in "".join(files.values())
    assert "forbidden source" in files["observations.jsonl"]


def test_verify_names_modified_and_truncated(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path, ctx)
    assert verify_bundle(path) == []
    files = all_text(path)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w") as z:
        for name, text in files.items():
            z.writestr(name, text.replace("Verdict", "Verdikt") if name == "report.txt" else text)
    problems = verify_bundle(tampered)
    assert len(problems) == 1 and problems[0].startswith("report.txt")
    cut = tmp_path / "cut.zip"
    data = path.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    problems = verify_bundle(cut)
    assert problems and all(":" in p for p in problems)
    assert any("truncated" in p or "missing" in p for p in problems)
    run = lambda *a: subprocess.run([sys.executable, "-m", "desktop_app", "bundle", *a], capture_output=True, text=True, cwd=ROOT, env=os.environ | {"SELFDESK_HOME": str(tmp_path / "h")})  # noqa: E731
    assert run("verify", str(path)).returncode == 0
    bad = run("verify", str(tampered))
    assert bad.returncode == 1 and "report.txt" in bad.stdout
    assert run("verify", str(cut)).returncode == 1
    (tmp_path / "junk.zip").write_text("not a zip")
    junk = run("verify", str(tmp_path / "junk.zip"))
    assert junk.returncode == 2 and len(junk.stderr.strip().splitlines()) == 1
    show = run("show", str(path))
    assert show.returncode == 0 and show.stdout.index("Verdict") < show.stdout.index("What was tried") < show.stdout.index("System summary")


def test_50mb_log_and_outputs_respect_the_cap(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    noise = os.urandom(4_500_000).hex()  # incompressible, so the cap really bites
    obs = [cmd(["journalctl"], noise[: 3_000_000]), cmd(["dmesg"], noise[3_000_000:6_000_000]), cmd(["ipconfig", "/all"], (FIX / "18_jc_ipconfig-all_win11.txt").read_text())]
    log = ("2026-11-25 INFO something happened " + noise[:60] + "\n") * 530_000  # about 50 MB
    assert len(log) > 50_000_000
    path = create_bundle(tmp_path / "big.zip", observations=obs, results=[Result("disk", Status.OK, "Disk", "fine")], ctx=ctx("windows"), fix_log=[], log_tail=log, max_bytes=2_000_000)
    assert path.stat().st_size <= 2_000_000
    manifest = json.loads(zipfile.ZipFile(path).read("manifest.json"))
    whats = " ".join(d["what"] for d in manifest["dropped"])
    assert "log-tail.txt" in whats and "observations.jsonl" in whats
    assert verify_bundle(path) == []
    names = zipfile.ZipFile(path).namelist()
    assert {"manifest.json", "results.json", "report.html", "report.txt"} <= set(names)
    smaller = repack(path, tmp_path / "small.zip", max_bytes=500_000)
    assert smaller.stat().st_size <= 500_000 and verify_bundle(smaller) == []
    info = describe_bundle(smaller)
    assert info["files"] and isinstance(info["redaction"], dict)


def test_bundle_replays_to_same_results_with_analyze(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    obs, _, _, log = planted()
    obs = [{k: v for k, v in o.items() if k != "check"} for o in obs]  # untagged: every analyzer replays
    c = ctx("windows")
    results = replay(Recording(manifest={"platform": "windows"}, observations=obs), c)
    assert "system" in [r.id for r in results]  # plus whatever area analyzers this build registers
    assert results[[r.id for r in results].index("system")].facts["hostname"] == S["hostname"]
    path = create_bundle(tmp_path, observations=obs, results=results, ctx=c, fix_log=[], log_tail=log)
    out = subprocess.run([sys.executable, "-m", "desktop_app", "analyze", str(path), "--json"], capture_output=True, text=True, cwd=ROOT, env=os.environ | {"SELFDESK_HOME": str(tmp_path / "h")})
    assert out.returncode in (0, 1), out.stderr
    replayed = json.loads(out.stdout)["results"]
    carried = json.loads(zipfile.ZipFile(path).read("results.json"))
    strip = lambda rs: [{k: r[k] for k in ("id", "status", "facts", "fixes")} for r in rs]  # noqa: E731
    assert strip(replayed) == strip(carried)
    assert next(r for r in carried if r["id"] == "system")["facts"]["hostname"].startswith("<host-")


def test_analyze_accepts_bare_directory(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text(json.dumps({"schema": "selfdesk-bundle", "schema_version": 1, "bundle_id": "x", "created_at": "2026-01-01T00:00:00+00:00", "platform": "windows", "app_version": "0", "files": []}))
    (tmp_path / "observations.jsonl").write_text(json.dumps(cmd(["lpstat", "-t"], (FIX / "80_cassini_lpstat-t_empty.txt").read_text())) + "\n")
    out = subprocess.run([sys.executable, "-m", "desktop_app", "analyze", str(tmp_path), "--json"], capture_output=True, text=True, cwd=ROOT, env=os.environ | {"SELFDESK_HOME": str(tmp_path / "h")})
    assert out.returncode in (0, 1), out.stderr
    assert isinstance(json.loads(out.stdout)["results"], list)
    again = repack(tmp_path, tmp_path / "re.zip")
    assert verify_bundle(again) == []


def test_report_html_is_self_contained_and_french(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    from desktop_app import i18n

    i18n.set_language("fr")
    files = all_text(make(tmp_path, ctx))
    html = files["report.html"]
    assert html.startswith("<!DOCTYPE html>") and "http://" not in html and "https://" not in html and "<script" not in html and "src=" not in html
    assert "Conclusion et ce qui a échoué" in files["report.txt"] and "Résumé du système" in files["report.txt"]


def test_cli_create_from_live_sweep_without_touching_the_network(tmp_path: Path, monkeypatch, no_surprises, capsys) -> None:  # type: ignore[no-untyped-def]
    """`bundle create -o DIR/` runs the default sweep through the seam; here the seam is a fake and the sweep
    is limited to the system summary, so nothing leaves the process."""
    from desktop_app import registry, system
    from desktop_app.cli import main
    from desktop_app.diagnostics import system_summary

    values = {
        "os": {"pretty": "Windows 11 Pro", "system": "Windows", "release": "11", "version": "10.0.22631"},
        "hostname": S["hostname"],
        "clock": {"utc": "2026-11-25T07:00:00+00:00", "timezone": "CET", "utc_offset_minutes": 60, "epoch": 1795000000},
        "boot_time": 1795000000 - 60 * 86400,
        "sensors_battery": None,
    }
    monkeypatch.setattr(system, "LiveSystem", lambda *a, **k: no_surprises("windows", values=values))
    monkeypatch.setattr(registry, "select_checks", lambda *a, **k: list(system_summary.CHECKS))
    assert main(["bundle", "create", "-o", str(tmp_path / "out") + "/", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    path = Path(info["path"])
    assert path.parent == tmp_path / "out" and path.name.startswith("selfdesk-")
    assert {f["path"] for f in info["files"]} >= {"manifest.json", "observations.jsonl", "results.json", "report.html"}
    assert info["redaction"].get("host", 0) >= 1
    files = all_text(path)
    assert S["hostname"].lower() not in "".join(files.values()).lower()
    trigger = json.loads(files["manifest.json"])["trigger"]
    assert trigger["kind"] == "manual" and "system" in trigger["warning_checks"]  # 60 days up: a warning
