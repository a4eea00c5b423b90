"""What the installers of each OS install and start, checked from the recipes themselves (the Windows and macOS
builds cannot run here): executable names, start-at-login commands, the app icon, the version's one source,
and the macOS postinstall's launchd calls (run with stand-in commands that record them)."""

from __future__ import annotations

import ast
import os
import plistlib
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest

import desktop_app

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"


def string_constants(path: Path) -> dict[str, str]:
    return {
        node.targets[0].id: node.value.value
        for node in ast.parse(path.read_text()).body
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Constant)
    }


NAMES = string_constants(PACKAGING / "entry.py")
TRAY, CLI = NAMES["TRAY_NAME"], NAMES["CLI_NAME"]


def spec_executables() -> list[str]:
    """The names of the executables the spec builds: every executable(NAME, ...) call."""
    tree = ast.parse((PACKAGING / "selfdesk.spec").read_text())
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "executable":
            arg = node.args[0]
            names.append(NAMES[{"TRAY_NAME": "TRAY_NAME", "CLI_NAME": "CLI_NAME"}[arg.id]] if isinstance(arg, ast.Name) else arg.value)
    return names


def iss() -> str:
    return (PACKAGING / "windows" / "selfdesk.iss").read_text()


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', iss(), re.M))


def test_the_spec_builds_executables_whose_names_differ_without_case():
    names = spec_executables()
    assert sorted(names) == sorted([TRAY, CLI, CLI])  # Windows/macOS build both; Linux builds the CLI only
    assert len({name.casefold() for name in names}) == 2, names  # NTFS/APFS: SelfDesk.exe == selfdesk.exe


def test_the_windows_installer_installs_and_starts_only_executables_the_build_makes():
    defines = iss_defines()
    assert {defines["TrayExe"], defines["CliExe"]} == {f"{TRAY}.exe", f"{CLI}.exe"}
    assert defines["TrayExe"].casefold() != defines["CliExe"].casefold()
    script = iss()
    referenced = set(re.findall(r"\{app\}\\([^\"\\]+\.exe)", script))
    assert referenced <= {"{#TrayExe}", "{#CliExe}"}, f"hard-coded executable names: {referenced}"
    # what users see start (at login, from the Start menu, after install) is the windowed tray: no console window
    run_key = next(line for line in script.splitlines() if r"CurrentVersion\Run" in line)
    assert '{app}\\{#TrayExe}"" tray --minimized' in run_key
    assert re.search(r'^Name: "\{autoprograms\}\\SelfDesk"; Filename: "\{app\}\\\{#TrayExe\}"', script, re.M)
    assert re.search(r"^Filename: \"\{app\}\\\{#TrayExe\}\"; Flags: .*postinstall", script, re.M)
    assert 'taskkill.exe"; Parameters: "/IM {#TrayExe} /F"' in script


def test_the_windows_installer_takes_the_version_from_the_build_not_a_literal():
    script = iss()
    assert not re.search(r'#define AppVersion "\d', script), "a hard-coded version goes stale"
    assert 'GetStringFileInfo(AddBackslash(SourcePath) + "..\\..\\dist\\selfdesk\\" + CliExe, "ProductVersion")' in script
    assert "#error" in script  # neither /DAppVersion nor a built selfdesk.exe: stop, never a wrong version
    build = (PACKAGING / "build.sh").read_text()
    assert '"/DAppVersion=$VERSION" packaging/windows/selfdesk.iss' in build
    spec = (PACKAGING / "selfdesk.spec").read_text()
    assert '"ProductVersion": VERSION' in spec  # what GetStringFileInfo reads


def iss_section(name: str) -> list[str]:
    """The entries of one section of the Inno Setup script, comments left out."""
    lines, inside = [], False
    for line in iss().splitlines():
        if re.match(r"^\[\w+\]\s*$", line):
            inside = line.strip() == f"[{name}]"
        elif inside and line.strip() and not line.lstrip().startswith((";", "//")):
            lines.append(line)
    return lines


def test_the_windows_installer_is_per_machine_and_a_silent_install_never_waits_for_a_click():
    setup = iss_section("Setup")
    assert "PrivilegesRequired=admin" in setup and "DefaultDirName={autopf}\\SelfDesk" in setup
    run_key = next(line for line in iss_section("Registry") if r"CurrentVersion\Run" in line)
    assert run_key.startswith("Root: HKLM;")  # every user of the machine, not only the one installing
    for line in iss_section("Run"):
        assert "postinstall" not in line or "skipifsilent" in line, line  # /VERYSILENT: no "launch now?" page
    assert not re.search(r"(?<!Suppressible)MsgBox\(", "\n".join(iss_section("Code")))  # /SUPPRESSMSGBOXES holds


