#!/usr/bin/env bash
# The reload-under-load proof (issue 5): the counter service under steady load while its module is
# reloaded again and again, alternating two versions, with four bad versions refused on the way.
#   bench/reload.sh [RELOADS] [RATE]          (default: 100 reloads, 200 requests/s)
# Runs on a copy of examples/counter-service, on a free loopback port.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
RELOADS=${1:-100}
RATE=${2:-200}
cd "$ROOT"
./tlang version >/dev/null   # builds the runtime if it is missing
WORK=$(mktemp -d)
cp -r examples/counter-service "$WORK/"
SERVICE_LOG="$WORK/service.log"
./tlang run --watch "$WORK/counter-service/src/main.t" 0 >"$SERVICE_LOG" 2>&1 &
PID=$!
trap 'st=$?; kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$WORK"; exit $st' EXIT
URL=""
for _ in $(seq 600); do
    URL=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$SERVICE_LOG" | head -1)
    [ -n "$URL" ] && break
    kill -0 $PID 2>/dev/null || { cat "$SERVICE_LOG" >&2; exit 1; }
    sleep 0.05
done
[ -n "$URL" ] || { echo "the service did not start:" >&2; cat "$SERVICE_LOG" >&2; exit 1; }
echo "counter service at $URL (pid $PID)"
status=0
"$JAVA_HOME/bin/java" "$ROOT/bench/load/ReloadProof.java" --url "$URL" --module "$WORK/counter-service/src/counter/api.t" \
    --reloads "$RELOADS" --rate "$RATE" || status=$?
echo "--- versions kept by the runtime:"
./tlang admin --pid "$PID" versions 2>&1 || true
echo "--- reload reports of the service (last 5):"
grep -E "^reload" "$SERVICE_LOG" | tail -5 || true
exit $status
