#!/usr/bin/env bash
# The cost of one foreign call from compiled T against plain Java calling the same C function
# through java.lang.foreign (bench/ffi/java): strlen (a Str copied to C per call) and getpid
# (nothing to marshal). Each program runs its loop of N calls REPS times in one process; steady
# state is the median of the last half of the repetitions, in ms a repetition and ns a call; the
# first repetition is in brackets. Ratios are against Java (goal: within 1.2x); stdout must agree.
#   bench/ffi.sh [REPS] [N]
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
REPS=${1:-10}
N=${2:-20000000}
FFI="$ROOT/bench/ffi"
tier_profile jit
tier_profile tiered
printf '\n[ffi]\nimpl = "panama"\n' | tee -a "$WORK/jit.toml" >> "$WORK/tiered.toml"
"$JAVA_HOME/bin/javac" -d "$WORK/ffi-classes" "$FFI"/java/*.java
java_ffi() { local class=$1; shift; "$JAVA" -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$WORK/ffi-classes" "$class" "$@"; }
t_ffi() { local tier=$1 name=$2; shift 2; tl --profile "$WORK/$tier.toml" --allow-ffi=libc.so.6 "$FFI/$name.t" "$@"; }

steady() { reps_ms "$1" | tail -n $((REPS - REPS / 2)) | median; }
first() { reps_ms "$1" | head -1; }
per_call() { awk -v ms="$1" -v n="$N" 'BEGIN { printf "%.1f", ms * 1e6 / n }'; }

printf '%-16s %8s %8s %8s %7s %7s %7s %9s %9s   (ms for %s calls, median of the last %s of %s repetitions; ns a call; first repetition in brackets)\n' \
    bench "T jit" "T tiered" Java jit/J tier/J "ns jit" "ns tiered" "ns Java" "$N" "$((REPS - REPS / 2))" "$REPS"
for b in "strlen Strlen" "getpid Getpid"; do
    read -r name class <<<"$b"
    run "$name.jit" t_ffi jit "$name" "$N" "$REPS"
    run "$name.tiered" t_ffi tiered "$name" "$N" "$REPS"
    run "$name.java" java_ffi "$class" "$N" "$REPS"
    agree "$name" "$name.java" "$name.jit" "$name.tiered"
    j=$(steady "$name.jit") t=$(steady "$name.tiered") v=$(steady "$name.java")
    printf '%-16s %8s %8s %8s %7s %7s %7s %9s %9s   [%s %s %s]\n' "$name" "$j" "$t" "$v" "$(ratio "$j" "$v")" "$(ratio "$t" "$v")" \
        "$(per_call "$j")" "$(per_call "$t")" "$(per_call "$v")" "$(first "$name.jit")" "$(first "$name.tiered")" "$(first "$name.java")"
done
