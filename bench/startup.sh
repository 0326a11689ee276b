#!/usr/bin/env bash
# Startup benchmark: wall time of `./tlang run examples/hello.t` (median of N runs; the script as a
# user runs it, with its AOT cache, and without), the launcher's own phases and the steps of the boot
# (TLANG_TIMING=1), and the same hello in plain Java, Python and Node where installed.
#   bench/startup.sh [RUNS]
# The machine may be shared: compare figures taken in one sitting only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
RUNS=${1:-11}
cd "$ROOT"
./tlang version >/dev/null   # builds the runtime if it is missing, and starts training its AOT cache
DIST="$ROOT/distribution/target/tlang"
for _ in $(seq 300); do   # wait (up to 60 s) for the AOT cache a build elsewhere left to ./tlang to train
    compgen -G "$DIST/aot/tlang-*.aot" >/dev/null && [ ! -d "$DIST/aot/.lock" ] && break
    sleep 0.2
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# ms of wall time for one run of "$@"
wall_ms() {
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>"$WORK/err"; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
}

measure() {
    local name=$1; shift
    "$@" >/dev/null 2>&1 || { echo "$name: failed to run" >&2; return; }
    local i
    for i in $(seq "$RUNS"); do wall_ms "$@"; done > "$WORK/$name.times"
    printf '%-28s median %6s ms  (min %s, max %s, %s runs)\n' "$name" "$(median < "$WORK/$name.times")" \
        "$(sort -n "$WORK/$name.times" | head -1)" "$(sort -n "$WORK/$name.times" | tail -1)" "$RUNS"
}

JAVA="$JAVA_HOME/bin/java"
TLANG=("$JAVA" --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED -Dtlang.home="$DIST" -cp "$DIST/lib/*" org.tlang.cli.Main)

measure "./tlang run hello.t" ./tlang run examples/hello.t
measure "  the same, TLANG_AOT=0" env TLANG_AOT=0 ./tlang run examples/hello.t
measure "java (no script, no AOT)" "${TLANG[@]}" run examples/hello.t
measure "java -jar tlang.jar" "$JAVA" -jar "$ROOT/distribution/target/tlang.jar" run examples/hello.t

# The launcher's own phase timings (TLANG_TIMING=1): kernel boot (and its steps), profile, compile+run.
for i in $(seq "$RUNS"); do TLANG_TIMING=1 ./tlang run examples/hello.t 2>&1 >/dev/null | grep '^timing' ; done > "$WORK/phases"
for phase in boot.framework boot.platform boot.install boot.logging boot.start boot.kernel boot compose run close; do
    printf '  %-26s median %6s ms\n' "phase: $phase" "$(awk -v p="$phase" '$2==p {print $3}' "$WORK/phases" | median)"
done

cat > "$WORK/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("Hello from Java!"); } }
JAVA
"$JAVA_HOME/bin/javac" -d "$WORK" "$WORK/Hello.java"
measure "java Hello (plain JVM)" "$JAVA" -cp "$WORK" Hello
if command -v python3 >/dev/null; then measure "python3 hello" python3 -c 'print("Hello from Python!")'; fi
if command -v node >/dev/null; then measure "node hello" node -e 'console.log("Hello from Node!")'; fi
