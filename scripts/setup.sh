#!/usr/bin/env bash
# Set up SelfDesk in ./.venv: Python packages, translations. With --system (as root), also the Debian
# packages the real-component tests use (X server + tray host, CUPS, WireGuard, dnsmasq, Request Tracker 5).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Qt under a real X server with a real tray host (UI smoke test, screenshots, packaging)
  xvfb xauth trayer x11-utils xdotool imagemagick libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3
  # packaging: a real Secret Service for `selfdesk credentials` in the frozen app; the desktop entry validator
  gnome-keyring dbus-daemon desktop-file-utils
  # printers: a real cupsd
  cups cups-client printer-driver-cups-pdf libcups2-dev
  # network and VPN labs in network namespaces
  iproute2 iputils-ping dnsmasq-base nftables wireguard-go wireguard-tools openssl util-linux
  # a real helpdesk: Request Tracker 5 on SQLite
  request-tracker5 rt5-db-sqlite rt5-standalone
)

if [ "${1:-}" = "--system" ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "setup: --system needs root and apt-get (Debian/Ubuntu)" >&2
    exit 2
  fi
  missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    # Request Tracker asks questions at install time: answer them up front (SQLite, local mail only).
    debconf-set-selections <<'DEBCONF'
request-tracker5 request-tracker5/install-database boolean true
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/initial-root-password password selfdesk-test
request-tracker5 request-tracker5/rtname string selfdesk.test
request-tracker5 request-tracker5/organization string selfdesk.test
request-tracker5 request-tracker5/correspondaddress string rt@selfdesk.test
request-tracker5 request-tracker5/commentaddress string rt-comment@selfdesk.test
exim4-config exim4/dc_eximconfig_configtype select local delivery only; not on a network
DEBCONF
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[dev]'
.venv/bin/python tools/i18n_update.py --build-qm
