# Shared by bench/run.sh and bench/startup.sh: start and stop the production jar on a data folder.
# shellcheck shell=bash

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
# Playwright drives Debian's Chromium (/usr/bin/chromium): it cannot download a browser of its own here
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
PORT=${PORT:-18090}
PG_PORT=${PG_PORT:-15490}
BASE_URL="http://localhost:$PORT"

# the portal's own settings for a load test: the API's per-client rate limit and the new sessions a
# client may open raised (every virtual user shares one address) and a fixed port for the embedded PostgreSQL (the generator and the
# sampler connect to it); nothing else differs from production
PORTAL_ARGS=(--server.port="$PORT" --buyzet.database.embedded-port="$PG_PORT"
  --buyzet.api.rate-limit.capacity=1000000000 --buyzet.api.rate-limit.per-minute=1000000000
  --buyzet.sessions.new-per-client.capacity=1000000000 --buyzet.sessions.new-per-client.per-minute=1000000000)

portal_pid=
ready_seconds=

# another run (or any server) on the same ports would answer in this one's place: refuse to start
check_ports_free() {
  local port
  for port in "$PORT" "$PG_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port is in use (another run?): choose others, e.g. PORT=18391 PG_PORT=15791 $0 ..." >&2
      exit 1
    fi
  done
}

# start_portal JAR|APP_DIR DATA_DIR LOG [timeout seconds]: starts, waits for readiness; sets portal_pid and
# ready_seconds (call it directly, not in $(...), or they are lost)
start_portal() {
  local jar=$1 dir=$2 log=$3 timeout=${4:-900} start now
  if curl -s -o /dev/null "$BASE_URL/" 2>/dev/null; then
    echo "something already listens on $BASE_URL: set PORT (and PG_PORT) to free ones" >&2
    return 1
  fi
  dir=$(realpath -m "$dir")
  start=$(date +%s.%N)
  # nice execs java: the pid stays the portal's (PORTAL_NICE lowers its priority, e.g. while generating)
  if [ -d "$jar" ]; then
    # the extracted layout of src/main/docker/aot-cache.sh: started from its folder, as it was trained,
    # with its JDK AOT cache (decision 041)
    (cd "$jar" && exec nice -n "${PORTAL_NICE:-0}" "$JAVA" -XX:AOTCache=buyzet-portal.aot ${JAVA_OPTS:-} -jar buyzet-portal.jar \
      "${PORTAL_ARGS[@]}" --buyzet.database.embedded-dir="$dir" > "$log" 2>&1) &
  else
    nice -n "${PORTAL_NICE:-0}" "$JAVA" ${JAVA_OPTS:-} -jar "$jar" "${PORTAL_ARGS[@]}" --buyzet.database.embedded-dir="$dir" > "$log" 2>&1 &
  fi
  portal_pid=$!
  until curl -sf "$BASE_URL/actuator/health/readiness" > /dev/null 2>&1; do
    if ! kill -0 "$portal_pid" 2>/dev/null; then
      echo "the portal stopped; see $log" >&2
      return 1
    fi
    now=$(date +%s.%N)
    if (( $(echo "$now - $start > $timeout" | bc) )); then
      echo "the portal was not ready after $timeout s; see $log" >&2
      stop_portal
      return 1
    fi
    sleep 0.1
  done
  ready_seconds=$(echo "$(date +%s.%N) - $start" | bc)
}

stop_portal() {
  if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
    kill "$portal_pid"
    wait "$portal_pid" 2>/dev/null || true
  fi
  portal_pid=
}

# the postmaster of a data folder, and its children
postgres_pids() {
  local master
  master=$(pgrep -f "postgres -D $1 " | head -1 || true)
  [ -n "$master" ] && { echo "$master"; pgrep -P "$master" || true; }
}

# (0 for a process that is gone or exiting: a zombie has no VmRSS line)
rss_kb() { local kb; kb=$(awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null); echo "${kb:-0}"; }
# user + system CPU time of a process in clock ticks
cpu_ticks() { local t; t=$(awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null); echo "${t:-0}"; }
# CPU ticks of a data folder's PostgreSQL so far: its live processes' own, and those of the backends
# that have exited, which the postmaster reaped into its children's time (fields 16 and 17); a sum over
# live processes alone falls when a backend exits, and a phase's CPU came out negative
postgres_cpu_ticks() {
  local total=0 p master=
  for p in $(postgres_pids "$1"); do
    if [ -z "$master" ]; then
      master=$p
      total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat" 2>/dev/null || echo 0)
    else
      total=$((total + $(cpu_ticks "$p")))
    fi
  done
  echo "$total"
}
# user + system CPU seconds of a process so far
cpu_seconds() { echo "scale=1; $(cpu_ticks "$1") / $(getconf CLK_TCK)" | bc; }
