#!/usr/bin/env bash
# Bundles the five services and the OTel bootstrap into dist/ (esbuild through Nx; unchanged
# projects come from the Nx cache). The output goes to .run/build.log and is shown only on failure.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
log "build: services and OTel bootstrap (Nx cache: only what changed is rebuilt)"
started=$(date +%s)
if ! npx nx run-many -t build --outputStyle=static >"$RUN_DIR/build.log" 2>&1; then
  tail -n 40 "$RUN_DIR/build.log" >&2
  die "build failed (full output: .run/build.log)"
fi
log "build: done in $(( $(date +%s) - started )) s ($(grep -o '[0-9]*/[0-9]* hit' "$RUN_DIR/build.log" | tail -1 || echo '?') from cache)"
