# Shared shell helpers for the deploy scripts (sourced, not run).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="$ROOT/.run"
DATA_DIR="$ROOT/.data"
mkdir -p "$RUN_DIR" "$DATA_DIR"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# as_root CMD…: run as root directly, or through sudo when available.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "'$*' needs root (or sudo). Install it yourself, or set AMQP_URL / MONGO_URL_* to servers you run."
  fi
}

# port_open HOST PORT: true when something accepts TCP connections there.
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# wait_port HOST PORT SECONDS WHAT
wait_port() {
  local i
  for ((i = 0; i < $3 * 10; i++)); do port_open "$1" "$2" && return 0; sleep 0.1; done
  die "$4 did not open $1:$2 within $3 s"
}

# Node dependencies: install when node_modules is missing or older than the lockfile.
ensure_node_modules() {
  if [ ! -d "$ROOT/node_modules" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    log "installing Node dependencies (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
  fi
  ensure_client_types
}

# The client's types are derived from the committed union document, not committed: write them when
# missing or older than the document (a pull that changed it).
ensure_client_types() {
  local doc="$ROOT/libs/client/openapi/exchange.openapi.json" types="$ROOT/libs/client/src/generated/exchange-api.ts"
  if [ ! -f "$types" ] || [ "$doc" -nt "$types" ]; then
    (cd "$ROOT" && npx tsx deploy/contracts/client-types.ts) || die "the client's types could not be generated"
  fi
}
