#!/usr/bin/env bash
# Subsystem benchmark, in one run: the same HTTP + file workload (bench/subsystems/files.t: every
# request opens a 27 KB file, reads it through the I/O driver into a 64 KiB buffer from the
# allocator, and answers) on each scheduler x allocator pair (general, pooled, arena), driven at a steady rate by
# bench/load/Load.java. Per choice: requests answered per second, p50 and p99 latency, off-heap
# buffers allocated (the allocator's own count; `pooled` reuses most), and the JVM's collections and
# their total pause time (from -Xlog:gc). The collector (region here, the default) is varied by
# bench/collectors.sh, the I/O driver by bench/io-drivers.sh.
#   bench/subsystems.sh [RATE] [SECONDS] [CLIENTS]     defaults: 1500 requests/s, 10 s, 32 clients
# The machine may be shared: compare figures taken in one sitting only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
RATE=${1:-1500}
SECONDS_=${2:-10}
CLIENTS=${3:-32}
cd "$ROOT"
./tlang version >/dev/null   # builds the runtime if it is missing

WORK=$(mktemp -d)
. "$ROOT/bench/service.sh"
trap 'stop_service; rm -rf "$WORK"' EXIT

mkdir -p "$WORK/data"
for i in $(seq 0 15); do head -c 20000 /dev/urandom | base64 > "$WORK/data/$i.txt"; done
"$JAVA_HOME/bin/javac" -d "$WORK/load" bench/load/Load.java
LOAD=("$JAVA_HOME/bin/java" -cp "$WORK/load" Load)
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $RATE requests/s for $SECONDS_ s, $CLIENTS clients"
printf '%-26s %10s %9s %9s %12s %8s %12s\n' "scheduler / allocator" "answered/s" "p50 ms" "p99 ms" "buffers new" "GCs" "GC pause ms"

for scheduler in virtual work-stealing pool; do
    for allocator in general pooled arena; do
        profile="$WORK/$scheduler-$allocator.toml"
        { echo "[scheduler]"; echo "impl = \"$scheduler\""
          echo "[allocator]"; echo "impl = \"$allocator\""
          echo "[io]"; echo "impl = \"blocking\""
          echo "[tier]"; echo "impl = \"tiered\""; } > "$profile"
        gc="$WORK/gc-$scheduler-$allocator.log"
        # TLANG_AOT=0: the extra JVM option would train an AOT cache of its own in the background, during the measurement
        TLANG_AOT=0 TLANG_JAVA_OPTS="-Xlog:gc:file=$gc" start_service "$WORK/service.out" "$WORK/service.err" \
            ./tlang run --profile "$profile" bench/subsystems/files.t 0 "$WORK/data"
        "${LOAD[@]}" --url "$URL/file/{i}" --rate "$RATE" --duration 3 --clients "$CLIENTS" >/dev/null   # warm-up
        before=$(./tlang admin --pid "$SERVICE_PID" status | grep -o 'allocations=[0-9]*' | head -1 | cut -d= -f2)
        reused0=$(./tlang admin --pid "$SERVICE_PID" status | grep -o 'reused=[0-9]*' | head -1 | cut -d= -f2 || true)
        chunks0=$(./tlang admin --pid "$SERVICE_PID" status | grep -o 'chunks=[0-9]*' | head -1 | cut -d= -f2 || true)
        gcs0=$(grep -c 'Pause' "$gc" || true)
        result=$("${LOAD[@]}" --url "$URL/file/{i}" --rate "$RATE" --duration "$SECONDS_" --clients "$CLIENTS" --expect ' ' | grep '^RESULT')
        status=$(./tlang admin --pid "$SERVICE_PID" status)
        after=$(echo "$status" | grep -o 'allocations=[0-9]*' | head -1 | cut -d= -f2)
        reused=$(echo "$status" | grep -o 'reused=[0-9]*' | head -1 | cut -d= -f2 || true)
        chunks=$(echo "$status" | grep -o 'chunks=[0-9]*' | head -1 | cut -d= -f2 || true)
        stop_service
        ok=$(echo "$result" | grep -o ' ok=[0-9]*' | cut -d= -f2)
        failed=$(echo "$result" | grep -o 'failed=[0-9]*' | cut -d= -f2)
        p50=$(echo "$result" | grep -o 'p50_ms=[0-9.]*' | cut -d= -f2)
        p99=$(echo "$result" | grep -o 'p99_ms=[0-9.]*' | cut -d= -f2)
        fresh=$(( after - before - ${reused:-0} + ${reused0:-0} ))   # buffers the system had to give
        [ -z "$chunks" ] || fresh=$(( chunks - chunks0 ))             # arena: the system gives chunks, buffers are bumped out of them
        gcs=$(( $(grep -c 'Pause' "$gc" || true) - gcs0 ))
        pause=$(grep 'Pause' "$gc" | tail -n "$gcs" | grep -o '[0-9.]*ms$' | tr -d 'ms' | paste -sd+ | bc 2>/dev/null || echo 0)
        [ "$gcs" -gt 0 ] || pause=0
        printf '%-26s %10.0f %9s %9s %12s %8s %12s%s\n' "$scheduler / $allocator" "$(echo "$ok / $SECONDS_" | bc -l)" "$p50" "$p99" \
            "$fresh" "$gcs" "$pause" "$([ "$failed" = 0 ] || echo "  ($failed failed)")"
    done
done
