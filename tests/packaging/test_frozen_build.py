"""The Linux build as IT ships it: the PyInstaller one-folder app works headless, checks itself, keeps a helpdesk
secret in a real Secret Service, shows its tray icon under a real tray host when started as a login item or by
name, and its .deb installs, survives an administrator's edits and uninstalls cleanly.

One build per session (conftest.py, about 40 s); the .deb is built uncompressed (xz takes minutes). Size and
start-to-icon time are targets, measured by bench/packaging.py."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.trayhost import empty_netns, time_to_icon, tray_host, wait_for

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "selfdesk"

pytestmark = pytest.mark.slow


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None, app: Path = DIST) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(app / "selfdesk"), *args], capture_output=True, text=True, timeout=60, env=env, input=stdin)


def headless_env(home: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, SELFDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen", LANGUAGE="en", **extra)


def quiet_policy(folder: Path, extra: str = "") -> Path:
    policy = folder / "p.toml"
    policy.write_text("[monitor]\nenabled = false\n" + extra)
    return policy


def test_frozen_cli_works_headless(frozen: Path, tmp_path: Path) -> None:
    env = headless_env(tmp_path)
    assert run("--version", env=env).stdout.startswith("selfdesk ")
    diagnosed = run("diagnose", "--only", "system", "--json", "--bundle", str(tmp_path / "b.zip"), env=env)
    assert json.loads(diagnosed.stdout)["results"][0]["id"] == "system"
    replayed = run("analyze", str(tmp_path / "b.zip"), "--json", env=env)
    live, replay = (json.loads(out.stdout)["results"][0]["facts"] for out in (diagnosed, replayed))
    assert replay.keys() == live.keys() and replay["os"] == live["os"]  # identifying values are pseudonymized in bundles
    french = run("analyze", str(tmp_path / "b.zip"), "--lang", "fr", env=env)
    assert "Votre ordinateur" in french.stdout, "translations are missing from the build"
    assert run("frobnicate", env=env).returncode == 2
    no_verb = run(env=env)  # the console command alone never starts a tray in a script
    assert no_verb.returncode == 2 and "usage: selfdesk" in no_verb.stdout


def test_frozen_self_test_checks_each_part_of_the_installation(frozen: Path, tmp_path: Path) -> None:
    env = headless_env(tmp_path, SELFDESK_POLICY=str(quiet_policy(tmp_path)), DBUS_SESSION_BUS_ADDRESS="disabled:")
    text = run("self-test", env=env)
    assert text.returncode == 0, text.stdout + text.stderr
    lines = text.stdout.splitlines()
    assert [line.split()[1] for line in lines] == ["resources:", "translations:", "qt-offscreen:", "qt-xcb:", "keyring:"]
    assert all(line.startswith("OK ") for line in lines[:4]), lines
    assert "9 translation files" in lines[1] or "translation files (.ts and .qm) load" in lines[1]
    assert lines[4].startswith("skipped") and "not needed" in lines[4]  # no Secret Service here, none needed
    french = run("self-test", "--lang", "fr", env=env)
    assert "ignoré" in french.stdout and "aucun compte" in french.stdout

    # the policy names a helpdesk account: without a keyring, tickets cannot sign in, and the self-test says so
    needs = headless_env(tmp_path, SELFDESK_POLICY=str(quiet_policy(tmp_path, '[helpdesk]\nusername = "selfdesk-bot"\n')),
                         DBUS_SESSION_BUS_ADDRESS="disabled:")
    failed = run("self-test", "--json", env=needs)
    assert failed.returncode == 1
    items = {item["id"]: item for item in json.loads(failed.stdout)["items"]}
    assert items["keyring"]["status"] == "failed" and "selfdesk-bot" in items["keyring"]["detail"]
    assert items["translations"]["status"] == "ok"


def test_frozen_tray_self_test_offscreen(frozen: Path, tmp_path: Path) -> None:
    env = headless_env(tmp_path, SELFDESK_POLICY=str(quiet_policy(tmp_path)))
    proc = run("tray", "--self-test", env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.fixture
def secret_service(tmp_path: Path) -> Iterator[list[str]]:
    """A private D-Bus session with GNOME Keyring's Secret Service, unlocked, as in a desktop session."""
    if shutil.which("gnome-keyring-daemon") is None or shutil.which("dbus-run-session") is None:
        pytest.fail("apt-get install gnome-keyring dbus (scripts/setup.sh --system installs them)")
    home = tmp_path / "home"
    home.mkdir()
    yield ["env", f"HOME={home}", "dbus-run-session", "--", "sh", "-c",
           'printf keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"', "sh"]


