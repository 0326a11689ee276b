# Sourced by bench/interp.sh, bench/jit.sh and bench/jit-steady.sh: finds the JDK, builds the
# runtime if it is missing, compiles the Java versions of bench/interp's programs, and gives the
# helpers below. Each program takes `N [REPS]`, prints its result on stdout once and `ms N` (the time
# of one repetition of the workload) on stderr per repetition.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
cd "$ROOT"
[ "${TLANG_BUILD:-1}" = 0 ] || ./tlang version >/dev/null   # builds the runtime if it is missing (TLANG_BUILD=0: use it as built)
DIST=${TLANG_DIST:-$ROOT/distribution/target/tlang}   # TLANG_DIST: another built distribution (to compare two builds)
HERE="$ROOT/bench/interp"
JAVA="$JAVA_HOME/bin/java"
PY=$(command -v python3 || true)
NODE=$(command -v node || true)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$JAVA_HOME/bin/javac" -d "$WORK/classes" "$HERE"/java/*.java

# only_benches NAME...: keeps the entries of BENCHES ("name argument JavaClass") that are named (all if none is)
only_benches() {
    [ $# -eq 0 ] && return
    local keep=() b want
    for b in "${BENCHES[@]}"; do
        for want in "$@"; do [ "${b%% *}" = "$want" ] && keep+=("$b"); done
    done
    BENCHES=("${keep[@]}")
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.2fx", a / b }'; }

# run LABEL CMD...: runs CMD with stdout to $WORK/LABEL.out and stderr to $WORK/LABEL.err, and appends
# "ms-of-the-last-repetition whole-process-ms" to $WORK/LABEL.times
run() {
    local label=$1; shift
    local t0 t1
    t0=$(date +%s%N)
    "$@" >"$WORK/$label.out" 2>"$WORK/$label.err" || { echo "$label failed:" >&2; cat "$WORK/$label.err" >&2; return 1; }
    t1=$(date +%s%N)
    echo "$(reps_ms "$label" | tail -1) $(( (t1 - t0) / 1000000 ))" >> "$WORK/$label.times"
}

# reps_ms LABEL: the ms of each repetition of LABEL's last run, one a line
reps_ms() { sed -n 's/^ms \([0-9]*\)$/\1/p' "$WORK/$1.err"; }

# column LABEL FIELD: the median of FIELD (1: inside the program, 2: whole process) over LABEL's runs; "-" if none
column() { if [ -f "$WORK/$1.times" ]; then awk -v f="$2" '{print $f}' "$WORK/$1.times" | median; else echo -; fi; }

# agree NAME LABEL...: warns when a label's stdout differs from the first one's
agree() {
    local name=$1 first=$2 other; shift 2
    for other in "$@"; do
        [ -f "$WORK/$other.out" ] || continue
        cmp -s "$WORK/$first.out" "$WORK/$other.out" ||
            { echo "$name: ${first#*.} and ${other#*.} disagree:" >&2; diff "$WORK/$first.out" "$WORK/$other.out" >&2 || true; }
    done
}

# tier_profile TIER [TRACE]: writes $WORK/TIER.toml, a profile running T on that tier (compile trace on stderr if TRACE is true)
tier_profile() {
    printf '[scheduler]\nimpl = "virtual"\n\n[tier]\nimpl = "%s"\ntrace = %s\n' "$1" "${2:-false}" > "$WORK/$1.toml"
}

# the runtimes, each taking the program's name and then its arguments
tl() { "$JAVA" -Xmx1g --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED \
        -Dtlang.home="$DIST" -cp "$DIST/lib/*" org.tlang.cli.Main run "$@"; }
t_on() { local tier=$1 name=$2; shift 2; tl --profile "$WORK/$tier.toml" "$HERE/$name.t" "$@"; }
java_prog() { local class=$1; shift; "$JAVA" -Xmx1g -cp "$WORK/classes" "$class" "$@"; }
node_prog() { local name=$1; shift; "$NODE" "$HERE/js/$name.js" "$@"; }
py_prog() { local name=$1; shift; "$PY" "$HERE/python/$name.py" "$@"; }
