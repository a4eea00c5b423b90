#!/usr/bin/env bash
# Package dist/selfdesk (a PyInstaller one-folder build) as a .deb: /opt/selfdesk, /usr/bin/selfdesk,
# a desktop entry, XDG autostart for every user, and the example policy in /usr/share/doc.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x dist/selfdesk/selfdesk ] || { echo "build-deb: run packaging/build.sh first" >&2; exit 2; }
VERSION=$(dist/selfdesk/selfdesk --version | awk '{print $2}')
ARCH=$(dpkg --print-architecture)
ROOT=build/deb/selfdesk_${VERSION}_${ARCH}
rm -rf "$ROOT"
install -d "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" "$ROOT/etc/xdg/autostart" \
  "$ROOT/usr/share/doc/selfdesk" "$ROOT/usr/share/icons/hicolor/scalable/apps" "$ROOT/etc/selfdesk"
cp -a dist/selfdesk "$ROOT/opt/selfdesk"
ln -s /opt/selfdesk/selfdesk "$ROOT/usr/bin/selfdesk"
install -m 644 packaging/linux/selfdesk.desktop "$ROOT/usr/share/applications/selfdesk.desktop"
install -m 644 packaging/linux/selfdesk-autostart.desktop "$ROOT/etc/xdg/autostart/selfdesk.desktop"
install -m 644 docs/policy.example.toml "$ROOT/usr/share/doc/selfdesk/policy.example.toml"
if [ -f resources/icons/selfdesk.svg ]; then
  install -m 644 resources/icons/selfdesk.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/selfdesk.svg"
fi
SIZE=$(du -sk "$ROOT" | cut -f1)
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: selfdesk
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: SelfDesk developers <selfdesk@example.org>
Installed-Size: ${SIZE}
Depends: libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0, libegl1, libfontconfig1, libdbus-1-3
Recommends: cups-client, iputils-ping, network-manager
Section: utils
Priority: optional
Description: IT self-help for employees
 Checks Wi-Fi, internet, VPN, disk space and printers, explains what is wrong in plain
 language, applies verified fixes, and sends a ticket with a redacted diagnostic bundle.
 The system-wide policy lives in /etc/selfdesk/policy.toml (see /usr/share/doc/selfdesk).
CONTROL
# The policy folder belongs to root: a user cannot redirect tickets or choose what runs.
chmod 755 "$ROOT/etc/selfdesk"
dpkg-deb --root-owner-group --build "$ROOT" "dist/selfdesk_${VERSION}_${ARCH}.deb" >/dev/null
echo "dist/selfdesk_${VERSION}_${ARCH}.deb"
