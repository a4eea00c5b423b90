"""Core targets (issue 2), medians over several runs:

- 20 checks that each take 300 ms finish in <= 0.5 s wall (concurrency, not sum);
- a check that never returns is cut at its own timeout and the sweep still finishes;
- `selfdesk --version` and `selfdesk analyze` on a recorded bundle import no Qt and run in <= 0.3 s.

Run: .venv/bin/python bench/core.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app import policy  # noqa: E402
from desktop_app.engine import Sweep  # noqa: E402
from desktop_app.model import Check, Context, Result, Status  # noqa: E402
from desktop_app.system import LiveSystem, System  # noqa: E402

RUNS = 5


def sleeper(i: int, seconds: float, timeout: float = 5.0, never: bool = False) -> Check:
    def collect(system: System, ctx: Context) -> None:
        if never:
            threading.Event().wait()
        system.observe("probe", f"sleep{i}", lambda: time.sleep(seconds), timeout=seconds + 1)

    return Check(f"bench{i}", "system", "bench", collect, lambda obs, ctx: Result("", Status.OK, "", ""), timeout=timeout)


def median_of(fn: Callable[[], float]) -> float:
    return statistics.median(fn() for _ in range(RUNS))


def sweep_time(checks: list[Check]) -> float:
    ctx = Context(policy=policy.defaults(), platform="linux")
    started = time.perf_counter()
    Sweep(checks, LiveSystem(), ctx).run()
    return time.perf_counter() - started


def command_time(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, capture_output=True, check=False)
    return time.perf_counter() - started


def qt_modules(*args: str) -> list[str]:
    code = (
        "import sys, runpy; sys.argv = ['selfdesk', *sys.argv[1:]]\n"
        "from desktop_app.cli import main\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: main(sys.argv[1:])\n"
        "    except SystemExit: pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1].replace("'", '"')) if out.stdout.strip() else ["?"]


def main() -> None:
    concurrent = median_of(lambda: sweep_time([sleeper(i, 0.3) for i in range(20)]))
    print(f"20 checks x 300 ms: median {concurrent:.3f} s wall (target <= 0.5 s; sequential would be 6 s)")
    cut = median_of(lambda: sweep_time([sleeper(0, 0, timeout=1.0, never=True), sleeper(1, 0.1)]))
    print(f"a check that never returns (timeout 1 s): sweep median {cut:.3f} s (target: ~1 s, finishes)")
    with tempfile.TemporaryDirectory() as tmp:
        bundle = Path(tmp) / "bundle.zip"
        subprocess.run([sys.executable, "-m", "desktop_app", "diagnose", "--only", "system", "--bundle", str(bundle)],
                       cwd=ROOT, capture_output=True, check=False)
        version = median_of(lambda: command_time("--version"))
        analyze = median_of(lambda: command_time("analyze", str(bundle), "--json"))
        print(f"selfdesk --version: median {version:.3f} s (target <= 0.3 s); Qt modules imported: {qt_modules('--version')}")
        print(f"selfdesk analyze BUNDLE: median {analyze:.3f} s (target <= 0.3 s); Qt modules imported: {qt_modules('analyze', str(bundle))}")


if __name__ == "__main__":
    main()
