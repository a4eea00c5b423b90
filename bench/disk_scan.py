"""Benchmark: sizing the cleanup categories and the top folders of a home tree with 200,000 files.

    .venv/bin/python bench/disk_scan.py [--files 200000] [--runs 5] [--budget 5]

Prints the median time to the first answer (all volumes + the first category, temp files) and the median
total (every category + the largest home folders), which the scan budget bounds. Runs with a warm file
system cache after the first run (the tree was just written); the first run's figures are shown too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app import policy
from desktop_app.cleanup import categories as cats
from desktop_app.cleanup.sizing import size_category
from desktop_app.diagnostics.disk import storage, volumes
from desktop_app.model import Context
from desktop_app.observations import Observations
from desktop_app.system import LiveSystem


def build(root: Path, files: int) -> tuple[Path, Path]:
    home, temp = root / "home", root / "tmp"
    old = time.time() - 40 * 86400
    tops = ["Documents", "Pictures", "Music", "Videos", "Projects", "Downloads", ".cache", ".local", ".config", "Desktop"]
    made = 0
    i = 0
    while made < files:
        top = tops[i % len(tops)]
        folder = home / top / f"d{(i // len(tops)) % 200}" / f"s{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        for j in range(50):
            path = folder / f"f{i}_{j}.bin"
            with open(path, "wb") as handle:
                handle.write(b"x" * ((i * 50 + j) % 4096))
            made += 1
        i += 1
    cache = home / ".cache" / "google-chrome" / "Default" / "Cache"
    cache.mkdir(parents=True)
    temp.mkdir()
    for j in range(2000):
        for folder in (cache, temp):
            path = folder / f"c{j}"
            path.write_bytes(b"c" * 1024)
            os.utime(path, (old, old))
    return home, temp


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--budget", type=float, default=5.0)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="selfdesk-bench-"))
    try:
        started = time.perf_counter()
        home, temp = build(root, args.files)
        print(f"built {args.files} files in {time.perf_counter() - started:.1f} s under {root}")
        os.environ.update(HOME=str(home), TMPDIR=str(temp))
        for var in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
            os.environ.pop(var, None)
        p = policy.defaults()
        p.values["disk"]["scan_budget_seconds"] = args.budget
        ctx = Context(policy=p, platform="linux")
        firsts, totals, partials = [], [], []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            system = LiveSystem()
            volumes.collect(system, ctx)
            first_cat = cats.categories("linux", cats.environment("linux"))[0]
            system.probe("storage.temp", lambda c=first_cat: size_category(c, time.monotonic() + args.budget), timeout=args.budget + 3)
            firsts.append(time.perf_counter() - t0)
            t1 = time.perf_counter()
            system = LiveSystem()
            storage.collect(system, ctx)
            totals.append(time.perf_counter() - t1)
            result = storage.analyze(Observations(system.observations), ctx)
            partials.append(bool(result and result.facts.get("partial")))
            top = result.facts["top_folders"] if result else []
        print(f"first answer (volumes + temp category): median {statistics.median(firsts) * 1000:.0f} ms (first run {firsts[0] * 1000:.0f} ms)")
        print(
            f"all categories + top folders: median {statistics.median(totals):.2f} s (first run {totals[0]:.2f} s), "
            f"budget {args.budget:g} s, partial in {sum(partials)}/{len(partials)} runs"
        )
        print("largest folders:", ", ".join(f"{Path(f['path']).name}={f['bytes'] // 1024} KB" for f in top[:5]))
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
