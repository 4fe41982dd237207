#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through Debian's ChromeDriver; nothing downloads a browser.
# As root on Debian, install them when missing; otherwise stop at once and say what to install.
# Fonts are left as they are: the 320 px checks measure each page in the installed fonts and in
# DejaVu Sans (the widest common font, always there with fontconfig), so results do not depend on them.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} for the browser tests (Debian packages) ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    exit 0
fi
echo "The browser tests need Debian's Chromium and its driver. Install them with:" >&2
echo "    sudo apt-get install chromium chromium-driver" >&2
exit 1
