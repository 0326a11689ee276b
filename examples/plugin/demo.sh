#!/usr/bin/env bash
# The plugin workflow end to end, in a scratch folder (nothing in this checkout changes):
#   a publisher key; a registry on loopback; textcase published; greeting (which depends on
#   textcase ^1) installed from the registry by its author, tested and published; the counter
#   service running; greeting installed into it while it runs; counter.api reloaded to use it.
#   The counters survive: the same process, the same state.
# Usage: examples/plugin/demo.sh   (needs curl; TLANG=path/to/tlang to use another launcher)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TLANG=${TLANG:-$ROOT/tlang}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tlang-plugin.XXXXXX")
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }

# where each side keeps its things: the author's and the operator's packages and trust apart
export TLANG_KEY_PASSWORD=plugin-demo
export TLANG_JAVA_OPTS="-Dtlang.admin.dir=$WORK/admin"
cp -r "$ROOT/examples/plugin/textcase" "$ROOT/examples/plugin/greeting" "$ROOT/examples/counter-service" "$WORK/"
author() { TLANG_PACKAGES="$WORK/author/packages" TLANG_TRUST="$WORK/author/trust" "$TLANG" "$@"; }
operator() { TLANG_PACKAGES="$WORK/operator/packages" TLANG_TRUST="$WORK/operator/trust" "$TLANG" "$@"; }

# wait_for FILE TEXT: until FILE holds TEXT (60 s at most)
wait_for() {
    for _ in $(seq 600); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
    echo "timed out waiting for '$2' in $1:" >&2; cat "$1" >&2; exit 1
}

step "a publisher key"
author keys new acme --dir "$WORK/keys"

step "a registry on loopback"
"$TLANG" registry serve "$WORK/registry" --port 0 > "$WORK/registry.out" 2>&1 &
PIDS+=($!)
wait_for "$WORK/registry.out" "serving"
REGISTRY=$(grep -o 'http://[^ ]*' "$WORK/registry.out")
echo "registry: $REGISTRY"

step "textcase 1.0.0 published"
author publish "$WORK/textcase" --to "$REGISTRY" --key "$WORK/keys/acme.p12"

step "greeting: its author installs textcase from the registry, tests and publishes it"
author trust add "$WORK/keys/acme.crt"
author install --from "$REGISTRY" "$WORK/greeting"
author test "$WORK/greeting"
author publish "$WORK/greeting" --to "$REGISTRY" --key "$WORK/keys/acme.p12"
author registry list "$REGISTRY"

step "the counter service runs"
operator trust add "$WORK/keys/acme.crt"
# not through the function: in the background it would be a subshell, and $! not the service
TLANG_PACKAGES="$WORK/operator/packages" TLANG_TRUST="$WORK/operator/trust" \
    "$TLANG" run --allow-net=127.0.0.1:* "$WORK/counter-service/src/main.t" 0 > "$WORK/service.out" 2>&1 &
PIDS+=($!)
wait_for "$WORK/service.out" "listening on"
SERVICE=$(grep -o 'http://[^ ]*' "$WORK/service.out")
echo "before: $(curl -s -X POST "$SERVICE/count/apples")"
echo "health: $(curl -s "$SERVICE/health")"

step "greeting installed into the running service (textcase comes with it)"
operator admin install greeting@^1 --from "$REGISTRY"

step "counter.api reloaded to use it"
API="$WORK/counter-service/src/counter/api.t"
sed -i 's|^import std.sync.{Lock};|import std.sync.{Lock};\nimport greeting.banner;|' "$API"
sed -i 's|Response::text(200, "ok\\n")|Response::text(200, "{banner.banner("counters")}\\n")|' "$API"
operator admin reload "$API"
echo "health: $(curl -s "$SERVICE/health")"
echo "after: $(curl -s -X POST "$SERVICE/count/apples")"
