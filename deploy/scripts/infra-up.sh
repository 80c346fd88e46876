#!/usr/bin/env bash
# Starts what the services need on this machine: RabbitMQ, FerretDB and Jaeger (or, with a Docker engine and
# SX_USE_DOCKER=1, MongoDB 7 and RabbitMQ from docker-compose.yml). Idempotent and fast when running.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [ "${SX_USE_DOCKER:-0}" = 1 ] && docker info >/dev/null 2>&1; then
  log "infra: docker compose (mongo, rabbitmq, jaeger)"
  (cd "$ROOT" && docker compose up -d --wait mongo rabbitmq jaeger)
  bash "$ROOT/deploy/scripts/console-build.sh"
  exit 0
fi
bash "$ROOT/deploy/scripts/rabbitmq-up.sh" &
rabbit=$!
bash "$ROOT/deploy/scripts/jaeger-up.sh" &
jaeger=$!
bash "$ROOT/deploy/scripts/ferretdb-up.sh"
wait "$rabbit"
wait "$jaeger"
# Not infrastructure, but every `npm start` and `npm test` passes here: the services serve it at /console/.
bash "$ROOT/deploy/scripts/console-build.sh"
