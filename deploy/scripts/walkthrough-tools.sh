#!/usr/bin/env bash
# The README's curl walk-through runs as a test (apps/exchange-e2e/src/readme-walkthrough.spec.ts): it
# needs bash, curl, jq and sha256sum. Installs Debian's curl and jq when missing (coreutils has sha256sum).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

missing=()
for tool in curl jq; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
[ ${#missing[@]} -eq 0 ] && exit 0
log "walk-through tools: installing ${missing[*]} (apt)"
as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