def test_frozen_credentials_keep_the_secret_in_the_keyring_never_on_the_command_line(frozen: Path, tmp_path: Path, secret_service: list[str]) -> None:
    policy = quiet_policy(tmp_path, '[helpdesk]\nusername = "selfdesk-bot"\n')
    env = headless_env(tmp_path / "sd", SELFDESK_POLICY=str(policy))
    secret = "s3cret-Ünïcode token"
    script = (
        'set -u; app="$1"; secret="$2"; '
        'printf "%s\\n" "$secret" | "$app" credentials set; echo "set=$?"; '
        '"$app" credentials check; echo "check=$?"; '
        '"$app" self-test >/dev/null; echo "selftest=$?"; '
        '"$app" credentials set "$secret" </dev/null; echo "argv=$?"; '
        '"$app" credentials delete; echo "delete=$?"; '
        '"$app" credentials check; echo "check_after=$?"; '
        '"$app" credentials delete; echo "delete_again=$?"'
    )
    done = subprocess.run([*secret_service, "sh", "-c", script, "sh", str(frozen / "selfdesk"), secret],
                          capture_output=True, text=True, timeout=120, env=env)
    codes = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line and line.split("=", 1)[0].isidentifier())
    assert codes == {"set": "0", "check": "0", "selftest": "0", "argv": "2", "delete": "0", "check_after": "1", "delete_again": "0"}, done.stdout + done.stderr
    assert "Saved the helpdesk secret for 'selfdesk-bot'" in done.stdout and "SecretService" in done.stdout
    assert "No helpdesk secret is saved for 'selfdesk-bot'." in done.stdout
    logs = "".join(p.read_text(errors="replace") for p in (tmp_path / "sd").rglob("*.log"))
    assert secret not in done.stdout + done.stderr + logs  # never echoed, never logged


def test_frozen_credentials_are_where_the_helpdesk_backends_look(frozen: Path, tmp_path: Path, secret_service: list[str]) -> None:
    env = headless_env(tmp_path / "sd", PYTHONPATH=str(ROOT))
    script = (
        'printf "tok-123\\n" | "$1" credentials set --username agent >/dev/null && '
        '"$2" -c "from desktop_app.helpdesk.backends.base import secret_for; print(secret_for(\'agent\'))"'
    )
    done = subprocess.run([*secret_service, "sh", "-c", script, "sh", str(frozen / "selfdesk"), str(ROOT / ".venv" / "bin" / "python")],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.stdout.strip() == "tok-123", done.stdout + done.stderr


@pytest.mark.xvfb
@pytest.mark.netns
def test_frozen_tray_icon_appears_from_the_login_item_and_from_its_own_name(frozen: Path, tmp_path: Path) -> None:
    """The autostart entry's own command line, and SelfDeskTray with no arguments (what a double-click runs)."""
    autostart = (ROOT / "packaging" / "linux" / "selfdesk-autostart.desktop").read_text()
    exec_line = next(line.split("=", 1)[1] for line in autostart.splitlines() if line.startswith("Exec="))
    login_argv = [arg.replace("/opt/selfdesk", str(frozen)) for arg in exec_line.split()]
    with tray_host() as display, empty_netns(f"sdpkg-{os.getpid()}") as netns:
        for name, argv in (("login item", login_argv), ("SelfDeskTray", [str(frozen / "SelfDeskTray")])):
            home = tmp_path / name.replace(" ", "-")
            home.mkdir()
            env = display | {"SELFDESK_HOME": str(home), "SELFDESK_POLICY": str(quiet_policy(home)), "LANGUAGE": "en"}
            assert time_to_icon([*netns, *argv], env) < 20, name


# -- the .deb -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def deb(frozen: Path) -> Path:
    assert shutil.which("dpkg-deb"), "dpkg-deb is part of every Debian system"
    built = subprocess.run(["bash", "packaging/linux/build-deb.sh"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                           env=dict(os.environ, DEB_COMPRESSION="none"))
    assert built.returncode == 0, built.stderr
    return ROOT / built.stdout.strip().splitlines()[-1]


def test_deb_contents_and_control(deb: Path) -> None:
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/selfdesk/selfdesk", "./opt/selfdesk/SelfDeskTray -> selfdesk", "./usr/bin/selfdesk -> /opt/selfdesk/selfdesk",
                 "./usr/share/applications/selfdesk.desktop", "./etc/xdg/autostart/selfdesk.desktop",
                 "./usr/share/icons/hicolor/scalable/apps/selfdesk.svg", "./usr/share/icons/hicolor/256x256/apps/selfdesk.png",
                 "./usr/share/doc/selfdesk/policy.example.toml", "./usr/share/doc/selfdesk/copyright", "./etc/selfdesk/"):
        assert path in listing, path
    assert "./etc/selfdesk/policy.toml" not in listing  # the administrator's file: never shipped, never overwritten
    assert all(" root/root " in line for line in listing.splitlines())  # a user cannot change what runs
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    control = dict(line.split(": ", 1) for line in fields.splitlines() if ": " in line and not line.startswith(" "))
    assert control["Package"] == "selfdesk" and control["Version"] == run("--version").stdout.split()[1]
    depends = control["Depends"]
    for lib in ("libc6 (>= ", "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libfontconfig1", "libdbus-1-3"):
        assert lib in depends, lib
    info = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True, check=True).stdout
    assert " postinst" in info and " prerm" in info and " conffiles" in info


