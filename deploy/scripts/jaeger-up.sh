#!/usr/bin/env bash
# Builds (Go, once) and starts Jaeger v1 all-in-one with in-memory storage, idempotently: OTLP/HTTP on
# 127.0.0.1:4318 (the services export there) and the query API on 127.0.0.1:16686 (the consoles read
# traces through their own origin from it). The binary is cached per user, shared by every checkout.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

VERSION="${JAEGER_VERSION:-v1.75.0}"
OTLP_PORT="${JAEGER_OTLP_HTTP_PORT:-4318}"
QUERY_PORT="${JAEGER_QUERY_PORT:-16686}"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/secondment-exchange"
BIN="$CACHE/jaeger-all-in-one-$VERSION"
# The services read this file when OTEL_EXPORTER_OTLP_ENDPOINT is unset (libs/observability).
ENDPOINT_FILE="$RUN_DIR/jaeger.otlp"

if port_open 127.0.0.1 "$QUERY_PORT" && port_open 127.0.0.1 "$OTLP_PORT"; then
  echo "http://127.0.0.1:$OTLP_PORT" >"$ENDPOINT_FILE"
  log "Jaeger: already listening (OTLP 127.0.0.1:$OTLP_PORT, query http://127.0.0.1:$QUERY_PORT)"; exit 0
fi

if [ ! -x "$BIN" ]; then
  command -v go >/dev/null || die "Go is needed to build Jaeger; install Go ≥ 1.24, or set OTEL_EXPORTER_OTLP_ENDPOINT to a collector you run"
  log "Jaeger: building all-in-one $VERSION from the Go module proxy (first time takes several minutes)"
  mkdir -p "$CACHE"
  # Built inside the module's own directory: its go.mod has a replace directive, which `go install pkg@v` refuses.
  src=$(cd "$CACHE" && go mod download -json "github.com/jaegertracing/jaeger@$VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
  [ -d "$src" ] || die "downloading github.com/jaegertracing/jaeger@$VERSION failed"
  (cd "$src" && go build -trimpath -o "$BIN.tmp" ./cmd/all-in-one) || die "building Jaeger failed"
  mv "$BIN.tmp" "$BIN"
fi

log "Jaeger: starting (in-memory)"
# Only the two ports we use matter; every other listener of all-in-one is kept on loopback too.
SPAN_STORAGE_TYPE=memory nohup "$BIN" \
  --memory.max-traces="${JAEGER_MAX_TRACES:-10000}" \
  --collector.otlp.enabled=true \
  --collector.otlp.http.host-port="127.0.0.1:$OTLP_PORT" \
  --collector.otlp.grpc.host-port=127.0.0.1:4317 \
  --collector.http-server.host-port=127.0.0.1:14268 \
  --collector.grpc-server.host-port=127.0.0.1:14250 \
  --query.http-server.host-port="127.0.0.1:$QUERY_PORT" \
  --query.grpc-server.host-port=127.0.0.1:16685 \
  --admin.http.host-port=127.0.0.1:14269 \
  >"$RUN_DIR/jaeger.log" 2>&1 &
echo $! >"$RUN_DIR/jaeger.pid"
wait_port 127.0.0.1 "$QUERY_PORT" 60 "Jaeger query"
wait_port 127.0.0.1 "$OTLP_PORT" 30 "Jaeger OTLP"
echo "http://127.0.0.1:$OTLP_PORT" >"$ENDPOINT_FILE"
log "Jaeger: ready (OTLP http://127.0.0.1:$OTLP_PORT, query API http://127.0.0.1:$QUERY_PORT/api/traces)"
