#!/usr/bin/env bash
# Builds (Go, once) and starts FerretDB v1 with the SQLite backend on 127.0.0.1:27017, idempotently.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SRC="$ROOT/deploy/ferretdb"
BIN="$SRC/bin/ferretdb-local"
PORT="${FERRETDB_PORT:-27017}"

if port_open 127.0.0.1 "$PORT"; then log "FerretDB: already listening on 127.0.0.1:$PORT"; exit 0; fi

bash "$ROOT/deploy/scripts/ferretdb-build.sh"
log "FerretDB: starting"
nohup "$BIN" --listen "127.0.0.1:$PORT" --data "$DATA_DIR/ferretdb" ${SX_FERRETDB_PPROF:+--pprof "$SX_FERRETDB_PPROF"} >"$RUN_DIR/ferretdb.log" 2>&1 &
echo $! >"$RUN_DIR/ferretdb.pid"
wait_port 127.0.0.1 "$PORT" 60 FerretDB
log "FerretDB: ready on mongodb://127.0.0.1:$PORT"
