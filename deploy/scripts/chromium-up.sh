#!/usr/bin/env bash
# Installs Debian's chromium for the console's browser tests (playwright-core drives it; no browser
# download), idempotently. Prints the executable's path.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

for bin in "${SX_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$bin" ] && [ -x "$bin" ]; then echo "$bin"; exit 0; fi
done
log "chromium: installing Debian's chromium (apt)" >&2
as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
echo /usr/bin/chromium
