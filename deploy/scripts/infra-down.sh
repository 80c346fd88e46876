#!/usr/bin/env bash
# Stops the local RabbitMQ and FerretDB that infra-up.sh started.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
if [ -f "$RUN_DIR/ferretdb.pid" ]; then kill "$(cat "$RUN_DIR/ferretdb.pid")" 2>/dev/null; rm -f "$RUN_DIR/ferretdb.pid"; log "FerretDB stopped"; fi
if command -v rabbitmqctl >/dev/null || [ -x /usr/sbin/rabbitmqctl ]; then PATH="$PATH:/usr/sbin" as_root rabbitmqctl -q shutdown 2>/dev/null && log "RabbitMQ stopped"; fi
exit 0
