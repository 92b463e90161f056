#!/usr/bin/env bash
# The end-to-end load harness (issue 15): one command builds what is missing, starts the production
# jar on its embedded PostgreSQL, generates the data once, measures start-up, heap per signed-in
# session, the open API under load (Gatling) and signed-in users through the pages (Playwright),
# samples CPU and memory, and writes the figures into docs/performance.md.
#
#   bench/run.sh                       # the baseline: 1,000,000 submissions in /tmp/buyzet-bench
#   bench/run.sh --jar other.jar --skip-generate   # another build against the same data
#   bench/run.sh --submissions 20000 --dir /tmp/bench-small --seconds 10 --journey-seconds 60 --no-doc
#
# Options: --jar PATH (default target/buyzet-portal.jar, built if absent; or the production image's
# layout, the folder ./mvnw -Pproduction,aot package -DskipTests makes in target/app: the extracted jar
# started with its JDK AOT cache, as the Dockerfile starts it), --dir DIR (data and
# results; default /tmp/buyzet-bench), --submissions N, --skip-generate (the folder must hold
# data), --seconds S per API action and concurrency (30), --connections LIST (1,16,64),
# --users N signed-in users (6), --journey-seconds S (180), --heap-sessions N (10),
# --gen-nice N (niceness of the portal and generator while generating, 0), --generate-only,
# --no-doc (results only, in DIR/results/<time>/report.md), --note TEXT (added to the report),
# --only-heap (one start, then the heap per signed-in session only; prints the figure and writes
# the class histograms' difference to DIR/results/<time>/heap-histogram-diff.txt, no report).
# --active-users N (200) signed-in people at once, each thinking 5–15 s between pages and API calls
# (Gatling, ActiveUsersSimulation), signing in over 60 s, then --active-seconds S (180); 0 skips it.
# --only-active (one start, the API warm-up, then the active users only).
# --navigation load|click (load): with click, each active person opens one page in full and keeps its
# UI, and every later page is a click inside it (one UIDL request); with load, every page is a full load.
# --heap-dump (with the heap phase): a heap dump with all the sessions open, and what holds the
# largest arrays and the sessions' retained sizes (SessionRetainers) in DIR/results/<time>/heap-retainers.txt.
# --heap-page PATH (with the heap phase): after browsing, every person opens this page (e.g.
# /submissions/2, a submission with a footprint card) and holds it, to read what one kind of page costs.
# --heap-idle S (70): how long the open sessions sit idle before each heap figure, past Tomcat's
# 60 s keep-alive, so that idle HTTP connections are closed and the figure is the sessions' own.
# PORT and PG_PORT (environment) move the portal and its PostgreSQL off 18090 and 15490.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source bench/lib.sh
check_ports_free

jar=target/buyzet-portal.jar
dir=/tmp/buyzet-bench
submissions=1000000
skip_generate=false
seconds=30
connections=1,16,64
users=6
journey_seconds=180
heap_sessions=10
gen_nice=0
generate_only=false
write_doc=true
note=
only_heap=false
only_active=false
heap_idle=70
heap_page=
heap_dump=false
active_users=200
active_seconds=180
navigation=load
command="bench/run.sh $*"
while [ $# -gt 0 ]; do
  case $1 in
    --jar) jar=$2; shift ;;
    --dir) dir=$2; shift ;;
    --submissions) submissions=$2; shift ;;
    --skip-generate) skip_generate=true ;;
    --seconds) seconds=$2; shift ;;
    --connections) connections=$2; shift ;;
    --users) users=$2; shift ;;
    --journey-seconds) journey_seconds=$2; shift ;;
    --heap-sessions) heap_sessions=$2; shift ;;
    --gen-nice) gen_nice=$2; shift ;;
    --generate-only) generate_only=true ;;
    --no-doc) write_doc=false ;;
    --note) note=$2; shift ;;
    --only-heap) only_heap=true ;;
    --heap-dump) heap_dump=true ;;
    --only-active) only_active=true ;;
    --heap-idle) heap_idle=$2; shift ;;
    --heap-page) heap_page=$2; shift ;;
    --active-users) active_users=$2; shift ;;
    --active-seconds) active_seconds=$2; shift ;;
    --navigation) navigation=$2; shift
      [ "$navigation" = load ] || [ "$navigation" = click ] || { echo "--navigation is load or click" >&2; exit 2; } ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
  shift
