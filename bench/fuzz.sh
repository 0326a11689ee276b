#!/usr/bin/env bash
# Fuzzes the T front end (lexer, parser, checker, lowering) with token-level mutations of the
# repository's T programs, for as long as asked; the unit suite runs the same fuzzer for a bounded
# time (FrontEndFuzzTest). A crash prints the failure and the minimised input and exits 1: keep the
# input as a regression case in runtime-kernel/kernel/src/test/resources/fuzz-crashers/NAME.t.
#   bench/fuzz.sh [SECONDS] [SEED]        (defaults: 600 s, seed 1; Maven options in MVN_ARGS, e.g. -o)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
cd "$ROOT"
SECONDS_ASKED=${1:-600}
SEED=${2:-1}
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
# shellcheck disable=SC2086
mvn -B -ntp -q ${MVN_ARGS:-} -pl runtime-kernel/kernel -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >&2
KERNEL="$ROOT/runtime-kernel/kernel/target"
exec "$JAVA_HOME/bin/java" -cp "$KERNEL/classes:$KERNEL/test-classes:$(cat "$CP_FILE")" \
    org.tlang.lang.fuzz.FrontEndFuzzer "$SECONDS_ASKED" "$SEED"
