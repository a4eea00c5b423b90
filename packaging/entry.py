"""Frozen entry point of both executables: ``selfdesk`` (the console command for scripts and technicians) and
``SelfDeskTray`` (windowed on Windows, the CFBundleExecutable of SelfDesk.app on macOS, a symlink on Linux).

Started under the tray name with no arguments (a double-click, Finder, a login item), it runs the tray; with
arguments, or under any other name, it is the command line. The two names differ by more than letter case:
Windows and macOS file systems usually ignore case, and one file would overwrite the other.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence

TRAY_NAME = "SelfDeskTray"
CLI_NAME = "selfdesk"


def program_name(argv0: str) -> str:
    """``SelfDeskTray`` for ``C:\\Program Files\\SelfDesk\\SelfDeskTray.exe`` or ``.../Contents/MacOS/SelfDeskTray``."""
    name = re.split(r"[\\/]", argv0 or "")[-1]
    return name[:-4] if name.lower().endswith(".exe") else name


def cli_arguments(argv: Sequence[str]) -> list[str]:
    """What ``desktop_app.cli.main`` gets for this process's argv."""
    # macOS before 10.9 passed a process serial number (-psn_0_12345) to apps opened from Finder
    args = [arg for arg in argv[1:] if not arg.startswith("-psn_")]
    if not args and program_name(argv[0] if argv else "").casefold() == TRAY_NAME.casefold():
        return ["tray"]
    return args


# Modules SelfDesk runs as a child process with ``sys.executable -m MODULE``: a frozen app has no Python
# interpreter, so its own executable stands in for one (the on-demand speed test runs speedtest-cli this way).
CHILD_MODULES = ("speedtest",)


def child_module(argv: Sequence[str]) -> str | None:
    """``speedtest`` for ``selfdesk -m speedtest --json``, else None."""
    if len(argv) >= 3 and argv[1] == "-m" and argv[2] in CHILD_MODULES:
        return argv[2]
    return None


if __name__ == "__main__":
    module = child_module(sys.argv)
    if module is not None:
        import runpy

        sys.argv = [module, *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        sys.exit(0)
    from desktop_app.cli import main

    sys.exit(main(cli_arguments(sys.argv)))