done
jar=$(realpath "$jar" 2>/dev/null || echo "$jar")
mkdir -p "$dir"
dir=$(realpath "$dir")
stamp=$(date -u +%Y%m%d-%H%M%S)
results=$dir/results/$stamp
mkdir -p "$results"
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
trap 'stop_portal; [ -n "${sampler_pid:-}" ] && kill "$sampler_pid" 2>/dev/null; true' EXIT

# --- build what is missing
if [ ! -f "$jar" ] && [ ! -f "$jar/buyzet-portal.aot" ]; then
  log "building the production jar"
  ./mvnw -B -ntp -q -Pproduction package -DskipTests
fi
log "compiling the harness"
./mvnw -B -ntp -q -f bench/pom.xml test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test > "$results/build.log" 2>&1 \
  || { cat "$results/build.log"; exit 1; }
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
bench_java() { "$JAVA" -cp "$cp" "$@"; }

# --- data, once
if [ ! -f "$dir/dataset.properties" ]; then
  if $skip_generate; then
    echo "--skip-generate, but $dir holds no generated data (dataset.properties)" >&2
    exit 1
  fi
  log "generating $submissions submissions into $dir/pg"
  rm -rf "$dir/pg"
  PORTAL_NICE=$gen_nice start_portal "$jar" "$dir/pg" "$dir/generate-portal.log"
  nice -n "$gen_nice" "$JAVA" -cp "$cp" eu.buyzet.bench.DataGenerator "$dir" "$PG_PORT" "$submissions" \
    "$root/src/main/resources/cpv/cpv-2008.tsv" | tee "$dir/generate.log"
  # the declared footprints' results, all at once (the portal's start-up backfill would do them one by one)
  nice -n "$gen_nice" "$JAVA" -cp "$cp" eu.buyzet.bench.FootprintResults "$dir" "$PG_PORT" | tee -a "$dir/generate.log"
  stop_portal
fi
generated=$(grep '^submissions=' "$dir/dataset.properties" | cut -d= -f2)
if $generate_only; then
  log "data ready in $dir"
  exit 0
fi

# --- start-up on existing data (twice: the first warms the page cache after the previous stop)
log "start-up on existing data"
if $only_heap || $only_active; then
  first_ready=0
else
  start_portal "$jar" "$dir/pg" "$results/portal-start1.log"; first_ready=$ready_seconds; stop_portal
fi
start_portal "$jar" "$dir/pg" "$results/portal.log"
ready=$(printf '%.1f s (%.1f s the start before)' "$ready_seconds" "$first_ready")
log "ready in $ready"
pg_dir=$dir/pg

