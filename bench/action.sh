#!/usr/bin/env bash
# One open-API action of ApiSimulation against a portal already running on the data (started as
# lib.sh's start_portal does), at one number of connections, with the CPU the portal and its
# PostgreSQL spent per request: the figures that say whether a change made an action cheaper.
# Run it twice and read the second: the first warms the JIT and the search cache's neighbours.
# usage: bench/action.sh "ACTION" [SECONDS (30)] [CONNECTIONS (16)] [DATA_DIR (/tmp/buyzet-bench)]
#   e.g. bench/action.sh "search, common word, filters" 30 16
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
action=$1 seconds=${2:-30} connections=${3:-16} dir=$(realpath -m "${4:-/tmp/buyzet-bench}")
portal=$(pgrep -f -- "--server.port=$PORT" | head -1 || true)
if [ -z "$portal" ] || [ -z "$(postgres_pids "$dir/pg")" ]; then
  echo "no portal on port $PORT with its PostgreSQL in $dir/pg: start one with lib.sh's start_portal" >&2
  exit 1
fi
out=$(mktemp)
hz=$(getconf CLK_TCK)
j0=$(cpu_ticks "$portal") p0=$(postgres_cpu_ticks "$dir/pg")
# Maven's fork of Gatling splits a property's value at spaces: ApiSimulation reads "_" as a space
PATH="$JAVA_HOME/bin:$PATH" ./mvnw -B -ntp -q ${MAVEN_OFFLINE:+-o} -f bench/pom.xml gatling:test -Dbench.baseUrl="$BASE_URL" \
  -Dbench.dir="$dir" -Dbench.seconds="$seconds" -Dbench.connections="$connections" \
  -Dbench.actions="${action// /_}" -Dbench.out="$out" > "$out.log" 2>&1 || { tail -20 "$out.log" >&2; exit 1; }
j1=$(cpu_ticks "$portal") p1=$(postgres_cpu_ticks "$dir/pg")
requests=$(awk -F'\t' 'NR==2 {print $3}' "$out")
cat "$out"
echo "CPU per request: portal $(echo "scale=2; ($j1-$j0)*1000/$hz/$requests" | bc) ms," \
  "PostgreSQL $(echo "scale=2; ($p1-$p0)*1000/$hz/$requests" | bc) ms"
rm -f "$out" "$out.log"
