#!/usr/bin/env bash
# Rewrites docs/sheet.png, the README's picture of the fact sheet of
# testdata/seeds, with headless Chromium (Debian's chromium package).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./cmd/factlint sheet -o "$tmp/sheet.html" testdata/seeds
chromium --headless --disable-gpu --no-sandbox --hide-scrollbars --no-first-run \
  --user-data-dir="$tmp/profile" --window-size=1100,700 \
  --screenshot="$PWD/docs/sheet.png" "file://$tmp/sheet.html" 2>/dev/null
ls -l docs/sheet.png
