#!/usr/bin/env bash
# Turns the production jar into the layout that starts fastest (decision 041):
#
#   src/main/docker/aot-cache.sh JAR DEST
#
# 1. extracts it (Spring Boot's `-Djarmode=tools extract`): DEST/buyzet-portal.jar and DEST/lib/,
#    plain jars on the class path, which the JDK's AOT cache can hold (nested jars it cannot);
# 2. makes a JDK AOT cache (JEP 483/514/515) from a training run: the portal starts on a throw-away
#    embedded PostgreSQL (initdb, schema, demo data), serves a few pages and the API, and stops;
#    the JVM writes DEST/buyzet-portal.aot as it exits (classes loaded and linked, method profiles).
#
# Start it from DEST with the same JDK build, and the same relative jar path as here:
#   cd DEST && java -XX:AOTCache=buyzet-portal.aot -jar buyzet-portal.jar
# A cache from another JDK build or another jar is refused with a warning, and the portal then
# starts as without it. Needs bash and a JDK 25 or newer (JAVA_HOME or java on PATH), nothing else.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 JAR DEST" >&2; exit 2; }
jar=$(realpath "$1")
dest=$2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
port=${AOT_TRAINING_PORT:-18399}

rm -rf "$dest"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dest"
cd "$dest"
app=$(basename "$jar")
training=$(mktemp -d)
log="$training/training.log"

# HTTP GET with bash alone (the runtime image may have no curl); prints the status line's code
get() {
  local code
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nAccept: text/html,application/json\r\nConnection: close\r\n\r\n' "$1" >&3
  read -r _ code _ <&3 || true
  cat <&3 > /dev/null || true
  exec 3<&-
  echo "${code:-none}"
}

"$java" -XX:AOTCacheOutput="${app%.jar}.aot" -jar "$app" --server.port="$port" \
  --buyzet.database.embedded-dir="$training/pg" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$training"' EXIT
until [ "$(get /actuator/health/readiness 2>/dev/null)" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "the training run stopped" >&2; exit 1; }
  sleep 1
done
# what a visitor, a reader of the API and a sign-in do first: each page is rendered on the server
for path in / /login /forums /search?q=levering /strategies/public /footprint/calculator /privacy /api/v1/forums \
    '/api/v1/submissions?q=levering' /v3/api-docs /favicon.ico; do
  code=$(get "$path")
  echo "training: GET $path $code"
  # ready means ready: each of these pages must be served right after readiness
  [ "$code" = 200 ] || { cat "$log" >&2; echo "the training run answered $code to $path" >&2; exit 1; }
done
kill -TERM "$pid"
wait "$pid" || true
trap 'rm -rf "$training"' EXIT
[ -s "${app%.jar}.aot" ] || { cat "$log" >&2; echo "no AOT cache was written" >&2; exit 1; }
grep -h "AOTCache creation is complete" "$log"
