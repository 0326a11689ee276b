#!/usr/bin/env bash
# The wasm tier beside the interpreter, the JIT and plain Java: each bench/interp program compiled
# to WebAssembly and run on Chicory, the same program interpreted and on `jit`, and the Java
# version, in one run. Times are measured inside each program around the workload (ms, no start-up),
# medians of RUNS runs; the whole process in brackets. stdout must agree.
#   bench/wasm.sh [RUNS] [NAME...]
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS=${1:-3}; shift || true
printf '[scheduler]\nimpl = "virtual"\n\n[tier]\nimpl = "wasm"\n' > "$WORK/wasm.toml"   # it has no trace setting
printf '[scheduler]\nimpl = "virtual"\n\n[tier]\nimpl = "interp"\n' > "$WORK/interp.toml"
tier_profile jit

# small sizes: Chicory interprets WebAssembly
BENCHES=("fib 25 Fib" "loop 1000000 Loop" "nbody 20000 Nbody" "spectralnorm 100 Spectralnorm" "fannkuch 8 Fannkuch" "binarytrees 10 Binarytrees" "mandelbrot 200 Mandelbrot")
only_benches "$@"

printf '%-20s %9s %9s %9s %9s %11s %9s   (medians of %s runs, ms inside the program; whole process in brackets)\n' \
    bench "T wasm" "T interp" "T jit" Java wasm/interp wasm/Java "$RUNS"
for b in "${BENCHES[@]}"; do
    read -r name arg class <<<"$b"
    for i in $(seq "$RUNS"); do
        run "$name.wasm" t_on wasm "$name" "$arg"
        run "$name.interp" t_on interp "$name" "$arg"
        run "$name.jit" t_on jit "$name" "$arg"
        run "$name.java" java_prog "$class" "$arg"
    done
    agree "$name" "$name.wasm" "$name.interp" "$name.jit" "$name.java"
    w=$(column "$name.wasm" 1) t=$(column "$name.interp" 1) jt=$(column "$name.jit" 1) j=$(column "$name.java" 1)
    printf '%-20s %9s %9s %9s %9s %11s %9s   [%s %s %s %s]\n' "$name $arg" "$w" "$t" "$jt" "$j" "$(ratio "$w" "$t")" "$(ratio "$w" "$j")" \
        "$(column "$name.wasm" 2)" "$(column "$name.interp" 2)" "$(column "$name.jit" 2)" "$(column "$name.java" 2)"
done
