"""The Linux build as IT ships it: PyInstaller one-folder, headless self-test, tray icon under a real tray host,
and the .deb. Slow (one build of about 25-40 s), so it runs once per session."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.test_xvfb_tray import _tree, _wait

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "selfdesk"
DISPLAY = ":96"
MAX_MIB = 180

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen() -> Path:
    started = time.monotonic()
    build = subprocess.run(["bash", "packaging/build.sh"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-3000:]
    print(f"build: {time.monotonic() - started:.1f} s; {build.stdout.strip().splitlines()[-1]}")
    return DIST


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(DIST / "selfdesk"), *args], capture_output=True, text=True, timeout=timeout, env=env)


def folder_mib(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


def test_build_size_is_within_target(frozen: Path) -> None:
    size = folder_mib(frozen)
    print(f"one-folder build: {size:.1f} MiB")
    assert size <= MAX_MIB


def test_frozen_cli_works_headless(frozen: Path, tmp_path: Path) -> None:
    env = dict(os.environ, SELFDESK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    assert run("--version", env=env).stdout.startswith("selfdesk ")
    diagnosed = run("diagnose", "--only", "system", "--json", "--bundle", str(tmp_path / "b.zip"), env=env)
    assert json.loads(diagnosed.stdout)["results"][0]["id"] == "system"
    replayed = run("analyze", str(tmp_path / "b.zip"), "--json", env=env)
    assert json.loads(replayed.stdout)["results"][0]["facts"] == json.loads(diagnosed.stdout)["results"][0]["facts"]
    french = run("analyze", str(tmp_path / "b.zip"), "--lang", "fr", env=env)
    assert "Votre ordinateur" in french.stdout, "translations are missing from the build"
    assert run("frobnicate", env=env).returncode == 2


def test_frozen_tray_self_test_offscreen(frozen: Path, tmp_path: Path) -> None:
    policy = tmp_path / "p.toml"
    policy.write_text("[monitor]\nenabled = false\n")
    env = dict(os.environ, SELFDESK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", SELFDESK_POLICY=str(policy))
    proc = run("tray", "--self-test", env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.fixture
def tray_host_96() -> Iterator[dict[str, str]]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"} | {"DISPLAY": DISPLAY}
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
    trayer = None
    try:
        assert _wait(lambda: subprocess.run(["xwininfo", "-root"], env=env, capture_output=True).returncode == 0, 10)
        trayer = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "32",
                                   "--SetDockType", "true"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert _wait(lambda: '"panel"' in _tree(env), 10), "trayer did not start"
        yield env
    finally:
        for proc in (trayer, xvfb):
            if proc is not None:
                proc.terminate()
                proc.wait(10)


@pytest.fixture
def empty_netns() -> Iterator[list[str]]:
    """The frozen app runs with no network at all: its monitor and checks cannot reach anything."""
    name = f"sdpkg-{os.getpid()}"
    subprocess.run(["ip", "netns", "add", name], check=True, timeout=10)
    try:
        subprocess.run(["ip", "netns", "exec", name, "ip", "link", "set", "lo", "up"], check=True, timeout=10)
        yield ["ip", "netns", "exec", name]
    finally:
        subprocess.run(["ip", "netns", "delete", name], timeout=10)


@pytest.mark.xvfb
@pytest.mark.netns
def test_frozen_tray_icon_appears_under_a_real_tray_host(frozen: Path, tray_host_96: dict[str, str], empty_netns: list[str], tmp_path: Path) -> None:
    assert all(shutil.which(t) for t in ("Xvfb", "trayer", "xwininfo")), "apt-get install xvfb trayer x11-utils"
    policy = tmp_path / "p.toml"
    policy.write_text("[monitor]\nenabled = false\n")
    env = tray_host_96 | {"SELFDESK_HOME": str(tmp_path), "SELFDESK_POLICY": str(policy), "LANGUAGE": "en"}
    started = time.monotonic()
    app = subprocess.Popen([*empty_netns, str(frozen / "SelfDesk")], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        def icon_present() -> bool:
            panel = _tree(env).split('"panel"', 1)
            return len(panel) == 2 and re.search(r'"SelfDesk": \(', panel[1]) is not None

        assert _wait(icon_present, 20), f"no tray icon; output: {app.stdout.read() if app.poll() is not None else ''}"
        print(f"frozen app start to tray icon: {time.monotonic() - started:.2f} s")
        assert app.poll() is None
    finally:
        app.terminate()
        app.wait(10)


def test_deb_package_installs_the_app_autostart_and_policy_example(frozen: Path) -> None:
    assert shutil.which("dpkg-deb"), "dpkg-deb is part of every Debian system"
    built = subprocess.run(["bash", "packaging/linux/build-deb.sh"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    deb = ROOT / built.stdout.strip().splitlines()[-1]
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/selfdesk/selfdesk", "./usr/share/applications/selfdesk.desktop", "./etc/xdg/autostart/selfdesk.desktop",
                 "./usr/share/doc/selfdesk/policy.example.toml", "./usr/bin/selfdesk"):
        assert path in listing, path
    assert "root/root" in listing  # files belong to root, so a user cannot change them
    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version"], capture_output=True, text=True, check=True).stdout
    assert "Package: selfdesk" in fields and "Version: 0.1.0" in fields
