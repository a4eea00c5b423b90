"""Bundle benchmarks (medians printed; targets: bundle creation for a typical sweep < 1 s, log redaction
> 20 MB/s).  Run: .venv/bin/python bench/bundle.py [--runs N] [--mb 20]

The log is built to look like SelfDesk's own log: its real message formats (sweeps, checks, verdicts, fixes,
the outbox, tracebacks through the user's home folder) with varied values, command output lines taken from
the real recorded outputs in tests/fixtures (as the DEBUG dumps of a run), and about 2% of lines carrying a
SYNTHETIC secret (passwords, tokens, JWTs, cookies, e-mails, public IPs, MACs, SSIDs, URL credentials). Values
come from small pools, as a real log repeats the same user, hosts and networks.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import string
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SELFDESK_HOME", tempfile.mkdtemp(prefix="selfdesk-bench-"))

from desktop_app import policy  # noqa: E402
from desktop_app.bundle import create_bundle  # noqa: E402
from desktop_app.model import Context  # noqa: E402
from desktop_app.recording import Recording  # noqa: E402
from desktop_app.redaction import Redactor  # noqa: E402
from desktop_app.replay import replay  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
REAL = FIXTURES / "bundle"
CHECKS = ("wifi", "network", "gateway", "dns", "internet", "quality", "proxy", "vpn", "company", "tunnel", "clock", "disk", "storage", "printers", "system")
STATUSES = ("ok", "ok", "ok", "warning", "failed", "error", "skipped")
MODULES = ("desktop_app.engine", "desktop_app.system", "desktop_app.monitor", "desktop_app.fixes.engine", "desktop_app.helpdesk.outbox", "desktop_app.ui.app", "desktop_app.cli")


def fixture_lines() -> list[str]:
    """Lines of the real recorded outputs (never the SYNTHETIC ones)."""
    lines: list[str] = []
    for path in sorted(FIXTURES.glob("*/*")):
        if not path.is_file() or "SYNTHETIC" in path.name or path.suffix in (".tsv", ".py"):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        lines += [line for line in text.splitlines() if line.strip()]
    return lines


def realistic_log(size: int = 20_000_000, seed: int = 7) -> str:
    rnd = random.Random(seed)
    outputs = fixture_lines()
    users = ["alice", "jdupont", "m.garcia"]
    hosts = ["LAPTOP-7QK2N", "alice-pc"]
    ssids = ["HomeNet-5G", "Livebox-8F2A", "CorpGuest"]
    passwords = ["Hunter2Horse!", "S3cr3t-pass", "azerty123!"]
    tokens = ["".join(rnd.choices(string.ascii_letters + string.digits, k=32)) for _ in range(8)]
    domains = ["gmail.com", "corp.example", "outlook.fr"]

    def ip() -> str:
        return f"{rnd.choice((31, 45, 78, 93, 151, 185, 212))}.{rnd.randrange(256)}.{rnd.randrange(256)}.{rnd.randrange(1, 255)}"

    def mac() -> str:
        return ":".join(f"{rnd.randrange(256):02x}" for _ in range(6))

    def app_message() -> str:
        k = rnd.randrange(12)
        check = rnd.choice(CHECKS)
        if k < 4:
            return f"check {check}: {rnd.choice(STATUSES)} in {rnd.random() * 3:.2f}s"
        if k == 4:
            return f"sweep: {rnd.randrange(3, 16)} checks ({', '.join(rnd.sample(CHECKS, 4))}), deadline 45s"
        if k == 5:
            return f"sweep done in {rnd.random() * 9:.2f}s: {rnd.randrange(9)} ok, {rnd.randrange(3)} warning"
        if k == 6:
            return f"verdict verdict.{rnd.choice(('network', 'vpn', 'disk', 'printers'))}: {rnd.choice(STATUSES)}"
        if k == 7:
            return f"fix network.{rnd.choice(('renew_dhcp', 'flush_dns', 'wifi_restart'))}: {rnd.choice(('verified', 'failed', 'rolled back'))} (2 steps; verify: dns)"
        if k == 8:
            return f"ran ['{rnd.choice(('netsh', 'ipconfig', 'lpstat', 'nmcli', 'scutil'))}', '{rnd.choice(('wlan', '/all', '-t', '--nc'))}'] rc=0 in {rnd.random() * 200:.1f} ms"
        if k == 9:
            return f'  File "/home/{rnd.choice(users)}/.local/lib/python3.11/site-packages/desktop_app/helpdesk/outbox.py", line {rnd.randrange(40, 400)}, in send_pending'
        if k == 10:
            return f"monitor round failed: timed out after 5s (gateway {rnd.choice(('192.168.1.1', '10.0.0.1', '172.16.4.1'))})"
        return f"outbox: item {rnd.randrange(16**8):08x} queued, next try in {rnd.randrange(1, 60)} min"

    def secret() -> str:
        k = rnd.randrange(12)
        user = rnd.choice(users)
        if k == 0:
            return f"helpdesk login failed for {user}@{rnd.choice(domains)} password={rnd.choice(passwords)}"
        if k == 1:
            return f"POST https://helpdesk.corp.example/api Authorization: Bearer {rnd.choice(tokens)}"
        if k == 2:
            return f"probe to {ip()} failed from 192.168.1.{rnd.randrange(2, 250)}"
        if k == 3:
            return f"cannot open C:\\Users\\{user}\\AppData\\Local\\SelfDesk\\outbox\\item.json"
        if k == 4:
            return f"wlan0: Trying to associate with {mac()} (SSID='{rnd.choice(ssids)}' freq=2437 MHz)"
        if k == 5:
            return f"token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ7dXNlcn0ifQ.{rnd.choice(tokens)[:20]}"
        if k == 6:
            return f"proxy http://{user}:{rnd.choice(passwords)}@proxy.corp.example:8080 refused"
        if k == 7:
            return f"hostname={rnd.choice(hosts)} uptime 3 days"
        if k == 8:
            return f"Cookie: session={rnd.choice(tokens)[:24]}"
        if k == 9:
            return f"peer 2a01:cb00:{rnd.randrange(65536):x}::{rnd.randrange(65536):x} unreachable"
        if k == 10:
            return f"mail to {rnd.choice(('it-support', 'jane.doe', 'bob'))}@{rnd.choice(domains)} queued"
        return f"api_key={rnd.choice(tokens)}"

    out: list[str] = []
    total = 0
    clock = 0
    while total < size:
        clock += rnd.randrange(1, 900)
        stamp = f"2026-11-25 {7 + clock // 3_600_000 % 12:02d}:{clock // 60_000 % 60:02d}:{clock // 1000 % 60:02d},{clock % 1000:03d}"
        roll = rnd.random()
        if roll < 0.02:
            body, level = secret(), "WARNING"
        elif roll < 0.40:
            body, level = "| " + rnd.choice(outputs), "DEBUG"
        else:
            body, level = app_message(), rnd.choice(("INFO", "INFO", "INFO", "WARNING", "ERROR"))
        line = f"{stamp} {level} {rnd.choice(MODULES)}: {body}"
        out.append(line)
        total += len(line) + 1
    return "\n".join(out) + "\n"


def typical_sweep() -> list[dict]:
    def cmd(argv: list[str], name: str) -> dict:
        return {"kind": "command", "argv": argv, "returncode": 0, "stdout": (REAL / name).read_text(encoding="utf-8"), "stderr": "", "error": None, "duration_ms": 50.0}

    obs = [
        cmd(["ipconfig", "/all"], "18_jc_ipconfig-all_win11.txt"),
        cmd(["netsh", "wlan", "show", "interfaces"], "77_sundered_netsh-if_de_rssi.txt"),
        cmd(["netsh", "wlan", "show", "networks", "mode=bssid"], "54_wifiscan_netsh-net_en-sp.txt"),
        cmd(["lpstat", "-t"], "80_cassini_lpstat-t_empty.txt"),
    ]
    obs += [{"kind": "probe", "name": f"dns:{i}", "value": {"ok": True, "addresses": [f"10.0.0.{i}"]}, "error": None, "duration_ms": 3.0} for i in range(30)]
    return obs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--mb", type=float, default=20.0)
    args = parser.parse_args()
    ctx = Context(policy=policy.defaults(), platform="windows")
    obs = typical_sweep()
    results = replay(Recording(manifest={"platform": "windows"}, observations=obs), ctx)
    tail = realistic_log(200_000, seed=3)  # the default log tail
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(max(args.runs, 3) * 3):
            start = time.perf_counter()
            path = create_bundle(Path(tmp), observations=obs, results=results, ctx=ctx, fix_log=[], log_tail=tail)
            times.append(time.perf_counter() - start)
        size = path.stat().st_size
    print(f"bundle creation (typical sweep: {len(obs)} observations, 200 KB log tail): median {statistics.median(times) * 1000:.0f} ms, {size} bytes")

    log = realistic_log(int(args.mb * 1_000_000))
    rates = []
    for _ in range(args.runs):
        redactor = Redactor(current_user="alice", current_host="alice-pc")
        start = time.perf_counter()
        redactor.harvest(log)
        redactor.redact_text(log)
        rates.append(len(log) / 1e6 / (time.perf_counter() - start))
    hidden = sum(redactor.summary.values())
    print(f"redaction of a {len(log) / 1e6:.1f} MB log ({len(log.splitlines())} lines, {hidden} values hidden): median {statistics.median(rates):.1f} MB/s (best {max(rates):.1f})")


if __name__ == "__main__":
    main()