@pytest.fixture
def dpkg_root(tmp_path: Path) -> Path:
    """An empty dpkg database in a throwaway root: the package installs there, not on this machine."""
    root = tmp_path / "root"
    for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers"):
        (root / folder).mkdir(parents=True)
    for name in ("status", "available"):
        (root / "var/lib/dpkg" / name).touch()
    return root


def dpkg(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # dependencies are this machine's, not the empty root's; scripts run outside a chroot with DPKG_ROOT set
    return subprocess.run(["dpkg", f"--root={root}", "--force-script-chrootless", "--force-depends", *args],
                          capture_output=True, text=True, timeout=180)


@pytest.mark.netns
def test_deb_installs_starts_keeps_the_admins_files_and_uninstalls(deb: Path, dpkg_root: Path, tmp_path: Path) -> None:
    installed = dpkg(dpkg_root, "-i", str(deb))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    app = dpkg_root / "opt" / "selfdesk"
    env = headless_env(tmp_path / "home", DBUS_SESSION_BUS_ADDRESS="disabled:")
    assert run("--version", env=env, app=app).stdout.startswith("selfdesk ")
    checked = run("self-test", env=env, app=app)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    # the administrator deploys a policy and turns the login start off; a reinstall (upgrade) keeps both
    policy = dpkg_root / "etc" / "selfdesk" / "policy.toml"
    policy.write_text('[helpdesk]\nbackend = "none"\n')
    autostart = dpkg_root / "etc" / "xdg" / "autostart" / "selfdesk.desktop"
    autostart.write_text(autostart.read_text() + "Hidden=true\n")
    again = dpkg(dpkg_root, "-i", str(deb))
    assert again.returncode == 0, again.stdout + again.stderr
    assert policy.read_text() == '[helpdesk]\nbackend = "none"\n' and "Hidden=true" in autostart.read_text()

    # a running tray is stopped before its files go away
    home = tmp_path / "tray"
    home.mkdir()
    with empty_netns(f"sddeb-{os.getpid()}") as netns:
        tray = subprocess.Popen([*netns, str(app / "SelfDeskTray")], env=headless_env(home, SELFDESK_POLICY=str(quiet_policy(home))),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert wait_for(lambda: (home / "logs").is_dir() and any((home / "logs").iterdir()), 20), "the tray did not start"
            assert tray.poll() is None
            removed = dpkg(dpkg_root, "-r", "selfdesk")
            assert removed.returncode == 0, removed.stdout + removed.stderr
            assert wait_for(lambda: tray.poll() is not None, 10), "prerm left the tray running"
        finally:
            if tray.poll() is None:
                tray.kill()
            tray.wait(10)
    assert not app.exists() and not (dpkg_root / "usr" / "bin" / "selfdesk").is_symlink()
    assert policy.read_text() == '[helpdesk]\nbackend = "none"\n'  # removal never deletes the administrator's policy
    assert autostart.exists()  # a conffile stays until purge
    purged = dpkg(dpkg_root, "--purge", "selfdesk")
    assert purged.returncode == 0, purged.stdout + purged.stderr
    assert not autostart.exists() and policy.exists()
