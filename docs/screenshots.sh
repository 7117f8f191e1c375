#!/usr/bin/env bash
# Photographs the embedded plan's HTML page with headless Chromium (Debian's `chromium`
# with `fonts-noto-cjk`): the first screen of the page and its two pictures, written to
# docs/page.png, docs/timeline.png and docs/network.png. The tests never run this, so
# they never rewrite the tree; run it by hand after changing the renderers.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo run --quiet --example render_page -- "$work"

shoot() { # file, size, output
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-extensions --disable-default-apps \
    --host-resolver-rules="MAP * ~NOTFOUND" --user-data-dir="$work/profile" \
    --virtual-time-budget=5000 \
    --window-size="$2" --screenshot="$3" "file://$work/$1" 2>/dev/null
}

shoot plan.html 1200,900 docs/page.png
shoot timeline.svg 720,860 docs/timeline.png
shoot network.svg 1000,580 docs/network.png
