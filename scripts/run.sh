#!/usr/bin/env bash
# Set up and run SelfDesk: the tray where a display exists, otherwise `selfdesk diagnose` in the terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >&2
if [ "$#" -gt 0 ]; then
  exec .venv/bin/selfdesk "$@"
elif [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec .venv/bin/selfdesk tray
else
  exec .venv/bin/selfdesk diagnose
fi
