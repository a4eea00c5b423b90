#!/bin/sh
# Refresh docs/screenshots/: the main windows offscreen in English and French (canned results, no live
# checks), then the real tray menu under Xvfb + trayer, the app isolated in an empty network namespace.
set -eu
cd "$(dirname "$0")/.."
OUT=docs/screenshots
HOME_DIR=$(mktemp -d)
SELFDESK_HOME=$HOME_DIR QT_QPA_PLATFORM=offscreen .venv/bin/python -m desktop_app.ui.screenshots "$OUT"
NS=sdui-shots-$$
DISPLAY_NO=:96
Xvfb $DISPLAY_NO -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
ip netns add $NS
ip netns exec $NS ip link set lo up
cleanup() { kill "${APP:-}" "${TRAYER:-}" $XVFB 2>/dev/null || true; ip netns delete $NS 2>/dev/null || true; rm -rf "$HOME_DIR"; }
trap cleanup EXIT
sleep 1
DISPLAY=$DISPLAY_NO trayer --edge top --align right --widthtype request --height 32 --SetDockType true >/dev/null 2>&1 & TRAYER=$!
sleep 1
printf '[monitor]\nenabled = false\n' > "$HOME_DIR/policy.toml"
for lang in en fr; do
  env -u QT_QPA_PLATFORM DISPLAY=$DISPLAY_NO SELFDESK_HOME="$HOME_DIR/$lang" SELFDESK_POLICY="$HOME_DIR/policy.toml" \
    LANGUAGE=$lang LANG=${lang}_FR.UTF-8 ip netns exec $NS .venv/bin/python -m desktop_app tray & APP=$!
  sleep 2
  DISPLAY=$DISPLAY_NO xdotool mousemove 1268 16 click 3
  sleep 1
  DISPLAY=$DISPLAY_NO import -window root -crop 400x300+880+0 "$OUT/tray-menu-$lang.png"
  echo "$OUT/tray-menu-$lang.png"
  kill $APP; wait $APP 2>/dev/null || true
done
