"""UI benchmark (prints medians; run as root: it creates network namespaces and an X server).

- start to tray icon: the real app under Xvfb + trayer, isolated in an empty network namespace;
- idle RSS and CPU with the monitor on (real monitor checks, inside an empty network namespace);
- the longest main-thread stall while a results window shows a sweep, measured by a 5 ms QTimer heartbeat
  running in a real Qt event loop: (a) 40 staggered fake psutil checks, (b) the REAL registry checks,
  which run inside the empty network namespace ``sdui-bench`` created and deleted here, so they never reach
  this machine's network. The first real sweep of a process is reported apart: the tray's monitor has
  usually warmed up the check modules before a user opens a window.

    sudo .venv/bin/python bench/ui.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
NAMESPACE = "sdui-bench"


# -- in a separate process, inside the namespace -------------------------------------------------------------


def _stall_runs(app: Any, make_window: Any, runs: int) -> list[int]:
    """Each run: open a results window, start its sweep, record the worst heartbeat gap until it is done."""
    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QTimer

    worst_per_run = []
    for _ in range(runs):
        window = make_window()
        window.show()
        for _ in range(20):
            app.processEvents()
        clock, worst, last = QElapsedTimer(), [0], [0]
        clock.start()

        def beat(clock: Any = clock, worst: list[int] = worst, last: list[int] = last) -> None:
            now = clock.elapsed()
            worst[0] = max(worst[0], now - last[0] - 5)
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(beat)
        loop = QEventLoop()
        window.sweep_finished.connect(lambda _r, loop=loop: QTimer.singleShot(200, loop.quit))
        QTimer.singleShot(30_000, loop.quit)  # a hung sweep ends the run (and shows as a huge stall)
        timer.start()
        last[0] = clock.elapsed()
        window.start()
        loop.exec()
        timer.stop()
        worst_per_run.append(int(worst[0]))
        window.close()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # not inside the next run
        app.processEvents()
    return worst_per_run


def _fake_services(policy: Any) -> Any:
    from desktop_app.model import Check, Result, Status
    from desktop_app.ui.common import Services
    from tests.fakes import FakeSystem

    def slow_check(i: int) -> Check:
        def collect(system: Any, ctx: Any) -> None:
            system.psutil(f"v{i}", lambda: i)

        def analyze(o: Any, c: Any, i: int = i) -> Result:
            status = Status.WARNING if i % 3 else Status.OK
            return Result(f"c{i}", status, "", f"result {i}", advice="Move closer to the access point.")

        return Check(f"c{i}", "disk", f"Check {i}", collect, analyze, monitor=i == 0)

    catalog = tuple(slow_check(i) for i in range(40))
    values = {f"v{i}": i for i in range(40)}
    delays = {f"v{i}": 0.02 * (i % 10) for i in range(40)}
    return Services(policy, platform="linux", make_system=lambda: FakeSystem("linux", values=values, delays=delays), catalog=catalog)


def _idle(app: Any, services: Any, seconds: float, interval: float) -> tuple[float, float]:
    """RSS (MB) and CPU (%) of a tray whose monitor runs the real monitor checks every ``interval`` s."""
    import psutil
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop_app.ui.app import TrayApp

    services.policy.values["monitor"]["interval_seconds"] = interval
    tray = TrayApp(services)

    def spin(duration: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(duration * 1000), loop.quit)
        loop.exec()

    spin(3)  # the first monitor cycle runs 1.5 s after start
    proc = psutil.Process()
    cpu0, t0 = proc.cpu_times(), time.monotonic()
    spin(seconds)
    cpu1, t1 = proc.cpu_times(), time.monotonic()
    tray.shutdown()
    cpu = 100 * ((cpu1.user + cpu1.system) - (cpu0.user + cpu0.system)) / (t1 - t0)
    return proc.memory_info().rss / 2**20, cpu


def in_namespace(part: str, runs: int) -> dict[str, Any]:
    """One part per process, so the idle figures are those of a fresh tray, not of a process full of windows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SELFDESK_HOME"] = tempfile.mkdtemp(prefix="sdui-bench-")
    from PySide6.QtWidgets import QApplication

    from desktop_app import policy as policy_mod
    from desktop_app.ui.common import Branding, Services
    from desktop_app.ui.results_window import ResultsWindow

    app = QApplication.instance() or QApplication([])
    policy = policy_mod.defaults()
    if part == "idle":
        rss, cpu = _idle(app, Services(policy), 10, 300)
        return {"rss_idle": rss, "cpu_idle": cpu}
    if part == "monitor":
        return {"cpu_monitor_10s": _idle(app, Services(policy), 20, 10)[1]}
    branding = Branding.from_policy(policy)
    real = Services(policy)
    fake = _fake_services(policy)
    return {
        "real_cold": _stall_runs(app, lambda: ResultsWindow(real, None, branding), 1)[0],
        "real": _stall_runs(app, lambda: ResultsWindow(real, None, branding), runs),
        "fake": _stall_runs(app, lambda: ResultsWindow(fake, None, branding), runs),
        "checks": len(real.checks_for(None)),
    }


