#!/usr/bin/env bash
# HTTP benchmark: starts examples/counter-service on a free loopback port, warms it up, then drives
# it with bench/load/Load.java (steady rate, virtual-thread clients) and prints the figures:
# POST /count/k{i} (a locked change of module state), then GET /counts (JSON of the whole map).
#   bench/http.sh [RATE] [SECONDS] [CLIENTS]        defaults: 500 requests/s, 20 s, 32 clients
# The machine may be shared: compare figures taken in one sitting only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
RATE=${1:-500}
SECONDS_=${2:-20}
CLIENTS=${3:-32}
cd "$ROOT"
./tlang version >/dev/null   # builds the runtime if it is missing

WORK=$(mktemp -d)
. "$ROOT/bench/service.sh"
trap 'stop_service; rm -rf "$WORK"' EXIT

start_service "$WORK/service.out" "$WORK/service.err" ./tlang run examples/counter-service/src/main.t 0
echo "counter-service at $URL (pid $SERVICE_PID); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# compile the load generator once (a single-file launch would recompile it every run)
"$JAVA_HOME/bin/javac" -d "$WORK/load" bench/load/Load.java
LOAD=("$JAVA_HOME/bin/java" -cp "$WORK/load" Load)

echo "== warm-up (5 s, not counted)"
"${LOAD[@]}" --url "$URL/count/warm{i}" --method POST --rate "$RATE" --duration 5 --clients "$CLIENTS" | grep -E '^(sent|latency)' || true

echo "== POST /count/k{i}"
"${LOAD[@]}" --url "$URL/count/k{i}" --method POST --rate "$RATE" --duration "$SECONDS_" --clients "$CLIENTS" --keys 64 \
    --expect '"count":' --count-header x-counter-version --report-every 5
echo "== GET /counts"
"${LOAD[@]}" --url "$URL/counts" --rate "$RATE" --duration "$SECONDS_" --clients "$CLIENTS" --expect '"k0":' --report-every 5

# no increment lost: the counters must add up to the ok POSTs (warm-up counters are separate)
TOTAL=$(curl -s "$URL/counts" | tr ',{}' '\n\n\n' | grep '"k' | cut -d: -f2 | paste -sd+ | bc)
echo "sum of k* counters: $TOTAL (every ok POST above adds one)"
if command -v wrk >/dev/null; then
    echo "== wrk, for comparison (closed loop, as fast as it goes, 10 s)"
    wrk -t2 -c"$CLIENTS" -d10s "$URL/counts"
fi
