#!/usr/bin/env bash
# Two builds (or more) on the same data, action by action: each jar started in turn on DATA_DIR (as
# lib.sh's start_portal starts it), its tables and indexes read into PostgreSQL's cache, each action
# warmed for 30 s, then measured twice for SECONDS at CONNECTIONS with bench/action.sh (figures and
# CPU per request). ROUNDS repeats the whole alternation: read the last round, whose caches are as
# warm for every jar (the first round's first jar starts colder than the rest).
# usage: bench/compare.sh [--rounds N (2)] [--seconds S (30)] [--connections C (16)] [--dir DATA_DIR]
#                         [--action "ACTION"]... JAR...
#   e.g. bench/compare.sh --action "forum list, pages 0-50" --action "submission by id" old.jar new.jar
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
rounds=2 seconds=30 connections=16 dir=/tmp/buyzet-bench actions=() jars=()
while [ $# -gt 0 ]; do
  case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --action) actions+=("$2"); shift 2 ;;
    *) jars+=("$1"); shift ;;
  esac
done
[ ${#jars[@]} -gt 0 ] || { sed -n 2,9p "$0" >&2; exit 2; }
[ ${#actions[@]} -gt 0 ] || actions=("forum list, pages 0-50" "search, common word, filters" "search, rare word, filters"
  "submission by id")
check_ports_free
trap stop_portal EXIT
for round in $(seq "$rounds"); do
  for jar in "${jars[@]}"; do
    start_portal "$jar" "$dir/pg" "$dir/compare-portal.log" 900
    if command -v psql > /dev/null; then
      PGPASSWORD=$(grep '^superuser=' "$dir/pg/buyzet-passwords.properties" | cut -d= -f2-) psql -q -h localhost \
        -p "$PG_PORT" -U postgres -d postgres -c "create extension if not exists pg_prewarm" -c "select sum(pg_prewarm(c.oid))
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'i')" > /dev/null
    fi
    for action in "${actions[@]}"; do
      bench/action.sh "$action" 30 "$connections" "$dir" > /dev/null
    done
    for action in "${actions[@]}"; do
      for run in 1 2; do
        echo "== round $round, $(basename "$jar"), run $run, $(date -u +%H:%M:%S) UTC"
        bench/action.sh "$action" "$seconds" "$connections" "$dir" | tail -2
      done
    done
    stop_portal
  done
done
