#!/usr/bin/env bash
# Cost of one execute round trip into T: from Java (Context.execute with Values) and from C
# (tlang_execute through libtlang.so and JNI), each against a plain call of the same function in
# that language. A round trip is: make the arguments, call, read the result (and, in C, free it).
# Each figure is the median ns a call of 21 rounds of CALLS calls, after CALLS calls to warm up
# (the plain calls: 100 times as many). T runs on the default profile (tiered).
#   bench/embed.sh [CALLS]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
cd "$ROOT"
./tlang version >/dev/null   # builds the runtime if it is missing
CALLS=${1:-200000}
DIST="$ROOT/distribution/target/tlang"
HERE="$ROOT/bench/embed"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$JAVA_HOME/bin/javac" -d "$WORK/classes" -cp "$DIST/lib/*" "$HERE/EmbedBench.java"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
    -cp "$WORK/classes:$DIST/lib/*" EmbedBench "$DIST" "$CALLS" "$HERE" > "$WORK/java.txt"

SERVER="$JAVA_HOME/lib/server"
gcc -std=c11 -O2 -fPIC -shared -I"$DIST/c" -I"$JAVA_HOME/include" -I"$JAVA_HOME/include/linux" \
    -o "$WORK/libtlang.so" "$DIST/c/tlang.c" -L"$SERVER" -ljvm -Wl,-rpath,"$SERVER" -lpthread
gcc -std=c11 -O2 -I"$DIST/c" -o "$WORK/bench" "$HERE/bench.c" -L"$WORK" -ltlang -Wl,-rpath,"$WORK" -lpthread
"$WORK/bench" "$DIST" "$CALLS" "$HERE" > "$WORK/c.txt"

ns() { awk -v k="$1" '$1 == k { print $2 }' "$WORK/java.txt" "$WORK/c.txt"; }
printf '%-44s %10s\n' "round trip (median ns a call, $CALLS calls a round)" ns
printf '%-44s %10s\n' "Java: plain static method add(a, b)" "$(ns java-plain)"
printf '%-44s %10s\n' "Java: execute bench.add(Int, Int) -> Int" "$(ns java-add)"
printf '%-44s %10s\n' "Java: execute bench.greet(Str) -> Str" "$(ns java-greet)"
printf '%-44s %10s\n' "Java: execute bench.norm(Point) -> Float" "$(ns java-norm)"
printf '%-44s %10s\n' "C: plain call through a function pointer" "$(ns c-plain)"
printf '%-44s %10s\n' "C: tlang_execute bench.add(Int, Int) -> Int" "$(ns c-add)"
printf '%-44s %10s\n' "C: tlang_execute bench.greet(Str) -> Str" "$(ns c-greet)"