# -- in the root namespace ------------------------------------------------------------------------------------


def start_to_icon(runs: int) -> list[float]:
    """The app started as a user starts it, under a real tray host, in an empty namespace (tests/trayhost.py)."""
    from tests.trayhost import empty_netns, time_to_icon, tray_host

    times = []
    with tray_host() as display, empty_netns(f"{NAMESPACE}-tray") as netns, tempfile.TemporaryDirectory() as home:
        policy = Path(home) / "p.toml"
        policy.write_text("[monitor]\nenabled = false\n")
        env = display | {"SELFDESK_HOME": home, "SELFDESK_POLICY": str(policy), "XDG_CONFIG_HOME": f"{home}/config", "PYTHONPATH": str(ROOT)}
        for _ in range(runs):
            times.append(time_to_icon([*netns, sys.executable, "-m", "desktop_app", "tray"], env))
    return times


def in_process_figures(runs: int, parts: tuple[str, ...]) -> dict[str, Any]:
    """Each part in its own process inside the empty namespace ``sdui-bench`` (deleted afterwards)."""
    subprocess.run(["ip", "netns", "add", NAMESPACE], check=True)
    figures: dict[str, Any] = {}
    try:
        for part in parts:
            proc = subprocess.run(
                ["ip", "netns", "exec", NAMESPACE, sys.executable, str(Path(__file__).resolve()), "--in-namespace", part, "--runs", str(runs)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            figures |= json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        subprocess.run(["ip", "netns", "delete", NAMESPACE], check=False)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--in-namespace", choices=("stalls", "idle", "monitor"), help=argparse.SUPPRESS)
    parser.add_argument("--stalls-only", action="store_true", help="only the stall figures (quicker)")
    args = parser.parse_args()
    if args.in_namespace:
        print(json.dumps(in_namespace(args.in_namespace, args.runs)), flush=True)
        os._exit(0)  # skip interpreter teardown: PySide's finalizer can abort after the figures are out
    if os.geteuid() != 0:
        print("bench/ui.py needs root (network namespaces, Xvfb)", file=sys.stderr)
        return 2
    figures = in_process_figures(args.runs, ("stalls",) if args.stalls_only else ("stalls", "idle", "monitor"))
    if not args.stalls_only:
        icon = start_to_icon(5)
        print(f"start to tray icon (median of {len(icon)}):        {statistics.median(icon) * 1000:.0f} ms   (target <= 1000 ms)")
        print(f"idle RSS with monitor on:                  {figures['rss_idle']:.0f} MB   (target <= 100 MB)")
        print(f"idle CPU with monitor on (300 s interval): {figures['cpu_idle']:.2f} %   (target ~0)")
        print(f"CPU with the monitor every 10 s:           {figures['cpu_monitor_10s']:.2f} %")
    for name, label in (("real", f"real registry sweep ({figures['checks']} checks, empty netns)"), ("fake", "40 staggered fake psutil checks")):
        stalls = figures[name]
        print(f"longest main-thread stall, {label}:")
        print(f"    max per run: {stalls} ms; median {statistics.median(stalls):.0f} ms   (target <= 50 ms)")
    print(f"    first real sweep of the process (cold imports): {figures['real_cold']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
