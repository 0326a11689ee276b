#!/usr/bin/env bash
# Cluster benchmark, in one run: a three-member Hazelcast cluster on loopback, first of three tlang
# runtimes (bench/cluster/bench.t measures, two bench/cluster/worker.t serve), then of three plain
# Java programs on the same Hazelcast (bench/cluster/ClusterBench.java). Each measures N remote
# spawn round trips one at a time (square(i) on another member) and N map inserts then N gets.
#   bench/cluster.sh [N]     default 2000
# All members share the machine's cores: compare figures taken in one sitting only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
N=${1:-2000}
cd "$ROOT"
./tlang version >/dev/null   # builds the runtime if it is missing
WORK=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
P=(15701 15702 15703)
for port in "${P[@]}"; do
    { sed 's/^start-timeout-ms = .*/start-timeout-ms = 60000/' distribution/target/tlang/profiles/default.toml
      printf '\n[cluster]\nimpl = "hazelcast"\nname = "bench-t"\nmembers = ["127.0.0.1:%s", "127.0.0.1:%s", "127.0.0.1:%s"]\nport = %s\nport-count = 1\n' \
          "${P[0]}" "${P[1]}" "${P[2]}" "$port"; } > "$WORK/$port.toml"
done
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); N = $N"
for port in "${P[1]}" "${P[2]}"; do
    ./tlang run --profile "$WORK/$port.toml" bench/cluster/worker.t > "$WORK/w$port" 2>&1 &
    PIDS+=($!)
done
./tlang run --profile "$WORK/${P[0]}.toml" bench/cluster/bench.t "$N" 2>/dev/null | grep '^t '
for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
PIDS=()
HZ="$ROOT/distribution/target/tlang/std/hazelcast.jar"
J=(15711 15712 15713)
for port in "${J[1]}" "${J[2]}"; do
    "$JAVA_HOME/bin/java" -cp "$HZ" bench/cluster/ClusterBench.java serve "$port" "${J[@]}" > "$WORK/j$port" 2>&1 &
    PIDS+=($!)
done
"$JAVA_HOME/bin/java" -cp "$HZ" bench/cluster/ClusterBench.java bench "$N" "${J[0]}" "${J[@]}" 2>/dev/null | grep '^java '
