"""Smoke test with a real X server and a real tray host (trayer): start `selfdesk tray`, find its icon,
right-click it and screenshot the opened menu."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.trayhost import empty_netns, wait_for, window_tree
from tests.trayhost import tray_host as real_tray_host

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("xdotool", "import")  # besides the tray host's own (tests/trayhost.py)


@pytest.fixture(scope="session")
def tray_host() -> Iterator[dict[str, str]]:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    assert not missing, f"install: apt-get install xvfb xauth trayer x11-utils xdotool imagemagick (missing {missing})"
    with real_tray_host() as env:
        yield env


@pytest.fixture
def isolated_netns() -> Iterator[list[str]]:
    """The live app runs in an empty network namespace (loopback only): nothing it does can reach a network.
    X and the single-instance socket are filesystem sockets, which work across namespaces."""
    with empty_netns(f"sdui-{os.getpid()}") as prefix:
        yield prefix


@pytest.mark.xvfb
@pytest.mark.netns
def test_tray_icon_appears_and_menu_opens(tray_host: dict[str, str], isolated_netns: list[str], tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[monitor]\nenabled = false\n")  # no live checks from the root namespace
    env = tray_host | {"SELFDESK_HOME": str(tmp_path / "home"), "SELFDESK_POLICY": str(policy), "LANG": "en_US.UTF-8", "LANGUAGE": "en"}
    started = time.monotonic()
    app = subprocess.Popen([*isolated_netns, sys.executable, "-m", "desktop_app", "tray"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        # The icon is embedded (XEmbed) inside trayer's panel: a SelfDesk window whose parent is in the panel.
        found: dict[str, int] = {}

        def icon_present() -> bool:
            tree = window_tree(env)
            panel = tree.split('"panel"', 1)
            if len(panel) < 2:
                return False
            match = re.search(r'"SelfDesk": \([^)]*\)\s+(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(\d+)\+(\d+)', panel[1])
            if match:
                w, h, x, y = map(int, match.groups())
                found.update(x=x + w // 2, y=y + h // 2)
            return bool(match)

        assert wait_for(icon_present, 15), f"no tray icon; app output: {app.stdout.read() if app.poll() is not None else ''}"
        startup = time.monotonic() - started
        # A second instance hands over to the first and exits at once.
        second = subprocess.run([*isolated_netns, sys.executable, "-m", "desktop_app", "tray"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=30)
        assert second.returncode == 0 and "already running" in second.stderr
        subprocess.run(["xdotool", "mousemove", str(found["x"]), str(found["y"]), "click", "3"], env=env, check=True, timeout=10)
        assert wait_for(lambda: len(re.findall(r'"SelfDesk": \("__main__.py"', window_tree(env))) >= 2, 10), "menu did not open"
        time.sleep(0.3)
        shot = tmp_path / "tray-menu.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=env, check=True, timeout=20)
        assert shot.stat().st_size > 1000
        assert app.poll() is None, "the tray exited"
        print(f"start to tray icon: {startup:.2f}s")
    finally:
        app.terminate()
        app.wait(10)
        if app.stdout is not None:
            app.stdout.close()


def _main_windows(env: dict[str, str]) -> set[str]:
    """X window ids of the app's own titled windows ("SelfDesk — Full check-up" and the like)."""
    return set(re.findall(r'(0x[0-9a-f]+) "SelfDesk — [^"]+": \("__main__.py"', window_tree(env)))


def _icons(env: dict[str, str]) -> list[tuple[int, int]]:
    """Centres of the SelfDesk icons embedded in trayer's panel."""
    panel = window_tree(env).split('"panel"', 1)
    found = re.findall(r'"SelfDesk": \([^)]*\)\s+(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(\d+)\+(\d+)', panel[1]) if len(panel) > 1 else []
    return [(int(x) + int(w) // 2, int(y) + int(h) // 2) for w, h, x, y in found]


@pytest.mark.xvfb
@pytest.mark.netns
def test_clicks_and_a_second_start_show_one_main_window(tray_host: dict[str, str], isolated_netns: list[str], tmp_path: Path) -> None:
    """A left click on the real tray icon opens the main window; clicking again or starting the app again
    raises that window instead of opening another (its sweep runs inside the empty namespace)."""
    policy = tmp_path / "policy.toml"
    policy.write_text("[monitor]\nenabled = false\n")
    env = tray_host | {"SELFDESK_HOME": str(tmp_path / "home"), "SELFDESK_POLICY": str(policy), "LANG": "en_US.UTF-8", "LANGUAGE": "en"}
    app = subprocess.Popen([*isolated_netns, sys.executable, "-m", "desktop_app", "tray", "--minimized"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert wait_for(lambda: len(_icons(env)) == 1, 15), "no tray icon (or a previous one still there)"
        assert _main_windows(env) == set(), "--minimized opened a window"
        x, y = _icons(env)[0]
        click = ["xdotool", "mousemove", str(x), str(y), "click", "1"]
        subprocess.run(click, env=env, check=True, timeout=10)
        assert wait_for(lambda: len(_main_windows(env)) == 1, 10), "a left click did not open the main window"
        assert "Full check-up" in window_tree(env) and "— SelfDesk\"" not in window_tree(env)  # the name once, first
        first = _main_windows(env)
        subprocess.run(click, env=env, check=True, timeout=10)
        second = subprocess.run([*isolated_netns, sys.executable, "-m", "desktop_app", "tray"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0 and "already running" in second.stderr
        time.sleep(1.0)
        assert _main_windows(env) == first  # raised, not duplicated
        assert app.poll() is None, "the tray exited"
    finally:
        app.terminate()
        app.wait(10)
        if app.stdout is not None:
            app.stdout.close()
