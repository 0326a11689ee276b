#!/usr/bin/env bash
# Interpreter benchmarks: each program in T (interpreter tier), plain Java and CPython 3, in one run.
# Times are measured inside each program around the workload (no start-up), medians of RUNS runs;
# stdout of the three must agree. Whole-process medians are printed too.
#   bench/interp.sh [RUNS] [NAME...]
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
PY=$(command -v python3 || true)

# name, argument, Java class
BENCHES=("fib 30 Fib" "loop 10000000 Loop" "nbody 200000 Nbody" "spectralnorm 300 Spectralnorm" "fannkuch 9 Fannkuch" "binarytrees 16 Binarytrees")
[ $# -gt 0 ] && BENCHES=($( (for b in "${BENCHES[@]}"; do for want in "$@"; do [ "${b%% *}" = "$want" ] && echo "$b"; done; done || true) | tr '\n' '|' | tr ' ' '_' | tr '|' ' '))

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

# run LABEL CMD...: appends "inner wall" ms to $WORK/LABEL.times, stdout to $WORK/LABEL.out
run() {
    local label=$1; shift
    local t0 t1
    t0=$(date +%s%N)
    "$@" >"$WORK/$label.out" 2>"$WORK/$label.err" || { echo "$label failed:" >&2; cat "$WORK/$label.err" >&2; return 1; }
    t1=$(date +%s%N)
    echo "$(sed -n 's/^ms \([0-9]*\)$/\1/p' "$WORK/$label.err" | tail -1) $(( (t1 - t0) / 1000000 ))" >> "$WORK/$label.times"
}

printf '%-17s %9s %9s %9s %9s %9s   (medians of %s runs, ms inside the program; whole process in brackets)\n' \
    bench "T interp" Java CPython T/Java T/CPython "$RUNS"
for b in "${BENCHES[@]}"; do
    b=${b//_/ }
    set -- $b
    name=$1 arg=$2 class=$3
    for i in $(seq "$RUNS"); do
        run "$name.t" "$JAVA" -Xmx256m --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED \
            -Dtlang.home="$DIST" -cp "$DIST/lib/*" org.tlang.cli.Main run --tier interp "$HERE/$name.t" "$arg"
        run "$name.java" "$JAVA" -Xmx256m -cp "$WORK/classes" "$class" "$arg"
        [ -n "$PY" ] && run "$name.py" "$PY" "$HERE/python/$name.py" "$arg"
    done
    cmp -s "$WORK/$name.t.out" "$WORK/$name.java.out" || { echo "$name: T and Java disagree:" >&2; diff "$WORK/$name.t.out" "$WORK/$name.java.out" >&2 || true; }
    [ -n "$PY" ] && { cmp -s "$WORK/$name.t.out" "$WORK/$name.py.out" || { echo "$name: T and CPython disagree" >&2; diff "$WORK/$name.t.out" "$WORK/$name.py.out" >&2 || true; }; }
    t=$(awk '{print $1}' "$WORK/$name.t.times" | median); tw=$(awk '{print $2}' "$WORK/$name.t.times" | median)
    j=$(awk '{print $1}' "$WORK/$name.java.times" | median); jw=$(awk '{print $2}' "$WORK/$name.java.times" | median)
    p=-; pw=-
    [ -n "$PY" ] && { p=$(awk '{print $1}' "$WORK/$name.py.times" | median); pw=$(awk '{print $2}' "$WORK/$name.py.times" | median); }
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == "-" || b + 0 == 0) print "-"; else printf "%.2fx", a / b }'; }
    printf '%-17s %9s %9s %9s %9s %9s   [%s %s %s]\n' "$name $arg" "$t" "$j" "$p" "$(ratio "$t" "$j")" "$(ratio "$t" "$p")" "$tw" "$jw" "$pw"
done
