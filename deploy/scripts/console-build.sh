#!/usr/bin/env bash
# Builds the officials' console (apps/console → apps/console/dist, served by every service at
# /console/) when its sources changed since the last build; --force always builds. Type-checks it
# first: the root tsconfig is Node's, the console's has the DOM and JSX.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

APP=apps/console
if [ "${1:-}" != --force ] && [ -f "$APP/dist/index.html" ] \
  && [ -z "$(find "$APP/src" libs/client/src "$APP/index.html" "$APP/vite.config.mts" "$APP/tsconfig.json" package-lock.json -newer "$APP/dist/index.html" 2>/dev/null | head -1)" ]; then
  log "console: up to date ($APP/dist)"; exit 0
fi
log "console: type-checking and building ($APP → $APP/dist)"
npx tsc -p "$APP/tsconfig.json" || die "the console does not type-check"
VITE_CONFIG_NATIVE_IGNORE_WARNING=true npx vite build "$APP" --logLevel warn || die "building the console failed"
