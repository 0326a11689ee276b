# Sourced by bench/http.sh and bench/subsystems.sh: start_service OUT ERR CMD... runs a T service in
# the background, waits (up to 30 s) for the first http://127.0.0.1:PORT it prints on OUT, and sets
# SERVICE_PID and URL; if the service dies or prints none, it shows ERR and exits the script.
# stop_service kills it; the script's EXIT trap should call it too.
SERVICE_PID=
URL=
start_service() {
    local out=$1 err=$2
    shift 2
    "$@" >"$out" 2>"$err" &
    SERVICE_PID=$!
    URL=
    for _ in $(seq 300); do
        URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$out" 2>/dev/null | head -1 || true)
        [ -n "$URL" ] && return 0
        kill -0 "$SERVICE_PID" 2>/dev/null || break
        sleep 0.1
    done
    echo "$(basename "$0"): the service did not start" >&2
    cat "$err" >&2
    exit 1
}

stop_service() {
    if [ -n "$SERVICE_PID" ]; then
        kill "$SERVICE_PID" 2>/dev/null || true
        wait "$SERVICE_PID" 2>/dev/null || true   # its status is the signal's
        SERVICE_PID=
    fi
    return 0
}
