#!/usr/bin/env bash
# Browser check of the HTML report: renders the sample city's report in headless Chromium, fails on a
# JavaScript error or when the report's inline script did not run (it sets data-jingwei-ready="ok" on <html>),
# and saves a screenshot to docs/report-screenshot.png. Installs Debian's chromium when it is missing.
# If chromium truly cannot be installed, it says so clearly and exits 0 with a warning.
# Run after the build (./mvnw -B verify); .ci/run calls it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then browser="$(command -v "$b")"; break; fi
done
if [ -z "$browser" ]; then
  echo "check-html: chromium is missing; installing Debian's chromium ..." >&2
  if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || command -v sudo >/dev/null 2>&1; }; then
    sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq >"$work/apt.log" 2>&1 || true
    $sudo_cmd apt-get install -y -qq --no-install-recommends chromium >>"$work/apt.log" 2>&1 || true
  fi
  browser="$(command -v chromium || command -v chromium-browser || true)"
  if [ -z "$browser" ]; then
    echo "check-html: WARNING: chromium could not be installed; the HTML report was NOT checked in a browser." >&2
    tail -5 "$work/apt.log" 2>/dev/null >&2 || true
    exit 0
  fi
fi

# Chinese text needs a CJK font, or the screenshot shows empty boxes
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null | head -1)" ] \
    && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "check-html: installing a CJK font (fonts-noto-cjk) for the screenshot ..." >&2
  apt-get install -y -qq --no-install-recommends fonts-noto-cjk >"$work/fonts.log" 2>&1 \
    || echo "check-html: WARNING: no CJK font; Chinese text in the screenshot will show as boxes" >&2
fi

./jingwei validate --format html --out "$work/report.html" --fail-on never >/dev/null
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$work/profile")

"$browser" "${flags[@]}" --enable-logging=stderr --v=0 --virtual-time-budget=3000 --dump-dom \
  "file://$work/report.html" >"$work/dom.html" 2>"$work/console.log" || true
if grep -E "Uncaught|CONSOLE.*(ERROR|Error)|console\.error" "$work/console.log" >&2; then
  echo "check-html: FAILED: JavaScript errors in the report (above)" >&2
  exit 1
fi
if ! grep -q 'data-jingwei-ready="ok"' "$work/dom.html"; then
  echo "check-html: FAILED: the report's script did not run (no data-jingwei-ready marker)" >&2
  tail -20 "$work/console.log" >&2
  exit 1
fi
mkdir -p docs
"$browser" "${flags[@]}" --hide-scrollbars --window-size=1280,1800 --virtual-time-budget=3000 \
  --screenshot="$work/shot.png" "file://$work/report.html" >/dev/null 2>&1 || true
if [ ! -s "$work/shot.png" ]; then
  echo "check-html: FAILED: no screenshot was taken" >&2
  exit 1
fi
cp "$work/shot.png" docs/report-screenshot.png
echo "check-html: OK: the report renders without errors; screenshot in docs/report-screenshot.png" >&2
