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
# The local OpenID Connect provider for officials (dev logins: preparer@<agency id> and
# signatory@<agency id>, password dev-password); the services trust it through SX_DEV_OIDC_ISSUER.
SX_IDP_PORT="${SX_IDP_PORT:-4100}"
export SX_DEV_OIDC_ISSUER="${SX_DEV_OIDC_ISSUER:-http://127.0.0.1:$SX_IDP_PORT}"
mkdir -p .run
SX_IDP_PORT="$SX_IDP_PORT" node --import tsx apps/identity-provider/src/main.ts > .run/identity-provider.log 2>&1 &
idp=$!
trap 'kill "$idp" 2>/dev/null || true' EXIT
echo "identity-provider: $SX_DEV_OIDC_ISSUER  officials: preparer@<agency id>, signatory@<agency id> (password dev-password; log .run/identity-provider.log)"
node --import tsx deploy/scripts/run-services.ts
