#!/bin/sh
# Refresh docs/screenshots/ (as root): every window in English and French, its content produced by the real
# analyzers from the recorded scenario in tests/fixtures/ui/scenario (see scripts/screenshot_scenario.py;
# --record records it again first), then the real tray menu under Xvfb + trayer. Everything runs inside an
# empty network namespace: nothing is probed, and the ticket goes to a loopback helpdesk that is not there.
#     bash scripts/screenshots.sh [--record]
set -eu
cd "$(dirname "$0")/.."
OUT=docs/screenshots
PY=.venv/bin/python
if [ "${1:-}" = "--record" ]; then
  "$PY" scripts/screenshot_scenario.py tests/fixtures/ui/scenario
fi
HOME_DIR=$(mktemp -d)
NS=sdui-shots-$$
XVFB=""
cleanup() {
  [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null || true
  [ -n "${TRAYER:-}" ] && kill "$TRAYER" 2>/dev/null || true
  [ -n "$XVFB" ] && kill "$XVFB" 2>/dev/null || true
  ip netns delete "$NS" 2>/dev/null || true
  rm -rf "$HOME_DIR"
}
trap cleanup EXIT
ip netns add "$NS"
ip netns exec "$NS" ip link set lo up
mkdir -p "$OUT"
rm -f "$OUT"/*.png
# XDG_CONFIG_HOME too: the user preferences (language...) of whoever runs this must not leak into the shots
ip netns exec "$NS" env SELFDESK_HOME="$HOME_DIR/windows" XDG_CONFIG_HOME="$HOME_DIR/windows/config" QT_QPA_PLATFORM=offscreen "$PY" -m desktop_app.ui.screenshots "$OUT"

# The tray menu: a real X server on a free display (-displayfd: fixed numbers collide with other labs).
exec 3>"$HOME_DIR/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
exec 3>&-
for _ in $(seq 50); do [ -s "$HOME_DIR/display" ] && break; sleep 0.1; done
DISPLAY_NO=":$(cat "$HOME_DIR/display")"
DISPLAY=$DISPLAY_NO trayer --edge top --align right --widthtype request --height 32 --SetDockType true >/dev/null 2>&1 & TRAYER=$!
sleep 1
printf '[monitor]\nenabled = false\n' > "$HOME_DIR/policy.toml"
for lang in en fr; do
  env -u QT_QPA_PLATFORM DISPLAY="$DISPLAY_NO" SELFDESK_HOME="$HOME_DIR/$lang" XDG_CONFIG_HOME="$HOME_DIR/$lang/config" \
    SELFDESK_POLICY="$HOME_DIR/policy.toml" \
    LANGUAGE=$lang LANG=${lang}_FR.UTF-8 ip netns exec "$NS" "$PY" -m desktop_app tray & APP=$!
  for _ in $(seq 100); do
    DISPLAY=$DISPLAY_NO xwininfo -root -tree 2>/dev/null | grep -q '"SelfDesk"' && break
    sleep 0.1
  done
  sleep 0.5
  DISPLAY=$DISPLAY_NO xdotool mousemove 1268 16 click 3
  sleep 1.5
  # the menu's width follows its language: shoot the top-right corner, then trim the empty (black) screen
  DISPLAY=$DISPLAY_NO import -window root -crop 900x420+380+0 +repage -trim +repage "$OUT/tray-menu-$lang.png"
  echo "$OUT/tray-menu-$lang.png"
  kill "$APP"; wait "$APP" 2>/dev/null || true
  APP=""
done
