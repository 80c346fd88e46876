#!/usr/bin/env bash
# `npm test`: installs what is missing, starts RabbitMQ and FerretDB, then typechecks, lints and runs
# every project's tests in one Jest run whose last line reads "Summary: N passed, N failed, N skipped".
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

started=$(date +%s)
ensure_node_modules
bash deploy/scripts/infra-up.sh
bash deploy/scripts/walkthrough-tools.sh # curl and jq for the README walk-through's test
bash deploy/scripts/kustomize.sh --ensure # renders deploy/k8s in its test (kubectl, or kustomize built once)
log "typecheck (tsc --noEmit)"
npx tsc -p tsconfig.json --noEmit
log "lint (module boundaries: rules imports nothing of transport or persistence)"
npx nx run-many -t lint --outputStyle=static --skipNxCache >"$RUN_DIR/lint.log" 2>&1 || { cat "$RUN_DIR/lint.log"; die "lint failed"; }
log "contracts (each service's OpenAPI document, redocly lint: 0 errors and 0 warnings)"
bash deploy/scripts/contracts-lint.sh
log "tests"
rm -f "$RUN_DIR/summary.txt"
set +e
npx jest --ci --coverage --forceExit "$@"
status=$?
set -e
node deploy/jest/coverage-by-project.js || true
log "npm test finished in $(( $(date +%s) - started )) s (exit $status)"
[ -f "$RUN_DIR/summary.txt" ] && cat "$RUN_DIR/summary.txt"
exit $status
