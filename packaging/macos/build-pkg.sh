#!/usr/bin/env bash
# Build a signed-ready installer package on macOS: /Applications/SelfDesk.app + the LaunchAgent.
# Run after packaging/build.sh on a Mac. Sign with: productsign --sign "Developer ID Installer: ..." IN OUT
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(dist/selfdesk/selfdesk --version | awk '{print $2}')
STAGE=build/pkgroot
rm -rf "$STAGE" && mkdir -p "$STAGE/Applications" "$STAGE/Library/LaunchAgents" build/pkgscripts
cp -R dist/SelfDesk.app "$STAGE/Applications/"
cp packaging/macos/com.selfdesk.agent.plist "$STAGE/Library/LaunchAgents/"
cat > build/pkgscripts/postinstall <<'POST'
#!/bin/sh
# Start the agent for the user logged in now; later logins start it through launchd.
user=$(stat -f %Su /dev/console)
[ "$user" != "root" ] && launchctl asuser "$(id -u "$user")" launchctl load -w /Library/LaunchAgents/com.selfdesk.agent.plist || true
mkdir -p "/Library/Application Support/SelfDesk" && chmod 755 "/Library/Application Support/SelfDesk"
exit 0
POST
chmod +x build/pkgscripts/postinstall
pkgbuild --root "$STAGE" --scripts build/pkgscripts --identifier com.selfdesk.app --version "$VERSION" \
  --install-location / "dist/SelfDesk-${VERSION}.pkg"
echo "dist/SelfDesk-${VERSION}.pkg"
