#!/usr/bin/env bash
# Build the one-folder app for this OS into dist/selfdesk/ (and dist/SelfDesk.app on macOS).
# Linux extras: --deb also builds dist/selfdesk_<version>_<arch>.deb.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
"$PY" tools/i18n_update.py --build-qm
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/selfdesk.spec
if [ -x dist/selfdesk/selfdesk ] && [ ! -e dist/selfdesk/SelfDesk ]; then
  ln -s selfdesk dist/selfdesk/SelfDesk  # run as SelfDesk with no arguments: the tray
fi
du -sh dist/selfdesk | awk '{print "one-folder build: " $1}'
if [ "${1:-}" = "--deb" ]; then
  bash packaging/linux/build-deb.sh
fi
