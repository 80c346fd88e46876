#!/usr/bin/env bash
# Stops the local RabbitMQ and FerretDB that infra-up.sh started.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
# Any FerretDB our scripts started, from this checkout or another one (its pid file may be gone).
if pkill -f 'deploy/ferretdb/bin/ferretdb-local' 2>/dev/null; then log "FerretDB stopped"; fi
rm -f "$RUN_DIR/ferretdb.pid"
if command -v rabbitmqctl >/dev/null || [ -x /usr/sbin/rabbitmqctl ]; then PATH="$PATH:/usr/sbin" as_root rabbitmqctl -q shutdown 2>/dev/null && log "RabbitMQ stopped"; fi
exit 0
