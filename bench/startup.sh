#!/usr/bin/env bash
# Start-up time and memory of the production jar on its embedded default.
#
#   bench/startup.sh [runs] [--jar PATH] [--data DIR]
#
# Without --data: each run starts on a fresh data folder (initdb, schema, demo data), then again on
# that data. With --data DIR (e.g. the load harness's /tmp/buyzet-bench/pg): restarts on that data,
# the million submissions included. Wall time from `java -jar` to /actuator/health/readiness = UP,
# then resident memory after one page view. Build first: ./mvnw -Pproduction package -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
check_ports_free
runs=3
jar=target/buyzet-portal.jar
data=
while [ $# -gt 0 ]; do
  case $1 in
    --jar) jar=$2; shift ;;
    --data) data=$2; shift ;;
    [0-9]*) runs=$1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -f "$jar" ] || { echo "no $jar: ./mvnw -Pproduction package -DskipTests first" >&2; exit 1; }
trap stop_portal EXIT

postgres_rss_kb() {
  local total=0 pid
  for pid in $(postgres_pids "$1"); do total=$((total + $(rss_kb "$pid"))); done
  echo "$total"
}

measure() { # $1 label, $2 data dir
  start_portal "$jar" "$2" /tmp/buyzet-startup.log 600
  # one page view, so the numbers include a Vaadin session
  curl -sf "$BASE_URL/login" > /dev/null
  sleep 2
  printf '%-42s ready in %5.1f s   portal RSS %4d MiB   PostgreSQL RSS %4d MiB\n' "$1" "$ready_seconds" \
    $(( $(rss_kb "$portal_pid") / 1024 )) $(( $(postgres_rss_kb "$(realpath "$2")") / 1024 ))
  stop_portal
}

for i in $(seq 1 "$runs"); do
  if [ -n "$data" ]; then
    measure "restart on $(basename "$(dirname "$(realpath "$data")")")/$(basename "$data")" "$data"
  else
    dir=$(mktemp -d)/pg
    measure "first start (initdb, schema, demo data)" "$dir"
    measure "restart (existing data)" "$dir"
    rm -rf "$(dirname "$dir")"
  fi
done