def test_the_windows_policy_folder_is_written_by_administrators_only():
    """ProgramData lets every user create files in a new subfolder, and [Dirs] Permissions only ADD rights: the
    folder's ACL is replaced (inheritance removed, locale-proof SIDs), in silent installs too, owner first."""
    assert not [line for line in iss_section("Dirs") if "Permissions:" in line]
    icacls = [line for line in iss_section("Run") if "icacls.exe" in line]
    owner = next(i for i, line in enumerate(icacls) if '\\SelfDesk"" /setowner *S-1-5-32-544 /T' in line)
    acl = next(i for i, line in enumerate(icacls) if '\\SelfDesk"" /inheritance:r /grant:r '
               "*S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX" in line)
    reset = next(i for i, line in enumerate(icacls) if '\\SelfDesk\\*"" /reset /T' in line)
    assert owner < acl < reset
    assert not [line for line in icacls if "postinstall" in line or "skipifsilent" in line]  # never skipped


def test_the_windows_uninstaller_keeps_the_deployed_policy_and_an_upgrade_stops_the_trays_first():
    deployed = next(line for line in iss_section("Files") if 'DestName: "policy.toml"' in line)
    assert "{param:POLICY}" in deployed and "uninsneveruninstall" in deployed
    assert not [line for line in iss_section("UninstallDelete") if "commonappdata" in line]
    code = "\n".join(iss_section("Code"))
    prepare = code[code.index("function PrepareToInstall"):]
    assert "taskkill.exe" in prepare and "'/IM {#TrayExe} /F'" in prepare


def test_the_macos_pkg_installs_into_applications_not_over_a_copy_found_elsewhere():
    """pkgbuild makes bundles relocatable by default: Installer would update a stray SelfDesk.app instead."""
    recipe = (PACKAGING / "macos" / "build-pkg.sh").read_text()
    assert 'pkgbuild --analyze --root "$STAGE" "$COMPONENTS"' in recipe
    assert 'Set :$i:BundleIsRelocatable false' in recipe
    assert '--component-plist "$COMPONENTS"' in recipe.split("pkgbuild --analyze", 1)[1]


def test_one_source_for_the_version():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop_app.__version__"}
    spec = (PACKAGING / "selfdesk.spec").read_text()
    assert 'VERSION = constants(ROOT / "desktop_app" / "__init__.py")["__version__"]' in spec
    assert string_constants(ROOT / "desktop_app" / "__init__.py")["__version__"] == desktop_app.__version__


def test_the_macos_app_and_its_launch_agent_start_the_tray_by_its_exact_name():
    spec = (PACKAGING / "selfdesk.spec").read_text()
    assert '"CFBundleExecutable": TRAY_NAME' in spec
    assert spec.index("tray_exe = executable(TRAY_NAME") < spec.index("cli_exe = executable(CLI_NAME")
    assert "COLLECT(tray_exe, cli_exe" in spec  # BUNDLE takes the first executable as the bundle's own
    agent = plistlib.loads((PACKAGING / "macos" / "com.selfdesk.agent.plist").read_bytes())
    # exact case: APFS volumes can be case-sensitive, where .../MacOS/SelfDesk would not exist
    assert agent["ProgramArguments"] == [f"/Applications/SelfDesk.app/Contents/MacOS/{TRAY}", "tray", "--minimized"]
    assert agent["LimitLoadToSessionType"] == "Aqua" and agent["RunAtLoad"] is True


