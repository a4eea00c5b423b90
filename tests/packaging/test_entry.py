"""The frozen entry point: which executable name starts the tray and which is the command line."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("selfdesk_entry", ROOT / "packaging" / "entry.py")
assert _spec is not None and _spec.loader is not None
entry = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(entry)


def test_the_macos_bundle_opened_from_finder_starts_the_tray():
    assert entry.cli_arguments(["/Applications/SelfDesk.app/Contents/MacOS/SelfDeskTray"]) == ["tray"]
    # macOS before 10.9 added a process serial number when Finder opened an app
    assert entry.cli_arguments(["/Applications/SelfDesk.app/Contents/MacOS/SelfDeskTray", "-psn_0_1234567"]) == ["tray"]


def test_a_double_click_on_windows_starts_the_tray():
    assert entry.cli_arguments([r"C:\Program Files\SelfDesk\SelfDeskTray.exe"]) == ["tray"]
    assert entry.cli_arguments([r"C:\PROGRA~1\SelfDesk\SELFDESKTRAY.EXE"]) == ["tray"]  # 8.3 / upper-case paths


def test_the_linux_symlink_starts_the_tray():
    assert entry.cli_arguments(["/opt/selfdesk/SelfDeskTray"]) == ["tray"]


def test_arguments_are_passed_through_whatever_the_name():
    assert entry.cli_arguments(["/Applications/SelfDesk.app/Contents/MacOS/SelfDeskTray", "tray", "--minimized"]) == ["tray", "--minimized"]
    assert entry.cli_arguments([r"C:\Program Files\SelfDesk\selfdesk.exe", "diagnose", "--json"]) == ["diagnose", "--json"]


def test_the_command_line_with_no_arguments_stays_the_command_line():
    # `selfdesk` alone prints its help and exits 2, as the contract says; it never starts a tray in a script
    for argv0 in ("/opt/selfdesk/selfdesk", r"C:\Program Files\SelfDesk\selfdesk.exe", "/Applications/SelfDesk.app/Contents/MacOS/selfdesk", ""):
        assert entry.cli_arguments([argv0]) == []
    assert entry.cli_arguments([]) == []


def test_the_two_names_differ_on_case_insensitive_file_systems():
    assert entry.TRAY_NAME.casefold() != entry.CLI_NAME.casefold()
