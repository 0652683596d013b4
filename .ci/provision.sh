#!/usr/bin/env bash
# Sourced by .ci/run (and usable by hand: `source .ci/provision.sh`).
# Makes sure Node.js >= 22.18, a Chromium and the PHP CLI (the README's PHP
# snippet is tested) are there, using only the npm registry and Debian's
# packages: nothing downloads a binary of its own.
set -euo pipefail

kit="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Node: the same provisioning as `npm start` and `npm test` (scripts/launch.js),
# which says in one line when it installs or uses Node 24 from the npm registry.
node_bin="$(node "$kit/scripts/launch.js" --path)"
export PATH="$node_bin:$PATH"
echo "provision: node $(node --version), npm $(npm --version)"

# Chromium: found the way the tests find it (test/chromium.ts), else Debian's.
find_chromium() {
  (cd "$kit" && node --input-type=module \
    -e "const f = (await import('./test/chromium.ts')).locateChromium(); console.log(f.path ?? '')")
}
missing=()
[ -n "$(find_chromium)" ] || missing+=(chromium)
command -v php >/dev/null 2>&1 || missing+=(php-cli)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "provision: installing Debian's ${missing[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null)
fi
CHROME_PATH="$(find_chromium)"
export CHROME_PATH
echo "provision: chromium at ${CHROME_PATH:-nowhere}, $(php --version | head -n 1)"
export WRANGLER_SEND_METRICS=false
