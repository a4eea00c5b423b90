#!/usr/bin/env bash
# Set up and run every test: system packages (as root), the app in .venv, lint, translations, pytest.
# Services (cupsd, Request Tracker, Xvfb + tray host, WireGuard, network namespaces) are started by the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ]; then
  bash scripts/setup.sh --system
else
  bash scripts/setup.sh
fi
.venv/bin/ruff check desktop_app tests tools bench
.venv/bin/python tools/i18n_update.py --check
exec .venv/bin/python -m pytest "$@"
