#!/usr/bin/env bash
# Quick-start step 1: set up and build PostPause on a fresh machine.
#  - installs Debian's Chromium for the real-browser tests if it is missing (needs root + apt-get),
#  - installs Debian's firefox-esr (153) and unpacks Firefox 140 ESR, the oldest Firefox the manifest
#    accepts, beside it into .browsers/firefox-140 (git-ignored), for the Firefox tests,
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

firefox_bin="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
firefox_140_dir=".browsers/firefox-140"
firefox_140_version="140.12.0esr-1~deb12u1"
firefox_140_bin="${FIREFOX_140_PATH:-$firefox_140_dir/usr/lib/firefox-esr/firefox-esr}"
is_root_apt() { command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; }
if [ ! -x "$firefox_bin" ]; then
  if is_root_apt; then
    echo "setup: installing Debian firefox-esr for the Firefox tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
  else
    echo "setup: Firefox not found at $firefox_bin. Install it (Debian: sudo apt-get install firefox-esr) or set FIREFOX_PATH." >&2
  fi
fi
if [ ! -x "$firefox_140_bin" ]; then
  if command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1; then
    echo "setup: unpacking Firefox $firefox_140_version into $firefox_140_dir (not installed system-wide)"
    download="$(mktemp -d)"
    chmod 755 "$download"
    if ! (cd "$download" && apt-get download -qq "firefox-esr=$firefox_140_version"); then
      [ "$(id -u)" = 0 ] && apt-get update -qq
      (cd "$download" && apt-get download -qq "firefox-esr=$firefox_140_version")
    fi
    rm -rf "$firefox_140_dir"
    mkdir -p "$firefox_140_dir"
    dpkg -x "$download"/firefox-esr_140*.deb "$firefox_140_dir"
    rm -rf "$download"
  else
    echo "setup: Firefox 140 not found at $firefox_140_bin and no apt-get/dpkg to unpack it; set FIREFOX_140_PATH." >&2
  fi
fi

npm ci
npm run build:all
echo "setup: done. Chrome build: .output/chrome-mv3  Firefox build: .output/firefox-mv2"
echo "setup: next, run the tests with: npm test"
