#!/usr/bin/env bash
# Makes the API bundle as the sources have it now the released API that the build baselines
# against (runtime-kernel/api/baseline/tlang-api.jar; see the README there). Run it when an API
# is released, and commit the jar. Arguments go to Maven, e.g. -o to build offline.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
cd "$ROOT"
# Tests are skipped: the baseline test would reject the very change being released. A fixed
# timestamp makes the jar the same bytes for the same API, so an unchanged API leaves no diff;
# clean, because the jar plugin keeps a jar it finds up to date (with its old timestamps) and
# target/classes may hold classes whose sources are gone.
mvn -B -ntp -q -pl runtime-kernel/api -am clean package -DskipTests \
    -Dproject.build.outputTimestamp=1980-02-01T00:00:00Z "$@"
jars=(runtime-kernel/api/target/tlang-api-*.jar)
if [ ${#jars[@]} -ne 1 ] || [ ! -f "${jars[0]}" ]; then
    echo "api-baseline: expected one jar in runtime-kernel/api/target, found: ${jars[*]}" >&2
    exit 1
fi
mkdir -p runtime-kernel/api/baseline
cp "${jars[0]}" runtime-kernel/api/baseline/tlang-api.jar
echo "api-baseline: runtime-kernel/api/baseline/tlang-api.jar is now ${jars[0]##*/}; commit it" >&2
