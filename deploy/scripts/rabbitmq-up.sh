#!/usr/bin/env bash
# Installs (Debian rabbitmq-server) and starts RabbitMQ on 127.0.0.1:5672, idempotently.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if port_open 127.0.0.1 5672; then log "RabbitMQ: already listening on 127.0.0.1:5672"; exit 0; fi

if ! command -v rabbitmq-server >/dev/null && [ ! -x /usr/sbin/rabbitmq-server ]; then
  log "RabbitMQ: installing Debian's rabbitmq-server (apt)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
fi
export PATH="$PATH:/usr/sbin"
log "RabbitMQ: starting"
as_root rabbitmq-server -detached
# await_startup fails at once while the node is still registering with epmd: retry until it answers.
for ((i = 0; i < 60; i++)); do
  as_root rabbitmqctl -q await_startup --timeout 120 >/dev/null 2>&1 && break
  sleep 1
done
wait_port 127.0.0.1 5672 60 RabbitMQ
log "RabbitMQ: ready on amqp://127.0.0.1:5672"
