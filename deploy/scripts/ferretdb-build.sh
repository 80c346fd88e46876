#!/usr/bin/env bash
# Builds the FerretDB v1 launcher (deploy/ferretdb) when it is missing or older than its sources.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SRC="$ROOT/deploy/ferretdb"
BIN="$SRC/bin/ferretdb-local"

command -v go >/dev/null || die "Go is needed to build FerretDB (deploy/ferretdb); install Go ≥ 1.24, or set MONGO_URL_* to a MongoDB you run"
stale=0
[ -x "$BIN" ] || stale=1
for f in "$SRC"/*.go "$SRC/go.sum"; do if [ "$f" -nt "$BIN" ]; then stale=1; fi; done
if [ "$stale" = 1 ]; then
  log "FerretDB: building v1.24.2 from deploy/ferretdb (first time takes about a minute)"
  (cd "$SRC" && go build -o "$BIN" .) || die "building FerretDB failed"
fi
