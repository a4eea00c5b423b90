"""Wall time of the full network sweep with DNS black-holed and the internet unreachable.

Builds the two-namespace lab (tests/network/lab.py, prefix "sdn-"), drops DNS and all traffic to the lab
"internet", then times the default network sweep (all network checks + verdict) in-process inside the client
namespace. The target: the median stays within the slowest single probe timeout + 0.5 s. The lab policy sets
network.internet_ips to the lab "internet" (never a public address); with DNS black-holed and no address
answering, the expected verdict layer is "internet" (the provider), not "dns".
Run as root: .venv/bin/python bench/network_sweep.py [--runs N] [--probe-timeout S]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def inner(policy: str, runs: int) -> None:
    from desktop_app import policy as policy_mod
    from desktop_app import registry
    from desktop_app.engine import Sweep
    from desktop_app.model import Context
    from desktop_app.system import LiveSystem

    ctx = Context(policy=policy_mod.load(policy), platform="linux")
    checks = registry.select_checks("linux", only=["network"])
    times, verdicts = [], []
    for _ in range(runs):
        started = time.perf_counter()
        results = Sweep(checks, LiveSystem(), ctx, verdicts=registry.verdicts_for(checks)).run()
        times.append(time.perf_counter() - started)
        verdicts.append(next((r.facts.get("layer") for r in results if r.id == "verdict.network"), None))
    print(json.dumps({"times": times, "layers": verdicts, "checks": [c.id for c in checks]}))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--probe-timeout", type=float, default=3.0)
    parser.add_argument("--inner", metavar="POLICY")
    args = parser.parse_args()
    if args.inner:
        inner(args.inner, args.runs)
        return 0
    from tests.network.lab import INTERNET_IP, Lab

    lab = Lab(Path(tempfile.mkdtemp(prefix="sdn-bench-"))).start()
    try:
        lab.nft_rule("udp dport 53 drop")
        lab.nft_rule("tcp dport 53 drop")
        lab.nft_rule(f"ip daddr {INTERNET_IP} drop")
        policy = lab.write_policy(
            probe_timeout=args.probe_timeout,
            dns_names=["example.test", "check.test"],
            check_urls=[
                {"url": "http://check.test/generate_204", "status": 204, "body": ""},
                {"url": f"http://{INTERNET_IP}/generate_204", "status": 204, "body": ""},
            ],
            quality_target="check.test",
        )
        out = subprocess.run(
            ["ip", "netns", "exec", lab.client, sys.executable, str(Path(__file__).resolve()), "--inner", str(policy), "--runs", str(args.runs)],
            capture_output=True, text=True, timeout=300, cwd=ROOT,
        )
        if out.returncode != 0:
            print(out.stderr, file=sys.stderr)
            return 1
        data = json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        lab.close()
    median = statistics.median(data["times"])
    budget = args.probe_timeout + 0.5
    print(f"checks: {', '.join(data['checks'])}")
    print(f"verdict layers: {sorted(set(map(str, data['layers'])))}")
    print(f"runs: {len(data['times'])}  times: {', '.join(f'{t:.2f}' for t in data['times'])} s")
    print(f"median sweep wall time: {median:.2f} s  (slowest probe timeout {args.probe_timeout:g} s; budget {budget:g} s)"
          f"  -> {'within' if median <= budget else 'OVER'} budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
