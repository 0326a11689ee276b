#!/usr/bin/env bash
# JIT benchmarks: bench/interp's programs in T on the `jit` and `tiered` tiers, in plain Java, in
# Node.js and in CPython, in one run. Each program runs its workload once (REPS 1) and times it
# inside (so T's times include compiling and warming up: whole runs, not steady state; see
# bench/jit-steady.sh for that); medians of RUNS runs (5 by default), CPython only one run (it adds many minutes at these
# sizes; CPYTHON=0 leaves it out); stdout must agree. Ratios are
# against Java. Whole-process medians in brackets. The compile time of each function (from the
# tier's `trace` setting, first `jit` run) follows, then the time to the first compiled call on
# each tier (when the first compiled function was installed, in ms after the JVM started).
#   bench/jit.sh [RUNS] [NAME...]
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS=${1:-5}; shift || true
[ "${CPYTHON:-1}" = 0 ] && PY=
tier_profile jit true
tier_profile tiered true

# sizes at which plain Java takes about 2 s as a whole process (2 cores), but loop: its sum must stay within
# the 53 bits of a JavaScript number (at 2e9 Node prints another sum); the last five are what real programs look like
BENCHES=("fib 44 Fib" "loop 200000000 Loop" "nbody 25000000 Nbody" "spectralnorm 5500 Spectralnorm" "fannkuch 11 Fannkuch"
    "binarytrees 20 Binarytrees" "mandelbrot 6000 Mandelbrot" "jsontrip 1500 Jsontrip" "strbuild 3000 Strbuild"
    "wordcount 200 Wordcount" "pipeline 10000 Pipeline" "particles 120000 Particles")
only_benches "$@"

printf '%-20s %8s %8s %8s %8s %8s %8s %8s %8s   (medians of %s runs, ms inside the program; whole process in brackets)\n' \
    bench "T jit" "T tiered" Java Node CPython jit/Java tier/Java Node/Java "$RUNS"
for b in "${BENCHES[@]}"; do
    read -r name arg class <<<"$b"
    for i in $(seq "$RUNS"); do
        run "$name.jit" t_on jit "$name" "$arg"
        [ "$i" = 1 ] && cp "$WORK/$name.jit.err" "$WORK/$name.compiles"
        run "$name.tiered" t_on tiered "$name" "$arg"
        [ "$i" = 1 ] && cp "$WORK/$name.tiered.err" "$WORK/$name.tiered.compiles"
        run "$name.java" java_prog "$class" "$arg"
        [ -n "$NODE" ] && run "$name.node" node_prog "$name" "$arg"
        [ -n "$PY" ] && [ "$i" = 1 ] && run "$name.py" py_prog "$name" "$arg"
    done
    agree "$name" "$name.java" "$name.jit" "$name.tiered" "$name.node" "$name.py"
    j=$(column "$name.jit" 1) t=$(column "$name.tiered" 1) v=$(column "$name.java" 1) n=$(column "$name.node" 1) p=$(column "$name.py" 1)
    printf '%-20s %8s %8s %8s %8s %8s %8s %8s %8s   [%s %s %s %s %s]\n' "$name $arg" "$j" "$t" "$v" "$n" "$p" \
        "$(ratio "$j" "$v")" "$(ratio "$t" "$v")" "$(ratio "$n" "$v")" \
        "$(column "$name.jit" 2)" "$(column "$name.tiered" 2)" "$(column "$name.java" 2)" "$(column "$name.node" 2)" "$(column "$name.py" 2)"
done
echo
echo "compile time per function (jit tier, first run):"
for b in "${BENCHES[@]}"; do
    sed -n 's/^jit: compiled \([^ ]*\) in \([0-9.]*\) ms (\([0-9]*\) bytes.*/  \1 \2 ms (\3 bytes)/p; s/^jit: \([^ ]*\) stays interpreted: \(.*\)/  \1 interpreted: \2/p' "$WORK/${b%% *}.compiles"
done
echo
echo "time to the first compiled call (ms after the JVM started, first run):"
first_compiled() { sed -n 's/^jit: compiled .*, \([0-9]*\) ms after the JVM started$/\1/p' "$1" | head -1; }
for b in "${BENCHES[@]}"; do
    name=${b%% *}
    printf '  %-14s jit %6s   tiered %6s\n' "$name" "$(first_compiled "$WORK/$name.compiles")" "$(first_compiled "$WORK/$name.tiered.compiles")"
done
