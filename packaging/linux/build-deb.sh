#!/usr/bin/env bash
# Package dist/selfdesk (a PyInstaller one-folder build) as a .deb: the app in /opt/selfdesk, /usr/bin/selfdesk,
# a desktop entry and its icon, XDG autostart for every user, the example policy in /usr/share/doc, and the
# maintainer scripts of packaging/linux/debian. Run by `bash packaging/build.sh --deb`.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x dist/selfdesk/selfdesk ] || { echo "build-deb: run packaging/build.sh first" >&2; exit 2; }
VERSION=$(dist/selfdesk/selfdesk --version | awk '{print $2}')
ARCH=$(dpkg --print-architecture)
# The bundled Python and libraries were linked against this machine's C library: ask for at least that one.
LIBC=$(dpkg-query -W -f='${Version}' libc6 | sed 's/-.*//')
ROOT=build/deb/selfdesk_${VERSION}_${ARCH}
ICONS=usr/share/icons/hicolor
rm -rf "$ROOT"
install -d "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" "$ROOT/etc/xdg/autostart" \
  "$ROOT/usr/share/doc/selfdesk" "$ROOT/$ICONS/scalable/apps" "$ROOT/$ICONS/256x256/apps" "$ROOT/etc/selfdesk"
cp -a dist/selfdesk "$ROOT/opt/selfdesk"
ln -s /opt/selfdesk/selfdesk "$ROOT/usr/bin/selfdesk"
install -m 644 packaging/linux/selfdesk.desktop "$ROOT/usr/share/applications/selfdesk.desktop"
install -m 644 packaging/linux/selfdesk-autostart.desktop "$ROOT/etc/xdg/autostart/selfdesk.desktop"
install -m 644 resources/icons/selfdesk.svg "$ROOT/$ICONS/scalable/apps/selfdesk.svg"
install -m 644 resources/icons/selfdesk.png "$ROOT/$ICONS/256x256/apps/selfdesk.png"
install -m 644 docs/policy.example.toml "$ROOT/usr/share/doc/selfdesk/policy.example.toml"
install -m 644 packaging/linux/debian/copyright "$ROOT/usr/share/doc/selfdesk/copyright"
install -m 755 packaging/linux/debian/postinst packaging/linux/debian/prerm "$ROOT/DEBIAN/"
install -d "$ROOT/usr/share/lintian/overrides"
install -m 644 packaging/linux/debian/lintian-overrides "$ROOT/usr/share/lintian/overrides/selfdesk"
gzip -9n < packaging/linux/debian/changelog > "$ROOT/usr/share/doc/selfdesk/changelog.gz"
# Files under /etc are the administrator's to edit (e.g. Hidden=true in the autostart entry): upgrades keep them.
echo /etc/xdg/autostart/selfdesk.desktop > "$ROOT/DEBIAN/conffiles"
SIZE=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: selfdesk
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: SelfDesk developers <selfdesk@example.org>
Installed-Size: ${SIZE}
Depends: libc6 (>= ${LIBC}), libgl1, libegl1, libfontconfig1, libdbus-1-3, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0
Recommends: fonts-dejavu-core | fonts-liberation, libwayland-client0, libwayland-cursor0, libwayland-egl1, cups-client, iputils-ping, network-manager
Suggests: gnome-keyring | kwalletmanager
Section: utils
Priority: optional
Homepage: https://selfdesk.example.org
Description: IT self-help for employees
 Checks Wi-Fi, internet, VPN, disk space and printers, explains what is
 wrong in plain language, applies verified fixes, and sends a ticket with
 a redacted diagnostic bundle. The system-wide policy lives in
 /etc/selfdesk/policy.toml (example in /usr/share/doc/selfdesk); helpdesk
 secrets go in each user's keyring (selfdesk credentials set).
CONTROL
# The policy folder belongs to root: a user cannot redirect tickets or choose what runs.
chmod 755 "$ROOT/etc/selfdesk"
# DEB_COMPRESSION=none makes test builds fast (xz takes minutes on 2 cores); releases keep xz.
dpkg-deb --root-owner-group "-Z${DEB_COMPRESSION:-xz}" --build "$ROOT" "dist/selfdesk_${VERSION}_${ARCH}.deb" >/dev/null
echo "dist/selfdesk_${VERSION}_${ARCH}.deb"
