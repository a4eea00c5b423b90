#!/usr/bin/env bash
# Set up and run SelfDesk's main job: the tray where a display exists, otherwise `selfdesk diagnose`.
#
#   bash scripts/run.sh [ARGS]                          any verb, e.g. `bash scripts/run.sh diagnose --json`
#   bash scripts/run.sh --live [ARGS]                   on this machine's real network, even as root
#   bash scripts/run.sh --lab [--scenario S] [ARGS]     inside a simulated home network (needs root)
#
# The app runs as the employee, never as root. Run as root (a lab or CI machine, where no probe may reach the
# machine's own router or resolver), the same job runs by default inside network namespaces with a simulated
# home network: see scripts/lab_run.py for the scenarios.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=auto
scenario=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --live) mode=live; shift ;;
    --lab) mode=lab; shift ;;
    --scenario) scenario=(--scenario "$2"); mode=lab; shift 2 ;;
    *) break ;;
  esac
done
if [ "$mode" = auto ]; then
  if [ "$(id -u)" = 0 ] && command -v ip >/dev/null; then mode=lab; else mode=live; fi
fi
if [ "$(id -u)" = 0 ]; then bash scripts/setup.sh --system >&2; else bash scripts/setup.sh >&2; fi
if [ "$#" -eq 0 ]; then
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then set -- tray; else set -- diagnose; fi
fi
if [ "$mode" = lab ]; then
  exec .venv/bin/python scripts/lab_run.py "${scenario[@]}" -- "$@"
fi
exec .venv/bin/selfdesk "$@"
