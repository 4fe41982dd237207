#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through Debian's ChromeDriver; nothing downloads a browser.
# As root on Debian, install them when missing; otherwise stop at once and say what to install.
# Fonts: pages must fit 320 px in whatever font a reader has, so the tests pass with or without Noto;
# Noto is installed when it can be, so screenshots show Bengali, Arabic and Urdu as readers see them.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
fonts=()
if ! (command -v fc-list >/dev/null && fc-list 2>/dev/null | grep -q "Noto Sans Bengali"); then
    fonts+=(fonts-noto-core)
fi
[ ${#missing[@]} -eq 0 ] && [ ${#fonts[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing ${missing[*]} ${fonts[*]} for the browser tests (Debian packages) ..."
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" "${fonts[@]}" >/dev/null
    else
        # Only the fonts are missing: worth a try, never a reason to stop the build.
        (apt-get update -qq && apt-get install -y -qq --no-install-recommends "${fonts[@]}" >/dev/null) \
            || echo "Could not install ${fonts[*]}; screenshots may show boxes for some scripts." >&2
    fi
    exit 0
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "Noto fonts are not installed; screenshots may show boxes (sudo apt-get install fonts-noto-core)." >&2
    exit 0
fi
echo "The browser tests need Debian's Chromium and its driver. Install them with:" >&2
echo "    sudo apt-get install chromium chromium-driver" >&2
exit 1
