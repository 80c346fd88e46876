#!/usr/bin/env bash
# Stops the local RabbitMQ, FerretDB and Jaeger that infra-up.sh started.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
# Any FerretDB our scripts started, from this checkout or another one (its pid file may be gone).
if pkill -f 'deploy/ferretdb/bin/ferretdb-local' 2>/dev/null; then log "FerretDB stopped"; fi
rm -f "$RUN_DIR/ferretdb.pid"
if command -v rabbitmqctl >/dev/null || [ -x /usr/sbin/rabbitmqctl ]; then PATH="$PATH:/usr/sbin" as_root rabbitmqctl -q shutdown 2>/dev/null && log "RabbitMQ stopped"; fi
if [ -f "$RUN_DIR/jaeger.pid" ] && kill "$(cat "$RUN_DIR/jaeger.pid")" 2>/dev/null; then log "Jaeger stopped"; fi
rm -f "$RUN_DIR/jaeger.pid" "$RUN_DIR/jaeger.otlp"
exit 0
