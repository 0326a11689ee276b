#!/usr/bin/env bash
# Allocator bundles side by side (bench/allocators/AllocBench.java): allocate, touch and release one
# buffer per round, as a file opened and closed per request does, medians of 5 in ns per round.
#   bench/allocators.sh [SIZE] [ROUNDS]        defaults: 65536 100000
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
cd "$ROOT"
./tlang version >/dev/null   # builds the runtime if it is missing
B="$ROOT/distribution/target/tlang/bundles"
CP="$(ls "$ROOT"/distribution/target/tlang/lib/tlang-api*.jar | head -1):$B/tlang-memory-general.jar:$B/tlang-memory-pooled.jar"
# (the source launcher warns that the DS annotations the bundles were compiled with are not on this path)
"$JAVA_HOME/bin/java" -cp "$CP" bench/allocators/AllocBench.java "${1:-65536}" "${2:-100000}" 2> >(grep -v "unknown enum constant\|^[0-9]* warnings\?$\|reason: class file for org.osgi" >&2)
