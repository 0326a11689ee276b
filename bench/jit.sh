#!/usr/bin/env bash
# JIT benchmarks: bench/interp's programs in T on the `jit` and `tiered` tiers and in plain Java, in
# one run. Times are measured inside each program around the workload (so they include compiling
# and warming up: whole runs, not steady state), medians of RUNS runs; stdout must agree. Ratios are
# T/Java. Whole-process medians are in brackets. The compile time of each function (from the
# tier's `trace` setting, first `jit` run) is printed after the table.
#   bench/jit.sh [RUNS] [NAME...]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
RUNS=${1:-3}; shift || true
cd "$ROOT"
./tlang version >/dev/null   # builds the runtime if it is missing
DIST="$ROOT/distribution/target/tlang"
HERE="$ROOT/bench/interp"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAVA="$JAVA_HOME/bin/java"
"$JAVA_HOME/bin/javac" -d "$WORK/classes" "$HERE"/java/*.java

# profiles: the tier with tracing on (compile times go to stderr)
for tier in jit tiered; do
    printf '[scheduler]\nimpl = "virtual"\n\n[tier]\nimpl = "%s"\ntrace = true\n' "$tier" > "$WORK/$tier.toml"
done

# name, argument, Java class
BENCHES=("fib 35 Fib" "loop 100000000 Loop" "nbody 5000000 Nbody" "spectralnorm 2000 Spectralnorm" "fannkuch 10 Fannkuch" "binarytrees 18 Binarytrees" "mandelbrot 4000 Mandelbrot")
[ $# -gt 0 ] && BENCHES=($(for b in "${BENCHES[@]}"; do for want in "$@"; do [ "${b%% *}" = "$want" ] && echo "$b" || true; done; done | tr '\n' '|' | tr ' ' '_' | tr '|' ' '))

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == "-" || b + 0 == 0) print "-"; else printf "%.2fx", a / b }'; }

# run LABEL CMD...: appends "inner wall" ms to $WORK/LABEL.times, stdout to $WORK/LABEL.out, stderr to $WORK/LABEL.err
run() {
    local label=$1; shift
    local t0 t1
    t0=$(date +%s%N)
    "$@" >"$WORK/$label.out" 2>"$WORK/$label.err" || { echo "$label failed:" >&2; cat "$WORK/$label.err" >&2; return 1; }
    t1=$(date +%s%N)
    echo "$(sed -n 's/^ms \([0-9]*\)$/\1/p' "$WORK/$label.err" | tail -1) $(( (t1 - t0) / 1000000 ))" >> "$WORK/$label.times"
}
tl() { "$JAVA" -Xmx1g --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED \
        -Dtlang.home="$DIST" -cp "$DIST/lib/*" org.tlang.cli.Main run "$@"; }

printf '%-22s %9s %9s %9s %10s %10s   (medians of %s runs, ms inside the program; whole process in brackets)\n' \
    bench "T jit" "T tiered" Java "jit/Java" "tiered/Java" "$RUNS"
for b in "${BENCHES[@]}"; do
    b=${b//_/ }
    set -- $b
    name=$1 arg=$2 class=$3
    for i in $(seq "$RUNS"); do
        run "$name.jit" tl --profile "$WORK/jit.toml" "$HERE/$name.t" "$arg"
        [ "$i" = 1 ] && cp "$WORK/$name.jit.err" "$WORK/$name.compiles"
        run "$name.tiered" tl --profile "$WORK/tiered.toml" "$HERE/$name.t" "$arg"
        run "$name.java" "$JAVA" -Xmx1g -cp "$WORK/classes" "$class" "$arg"
    done
    for t in jit tiered; do
        cmp -s "$WORK/$name.$t.out" "$WORK/$name.java.out" || { echo "$name: T $t and Java disagree:" >&2; diff "$WORK/$name.$t.out" "$WORK/$name.java.out" >&2 || true; }
    done
    j=$(awk '{print $1}' "$WORK/$name.jit.times" | median); jw=$(awk '{print $2}' "$WORK/$name.jit.times" | median)
    t=$(awk '{print $1}' "$WORK/$name.tiered.times" | median); tw=$(awk '{print $2}' "$WORK/$name.tiered.times" | median)
    v=$(awk '{print $1}' "$WORK/$name.java.times" | median); vw=$(awk '{print $2}' "$WORK/$name.java.times" | median)
    printf '%-22s %9s %9s %9s %10s %10s   [%s %s %s]\n' "$name $arg" "$j" "$t" "$v" "$(ratio "$j" "$v")" "$(ratio "$t" "$v")" "$jw" "$tw" "$vw"
done
echo
echo "compile time per function (jit tier, first run):"
for b in "${BENCHES[@]}"; do
    b=${b//_/ }
    name=${b%% *}
    sed -n 's/^jit: compiled \([^ ]*\) in \([0-9.]*\) ms (\([0-9]*\) bytes.*/  \1 \2 ms (\3 bytes)/p; s/^jit: \([^ ]*\) stays interpreted: \(.*\)/  \1 interpreted: \2/p' "$WORK/$name.compiles"
done
