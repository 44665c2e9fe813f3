#!/usr/bin/env bash
# Quick-start step 1: set up and build PostPause on a fresh machine.
#  - installs Debian's Chromium for the real-browser tests if it is missing (needs root + apt-get),
#  - installs the exact npm dependencies from package-lock.json,
#  - builds the Chrome (MV3) and Firefox extensions into .output/.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "setup: installing Debian chromium for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: Chromium not found at $chromium_bin. Install it (Debian/Ubuntu: sudo apt-get install chromium)" >&2
    echo "setup: or set CHROMIUM_PATH. The build continues; the end-to-end tests need it." >&2
  fi
fi

npm ci
npm run build:all
echo "setup: done. Chrome build: .output/chrome-mv3  Firefox build: .output/firefox-mv2"
echo "setup: next, run the tests with: npm test"
