"""Bundle benchmarks: median creation time for a typical sweep (recorded observations) and redaction MB/s
on a 20 MB synthetic log.  Run: .venv/bin/python bench/bundle.py"""

from __future__ import annotations

import os
import random
import statistics
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

REAL = ROOT / "tests" / "fixtures" / "bundle"
LOG_LINES = [
    "2026-11-25 07:01:02,123 INFO desktop_app.engine: check network finished in 123 ms status=ok",
    "2026-11-25 07:01:02,124 WARNING desktop_app.probes: GET https://intranet.corp.example/health -> 503 from 10.0.0.5",
    "2026-11-25 07:01:03,001 DEBUG desktop_app.system: ran ['ipconfig', '/all'] rc=0 in 88.1 ms",
    "2026-11-25 07:01:03,002 INFO desktop_app.wifi: signal 78% on channel 36, rate 866 Mbps",
    "2026-11-25 07:01:04,500 ERROR desktop_app.helpdesk: send failed for bob@example.com via 93.184.216.34: timeout",
    "2026-11-25 07:01:05,000 INFO desktop_app.disk: /home/alice/Downloads is 4.2 GB",
    "2026-11-25 07:01:05,100 INFO desktop_app.monitor: state unchanged (ok), next run in 300 s",
    "2026-11-25 07:01:05,200 DEBUG desktop_app.vpn: wg0 handshake 42 s ago, peer endpoint 198.18.0.1:51820",
]


def typical_sweep() -> list[dict]:
    def cmd(argv: list[str], name: str) -> dict:
        return {"kind": "command", "argv": argv, "returncode": 0, "stdout": (REAL / name).read_text(), "stderr": "", "error": None, "duration_ms": 50.0}

    obs = [
        cmd(["ipconfig", "/all"], "18_jc_ipconfig-all_win11.txt"),
        cmd(["netsh", "wlan", "show", "interfaces"], "77_sundered_netsh-if_de_rssi.txt"),
        cmd(["lpstat", "-t"], "80_cassini_lpstat-t_empty.txt"),
    ]
    obs += [{"kind": "probe", "name": f"dns:{i}", "value": {"ok": True, "addresses": [f"10.0.0.{i}"]}, "error": None, "duration_ms": 3.0} for i in range(30)]
    return obs


def main() -> None:
    ctx = Context(policy=policy.defaults(), platform="windows")
    obs = typical_sweep()
    results = replay(Recording(manifest={"platform": "windows"}, observations=obs), ctx)
    log = "\n".join(LOG_LINES * 500)  # ~200 KB, the default log tail
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(15):
            start = time.perf_counter()
            path = create_bundle(Path(tmp), observations=obs, results=results, ctx=ctx, fix_log=[], log_tail=log)
            times.append(time.perf_counter() - start)
        size = path.stat().st_size
    print(f"bundle creation (typical sweep, {len(obs)} observations, 200 KB log tail): median {statistics.median(times) * 1000:.0f} ms, {size} bytes")

    random.seed(7)
    text = "\n".join(random.choice(LOG_LINES) for _ in range(20_000_000 // 85))
    rates = []
    for _ in range(3):
        redactor = Redactor(current_user="alice", current_host="alice-pc")
        start = time.perf_counter()
        redactor.harvest(text)
        redactor.redact_text(text)
        rates.append(len(text) / 1e6 / (time.perf_counter() - start))
    print(f"redaction of a {len(text) / 1e6:.1f} MB synthetic log: median {statistics.median(rates):.1f} MB/s")


if __name__ == "__main__":
    main()
