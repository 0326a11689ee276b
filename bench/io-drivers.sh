#!/usr/bin/env bash
# I/O-driver benchmark, in one run: the same line-echo server (bench/subsystems/echo.t, std.net, a task
# per connection) under `blocking` and `nio` (and nio with one loop), driven by bench/load/EchoLoad.java:
# CLIENTS connections each sending a line and awaiting its echo as fast as it comes. Per driver:
# round trips per second, p50 and p99 latency, the server's threads at the end (from /proc), and the
# driver's own counts (nio: parks and wake-ups).
#   bench/io-drivers.sh [CLIENTS] [SECONDS]     defaults: 200 connections, 10 s
# The load generator shares the cores: compare figures taken in one sitting only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
CLIENTS=${1:-200}
SECONDS_=${2:-10}
cd "$ROOT"
./tlang version >/dev/null   # builds the runtime if it is missing
WORK=$(mktemp -d)
PID=
trap '[ -z "$PID" ] || kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
"$JAVA_HOME/bin/javac" -d "$WORK/load" bench/load/EchoLoad.java
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $CLIENTS connections for $SECONDS_ s"
printf '%-16s %14s %9s %9s %9s  %s\n' "io driver" "round trips/s" "p50 ms" "p99 ms" "threads" "driver counts"
for choice in "blocking" "nio" "nio loops=1"; do
    impl=${choice%% *}
    profile="$WORK/$impl.toml"
    { echo "[scheduler]"; echo "impl = \"virtual\""
      echo "[allocator]"; echo "impl = \"general\""
      echo "[io]"; echo "impl = \"$impl\""; [ "$choice" = "nio loops=1" ] && echo "loops = 1"
      echo "[tier]"; echo "impl = \"tiered\""; } > "$profile"
    TLANG_AOT=0 ./tlang run --profile "$profile" bench/subsystems/echo.t > "$WORK/out" 2> "$WORK/err" &
    PID=$!
    port=
    for _ in $(seq 300); do
        port=$(grep -o 'echo on 127\.0\.0\.1:[0-9]*' "$WORK/out" 2>/dev/null | cut -d: -f2 || true)
        [ -n "$port" ] && break
        sleep 0.1
    done
    [ -n "$port" ] || { cat "$WORK/err"; exit 1; }
    "$JAVA_HOME/bin/java" -cp "$WORK/load" EchoLoad 127.0.0.1 "$port" "$CLIENTS" 2 >/dev/null   # warm-up
    result=$("$JAVA_HOME/bin/java" -cp "$WORK/load" EchoLoad 127.0.0.1 "$port" "$CLIENTS" "$SECONDS_")
    threads=$(ls "/proc/$PID/task" 2>/dev/null | wc -l)
    counts=$(./tlang admin --pid "$PID" status | grep -o 'parks=[0-9]*\|wakeups=[0-9]*\|connections=[0-9]*' | tr '\n' ' ' || true)
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
    ok=$(echo "$result" | grep -o ' ok=[0-9]*' | cut -d= -f2)
    failed=$(echo "$result" | grep -o 'failed=[0-9]*' | cut -d= -f2)
    printf '%-16s %14.0f %9s %9s %9s  %s%s\n' "$choice" "$(echo "$ok / $SECONDS_" | bc -l)" \
        "$(echo "$result" | grep -o 'p50_ms=[0-9.]*' | cut -d= -f2)" "$(echo "$result" | grep -o 'p99_ms=[0-9.]*' | cut -d= -f2)" \
        "$threads" "$counts" "$([ "$failed" = 0 ] || echo "  ($failed failed)")"
done
