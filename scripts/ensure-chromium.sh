#!/usr/bin/env bash
# Debian's Chromium for the browser test of the OAuth consent page (test/e2e/clarus-consent-browser).
# Installs it with apt when missing and we are root; otherwise says why and leaves it (the
# browser test then reports itself as skipped). Prints the browser path on success.
set -uo pipefail
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
	if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
	echo "chromium not installed and cannot install it here (needs root and apt-get)" >&2
	exit 0
fi
echo "installing Debian's chromium (once, about a minute)" >&2
if apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2; then
	[ -x /usr/bin/chromium ] && echo /usr/bin/chromium
else
	echo "apt-get could not install chromium" >&2
fi
exit 0
