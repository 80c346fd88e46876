#!/usr/bin/env bash
# kustomize.sh DIR: renders a Kustomize directory to stdout, offline.
# Uses `kubectl kustomize` when a kubectl with Kustomize v5 is installed; otherwise the kustomize CLI
# built once from the Go module proxy (Debian 12 has no kubectl package, and its kubernetes-client
# 1.20 bundles Kustomize v2, too old for these manifests). `kustomize.sh --ensure` only installs.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

KUSTOMIZE_VERSION=v5.8.1
CACHE_BIN="${XDG_CACHE_HOME:-$HOME/.cache}/secondment-exchange/kustomize-$KUSTOMIZE_VERSION"

kubectl_has_v5() { command -v kubectl >/dev/null && kubectl version --client 2>/dev/null | grep -q 'Kustomize Version: v5'; }

ensure_kustomize() {
  kubectl_has_v5 && return 0
  command -v kustomize >/dev/null && kustomize version 2>/dev/null | grep -q '^v5' && return 0
  [ -x "$CACHE_BIN" ] && return 0
  command -v go >/dev/null || die "rendering deploy/k8s needs kubectl (with Kustomize v5) or Go to build kustomize $KUSTOMIZE_VERSION"
  log "kustomize: building $KUSTOMIZE_VERSION from the Go module proxy (once)" >&2
  local tmp; tmp="$(mktemp -d)"
  GOTOOLCHAIN=local GOBIN="$tmp" go install "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION" >&2 || die "building kustomize failed"
  mkdir -p "$(dirname "$CACHE_BIN")" && mv "$tmp/kustomize" "$CACHE_BIN" && rmdir "$tmp"
}

ensure_kustomize
[ "${1:-}" = --ensure ] && exit 0
[ -n "${1:-}" ] || die "usage: kustomize.sh DIR"
if kubectl_has_v5; then exec kubectl kustomize "$1"; fi
if command -v kustomize >/dev/null && kustomize version 2>/dev/null | grep -q '^v5'; then exec kustomize build "$1"; fi
exec "$CACHE_BIN" build "$1"
