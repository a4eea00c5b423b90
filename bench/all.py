"""Every benchmark, one after the other, each printing its medians: the one command for all targets.

Run: .venv/bin/python bench/all.py            (as root: the UI, network and packaging benches need namespaces)
     .venv/bin/python bench/all.py core disk_scan   (only these)

A bench that needs root is reported as not run when this is not root, never silently left out.
The exit code is 1 when any bench failed or could not run, so a script can tell.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ("core", "bundle", "disk_scan", "network_sweep", "ui", "packaging")
NEEDS_ROOT = {"network_sweep", "ui", "packaging"}  # network namespaces (and Xvfb inside one)


def main(names: list[str]) -> int:
    unknown = [n for n in names if n not in BENCHES]
    if unknown:
        print(f"bench/all.py: unknown bench {', '.join(unknown)} (choose from {', '.join(BENCHES)})", file=sys.stderr)
        return 2
    failed: list[str] = []
    for name in names or BENCHES:
        print(f"\n=== bench/{name}.py ===", flush=True)
        if name in NEEDS_ROOT and os.geteuid() != 0:
            print("not run: needs root for its network namespaces")
            failed.append(name)
            continue
        started = time.monotonic()
        code = subprocess.call([sys.executable, str(HERE / f"{name}.py")])
        print(f"--- {name}: exit {code} after {time.monotonic() - started:.0f} s", flush=True)
        if code != 0:
            failed.append(name)
    print(f"\n{len(names or BENCHES) - len(failed)} benches ran" + (f"; not run or failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
