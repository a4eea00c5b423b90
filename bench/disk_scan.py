"""Benchmark: the real disk checks on a home tree with 200,000 files.

    .venv/bin/python bench/disk_scan.py [--files 200000] [--runs 5] [--budget 5]

Runs the registered checks ("disk", "storage", "storage.folders") in one real Sweep on the live seam, as
`selfdesk diagnose --only disk` does, and times each result as the engine delivers it: the first answer (the
first result), the categories ("storage": what can be freed) and the largest folders, which the scan budget
bounds. Medians over the runs; the first run's figures are shown too (the tree was just written, so later
runs have a warm file-system cache).
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
from desktop_app.diagnostics.disk import CHECKS
from desktop_app.engine import Sweep
from desktop_app.model import Context
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
        timings: dict[str, list[float]] = {"first": [], "storage": [], "storage.folders": [], "total": []}
        partials, top = [], []
        for _ in range(args.runs):
            arrived: dict[str, float] = {}
            started = time.perf_counter()
            sweep = Sweep(list(CHECKS), LiveSystem(), ctx, deadline=60)
            results = sweep.run(on_result=lambda r, a=arrived, t0=started: a.setdefault(r.id, time.perf_counter() - t0))
            timings["total"].append(time.perf_counter() - started)
            timings["first"].append(min(arrived.values()))
            for check_id in ("storage", "storage.folders"):
                timings[check_id].append(arrived[check_id])
            folders = next(r for r in results if r.id == "storage.folders")
            partials.append(bool(folders.facts.get("partial")))
            top = folders.facts.get("top_folders") or []

        def show(label: str, key: str) -> None:
            values = timings[key]
            print(f"{label}: median {statistics.median(values) * 1000:.0f} ms (first run {values[0] * 1000:.0f} ms)")

        show("first answer (first result of the disk checks)", "first")
        show("what can be freed (storage categories)", "storage")
        show("largest folders (bounded by the budget)", "storage.folders")
        show("all disk checks", "total")
        print(f"budget {args.budget:g} s; largest-folders answer partial in {sum(partials)}/{len(partials)} runs")
        print("largest folders:", ", ".join(
            f"{Path(f['path']).name}={'not measured' if f['bytes'] is None else str(f['bytes'] // 1024) + ' KB'}" for f in top[:6]))
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
