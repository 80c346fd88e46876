#!/usr/bin/env bash
# `npm start`: installs what is missing, starts RabbitMQ and FerretDB, builds what changed (through
# the Nx cache: a warm build takes a few seconds), then runs the five built services and prints their
# URLs and keys. Ctrl-C stops the services (the infrastructure keeps running: `npm run infra:down`).
# SX_START_TIMEOUT_S (default 180) limits how long the services may take to become ready.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_node_modules
bash deploy/scripts/infra-up.sh
bash deploy/scripts/build.sh
exec node --import tsx deploy/scripts/run-services.ts
