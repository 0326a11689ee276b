#!/usr/bin/env bash
# Start-up benchmark, in one run: whole-process wall time, median of RUNS runs of each case, the cases
# taken in turn round after round (so a machine that slows down slows them all alike):
#   - hello to its end: tlang (default profile, and --tier interp) through ./tlang as a user runs it
#     (with its AOT cache), beside plain Java, Python and Node where installed, with ratios to Java;
#   - the other short commands: tlang version, tlang check and tlang test of one small file, the REPL
#     started and quit at its prompt;
#   - what a std bundle costs a program that imports it: hello with `import std.http;`, with
#     `import std.fs;`, beside plain hello;
#   - where tlang's time goes: the launcher's phases and the boot's steps (TLANG_TIMING=1) of those
#     same runs, medians, and what is left outside them (the script, JVM start and exit).
#   bench/startup.sh [RUNS]
# The machine may be shared: compare figures taken in one sitting only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
RUNS=${1:-11}
cd "$ROOT"
DIST="$ROOT/distribution/target/tlang"
JAVA="$JAVA_HOME/bin/java"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Builds the runtime if it is stale or missing; then waits (up to 60 s each) for the AOT caches that
# ./tlang trains in the background after a build made elsewhere: the runtime's, then the light commands'.
./tlang run examples/hello.t >/dev/null
./tlang version >/dev/null
for kind in tlang light; do
    lock="$DIST/aot/.lock"; [ "$kind" = tlang ] || lock="$DIST/aot/.lock-$kind"
    for _ in $(seq 300); do
        compgen -G "$DIST/aot/$kind-*.aot" >/dev/null && [ ! -d "$lock" ] && break
        sleep 0.2
    done
done

# the programs
cat > "$WORK/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("Hello from Java!"); } }
JAVA
"$JAVA_HOME/bin/javac" -d "$WORK" "$WORK/Hello.java"
for module in http fs; do
    { echo "import std.$module;"; cat examples/hello.t; } > "$WORK/hello_$module.t"
done
cat > "$WORK/small.t" <<'T'
fn add(a: Int, b: Int) -> Int { a + b }

test fn adds() { assert_eq(add(2, 3), 5); }

test fn adds_negatives() { assert_eq(add(-2, -3), -5); }
T
PY=$(command -v python3 || true)
NODE=$(command -v node || true)

# the cases: a name, a function that runs it (stdout is thrown away, stderr kept for the phases)
c_hello()       { ./tlang run examples/hello.t; }
c_interp()      { ./tlang run --tier interp examples/hello.t; }
c_http()        { ./tlang run "$WORK/hello_http.t"; }
c_fs()          { ./tlang run "$WORK/hello_fs.t"; }
c_noaot()       { TLANG_AOT=0 ./tlang run examples/hello.t; }
c_jar()         { "$JAVA" -jar "$DIST/../tlang.jar" run examples/hello.t; }
c_java()        { "$JAVA" -cp "$WORK" Hello; }
c_python()      { "$PY" -c 'print("Hello from Python!")'; }
c_node()        { "$NODE" -e 'console.log("Hello from Node!")'; }
c_version()     { ./tlang version; }
c_check()       { ./tlang check "$WORK/small.t"; }
c_test()        { ./tlang test "$WORK/small.t"; }
c_repl()        { printf ':quit\n' | ./tlang repl; }
CASES=(hello interp http fs noaot jar java version check test repl)
[ -n "$PY" ] && CASES+=(python)
[ -n "$NODE" ] && CASES+=(node)

declare -A LABEL=(
    [hello]="tlang run hello.t" [interp]="tlang run --tier interp hello.t" [noaot]="  the same, TLANG_AOT=0"
    [jar]="java -jar tlang.jar run hello.t" [java]="java Hello (plain JVM)" [python]="python3 hello" [node]="node hello"
    [version]="tlang version" [check]="tlang check small.t" [test]="tlang test small.t" [repl]="tlang repl, to its prompt and :quit"
    [http]="hello + import std.http;" [fs]="hello + import std.fs;"
)

# one run of case $1 (round $2): its wall ms appended to $WORK/$1.times, its stderr kept as $WORK/$1.err.$2
once() {
    local t0 t1
    t0=$(date +%s%N)
    if ! TLANG_TIMING=1 "c_$1" >/dev/null 2>"$WORK/$1.err.$2"; then
        echo "$1 failed:" >&2; cat "$WORK/$1.err.$2" >&2; return 1
    fi
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 )) >> "$WORK/$1.times"
}

for name in "${CASES[@]}"; do once "$name" 0 || exit 1; rm -f "$WORK/$name.times"; done   # a warm-up each
for round in $(seq "$RUNS"); do
    for name in "${CASES[@]}"; do once "$name" "$round"; done
done

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
med() { [ -f "$WORK/$1.times" ] && median < "$WORK/$1.times" || echo -; }
spread() { [ -f "$WORK/$1.times" ] && echo "min $(sort -n "$WORK/$1.times" | head -1), max $(sort -n "$WORK/$1.times" | tail -1)" || echo; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.1fx", a / b }'; }
JAVA_MS=$(med java)
row() { printf '  %-38s %7s ms  %7s   (%s)\n' "${LABEL[$1]}" "$(med "$1")" "$(ratio "$(med "$1")" "$JAVA_MS")" "$(spread "$1")"; }
has() { [[ " ${CASES[*]} " == *" $1 "* ]]; }

echo "start-up, whole process, median of $RUNS runs (ratio to plain Java)"
echo "hello to its end:"
for name in hello interp noaot jar java python node; do has "$name" && row "$name"; done
echo "other short commands:"
for name in version check test repl; do row "$name"; done
echo "what a std bundle costs a program that imports it:"
for name in http fs; do
    printf '  %-38s %7s ms  %+6d ms beside plain hello\n' "${LABEL[$name]}" "$(med "$name")" $(( $(med "$name") - $(med hello) ))
done

# the phases: "timing NAME MS" lines on stderr, in the order they come; boot.* are the steps of boot
phase() { cat "$WORK/$1".err.[1-9]* 2>/dev/null | awk -v p="$2" '$1 == "timing" && $2 == p {print $3}' | median; }
PHASES=$(cat "$WORK/hello.err.1" | awk '$1 == "timing" {print $2}')
COLUMNS_=(hello interp http fs check test)
echo "where tlang's time goes (TLANG_TIMING=1, median ms; check's run is its compile, hello's is compile and run):"
printf '  %-26s' phase; for c in "${COLUMNS_[@]}"; do printf ' %8s' "$c"; done; echo
for p in $PHASES; do
    printf '  %-26s' "$p"; for c in "${COLUMNS_[@]}"; do printf ' %8s' "$(phase "$c" "$p")"; done; echo
done
# outside the phases: a run's wall time less its top-level phases (boot, compose, run, close)
printf '  %-26s' "outside (script, JVM, exit)"
for c in "${COLUMNS_[@]}"; do
    for round in $(seq "$RUNS"); do
        inside=$(awk '$1 == "timing" && $2 !~ /\./ {s += $3} END {print s + 0}' "$WORK/$c.err.$round")
        echo $(( $(sed -n "${round}p" "$WORK/$c.times") - inside ))
    done | median | xargs printf ' %8s'
done
echo
