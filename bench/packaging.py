"""Packaging benchmark: the Linux one-folder build's size and the frozen app's start-to-tray-icon time.

Targets (issue 11): one-folder build <= 180 MB; frozen app to tray icon <= 1.5 s (median).
The app starts as a login item does (the autostart entry's command) under Xvfb with a real tray host (trayer),
inside an empty network namespace (it can reach nothing), with the monitor off. Run as root:

    sudo .venv/bin/python bench/packaging.py [--runs 5] [--reuse]

--reuse measures dist/selfdesk as it is instead of building it first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.trayhost import empty_netns, time_to_icon, tray_host  # noqa: E402

DIST = ROOT / "dist" / "selfdesk"
SIZE_TARGET_MB = 180
START_TARGET_S = 1.5


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def biggest(path: Path, count: int = 8) -> list[tuple[int, str]]:
    files = [(f.stat().st_size, str(f.relative_to(path))) for f in path.rglob("*") if f.is_file() and not f.is_symlink()]
    return sorted(files, reverse=True)[:count]


def login_command(app: Path) -> list[str]:
    text = (ROOT / "packaging" / "linux" / "selfdesk-autostart.desktop").read_text()
    exec_line = next(line.split("=", 1)[1] for line in text.splitlines() if line.startswith("Exec="))
    return [arg.replace("/opt/selfdesk", str(app)) for arg in exec_line.split()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="measure the existing dist/selfdesk")
    args = parser.parse_args()
    if not (args.reuse and (DIST / "selfdesk").exists()):
        started = time.monotonic()
        subprocess.run(["bash", "packaging/build.sh"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        print(f"build: {time.monotonic() - started:.1f} s")
    size = folder_size(DIST)
    print(f"one-folder build: {size / 2**20:.1f} MiB = {size / 1e6:.1f} MB (target <= {SIZE_TARGET_MB} MB)")
    for nbytes, name in biggest(DIST):
        print(f"  {nbytes / 2**20:6.1f} MiB  {name}")

    argv = login_command(DIST)
    times = []
    with tray_host() as display, empty_netns(f"sdpkg-bench-{os.getpid()}") as netns:
        for run in range(args.runs + 1):  # the first run warms the page cache, as any later login has
            with tempfile.TemporaryDirectory() as home:
                policy = Path(home) / "p.toml"
                policy.write_text("[monitor]\nenabled = false\n")
                env = display | {"SELFDESK_HOME": home, "SELFDESK_POLICY": str(policy), "LANGUAGE": "en"}
                elapsed = time_to_icon([*netns, *argv], env)
            if run:
                times.append(elapsed)
    print(f"start to tray icon ({' '.join(argv[1:])}): median {statistics.median(times):.2f} s over {len(times)} runs "
          f"(min {min(times):.2f}, max {max(times):.2f}; target <= {START_TARGET_S} s); first (cold) run excluded")
    within = size / 1e6 <= SIZE_TARGET_MB and statistics.median(times) <= START_TARGET_S
    print("targets met" if within else "TARGET MISSED")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