def _run_postinstall(tmp_path: Path, console_user: str) -> tuple[int, list[str]]:
    """The pkg's postinstall with stand-ins for stat, id, launchctl, chown, chmod and mkdir that log their calls."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls.log"
    stubs = {
        "stat": f'echo "stat $*" >> {log}; echo {console_user}',
        "id": f'echo "id $*" >> {log}; [ "$1" = -u ] && [ "$2" = alice ] && echo 501 || exit 1',
        "launchctl": f'echo "launchctl $*" >> {log}',
        "chown": f'echo "chown $*" >> {log}',
        "chmod": f'echo "chmod $*" >> {log}',
        "mkdir": f'echo "mkdir $*" >> {log}',
    }
    for name, body in stubs.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(["sh", str(PACKAGING / "macos" / "postinstall")], env=env, capture_output=True, text=True, timeout=30)
    return done.returncode, log.read_text().splitlines() if log.exists() else []


def test_macos_postinstall_bootstraps_the_agent_in_the_console_users_session(tmp_path):
    code, calls = _run_postinstall(tmp_path, "alice")
    assert code == 0
    launchctl = [call for call in calls if call.startswith("launchctl")]
    assert launchctl == [
        "launchctl bootout gui/501/com.selfdesk.agent",
        "launchctl bootstrap gui/501 /Library/LaunchAgents/com.selfdesk.agent.plist",
    ]
    assert "chown root:wheel /Library/LaunchAgents/com.selfdesk.agent.plist" in calls


@pytest.mark.parametrize("nobody", ["root", "loginwindow", "_mbsetupuser", ""])
def test_macos_postinstall_starts_nothing_when_nobody_is_logged_in(tmp_path, nobody):
    code, calls = _run_postinstall(tmp_path, nobody)
    assert code == 0
    assert not [call for call in calls if call.startswith("launchctl")], calls  # never `launchctl load` as root


def test_the_macos_pkg_uses_the_tested_postinstall():
    recipe = (PACKAGING / "macos" / "build-pkg.sh").read_text()
    assert 'cp packaging/macos/postinstall "$SCRIPTS/postinstall"' in recipe
    assert "launchctl" not in recipe


def ico_sizes(path: Path) -> list[int]:
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _height, _colors, _res, _planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert bits == 32 and offset + length <= len(data)
        sizes.append(width or 256)
    return sizes


def icns_types(path: Path) -> dict[str, bytes]:
    data = path.read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    entries, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset:offset + 4].decode(), struct.unpack_from(">I", data, offset + 4)[0]
        entries[kind] = data[offset + 8:offset + length]
        offset += length
    return entries


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack_from(">II", data, 16)


def test_the_app_icon_exists_for_every_os():
    assert "<svg" in (ICONS / "selfdesk.svg").read_text()
    assert png_size((ICONS / "selfdesk.png").read_bytes()) == (256, 256)
    assert {16, 24, 32, 48, 64, 128, 256} <= set(ico_sizes(ICONS / "selfdesk.ico"))
    icns = icns_types(ICONS / "selfdesk.icns")
    expected = {"icp4": 16, "icp5": 32, "ic07": 128, "ic08": 256, "ic09": 512, "ic10": 1024, "ic13": 256, "ic14": 512}
    for kind, pixels in expected.items():
        assert png_size(icns[kind]) == (pixels, pixels), kind


def test_every_installer_refers_to_the_app_icon():
    spec = (PACKAGING / "selfdesk.spec").read_text()
    assert '{"win32": "selfdesk.ico", "darwin": "selfdesk.icns"}' in spec
    assert r"SetupIconFile=..\..\resources\icons\selfdesk.ico" in iss()
    for name in ("selfdesk.desktop", "selfdesk-autostart.desktop"):
        assert "\nIcon=selfdesk\n" in (PACKAGING / "linux" / name).read_text()
    deb = (PACKAGING / "linux" / "build-deb.sh").read_text()
    assert "resources/icons/selfdesk.svg" in deb and "resources/icons/selfdesk.png" in deb


def desktop_entry(name: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in (PACKAGING / "linux" / name).read_text().splitlines() if "=" in line)


def test_linux_login_start_is_minimized_and_the_menu_entry_opens_the_tray():
    assert desktop_entry("selfdesk-autostart.desktop")["Exec"] == "/opt/selfdesk/selfdesk tray --minimized"
    assert desktop_entry("selfdesk.desktop")["Exec"] == "/opt/selfdesk/selfdesk tray"
    for name in ("selfdesk.desktop", "selfdesk-autostart.desktop"):
        entry = desktop_entry(name)
        assert entry["TryExec"] == "/opt/selfdesk/selfdesk" and entry["Comment[fr]"] and entry["Type"] == "Application"
    assert os.access(PACKAGING / "linux" / "build-deb.sh", os.X_OK)


def test_linux_desktop_entries_pass_the_freedesktop_validator():
    """desktop-file-validate also warns about what shows an app twice in a menu (two main categories)."""
    if shutil.which("desktop-file-validate") is None:
        pytest.fail("apt-get install desktop-file-utils (scripts/setup.sh --system installs it)")
    for name in ("selfdesk.desktop", "selfdesk-autostart.desktop"):
        done = subprocess.run(["desktop-file-validate", str(PACKAGING / "linux" / name)], capture_output=True, text=True, timeout=30)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_debian_maintainer_scripts_are_executable_posix_shell():
    for name in ("postinst", "prerm"):
        script = PACKAGING / "linux" / "debian" / name
        assert os.access(script, os.X_OK), name
        assert subprocess.run(["sh", "-n", str(script)], capture_output=True, timeout=10).returncode == 0
