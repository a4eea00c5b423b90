"""Frozen entry point of the windowed app: with no arguments it starts the tray."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["tray"]))
