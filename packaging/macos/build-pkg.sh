#!/usr/bin/env bash
# Build an installer package on macOS: /Applications/SelfDesk.app + the LaunchAgent. Run by
# `bash packaging/build.sh --pkg` (after the PyInstaller build). Sign with: productsign --sign "Developer ID Installer: ..." IN OUT
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d dist/SelfDesk.app ] || { echo "build-pkg: run packaging/build.sh on a Mac first" >&2; exit 2; }
VERSION=$(dist/selfdesk/selfdesk --version | awk '{print $2}')
STAGE=build/pkgroot
SCRIPTS=build/pkgscripts
rm -rf "$STAGE" "$SCRIPTS" && mkdir -p "$STAGE/Applications" "$STAGE/Library/LaunchAgents" "$SCRIPTS"
cp -R dist/SelfDesk.app "$STAGE/Applications/"
cp packaging/macos/com.selfdesk.agent.plist "$STAGE/Library/LaunchAgents/"
cp packaging/macos/postinstall "$SCRIPTS/postinstall"
chmod 755 "$SCRIPTS/postinstall"
pkgbuild --root "$STAGE" --scripts "$SCRIPTS" --identifier com.selfdesk.app --version "$VERSION" \
  --install-location / "dist/SelfDesk-${VERSION}.pkg"
echo "dist/SelfDesk-${VERSION}.pkg"
