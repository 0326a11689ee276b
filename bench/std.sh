#!/usr/bin/env bash
# Standard-library benchmarks, T beside its peers in one run, medians of REPS (default 5):
#   file copy of SIZE_MB (default 1024) through std.fs streams against `cp` (an in-kernel copy) and
#   against the same stream copy in plain Java (bench/std/CopyBench.java);
#   sha256 of 100 MiB through std.fs + std.crypto against `sha256sum`;
#   TCP echo of ECHO_MB (default 256) through a T echo server against a Java one (same Java client).
# Times are measured inside each program (T: std.time; the tools: the whole command, which has no
# start-up to speak of), so the T figures leave out the runtime's start-up.
#   bench/std.sh [REPS] [SIZE_MB] [ECHO_MB]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
REPS=${1:-5}
SIZE_MB=${2:-1024}
ECHO_MB=${3:-256}
cd "$ROOT"
./tlang version >/dev/null   # builds the runtime if it is missing
WORK=$(mktemp -d -p "${TMPDIR:-/tmp}")
SERVER=
cleanup() {
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "-"; else printf "%.2fx", a / b }'; }
ms_now() { echo $(( $(date +%s%N) / 1000000 )); }
t_ms() { sed -n 's/^ms \([0-9]*\)$/\1/p' "$1"; }

echo "bench/std.sh: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $REPS runs each"
head -c $((SIZE_MB << 20)) /dev/urandom > "$WORK/big"
"$JAVA_HOME/bin/javac" -d "$WORK/classes" bench/std/EchoBench.java bench/std/CopyBench.java
head -c $((100 << 20)) /dev/urandom > "$WORK/hundred"

: > "$WORK/copy.t"; : > "$WORK/copy.cp"; : > "$WORK/copy.java"
for _ in $(seq "$REPS"); do
    ./tlang run bench/std/copy.t "$WORK/big" "$WORK/copy-t" >/dev/null 2>"$WORK/err"; t_ms "$WORK/err" >> "$WORK/copy.t"
    cmp -s "$WORK/big" "$WORK/copy-t" || { echo "the T copy differs" >&2; exit 1; }
    rm -f "$WORK/copy-t"
    t0=$(ms_now); cp "$WORK/big" "$WORK/copy-cp"; t1=$(ms_now)
    echo $((t1 - t0)) >> "$WORK/copy.cp"; rm -f "$WORK/copy-cp"
    "$JAVA_HOME/bin/java" -cp "$WORK/classes" CopyBench "$WORK/big" "$WORK/copy-java" 2>"$WORK/err"; t_ms "$WORK/err" >> "$WORK/copy.java"
    rm -f "$WORK/copy-java"
done
T=$(median < "$WORK/copy.t"); C=$(median < "$WORK/copy.cp"); J=$(median < "$WORK/copy.java")
echo "copy ${SIZE_MB} MiB      T ${T} ms   cp ${C} ms   Java streams ${J} ms   T/cp $(ratio "$T" "$C")   T/Java $(ratio "$T" "$J")"

: > "$WORK/sha.t"; : > "$WORK/sha.sum"
for _ in $(seq "$REPS"); do
    ./tlang run bench/std/sha.t "$WORK/hundred" > "$WORK/sha-t.out" 2>"$WORK/err"; t_ms "$WORK/err" >> "$WORK/sha.t"
    t0=$(ms_now); sha256sum "$WORK/hundred" > "$WORK/sha-sum.out"; t1=$(ms_now); echo $((t1 - t0)) >> "$WORK/sha.sum"
    [ "$(cut -d' ' -f1 "$WORK/sha-sum.out")" = "$(cat "$WORK/sha-t.out")" ] || { echo "sha256 disagrees" >&2; exit 1; }
done
T=$(median < "$WORK/sha.t"); C=$(median < "$WORK/sha.sum")
echo "sha256 100 MiB    T ${T} ms   sha256sum ${C} ms   T/sha256sum $(ratio "$T" "$C")"

JAVA=("$JAVA_HOME/bin/java" -cp "$WORK/classes" EchoBench)
echo_server() {
    "$@" > "$WORK/server.out" 2>"$WORK/server.err" &
    SERVER=$!
    for _ in $(seq 300); do grep -q listening "$WORK/server.out" && break; sleep 0.1; done
    ADDR=$(sed -n 's/^listening //p' "$WORK/server.out")
    [ -n "$ADDR" ] || { cat "$WORK/server.err" >&2; exit 1; }
    "${JAVA[@]}" client "$ADDR" 16 >/dev/null 2>&1   # warm-up
}
stop_server() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=; }
for side in t java; do
    : > "$WORK/echo.$side"
    if [ $side = t ]; then echo_server ./tlang run bench/std/echo.t; else echo_server "${JAVA[@]}" server; fi
    for _ in $(seq "$REPS"); do "${JAVA[@]}" client "$ADDR" "$ECHO_MB" >/dev/null 2>"$WORK/err"; t_ms "$WORK/err" >> "$WORK/echo.$side"; done
    stop_server
done
T=$(median < "$WORK/echo.t"); J=$(median < "$WORK/echo.java")
echo "tcp echo ${ECHO_MB} MiB   T ${T} ms ($(( ECHO_MB * 1000 / (T > 0 ? T : 1) )) MiB/s)   Java ${J} ms   T/Java $(ratio "$T" "$J")"
