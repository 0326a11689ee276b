#!/usr/bin/env bash
# HTTP round trips per second, T beside plain Java on Jetty 12 in one run, medians of REPS (default 5).
# Every request is a keep-alive HTTP/1.1 `GET /hello` answered 200 "hello\n" (text/plain), checked.
#   (a) servers: bench/http/server.t (std.http.serve with a Router) against a plain Jetty 12 server
#       with the same handler (bench/http/HttpRtBench.java `server`, configured as std.http's own:
#       blocking handlers on virtual threads), both driven by the same fixed Java client (Jetty's
#       HttpClient, CLIENTS virtual threads sharing REQUESTS GETs); each server gets one untimed
#       driver run first, then the runs alternate between the two servers.
#   (b) clients: bench/http/client.t (std.http.get in a loop on one task, then shared by TASKS
#       spawned tasks) against the Java server, beside the same loops in Java with the JDK HttpClient
#       (`jdk`) and with Jetty's HttpClient (`jetty`, the client std.http is built on). Each program
#       makes REQUESTS/4 untimed GETs first, then times REQUESTS.
# Times are measured inside each program (T: std.time; Java: System.nanoTime), so the T figures leave
# out the runtime's start-up. Client and server share the machine's cores: compare figures of one
# run only. Ratios are of requests/s, T's over the peer's (below 1: T serves or asks fewer).
#   bench/http-rt.sh [REPS] [REQUESTS] [CLIENTS] [TASKS]      defaults: 5 20000 16 8
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/jdk.sh"
tlang_find_jdk
REPS=${1:-5}
REQUESTS=${2:-20000}
CLIENTS=${3:-16}
TASKS=${4:-8}
WARM=$((REQUESTS / 4))
cd "$ROOT"
./tlang version >/dev/null   # builds the runtime if it is missing
DIST="$ROOT/distribution/target/tlang"
WORK=$(mktemp -d -p "${TMPDIR:-/tmp}")
SERVERS=()
cleanup() {
    local pid
    for pid in "${SERVERS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
    rm -rf "$WORK"
}
trap cleanup EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
rate() { awk -v n="$REQUESTS" -v ms="$1" 'BEGIN { if (ms + 0 == 0) print "-"; else printf "%d", n * 1000 / ms }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "-"; else printf "%.2fx", a / b }'; }

# the Java side against the Jetty jars of the distribution (Jetty logs through slf4j: no provider, no logging)
CP="$WORK/classes:$(find "$DIST/bundles" -name 'jetty-*.jar' | sort | paste -sd:):$DIST/platform/slf4j-api.jar"
"$JAVA_HOME/bin/javac" -cp "$CP" -d "$WORK/classes" bench/http/HttpRtBench.java
JAVA=("$JAVA_HOME/bin/java" -cp "$CP" HttpRtBench)

echo "bench/http-rt.sh: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $REPS runs each, $REQUESTS GETs a run"

# server NAME CMD...: starts a server, waits for its "listening URL", sets URL_<NAME>
server() {
    local name=$1 url=; shift
    "$@" > "$WORK/$name.out" 2>"$WORK/$name.err" &
    SERVERS+=($!)
    for _ in $(seq 300); do
        url=$(sed -n 's/^listening //p' "$WORK/$name.out")
        [ -n "$url" ] && break
        sleep 0.1
    done
    [ -n "$url" ] || { echo "the $name server did not start:" >&2; cat "$WORK/$name.err" >&2; exit 1; }
    printf -v "URL_$name" '%s/hello' "$url"
}

# timed LABEL CMD...: runs a client, checks that every request was right, appends its ms to $WORK/LABEL.ms
timed() {
    local label=$1; shift
    "$@" > "$WORK/client.out" 2>"$WORK/client.err" || { echo "$label failed:" >&2; cat "$WORK/client.err" >&2; exit 1; }
    [ "$(cat "$WORK/client.out")" = "$REQUESTS" ] ||
        { echo "$label: $(cat "$WORK/client.out") of $REQUESTS requests were right" >&2; exit 1; }
    sed -n 's/^ms \([0-9]*\)$/\1/p' "$WORK/client.err" >> "$WORK/$label.ms"
}
ms() { median < "$WORK/$1.ms"; }

# (a) the servers, one fixed driver
server t ./tlang run bench/http/server.t
server java "${JAVA[@]}" server
drive() { "${JAVA[@]}" jetty "$1" "$CLIENTS" "$REQUESTS" "$WARM"; }
drive "$URL_t" >/dev/null 2>&1; drive "$URL_java" >/dev/null 2>&1   # warm-up runs
for _ in $(seq "$REPS"); do
    timed server.t drive "$URL_t"
    timed server.java drive "$URL_java"
done
kill "${SERVERS[0]}"; wait "${SERVERS[0]}" 2>/dev/null || true; SERVERS=("${SERVERS[1]}")
T=$(rate "$(ms server.t)"); J=$(rate "$(ms server.java)")
echo "server, $CLIENTS clients     T $T req/s   Jetty $J req/s   T/Jetty $(ratio "$T" "$J")"

# (b) the clients, against the Java server
for tasks in 1 "$TASKS"; do
    for _ in $(seq "$REPS"); do
        timed "client$tasks.t" ./tlang run bench/http/client.t "$URL_java" "$tasks" "$REQUESTS" "$WARM"
        timed "client$tasks.jdk" "${JAVA[@]}" jdk "$URL_java" "$tasks" "$REQUESTS" "$WARM"
        timed "client$tasks.jetty" "${JAVA[@]}" jetty "$URL_java" "$tasks" "$REQUESTS" "$WARM"
    done
    T=$(rate "$(ms "client$tasks.t")"); J=$(rate "$(ms "client$tasks.jdk")"); E=$(rate "$(ms "client$tasks.jetty")")
    [ "$tasks" = 1 ] && what="1 task " || what="$tasks tasks"
    echo "client, $what        T $T req/s   JDK HttpClient $J req/s   Jetty HttpClient $E req/s   T/JDK $(ratio "$T" "$J")   T/Jetty $(ratio "$T" "$E")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