# --- sampler: CPU ticks, RSS and heap of the portal; CPU ticks and RSS of PostgreSQL
hz=$(getconf CLK_TCK)
# the state of other roles' connections is visible to the superuser only (the bench's own database)
stats_password=$(grep '^superuser=' "$dir/pg/buyzet-passwords.properties" | cut -d= -f2-)
(
  echo -e "t\tjava_ticks\tjava_rss_kb\theap_kb\tpg_ticks\tpg_rss_kb\tpool_running\tpool_open"
  while kill -0 "$portal_pid" 2>/dev/null; do
    pr=0
    pt=$(postgres_cpu_ticks "$pg_dir")
    for p in $(postgres_pids "$pg_dir"); do pr=$((pr + $(rss_kb "$p"))); done
    heap=$("$JAVA_HOME/bin/jstat" -gc "$portal_pid" 2>/dev/null | awk 'NR==1 {for (i=1;i<=NF;i++) c[$i]=i}
      NR==2 {printf "%.0f", $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]}')
    # the portal's pool as PostgreSQL sees it: its connections, and those running a statement now
    pool=$(PGPASSWORD=$stats_password psql -h localhost -p "$PG_PORT" -U postgres -d postgres -At -F ' ' -c \
      "select count(*) filter (where state = 'active'), count(*) from pg_stat_activity where usename = 'buyzet_app' and backend_type = 'client backend'" \
      2>/dev/null || echo "0 0")
    active=${pool% *}; pending=${pool#* }
    echo -e "$(date +%s.%N)\t$(cpu_ticks "$portal_pid")\t$(rss_kb "$portal_pid")\t${heap:-0}\t$pt\t$pr\t${active:-0}\t${pending:-0}"
    sleep 2
  done
) > "$results/samples.tsv" &
sampler_pid=$!
phase() { echo -e "$1\t$(date +%s.%N)" >> "$results/phases.tsv"; }

# --- heap per signed-in session: the marginal heap of one more session. A first batch of N sessions
# warms everything a first use loads once (caches, classes, the pooled connections' statement
# caches, the CPV list) and stays open; heap after a full GC with those N open, then with a second
# batch of N more people open as well; the difference divided by N
heap_after_gc() {
  "$JAVA_HOME/bin/jcmd" "$portal_pid" GC.run > /dev/null
  sleep 1
  "$JAVA_HOME/bin/jcmd" "$portal_pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'
}
# hold_sessions NAME FIRST_USER: N people sign in, browse once and keep the page open (in the
# background, until NAME.tsv.ready is removed); fails when not all of them got there
hold_sessions() {
  bench_java ${heap_page:+-Dbench.heapPage=$heap_page} eu.buyzet.bench.UserJourneys "$BASE_URL" "$dir" "$heap_sessions" 1800 "$results/$1.tsv" hold "$2" \
    > "$results/$1.log" 2>&1 &
  holders="${holders:-} $!"
  while [ ! -f "$results/$1.tsv.ready" ] && kill -0 "$!" 2>/dev/null; do sleep 1; done
  [ -f "$results/$1.tsv.ready" ]
}
if ! $only_active; then
log "heap per session: twice $heap_sessions signed-in sessions"
phase "idle (after start)"
sleep 10
phase "heap: first $heap_sessions sessions (warm-up)"
heap_before=?; heap_with=?; per_session=
if hold_sessions heap-warmup 0; then
  sleep "$heap_idle"
  heap_before=$(heap_after_gc)
  # what the sessions hold, class by class (the histogram runs a full GC of its own)
  "$JAVA_HOME/bin/jcmd" "$portal_pid" GC.class_histogram > "$results/heap-histogram-before.txt"
  phase "heap: $heap_sessions more sessions"
  if hold_sessions heap-sessions "$heap_sessions"; then
    sleep "$heap_idle"
    heap_with=$(heap_after_gc)
    "$JAVA_HOME/bin/jcmd" "$portal_pid" GC.class_histogram > "$results/heap-histogram-with.txt"
    # the live objects' bytes of the histograms (after their full GC), not G1's "used", which
    # counts regions and moved by more than 100 KB a session between runs of the same jar
    live_before=$(awk '/^Total/ {print int($3 / 1024)}' "$results/heap-histogram-before.txt")
    live_with=$(awk '/^Total/ {print int($3 / 1024)}' "$results/heap-histogram-with.txt")
    per_session=$(( (live_with - live_before) / heap_sessions ))
    log "live heap $live_before KB with $heap_sessions sessions, $live_with KB with $((2 * heap_sessions)): $per_session KB each (G1 used: $heap_before / $heap_with KB)"
    heap_before=$live_before; heap_with=$live_with
    # bytes and instances per session by class, the largest growth first
    awk -v n="$heap_sessions" '
      $1 ~ /^[0-9]+:$/ { if (FNR == NR) { b[$4] = $3; c[$4] = $2 } else { w[$4] = $3; d[$4] = $2 } }
      END { for (k in w) if (w[k] - b[k] > 0) printf "%10.0f B %8.1f objects  %s\n", (w[k] - b[k]) / n, (d[k] - c[k]) / n, k }' \
      "$results/heap-histogram-before.txt" "$results/heap-histogram-with.txt" | sort -rn | head -80 > "$results/heap-histogram-diff.txt"
    if $heap_dump; then
      "$JAVA_HOME/bin/jcmd" "$portal_pid" GC.heap_dump "$results/heap-with.hprof" > /dev/null
      bench_java -Xmx4g eu.buyzet.bench.SessionRetainers "$results/heap-with.hprof" > "$results/heap-retainers.txt" 2>&1 \
        || log "SessionRetainers failed; see $results/heap-retainers.txt"
      log "what holds the sessions' heap: $results/heap-retainers.txt"
    fi
  fi
fi
[ -n "$per_session" ] || log "the sessions for the heap measurement did not all open; see $results/heap-*.log"
rm -f "$results"/heap-*.tsv.ready
for h in ${holders:-}; do wait "$h" || true; done
if $only_heap; then
  log "class by class, per session: $results/heap-histogram-diff.txt"
  exit 0
fi
else
  heap_before=?; heap_with=?; per_session=
fi

# --- open API (Gatling): a warm-up, then the measured run. The warm-up is long enough for the JIT to
# compile the request path (a 3 s warm-up left the first measured phases at two to three times their
# warm latency): the figures are those of a portal that has been serving for a while
log "open API: warm-up"
phase "API warm-up"
./mvnw -B -ntp -q -f bench/pom.xml gatling:test -Dbench.baseUrl="$BASE_URL" -Dbench.dir="$dir" -Dbench.seconds=10 \
  -Dbench.connections=16 -Dbench.out="$results/api-warmup.tsv" > "$results/gatling-warmup.log" 2>&1 || true
if ! $only_active; then
  log "open API: $seconds s per action at $connections connections"
  phase "API load"
  ./mvnw -B -ntp -f bench/pom.xml gatling:test -Dbench.baseUrl="$BASE_URL" -Dbench.dir="$dir" \
    -Dbench.seconds="$seconds" -Dbench.connections="$connections" -Dbench.out="$results/api.tsv" \
    > "$results/gatling.log" 2>&1 || true
  [ -f "$results/api.tsv" ] || log "the API load wrote no figures; see $results/gatling.log"
  # Gatling's own HTML report, for a closer look
  grep -o 'file://[^ ]*index.html' "$results/gatling.log" | tail -1 > "$results/gatling-report.txt" || true
fi

# --- many signed-in people at once, with think time: pages as Vaadin's client opens them, and the API
if [ "$active_users" -gt 0 ]; then
  log "active users: $active_users signing in over 60 s, then $active_seconds s"
  phase "active users"
  ./mvnw -B -ntp -f bench/pom.xml gatling:test -Dbench.simulation=eu.buyzet.bench.ActiveUsersSimulation \
    -Dbench.baseUrl="$BASE_URL" -Dbench.dir="$dir" -Dbench.users="$active_users" -Dbench.ramp=60 \
    -Dbench.seconds="$active_seconds" -Dbench.navigation="$navigation" -Dbench.out="$results/active.tsv" > "$results/gatling-active.log" 2>&1 || true
  [ -f "$results/active.tsv" ] || log "the active users wrote no figures; see $results/gatling-active.log"
fi

# --- signed-in users through the pages
if ! $only_active; then
  log "signed-in users: $users for $journey_seconds s"
  phase "signed-in users"
  bench_java eu.buyzet.bench.UserJourneys "$BASE_URL" "$dir" "$users" "$journey_seconds" "$results/journeys.tsv" \
    > "$results/journeys.log" 2>&1 || log "the journeys failed; see $results/journeys.log"
fi
phase "end"
kill "$sampler_pid" 2>/dev/null || true
sampler_pid=
stop_portal

# --- CPU and memory per phase
awk -F'\t' -v hz="$hz" '
  FNR == NR { name[NR] = $1; start[NR] = $2; n = NR; next }
  FNR > 1 { t[++m] = $1; jt[m] = $2; jr[m] = $3; jh[m] = $4; pt[m] = $5; pr[m] = $6; pa[m] = $7; pp[m] = $8 }
  END {
    print "| phase | seconds | portal CPU | portal RSS (max) | heap used (max) | PostgreSQL CPU | PostgreSQL RSS (max) | pool: running a statement / open (max; the pool has 10) |"
    print "|---|---|---|---|---|---|---|---|"
    for (i = 1; i < n; i++) {
      a = 0; b = 0; mjr = 0; mjh = 0; mpr = 0; mpa = 0; mpp = 0
      for (k = 1; k <= m; k++) if (t[k] >= start[i] && t[k] <= start[i + 1]) {
        if (!a) a = k; b = k
        if (jr[k] > mjr) mjr = jr[k]; if (jh[k] > mjh) mjh = jh[k]; if (pr[k] > mpr) mpr = pr[k]
        if (pa[k] > mpa) mpa = pa[k]; if (pp[k] > mpp) mpp = pp[k]
      }
      if (!a || a == b) continue
      dt = t[b] - t[a]
      printf "| %s | %.0f | %.0f %% | %.0f MiB | %.0f MiB | %.0f %% | %.0f MiB | %d / %d |\n", name[i], dt,
        100 * (jt[b] - jt[a]) / hz / dt, mjr / 1024, mjh / 1024, 100 * (pt[b] - pt[a]) / hz / dt, mpr / 1024, mpa, mpp
    }
  }' "$results/phases.tsv" "$results/samples.tsv" > "$results/resources.md"

# --- the report
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
mem=$(free -g | awk '/Mem:/ {print $2}')
pgver=$(ls "$dir/pg" > /dev/null && cat "$dir/pg/PG_VERSION" 2>/dev/null || echo "?")
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine=$(nproc) cores ($cpu), $mem GiB, $("$JAVA" -version 2>&1 | head -1 | tr -d '"'), embedded PostgreSQL $pgver; load generators on the same machine"
  echo "command=$command"
  # only this checkout's own build is known to be its HEAD's; a jar given with --jar carries no commit
  if [ "$(realpath -m "$jar")" = "$(realpath -m target/buyzet-portal.jar)" ] \
     || [ "$(realpath -m "$jar")" = "$(realpath -m target/app)" ]; then
    echo "jar=\`$(basename "$jar")\` built from $(git rev-parse --short HEAD) ($(git log -1 --format=%cs))"
  else
    echo "jar=\`$(basename "$jar")\`, built elsewhere: the jar records no commit, so the note says which"
  fi
  echo "submissions=$generated"
  echo "dataset=$generated submissions by \`eu.buyzet.bench.DataGenerator\` (Norwegian and English 50/50; each of the common domain words in about 20 % of posts; a Zipf-Mandelbrot tail of 50,000 rare terms per language; 49 forums of 14k–75k posts per million; four years of dates; CPV codes from the official list; footprints declared on every tenth need or solution, their results computed by \`FootprintResults\` in SQL as the calculator computes one flow; 2,850 organisations and their members, comments and interest marks). Generation took: $(grep -o 'Generated.*' "$dir/generate.log" 2>/dev/null || echo '?')."
  echo "ready=$ready"
  echo "apiSeconds=$seconds"
  echo "activeUsers=$active_users"
  echo "activeNote=$active_users members sign in over 60 s (the sign-in page, then its form), then for $active_seconds s each opens a page or asks the open API, thinks 5–15 s, and goes on. $(if [ "$navigation" = click ]; then echo "Each opens one page in full after signing in (the HTML, the UI request, the UIDL request that builds the view) and keeps it; every later page is a click inside it, one UIDL request whose navigation event swaps the view (rows \"click: …\"); push is not opened."; else echo "Pages as Vaadin's own client opens them (the HTML, the UI request, the UIDL request that builds the view, where a search page runs its search), timed as those three together, then left with the browser's unload beacon; push is not opened."; fi) Of the steps: search page, common word 20 %; rare word 10 %; a forum 15 %; a submission 15 %; API search, common word 15 %; rare word 10 %; with filters 10 %; a forum's list, pages 0–50, 5 %. Gatling, \`ActiveUsersSimulation\`; the sign-in itself is not in the table."
  echo "journeysNote=$users users in one headless Chromium each on the same machine, $journey_seconds s, 2–6 s of thought between steps; each signs in once, then repeats: forums, a forum, the search page for a common or rare word, a result, a comment, interest, a new solution with a footprint (draft, footprint form, footprint saved, published). Times are what the browser shows, so they include Chromium's own work on the shared 2 cores."
  [ -n "$per_session" ] && echo "heapPerSessionKb=$per_session"
  echo "heapSessions=$heap_sessions"
  echo "heapMethod=\`bench/run.sh\` starts the portal; $heap_sessions people sign in (one Chromium each), open the forums, a forum, a search and a submission, and keep the page open. This first batch warms what a first use loads once (caches, classes, the CPV list, the pooled connections' statement caches). After $heap_idle s of reading (past Tomcat's 60 s keep-alive, so that only the sessions and their push connections remain open), the live heap (the total of \`jcmd GC.class_histogram\`, which runs a full GC first): $heap_before KB. Then $heap_sessions other people do the same while the first stay; after $heap_idle s, the live heap is $heap_with KB. Heap per session = ($heap_with − $heap_before) / $heap_sessions = $per_session KB: what one more signed-in session costs. \`heap-histogram-diff.txt\` in the results shows it class by class."
  echo "note=$note"
} > "$results/meta.properties"
bench_java eu.buyzet.bench.Report "$results" "$($write_doc && echo "$root/docs/performance.md" || echo none)" > /dev/null
log "results in $results; report: $results/report.md$($write_doc && echo ', and in docs/performance.md')"
