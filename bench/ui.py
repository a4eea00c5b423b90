"""UI benchmark: start to tray icon (real Xvfb + trayer, app in an empty netns), idle RSS and CPU with the
monitor on, and the longest main-thread stall during a full sweep (QTimer heartbeat).

The in-process parts use canned checks on a fake seam: the live checks must not probe this machine's network.
    .venv/bin/python bench/ui.py
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def start_to_icon(runs: int = 5) -> float:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"} | {"DISPLAY": ":95"}
    xvfb = subprocess.Popen(["Xvfb", ":95", "-screen", "0", "1280x800x24", "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
    time.sleep(1)
    trayer = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "32", "--SetDockType", "true"], env=env, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    ns = f"sdui-bench-{os.getpid()}"
    subprocess.run(["ip", "netns", "add", ns], check=True)
    times = []
    try:
        time.sleep(1)
        with tempfile.TemporaryDirectory() as home:
            policy = Path(home) / "p.toml"
            policy.write_text("[monitor]\nenabled = false\n")
            for _ in range(runs):
                started = time.monotonic()
                app = subprocess.Popen(["ip", "netns", "exec", ns, sys.executable, "-m", "desktop_app", "tray"], cwd=ROOT, env=env | {"SELFDESK_HOME": home, "SELFDESK_POLICY": str(policy)}, stderr=subprocess.DEVNULL)
                while time.monotonic() - started < 10:
                    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True).stdout
                    if re.search(r'"panel".*?"SelfDesk"', tree, re.S):
                        times.append(time.monotonic() - started)
                        break
                    time.sleep(0.01)
                app.terminate()
                app.wait()
    finally:
        subprocess.run(["ip", "netns", "delete", ns])
        trayer.terminate()
        xvfb.terminate()
    return statistics.median(times)


def in_process() -> tuple[float, float, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SELFDESK_HOME"] = tempfile.mkdtemp()
    import psutil
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app import policy as policy_mod
    from desktop_app.model import Check, Result, Status
    from desktop_app.ui.app import TrayApp
    from desktop_app.ui.common import Services
    from desktop_app.ui.results_window import ResultsWindow
    from tests.fakes import FakeSystem

    app = QApplication.instance() or QApplication([])

    def slow_check(i: int) -> Check:
        def collect(system, ctx):  # type: ignore[no-untyped-def]
            system.psutil(f"v{i}", lambda: i)

        return Check(f"c{i}", "disk", f"Check {i}", collect, lambda o, c, i=i: Result(f"c{i}", Status.WARNING if i % 3 else Status.OK, "", f"result {i}", advice="x"), monitor=i == 0)

    catalog = tuple(slow_check(i) for i in range(40))
    values = {f"v{i}": i for i in range(40)}
    delays = {f"v{i}": 0.02 * (i % 10) for i in range(40)}
    p = policy_mod.defaults()
    p.values["monitor"]["interval_seconds"] = 2
    svc = Services(p, platform="linux", make_system=lambda: FakeSystem("linux", values=values, delays=delays), catalog=catalog)
    tray = TrayApp(svc)
    proc = psutil.Process()

    def spin(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    spin(3)
    cpu0, t0 = proc.cpu_times(), time.monotonic()
    spin(10)
    cpu1, t1 = proc.cpu_times(), time.monotonic()
    idle_cpu = 100 * ((cpu1.user + cpu1.system) - (cpu0.user + cpu0.system)) / (t1 - t0)
    rss = proc.memory_info().rss / 2**20
    stalls = []
    for _ in range(5):
        window = ResultsWindow(svc, None, tray.branding)
        window.show()
        clock, worst = QElapsedTimer(), [0]
        clock.start()
        last = [clock.elapsed()]

        def beat(clock=clock, worst=worst, last=last) -> None:  # type: ignore[no-untyped-def]
            now = clock.elapsed()
            worst[0] = max(worst[0], now - last[0] - 5)
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(beat)
        timer.start()
        window.start()
        while not (window.job and window.job.finished):
            app.processEvents()
            time.sleep(0.001)
        spin(0.2)
        timer.stop()
        stalls.append(worst[0])
        window.close()
        window.deleteLater()
    tray.shutdown()
    return rss, idle_cpu, statistics.median(stalls)


if __name__ == "__main__":
    icon = start_to_icon()
    rss, cpu, stall = in_process()
    print(f"start to tray icon (median of 5): {icon * 1000:.0f} ms   (target <= 1000 ms)")
    print(f"idle RSS with monitor on:         {rss:.0f} MB   (target <= 100 MB)")
    print(f"idle CPU with monitor on (2 s):   {cpu:.2f} %")
    print(f"longest main-thread stall, 40-check sweep (median of 5): {stall} ms   (target <= 50 ms)")
