#!/usr/bin/env bash
# Start-up time and memory of the production jar on its embedded default.
# Usage: bench/startup.sh [runs]   (build first: ./mvnw -Pproduction package -DskipTests)
# Prints one line per start; copy the summary into docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/buyzet-portal.jar
[ -f "$jar" ] || { echo "no $jar: ./mvnw -Pproduction package -DskipTests first" >&2; exit 1; }
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
port=18089

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
postgres_rss_kb() {
  local total=0 pid
  for pid in $(pgrep -f "postgres -D $1" || true) $(pgrep -P "$(pgrep -f "postgres -D $1" | head -1)" 2>/dev/null || true); do
    total=$((total + $(rss_kb "$pid")))
  done
  echo "$total"
}

measure() { # $1 label, $2 data dir
  local start pid ready
  start=$(date +%s.%N)
  "$java" -jar "$jar" --server.port=$port --buyzet.database.embedded-dir="$2" > /tmp/buyzet-bench.log 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null; do
    kill -0 $pid 2>/dev/null || { echo "the portal stopped; see /tmp/buyzet-bench.log" >&2; exit 1; }
    sleep 0.1
  done
  ready=$(date +%s.%N)
  # one page view, so the numbers include a Vaadin session
  curl -sf "http://localhost:$port/login" > /dev/null
  sleep 2
  printf '%-28s ready in %5.1f s   portal RSS %4d MiB   PostgreSQL RSS %4d MiB\n' "$1" \
    "$(echo "$ready - $start" | bc)" $(( $(rss_kb $pid) / 1024 )) $(( $(postgres_rss_kb "$2") / 1024 ))
  kill $pid; wait $pid 2>/dev/null || true
}

for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)/pg
  measure "first start (initdb, schema, demo data)" "$dir"
  measure "restart (existing data)" "$dir"
done
