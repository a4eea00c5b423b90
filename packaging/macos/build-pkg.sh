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
# Not relocatable: by default Installer would "update" any other copy of the app it finds (a SelfDesk.app left in
# Downloads, a build folder) instead of installing /Applications/SelfDesk.app, which the LaunchAgent starts.
COMPONENTS=build/pkg-components.plist
pkgbuild --analyze --root "$STAGE" "$COMPONENTS"
i=0
while /usr/libexec/PlistBuddy -c "Set :$i:BundleIsRelocatable false" "$COMPONENTS" 2>/dev/null; do i=$((i + 1)); done
[ "$i" -gt 0 ] || { echo "build-pkg: no bundle found in $COMPONENTS" >&2; exit 1; }
pkgbuild --root "$STAGE" --component-plist "$COMPONENTS" --scripts "$SCRIPTS" --identifier com.selfdesk.app \
  --version "$VERSION" --install-location / "dist/SelfDesk-${VERSION}.pkg"
echo "dist/SelfDesk-${VERSION}.pkg"
