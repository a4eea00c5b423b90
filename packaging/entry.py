"""Frozen entry point. Windows ships two executables (windowed SelfDesk.exe, console selfdesk.exe); Linux and
macOS ship one, with SelfDesk as a symlink to it. Run as SelfDesk with no arguments, it starts the tray."""

import sys
from pathlib import Path

from desktop_app.cli import main

if __name__ == "__main__":
    as_tray = Path(sys.argv[0]).stem == "SelfDesk"
    sys.exit(main(sys.argv[1:] or (["tray"] if as_tray else None)))
