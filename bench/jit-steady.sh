#!/usr/bin/env bash
# Steady state of the JIT benchmarks: each program runs once per runtime, repeating its workload
# REPS times in that one process (T on the `jit` and `tiered` tiers, plain Java, Node.js; CPython
# too with CPYTHON=1, slow). Steady state is the median of the last half of the repetitions: the
# code is compiled and warm then. The first repetition (which pays for compiling and warming up) is
# in brackets. Ratios are against Java; stdout must agree.
#   bench/jit-steady.sh [REPS] [NAME...]
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
REPS=${1:-10}; shift || true
[ "${CPYTHON:-0}" = 1 ] || PY=
tier_profile jit
tier_profile tiered

# smaller sizes than bench/jit.sh: every workload runs REPS times
BENCHES=("fib 35 Fib" "loop 30000000 Loop" "nbody 1000000 Nbody" "spectralnorm 1000 Spectralnorm" "fannkuch 10 Fannkuch" "binarytrees 16 Binarytrees" "mandelbrot 2000 Mandelbrot"
    "jsontrip 100 Jsontrip" "strbuild 200 Strbuild" "wordcount 10 Wordcount" "pipeline 1000 Pipeline" "particles 10000 Particles")
only_benches "$@"

# steady LABEL: the median of the last half of the repetitions; first LABEL: the first repetition
steady() { if [ -f "$WORK/$1.err" ]; then reps_ms "$1" | tail -n $((REPS - REPS / 2)) | median; else echo -; fi; }
first() { if [ -f "$WORK/$1.err" ]; then reps_ms "$1" | head -1; else echo -; fi; }

printf '%-20s %8s %8s %8s %8s %8s %8s %8s %8s   (steady state: ms a repetition, median of the last %s of %s; first repetition in brackets)\n' \
    bench "T jit" "T tiered" Java Node CPython jit/Java tier/Java Node/Java "$((REPS - REPS / 2))" "$REPS"
for b in "${BENCHES[@]}"; do
    read -r name arg class <<<"$b"
    run "$name.jit" t_on jit "$name" "$arg" "$REPS"
    run "$name.tiered" t_on tiered "$name" "$arg" "$REPS"
    run "$name.java" java_prog "$class" "$arg" "$REPS"
    [ -n "$NODE" ] && run "$name.node" node_prog "$name" "$arg" "$REPS"
    [ -n "$PY" ] && run "$name.py" py_prog "$name" "$arg" "$REPS"
    agree "$name" "$name.java" "$name.jit" "$name.tiered" "$name.node" "$name.py"
    j=$(steady "$name.jit") t=$(steady "$name.tiered") v=$(steady "$name.java") n=$(steady "$name.node") p=$(steady "$name.py")
    printf '%-20s %8s %8s %8s %8s %8s %8s %8s %8s   [%s %s %s %s %s]\n' "$name $arg" "$j" "$t" "$v" "$n" "$p" \
        "$(ratio "$j" "$v")" "$(ratio "$t" "$v")" "$(ratio "$n" "$v")" \
        "$(first "$name.jit")" "$(first "$name.tiered")" "$(first "$name.java")" "$(first "$name.node")" "$(first "$name.py")"
done
