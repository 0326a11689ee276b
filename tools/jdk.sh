# Sourced by ./tlang and ./run-tests: finds a JDK 25 (or newer) and exports JAVA_HOME.
# Order: $JAVA_HOME if it is 25+, then the newest 25+ JDK under /usr/lib/jvm.

# The feature release of the JDK at $1 ("25"), from its release file; only when there is none, from
# the JVM itself (starting a JVM costs 100-300 ms, which every ./tlang run would pay).
tlang_java_major() {
    local v=""
    if [ -f "$1/release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9.]*\).*/\1/p' "$1/release")
        case $v in 1.*) v=${v#1.} ;; esac
        v=${v%%.*}
    fi
    if [ -z "$v" ]; then
        v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
    fi
    echo "$v"
}

tlang_find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(tlang_java_major "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
        return 0
    fi
    local candidate best="" best_major=0 major
    for candidate in /usr/lib/jvm/*; do
        [ -x "$candidate/bin/javac" ] || continue
        major=$(tlang_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 25 ] && [ "$major" -gt "$best_major" ]; then
            best=$candidate best_major=$major
        fi
    done
    if [ -z "$best" ]; then
        echo "tlang: needs JDK 25 or newer: set JAVA_HOME to one, or install it under /usr/lib/jvm (e.g. temurin-25-jdk)" >&2
        echo "tlang: JAVA_HOME is '${JAVA_HOME:-unset}'; found under /usr/lib/jvm: $(ls /usr/lib/jvm 2>/dev/null | tr '\n' ' ')" >&2
        return 1
    fi
    export JAVA_HOME=$best
}
