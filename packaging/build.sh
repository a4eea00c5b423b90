#!/usr/bin/env bash
# One build command per OS. Builds the one-folder app into dist/selfdesk/ (and dist/SelfDesk.app on macOS), then
# the installer when asked:
#   Linux:    bash packaging/build.sh [--deb]         -> dist/selfdesk_<version>_<arch>.deb
#   macOS:    bash packaging/build.sh [--pkg]         -> dist/SelfDesk-<version>.pkg
#   Windows:  bash packaging/build.sh [--installer]   -> dist/SelfDesk-Setup-<version>.exe (Git Bash + Inno Setup 6)
# The version comes from desktop_app/__init__.py (pyproject.toml reads the same attribute).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || PY=.venv/Scripts/python.exe
[ -x "$PY" ] || PY=python3
"$PY" tools/i18n_update.py --build-qm
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/selfdesk.spec
if [ -x dist/selfdesk/selfdesk ] && [ ! -e dist/selfdesk/SelfDeskTray ]; then
  ln -s selfdesk dist/selfdesk/SelfDeskTray  # Linux: started as SelfDeskTray with no arguments, it runs the tray
fi
du -sh dist/selfdesk | awk '{print "one-folder build: " $1}'
VERSION=$("$PY" -c 'import ast,sys; t=ast.parse(open("desktop_app/__init__.py").read()); print(next(n.value.value for n in t.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "__version__"))')
case "${1:-}" in
  --deb) bash packaging/linux/build-deb.sh ;;
  --pkg) bash packaging/macos/build-pkg.sh ;;
  --installer)
    ISCC=$(command -v iscc || command -v ISCC.exe || echo "/c/Program Files (x86)/Inno Setup 6/ISCC.exe")
    "$ISCC" "/DAppVersion=$VERSION" packaging/windows/selfdesk.iss
    ;;
  "") ;;
  *) echo "build.sh: unknown option $1 (--deb, --pkg or --installer)" >&2; exit 2 ;;
esac
