"""A real X server with a real system tray (Xvfb + trayer), and an empty network namespace, for the tray tests
(source and frozen app) and bench/packaging.py. Xvfb picks a free display itself (-displayfd), so runs never collide."""

from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

TOOLS = ("Xvfb", "trayer", "xwininfo")


def wait_for(predicate: Callable[[], bool], timeout: float, interval: float = 0.02) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(interval)
    return False


def window_tree(env: dict[str, str]) -> str:
    # UTF-8 so window titles with "—" are printed, not "failure in conversion"
    return subprocess.run(["xwininfo", "-root", "-tree"], env=env | {"LC_ALL": "C.UTF-8"}, capture_output=True, text=True,
                          timeout=10).stdout


def icon_docked(env: dict[str, str], title: str = "SelfDesk") -> bool:
    """True once the tray host (trayer's "panel") holds a window named like the app's tray icon."""
    panel = window_tree(env).split('"panel"', 1)
    return len(panel) == 2 and re.search(rf'"{re.escape(title)}": \(', panel[1]) is not None


@contextmanager
def tray_host() -> Iterator[dict[str, str]]:
    """Yields an environment whose DISPLAY has a system tray."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise RuntimeError(f"apt-get install xvfb trayer x11-utils (missing {missing})")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    trayer = None
    try:
        number = _read_line(read_fd, 15)
        if not number.isdigit():
            raise RuntimeError(f"Xvfb did not start (it said {number!r})")
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")} | {"DISPLAY": f":{number}"}
        trayer = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "32",
                                   "--SetDockType", "true"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not wait_for(lambda: '"panel"' in window_tree(env) or trayer.poll() is not None, 30, 0.05) or trayer.poll() is not None:
            raise RuntimeError(f"trayer did not start on :{number} (exit code {trayer.poll()})")
        yield env
    finally:
        os.close(read_fd)
        for proc in (trayer, xvfb):
            if proc is not None:
                proc.terminate()
                proc.wait(10)


def _read_line(fd: int, timeout: float) -> str:
    """Xvfb -displayfd writes the display number and a newline once it accepts clients."""
    data, end = b"", time.monotonic() + timeout
    while not data.endswith(b"\n") and time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
        chunk = os.read(fd, 32) if ready else b""
        if not chunk:
            break
        data += chunk
    return data.decode(errors="replace").strip()


@contextmanager
def empty_netns(name: str) -> Iterator[list[str]]:
    """A namespace with only loopback: the app inside can reach nothing (network rule). Needs root."""
    subprocess.run(["ip", "netns", "add", name], check=True, timeout=10)
    try:
        subprocess.run(["ip", "netns", "exec", name, "ip", "link", "set", "lo", "up"], check=True, timeout=10)
        yield ["ip", "netns", "exec", name]
    finally:
        subprocess.run(["ip", "netns", "delete", name], timeout=10)


def time_to_icon(argv: list[str], env: dict[str, str], timeout: float = 20) -> float:
    """Seconds from starting ``argv`` to its icon in the tray; the app is stopped afterwards."""
    started = time.monotonic()
    app = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        if not wait_for(lambda: icon_docked(env) or app.poll() is not None, timeout):
            raise TimeoutError(f"no tray icon within {timeout} s")
        elapsed = time.monotonic() - started
        if app.poll() is not None:
            raise RuntimeError(f"the app exited ({app.returncode}): {app.stdout.read() if app.stdout else ''}")
        return elapsed
    finally:
        if app.poll() is None:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait(10)
