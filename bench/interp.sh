#!/usr/bin/env bash
# Interpreter benchmarks: each program in T (interpreter tier), plain Java and CPython 3, in one run.
# Times are measured inside each program around the workload (no start-up), medians of RUNS runs;
# stdout of the three must agree. Whole-process medians are printed too.
#   bench/interp.sh [RUNS] [NAME...]
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS=${1:-3}; shift || true

BENCHES=("fib 30 Fib" "loop 10000000 Loop" "nbody 200000 Nbody" "spectralnorm 300 Spectralnorm" "fannkuch 9 Fannkuch" "binarytrees 16 Binarytrees")
only_benches "$@"

printf '%-17s %9s %9s %9s %9s %9s   (medians of %s runs, ms inside the program; whole process in brackets)\n' \
    bench "T interp" Java CPython T/Java T/CPython "$RUNS"
for b in "${BENCHES[@]}"; do
    read -r name arg class <<<"$b"
    for i in $(seq "$RUNS"); do
        run "$name.t" tl --tier interp "$HERE/$name.t" "$arg"
        run "$name.java" java_prog "$class" "$arg"
        [ -n "$PY" ] && run "$name.py" py_prog "$name" "$arg"
    done
    agree "$name" "$name.t" "$name.java" "$name.py"
    t=$(column "$name.t" 1) j=$(column "$name.java" 1) p=$(column "$name.py" 1)
    printf '%-17s %9s %9s %9s %9s %9s   [%s %s %s]\n' "$name $arg" "$t" "$j" "$p" "$(ratio "$t" "$j")" "$(ratio "$t" "$p")" \
        "$(column "$name.t" 2)" "$(column "$name.java" 2)" "$(column "$name.py" 2)"
done
