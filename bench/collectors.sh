#!/usr/bin/env bash
# Collector benchmark, in one run: an HTTP service whose every request opens a 27 KB file and reads
# it through a 64 KiB off-heap buffer (bench/collectors/files.t), on each collector (region,
# cleaner, refcount), once closing each file before answering (/close) and once leaving it to the
# collector (/drop), driven at a steady rate by bench/load/Load.java. Per choice: requests answered
# per second, p50 and p99 latency, the files held open (the collector's `live`) and the off-heap
# bytes in use (the allocator's `bytes-in-use`), peak and mean, sampled every 100 ms through the
# admin socket by bench/collectors/Sampler.java, and the JVM's collections and their pause time.
#   bench/collectors.sh [RATE] [SECONDS] [CLIENTS]     defaults: 1000 requests/s, 10 s, 32 clients
# The machine may be shared: compare figures taken in one sitting only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
RATE=${1:-1000}
SECONDS_=${2:-10}
CLIENTS=${3:-32}
cd "$ROOT"
./tlang version >/dev/null   # builds the runtime if it is missing

WORK=$(mktemp -d)
ADMIN_DIR="$HOME/.tlang/run"
. "$ROOT/bench/service.sh"
SAMPLER_PID=
trap '[ -z "$SAMPLER_PID" ] || kill "$SAMPLER_PID" 2>/dev/null || true; stop_service; rm -rf "$WORK"' EXIT

mkdir -p "$WORK/data"
for i in $(seq 0 15); do head -c 20000 /dev/urandom | base64 > "$WORK/data/$i.txt"; done
"$JAVA_HOME/bin/javac" -d "$WORK/load" bench/load/Load.java bench/collectors/Sampler.java
LOAD=("$JAVA_HOME/bin/java" -cp "$WORK/load" Load)
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $RATE requests/s for $SECONDS_ s, $CLIENTS clients"
printf '%-20s %10s %8s %8s %10s %10s %12s %12s %6s %10s\n' "collector / route" "answered/s" "p50 ms" "p99 ms" \
    "open peak" "open mean" "MiB off-heap" "MiB mean" "GCs" "pause ms"

for collector in region cleaner refcount; do
    for route in close drop; do
        profile="$WORK/$collector.toml"
        { echo "[scheduler]"; echo "impl = \"virtual\""
          echo "[allocator]"; echo "impl = \"general\""
          echo "[collector]"; echo "impl = \"$collector\""
          [ "$collector" != refcount ] || echo "report-leaks = false"
          echo "[io]"; echo "impl = \"blocking\""
          echo "[tier]"; echo "impl = \"tiered\""; } > "$profile"
        gc="$WORK/gc-$collector-$route.log"
        # TLANG_AOT=0: the extra JVM option would train an AOT cache of its own in the background, during the measurement
        TLANG_AOT=0 TLANG_JAVA_OPTS="-Xlog:gc:file=$gc" start_service "$WORK/service.out" "$WORK/service.err" \
            ./tlang run --profile "$profile" bench/collectors/files.t 0 "$WORK/data"
        "${LOAD[@]}" --url "$URL/$route/{i}" --rate "$RATE" --duration 3 --clients "$CLIENTS" >/dev/null || true   # warm-up
        gcs0=$(grep -c 'Pause' "$gc" || true)
        "$JAVA_HOME/bin/java" -cp "$WORK/load" Sampler "$ADMIN_DIR/$SERVICE_PID.sock" 100 "$SECONDS_" > "$WORK/samples" &
        SAMPLER_PID=$!
        result=$("${LOAD[@]}" --url "$URL/$route/{i}" --rate "$RATE" --duration "$SECONDS_" --clients "$CLIENTS" --expect ' bytes' | grep '^RESULT' || true)
        wait "$SAMPLER_PID" || true
        SAMPLER_PID=
        samples=$(grep '^SAMPLES' "$WORK/samples" || echo "SAMPLES")
        stop_service
        ok=$(echo "$result" | grep -o ' ok=[0-9]*' | cut -d= -f2)
        failed=$(echo "$result" | grep -o 'failed=[0-9]*' | cut -d= -f2)
        p50=$(echo "$result" | grep -o 'p50_ms=[0-9.]*' | cut -d= -f2)
        p99=$(echo "$result" | grep -o 'p99_ms=[0-9.]*' | cut -d= -f2)
        field() { echo "$samples" | grep -o "$1=[0-9.]*" | cut -d= -f2; }
        gcs=$(( $(grep -c 'Pause' "$gc" || true) - gcs0 ))
        pause=$(grep 'Pause' "$gc" | tail -n "$gcs" | grep -o '[0-9.]*ms$' | tr -d 'ms' | paste -sd+ | bc 2>/dev/null || echo 0)
        [ "$gcs" -gt 0 ] || pause=0
        printf '%-20s %10.0f %8s %8s %10s %10s %12.1f %12.1f %6s %10s%s\n' "$collector / $route" "$(echo "$ok / $SECONDS_" | bc -l)" "$p50" "$p99" \
            "$(field live_peak)" "$(field live_mean)" "$(echo "$(field bytes_peak) / 1048576" | bc -l)" "$(echo "$(field bytes_mean) / 1048576" | bc -l)" \
            "$gcs" "$pause" "$([ "$failed" = 0 ] || echo "  ($failed failed)")"
    done
done
