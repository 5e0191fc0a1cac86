#!/usr/bin/env bash
# Debian's Chromium for the browser tests (test/e2e/clarus-consent-browser). A browser counts as
# present only after it has proven itself: started headless and rendered a page. When none does
# and we are root with apt-get, Debian's chromium is installed (or reinstalled) and proven again.
# Prints the browser path on success; prints nothing (and says why on stderr) otherwise, and the
# browser test then fails unless WMS_SKIP_BROWSER=1 asks to skip it.
set -uo pipefail

prove() {
	local out
	out="$(timeout 60 "$1" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$(mktemp -d)" --dump-dom 'data:text/html,<p id="x">chromium-proof</p>' 2>/dev/null)"
	[[ "$out" == *chromium-proof* ]]
}

candidates=("${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser)
for candidate in "${candidates[@]}"; do
	if [ -n "$candidate" ] && [ -x "$candidate" ]; then
		if prove "$candidate"; then echo "$candidate"; exit 0; fi
		echo "$candidate is installed but does not render a page headless" >&2
	fi
done
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
	echo "chromium not installed and cannot install it here (needs root and apt-get)" >&2
	exit 0
fi
echo "installing Debian's chromium (once, about a minute)" >&2
export DEBIAN_FRONTEND=noninteractive
if apt-get update -qq >&2 && apt-get install -y -qq --reinstall chromium >&2 && [ -x /usr/bin/chromium ]; then
	if prove /usr/bin/chromium; then echo /usr/bin/chromium; exit 0; fi
	echo "Debian's chromium was installed but does not render a page headless" >&2
else
	echo "apt-get could not install chromium" >&2
fi
exit 0
