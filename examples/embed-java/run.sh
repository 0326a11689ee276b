#!/bin/sh
# Builds the host and runs it against the distribution at $TLANG_HOME (default: this repository's).
# MAVEN_ARGS passes options to mvn (-o -Dmaven.repo.local=DIR); JAVA_HOME names a JDK 25.
set -e
cd "$(dirname "$0")"
: "${TLANG_HOME:=$(cd ../../distribution/target/tlang && pwd)}"
export TLANG_HOME
mvn -q $MAVEN_ARGS package
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
    -cp "target/classes:target/lib/*" org.tlang.examples.embed.Main
