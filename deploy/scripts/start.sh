#!/usr/bin/env bash
# `npm start`: installs what is missing, starts RabbitMQ and FerretDB, then all five services, and
# prints their URLs. Ctrl-C stops the services (the infrastructure keeps running: `npm run infra:down`).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_node_modules
bash deploy/scripts/infra-up.sh
exec node --import tsx deploy/scripts/run-services.ts
