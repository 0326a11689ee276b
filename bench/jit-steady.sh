#!/usr/bin/env bash
# Steady state of the JIT benchmarks: each program run RUNS times in one process (T through the
# embedding API with the jit or tiered profile, Java by calling main again), median of the last
# half of the runs: compiled and warmed, unlike bench/jit.sh's whole runs. Ratios are T/Java.
#   bench/jit-steady.sh [RUNS] [NAME...]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
RUNS=${1:-6}; shift || true
cd "$ROOT"
./tlang version >/dev/null
DIST="$ROOT/distribution/target/tlang"
HERE="$ROOT/bench/interp"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAVA="$JAVA_HOME/bin/java"
"$JAVA_HOME/bin/javac" -d "$WORK/classes" "$HERE"/java/*.java "$ROOT/bench/steady/JavaSteady.java"
"$JAVA_HOME/bin/javac" -d "$WORK/tclasses" -cp "$DIST/lib/*" "$ROOT/bench/steady/Steady.java"
for tier in jit tiered; do
    printf '[scheduler]\nimpl = "virtual"\n\n[tier]\nimpl = "%s"\n' "$tier" > "$WORK/$tier.toml"
done
# smaller sizes than bench/jit.sh: every program runs RUNS times per process
BENCHES=("fib 32 Fib" "loop 30000000 Loop" "nbody 1000000 Nbody" "spectralnorm 1000 Spectralnorm" "fannkuch 9 Fannkuch" "binarytrees 16 Binarytrees" "mandelbrot 2000 Mandelbrot")
[ $# -gt 0 ] && BENCHES=($(for b in "${BENCHES[@]}"; do for want in "$@"; do [ "${b%% *}" = "$want" ] && echo "$b" || true; done; done | tr '\n' '|' | tr ' ' '_' | tr '|' ' '))
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "-"; else printf "%.2fx", a / b }'; }
tl() { "$JAVA" -Xmx1g --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED \
        -Dtlang.home="$DIST" -cp "$DIST/lib/*:$WORK/tclasses" Steady "$DIST" "$@"; }
printf '%-22s %9s %9s %9s %10s %10s   (steady state: ms per run, median of the last %s of %s runs in one process)\n' \
    bench "T jit" "T tiered" Java "jit/Java" "tiered/Java" "$((RUNS - RUNS / 2))" "$RUNS"
for b in "${BENCHES[@]}"; do
    b=${b//_/ }
    set -- $b
    name=$1 arg=$2 class=$3
    j=$(tl "$WORK/jit.toml" "$HERE/$name.t" "$arg" "$RUNS" | sed -n 's/.* steady //p')
    t=$(tl "$WORK/tiered.toml" "$HERE/$name.t" "$arg" "$RUNS" | sed -n 's/.* steady //p')
    v=$("$JAVA" -Xmx1g -cp "$WORK/classes" JavaSteady "$class" "$arg" "$RUNS" | sed -n 's/.* steady //p')
    printf '%-22s %9s %9s %9s %10s %10s\n' "$name $arg" "$j" "$t" "$v" "$(ratio "$j" "$v")" "$(ratio "$t" "$v")"
done
