#!/usr/bin/env bash
# Start-up time and memory of the production jar on its embedded default.
#
#   bench/startup.sh [runs] [--jar PATH | --app DIR] [--data DIR]
#
# --app DIR starts the extracted layout with its JDK AOT cache (decision 041) instead of the jar:
# build it with ./mvnw -Pproduction,aot package -DskipTests (DIR is then target/app).
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
    --app) jar=$2; shift ;;
    --data) data=$2; shift ;;
    [0-9]*) runs=$1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -f "$jar" ] || [ -f "$jar/buyzet-portal.aot" ] || { echo "no $jar: ./mvnw -Pproduction package -DskipTests first (-Pproduction,aot for target/app)" >&2; exit 1; }
echo "$(date -u +%FT%TZ) $jar, load average $(cut -d' ' -f1-3 /proc/loadavg)"
trap stop_portal EXIT

postgres_rss_kb() {
  local total=0 pid
  for pid in $(postgres_pids "$1"); do total=$((total + $(rss_kb "$pid"))); done
  echo "$total"
}

measure() { # $1 label, $2 data dir
  local cpu page
  start_portal "$jar" "$2" /tmp/buyzet-startup.log 600
  # CPU time (user + system) of the JVM until ready: less sensitive than wall time to what else runs
  cpu=$(cpu_seconds "$portal_pid")
  # one page view right after: ready means ready, and the numbers include a Vaadin session
  page=$(curl -sf -o /dev/null -w '%{time_total}' "$BASE_URL/login")
  sleep 2
  printf '%-42s ready in %5.1f s   CPU %5.1f s   first page %5.2f s   portal RSS %4d MiB   PostgreSQL RSS %4d MiB   load %s\n' \
    "$1" "$ready_seconds" "$cpu" "$page" \
    $(( $(rss_kb "$portal_pid") / 1024 )) $(( $(postgres_rss_kb "$(realpath "$2")") / 1024 )) "$(cut -d' ' -f1 /proc/loadavg)"
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
