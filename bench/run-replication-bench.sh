#!/usr/bin/env bash
# Compares pgmigrate's continuous migration (logical replication) with native PostgreSQL logical
# replication set up by hand, on one machine, in one run. Not a test: nothing in scripts/test or
# CTest calls it.
#
#   bench/run-replication-bench.sh [--scale N] [--rounds R] [--jobs J] [--durability D] [--log-dir DIR]
#
#   --scale N      pgbench scale of the source database `bench` (default 50: 5 000 000 accounts)
#   --rounds R     rounds; every round runs the five methods once, in a rotated order, then
#                  the lag test (default 3)
#   --jobs J       --jobs given to pgmigrate (default 2)
#   --durability D durable (default): clusters with fsync, synchronous_commit and full-page
#                  writes on, as a DBA runs them; fast: the test fixture's fsync=off clusters
#   --log-dir DIR  keep every tool's log in DIR (default: a temp dir removed at the end)
#
# It installs what is missing (Debian packages), starts its own throwaway PostgreSQL 15 clusters
# with tests/fixture/pg-clusters.sh in a temp dir, stops them on exit, and prints a table.
# Run as root (or with sudo available) on Debian 12. See bench/README.md.
# shellcheck disable=SC2317 # cleanup and the run_* methods are called indirectly
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PGBIN=/usr/lib/postgresql/15/bin
PGMIGRATE=${PGMIGRATE:-$ROOT/build/cli/pgmigrate}
FIXTURE=$ROOT/tests/fixture/pg-clusters.sh

SCALE=50
ROUNDS=3
JOBS=2
DURABILITY=durable
LOG_DIR=
SSLMODE=disable       # loopback: no method pays for TLS
LOAD_SECONDS_PGBENCH=20
LAG_OK_BYTES=1048576  # "under 1 MB": 1 MiB
RECOVERY_LIMIT=120    # seconds to wait after the load for the lag to fall under 1 MiB
SYNC_LIMIT=900        # seconds to wait for a native initial sync

usage() {
  sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

while [ $# -gt 0 ]; do
  case $1 in
    --scale) SCALE=${2:?}; shift 2 ;;
    --rounds) ROUNDS=${2:?}; shift 2 ;;
    --jobs) JOBS=${2:?}; shift 2 ;;
    --durability) DURABILITY=${2:?}; shift 2 ;;
    --log-dir) LOG_DIR=${2:?}; shift 2 ;;
    -h | --help) usage ;;
    *) echo "run-replication-bench: unknown argument $1" >&2; usage ;;
  esac
done
BENCH_NAME=run-replication-bench
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
bench_check_options

# ---------------------------------------------------------------------------------------------
# 1. What the benchmark needs
# ---------------------------------------------------------------------------------------------
# shellcheck disable=SC2119 # nothing beyond PostgreSQL, jq and openssl
bench_install

IDLE_CHECK=$(cpu_busy_percent)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
OTHER_BEFORE=$(other_activity)
if [ "$IDLE_CHECK" -gt 15 ]; then
  say "run-replication-bench: WARNING: the CPUs were ${IDLE_CHECK}% busy before the benchmark started (something else is running: $OTHER_BEFORE): the timings will be noisy"
fi

# ---------------------------------------------------------------------------------------------
# 2. Clusters and data
# ---------------------------------------------------------------------------------------------
bench_workdir pgmigrate-replbench
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "${PGBENCH_PID:-}" ]; then
    kill -TERM "$PGBENCH_PID" 2>/dev/null || true
  fi
  if [ -n "${MONITOR_PID:-}" ]; then
    kill -TERM "$MONITOR_PID" 2>/dev/null || true
  fi
  "$FIXTURE" stop "$WORK/pg" || true
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bench_pin_pgmigrate
bench_start_clusters
SRC_URI=$(uri "$SRC_PORT" bench)

# Replaces the password by *** in whatever passes through (a literal match, not a regex).
mask() { MASK_SECRET=$SECRET awk '{
  s = ENVIRON["MASK_SECRET"]; out = ""
  while (s != "" && (i = index($0, s)) > 0) { out = out substr($0, 1, i - 1) "***"; $0 = substr($0, i + length(s)) }
  print out $0 }'; }

bench_load_source blank

# ---------------------------------------------------------------------------------------------
# 3. Helpers shared by the methods
# ---------------------------------------------------------------------------------------------
# Replication objects still on either server (empty when clean).
leftovers() {
  local out=() v db
  v=$(src_psql -d postgres -c "SELECT string_agg(slot_name, ',') FROM pg_replication_slots") || v="?"
  [ -z "$v" ] || out+=("source slots: $v")
  for db in bench postgres; do
    v=$(src_psql -d "$db" -c "SELECT string_agg(pubname, ',') FROM pg_publication") || v="?"
    [ -z "$v" ] || out+=("source publications in $db: $v")
  done
  v=$(tgt_psql -d postgres -c "SELECT string_agg(subname || ' (in ' || d.datname || ')', ',')
    FROM pg_subscription s JOIN pg_database d ON d.oid = s.subdbid") || v="?"
  [ -z "$v" ] || out+=("target subscriptions: $v")
  v=$(tgt_psql -d postgres -c "SELECT string_agg(slot_name, ',') FROM pg_replication_slots") || v="?"
  [ -z "$v" ] || out+=("target slots: $v")
  v=$(src_psql -d bench -c "SELECT string_agg(c.relname, ',') FROM pg_class c JOIN pg_namespace n
    ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relreplident <> 'd'") || v="?"
  [ -z "$v" ] || out+=("source tables with a changed replica identity: $v")
  local i
  for ((i = 0; i < ${#out[@]}; i++)); do
    printf '%s%s' "$([ "$i" = 0 ] || echo '; ')" "${out[$i]}"
  done
  echo
}

# Removes whatever replication objects are left, so that the next method can run. Only called
# after the leftovers were reported as a failure.
force_clean() {
  local line sub db
  while IFS='|' read -r sub db; do
    [ -n "$sub" ] || continue
    printf '%s\n' 'ALTER SUBSCRIPTION :"sub" DISABLE;' 'ALTER SUBSCRIPTION :"sub" SET (slot_name = NONE);' \
      'DROP SUBSCRIPTION :"sub";' | tgt_psql -d "$db" -v sub="$sub" || true
  done < <(tgt_psql -d postgres -c "SELECT s.subname, d.datname FROM pg_subscription s
    JOIN pg_database d ON d.oid = s.subdbid")
  src_psql -d postgres -c "SELECT pg_terminate_backend(active_pid) FROM pg_replication_slots WHERE active_pid IS NOT NULL" >/dev/null || true
  sleep 1
  src_psql -d postgres -c "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots" >/dev/null || true
  for db in bench postgres; do
    while read -r line; do
      [ -n "$line" ] && { echo 'DROP PUBLICATION :"pub";' | src_psql -d "$db" -v pub="$line" || true; }
    done < <(src_psql -d "$db" -c "SELECT pubname FROM pg_publication")
  done
  src_psql -d bench -c "DO \$\$ DECLARE t text; BEGIN FOR t IN SELECT format('%I.%I', n.nspname, c.relname)
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'
    AND c.relkind = 'r' AND c.relreplident <> 'd' LOOP EXECUTE 'ALTER TABLE ' || t || ' REPLICA IDENTITY DEFAULT'; END LOOP; END \$\$" || true
}

pgm() { # pgmigrate with its passwords and state dir in the environment, never in argv
  PGMIGRATE_STATE_DIR=$WORK/pgm-state PGMIGRATE_SOURCE_PASSWORD=$SECRET \
    PGMIGRATE_TARGET_PASSWORD=$SECRET "$PGMIGRATE" "$@"
}
mkdir -m 700 "$WORK/pgm-state"

pgm_migrate() { # id initial-sync json-file [more options]
  local args=(migrate --source "$(uri "$SRC_PORT" postgres)" --target "$(uri "$TGT_PORT" postgres)"
    --jobs "$JOBS" --json --id "$1" --initial-sync "$2" --tables-without-pk dump "${@:4}")
  [ -n "$EXCLUDE" ] && args+=(--exclude-db "$EXCLUDE")
  pgm "${args[@]}" >"$3"
}

db_field() { # json-file dbname field
  local v
  v=$(jq -r --arg db "$2" --arg f "$3" '[.migration_detail[] | select(.dbname == $db) | .[$f]][0] // "missing"' "$1" 2>/dev/null) || v=
  echo "${v:-no JSON}"
}

# ---------------------------------------------------------------------------------------------
# 4. The methods. Each starts from a target without a bench database and its time includes
#    creating that database; each ends with its replication objects removed.
# ---------------------------------------------------------------------------------------------
CURRENT_ID=
PGM_JSON=
run_pgm_fast() {
  pgm_migrate "$CURRENT_ID" fast "$PGM_JSON"
}
run_pgm_verified() {
  pgm_migrate "$CURRENT_ID" fast "$PGM_JSON" --verify-initial-copy
}
run_pgm_native() {
  pgm_migrate "$CURRENT_ID" native "$PGM_JSON"
}

# Native logical replication by hand: schema (with indexes) from pg_dump --schema-only, a
# publication for all tables, a subscription that copies the data; done when every table is 'r'.
NATIVE_SCHEMA=
NATIVE_SYNC=
run_native() {
  local t0 t1 t2 state total ready deadline
  t0=$(now)
  tgt_psql -d postgres -c "CREATE DATABASE bench" || return 1
  "$PGBIN/pg_dump" --schema-only -d "$SRC_URI" | tgt_psql -d bench >/dev/null || return 1
  t1=$(now)
  src_psql -d bench -c "CREATE PUBLICATION p FOR ALL TABLES" || return 1
  # The password goes into the subscription's conninfo (stored on the target, as native
  # replication needs), through psql's stdin: never in argv, never in this script's output.
  local conn_pw=${SECRET//\\/\\\\}
  conn_pw=${conn_pw//\'/\\\'}
  local conninfo="host=127.0.0.1 port=$SRC_PORT dbname=bench user=postgres sslmode=$SSLMODE password='$conn_pw'"
  local literal=${conninfo//\'/\'\'}
  { printf 'SET log_min_error_statement = panic;\n'
    printf "CREATE SUBSCRIPTION s CONNECTION '%s' PUBLICATION p;\n" "$literal"; } |
    tgt_psql -d bench 2>&1 | mask
  [ "${PIPESTATUS[1]}" = 0 ] || return 1
  deadline=$(awk -v t="$t1" -v l="$SYNC_LIMIT" 'BEGIN { printf "%.0f", t + l }')
  while :; do
    state=$(tgt_psql -d bench -c "SELECT count(*), count(*) FILTER (WHERE r.srsubstate = 'r')
      FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid WHERE s.subname = 's'") || return 1
    IFS='|' read -r total ready <<<"$state"
    [ "$total" -ge "$SOURCE_TABLES" ] && [ "$ready" = "$total" ] && break
    if [ "${EPOCHSECONDS}" -gt "$deadline" ]; then
      say "run-replication-bench: native sync not done after ${SYNC_LIMIT}s ($ready of $total tables ready)"
      return 1
    fi
    sleep 0.1
  done
  t2=$(now)
  NATIVE_SCHEMA=$(elapsed "$t0" "$t1")
  NATIVE_SYNC=$(elapsed "$t1" "$t2")
}
# The raw limit: what a plain initial copy of this database costs on this machine at this hour,
# with nothing pgmigrate adds (no pre-checks, no slot or snapshot, no verification, no ANALYZE):
# the schema without indexes, every table's rows as parallel binary COPY (a table over 1000
# pages in J ctid ranges, as pgmigrate splits it), then the post-data section with pg_restore
# -j J. Measured beside native in the same round, it tells how far the hardware lets any copy
# go below native: when it is near 0.75x native, so is every copy-then-key method.
RAW_SCHEMA=
RAW_COPY=
RAW_INDEX=
run_raw() {
  local t0 t1 t2 t3 dir=$WORK/raw part table lo hi where i=0 n
  rm -rf "$dir"
  mkdir -p "$dir"
  t0=$(now)
  raw_limit_schema "$dir" || return 1
  t1=$(now)
  local parts=() listed
  listed=$(src_psql -d bench -F'|' -c "WITH t AS (
      SELECT format('%I.%I', n.nspname, c.relname) AS name,
             pg_relation_size(c.oid) / 8192 AS pages
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%')
    SELECT name, CASE WHEN pages > 1000 THEN k * (pages / $JOBS) END,
           CASE WHEN pages > 1000 AND k < $JOBS - 1 THEN (k + 1) * (pages / $JOBS) END
    FROM t CROSS JOIN LATERAL generate_series(0, CASE WHEN pages > 1000 THEN $JOBS - 1 ELSE 0 END) k
    ORDER BY pages DESC, name, k") || return 1
  mapfile -t parts <<<"$listed"
  [ -n "$listed" ] || { say "run-replication-bench: raw limit: no table listed"; return 1; }
  # Its own children only (the activity monitor runs in the background too); a part is done
  # when its rc file is there, which a reused pid cannot fake.
  local running=() pids=() waiting=() k left
  for part in "${parts[@]}"; do
    IFS='|' read -r table lo hi <<<"$part"
    where=
    [ -z "$lo" ] || where=" WHERE ctid >= '($lo,0)'::tid"
    [ -z "$hi" ] || where="$where AND ctid < '($hi,0)'::tid"
    while [ "${#running[@]}" -ge "$JOBS" ]; do
      waiting=()
      for k in "${running[@]}"; do
        waiting+=("${pids[$k]}")
      done
      wait -n "${waiting[@]}" 2>/dev/null || true
      left=()
      for k in "${running[@]}"; do
        [ -f "$dir/copy.$k.rc" ] || left+=("$k")
      done
      # One already reaped makes wait return at once: then a short pause, not a spin.
      [ "${#left[@]}" -lt "${#running[@]}" ] || sleep 0.01
      running=("${left[@]}")
    done
    (
      set +e
      "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -p "$SRC_PORT" -d bench \
        -c "\\copy (SELECT * FROM $table$where) TO pstdout WITH (FORMAT binary)" |
        "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -p "$TGT_PORT" -d bench \
          -c "\\copy $table FROM pstdin WITH (FORMAT binary)"
      echo "${PIPESTATUS[0]}${PIPESTATUS[1]}" >"$dir/copy.$i.rc"
    ) &
    pids+=("$!")
    running+=("$i")
    i=$((i + 1))
  done
  wait "${pids[@]}" || true
  for ((n = 0; n < i; n++)); do
    [ "$(cat "$dir/copy.$n.rc" 2>/dev/null)" = 00 ] || { say "run-replication-bench: raw COPY part $n (${parts[$n]}) failed"; return 1; }
  done
  t2=$(now)
  "$PGBIN/pg_restore" -j "$JOBS" --exit-on-error -d "$(uri "$TGT_PORT" bench)" "$dir/post.dump" || return 1
  t3=$(now)
  RAW_SCHEMA=$(elapsed "$t0" "$t1")
  RAW_COPY=$(elapsed "$t1" "$t2")
  RAW_INDEX=$(elapsed "$t2" "$t3")
}
clean_raw() { :; }

clean_native() {
  local ok=0
  tgt_psql -d bench -c "DROP SUBSCRIPTION s" || ok=1
  src_psql -d bench -c "DROP PUBLICATION p" || ok=1
  return "$ok"
}

METHODS=(pgm_fast pgm_verified pgm_native native raw)
declare -A LABEL=(
  [pgm_fast]="pgmigrate, fast path"
  [pgm_verified]="pgmigrate, fast path, copy verified"
  [pgm_fast_noverify]="  same, minus its verify_seconds"
  [pgm_native]="pgmigrate --initial-sync native"
  [native]="native logical replication (by hand)"
  [raw]="raw limit: parallel COPY, then indexes"
  [lag]="lag test (fast path under pgbench load, then finish)"
)
declare -A TIMES=()  # method -> space-separated wall seconds, one per round
declare -A FAILED=() # method -> first failure
PGM_DETAIL=()        # copy verify per round (fast path)
NATIVE_DETAIL=()     # schema sync per round (by hand)
RAW_DETAIL=()      # schema copy indexes per round (the raw limit)
ANY_FAILURE=0
record() { TIMES[$1]="${TIMES[$1]:-} $2"; }

fail() { # method round status log what
  ANY_FAILURE=1
  say ""
  say "run-replication-bench: ======== ${LABEL[$1]} FAILED in round $2 (status $3): $5 ========"
  tail -n 25 "$4" | mask >&2
  say "run-replication-bench: (full log: $4$([ -n "$LOG_DIR" ] || echo ", removed at exit: keep it with --log-dir"))"
  say ""
  FAILED[$1]=${FAILED[$1]:-"round $2, status $3: $5"}
}

run_method() { # method round
  local method=$1 round=$2 log="$LOGS/round$2-$1.log" t0 t1 wall status=0 left what=
  empty_target
  CURRENT_ID="bench-r$round-${method//_/-}"
  PGM_JSON="$LOGS/round$round-$method.json"
  say "run-replication-bench: round $round  ${LABEL[$method]} ..."
  t0=$(now)
  "run_$method" >"$log" 2>&1 || status=$?
  t1=$(now)
  wall=$(elapsed "$t0" "$t1")
  if [ "$method" = raw ]; then
    [ "$status" = 0 ] || what="$(grep -m1 -E 'ERROR|FATAL|error:|failed' "$log" | mask || tail -n 1 "$log" | mask)"
  elif [ "$method" != native ]; then
    local bench_status
    bench_status=$(db_field "$PGM_JSON" bench status)
    echo "bench status: $bench_status, postgres status: $(db_field "$PGM_JSON" postgres status)" >>"$log"
    if [ "$status" = 0 ] && [ "$bench_status" != syncing ]; then
      status=98
      what="bench is '$bench_status', not syncing; error: $(jq -r '.migration.error // "none"' "$PGM_JSON" 2>/dev/null)"
    elif [ "$status" != 0 ]; then
      what="pgmigrate migrate exited $status; bench '$bench_status'; error: $(jq -r '.migration.error // "none"' "$PGM_JSON" 2>/dev/null)"
    fi
  elif [ "$status" != 0 ]; then
    what="$(grep -m1 -E 'ERROR|FATAL|error:|not done' "$log" | mask || tail -n 1 "$log" | mask)"
  fi
  if [ "$status" = 0 ] && ! check_target >>"$log" 2>&1; then
    status=99
    what=$(tail -n 1 "$log")
  fi
  # Clean up: pgmigrate stop, or the native objects by hand; then nothing may be left.
  if [ "$method" = raw ]; then
    :
  elif [ "$method" = native ]; then
    clean_native >>"$log" 2>&1 || say "run-replication-bench: dropping the native subscription/publication failed (see $log)"
  else
    local stop_rc=0
    pgm stop --id "$CURRENT_ID" --json >"$LOGS/round$round-$method-stop.json" 2>>"$log" || stop_rc=$?
    if [ "$stop_rc" != 0 ]; then
      [ "$status" = 0 ] && { status=97; what="pgmigrate stop --id $CURRENT_ID exited $stop_rc: $(tail -n 3 "$log" | tr '\n' ' ')"; }
    fi
  fi
  left=$(leftovers)
  if [ -n "$left" ]; then
    echo "left after cleanup: $left" >>"$log"
    [ "$status" = 0 ] && { status=96; what="replication objects left after cleanup: $left"; }
    say "run-replication-bench: objects left after ${LABEL[$method]}: $left (removed by hand now)"
    force_clean >>"$log" 2>&1
  fi
  if [ "$status" != 0 ]; then
    fail "$method" "$round" "$status" "$log" "$what"
    return 0
  fi
  case $method in
    pgm_fast)
      local copy verify
      copy=$(jq -r '[.migration_detail[].copy_seconds] | add * 100 | round / 100' "$PGM_JSON")
      verify=$(jq -r '[.migration_detail[].verify_seconds] | add * 100 | round / 100' "$PGM_JSON")
      record pgm_fast "$wall"
      record pgm_fast_noverify "$(awk -v w="$wall" -v v="$verify" 'BEGIN { printf "%.2f", w - v }')"
      PGM_DETAIL+=("$copy $verify")
      say "run-replication-bench: round $round  ${LABEL[$method]}: ${wall}s to syncing (copy ${copy}s, verify ${verify}s)"
      ;;
    raw)
      record raw "$wall"
      RAW_DETAIL+=("$RAW_SCHEMA $RAW_COPY $RAW_INDEX")
      say "run-replication-bench: round $round  ${LABEL[$method]}: ${wall}s (database + schema ${RAW_SCHEMA}s, COPY ${RAW_COPY}s, indexes ${RAW_INDEX}s)"
      ;;
    native)
      record native "$wall"
      NATIVE_DETAIL+=("$NATIVE_SCHEMA $NATIVE_SYNC")
      say "run-replication-bench: round $round  ${LABEL[$method]}: ${wall}s to all 'r' (database + schema ${NATIVE_SCHEMA}s, table sync ${NATIVE_SYNC}s)"
      ;;
    *)
      record "$method" "$wall"
      say "run-replication-bench: round $round  ${LABEL[$method]}: ${wall}s to syncing"
      ;;
  esac
}

# ---------------------------------------------------------------------------------------------
# 5. Lag recovery: fast path syncing, pgbench write load on the source, the slot's lag sampled
#    every 0.5 s during the load and after it, then pgmigrate finish.
# ---------------------------------------------------------------------------------------------
LAG_ALL=()  # per round: max lag of any slot during the load (MiB)
LAG_ROWS=() # per round: migrate tps wal_rate maxlag lag_at_end recovery pgm_status_lag_during pgm_status_lag_after finish_s finish_result
PGBENCH_PID=
sample_lag() { # prints "bench_lag all_slots_max_lag" in bytes (-1 when there is no slot)
  src_psql -d postgres -F ' ' -c "SELECT
    coalesce(max(pg_wal_lsn_diff(pg_current_wal_insert_lsn(), confirmed_flush_lsn)) FILTER (WHERE database = 'bench'), -1)::bigint,
    coalesce(max(pg_wal_lsn_diff(pg_current_wal_insert_lsn(), confirmed_flush_lsn)), -1)::bigint
    FROM pg_replication_slots WHERE slot_type = 'logical'"
}

run_lag() { # round
  local round=$1 log="$LOGS/round$1-lag.log" id="bench-r$1-lag" json="$LOGS/round$1-lag-migrate.json"
  local t0 t1 migrate_s status=0 bench_status what=
  empty_target
  say "run-replication-bench: round $round  lag test: fast path to syncing ..."
  t0=$(now)
  pgm_migrate "$id" fast "$json" >"$log" 2>&1 || status=$?
  t1=$(now)
  migrate_s=$(elapsed "$t0" "$t1")
  bench_status=$(db_field "$json" bench status)
  if [ "$status" != 0 ] || [ "$bench_status" != syncing ]; then
    what="migrate exited $status, bench '$bench_status': $(jq -r '.migration.error // "none"' "$json" 2>/dev/null)"
    pgm stop --id "$id" >>"$log" 2>&1 || true
    [ -z "$(leftovers)" ] || force_clean >>"$log" 2>&1
    [ "$status" != 0 ] || status=98
    fail lag "$round" "$status" "$log" "$what"
    LAG_ROWS+=("$migrate_s - - - - - - - - FAILED(migrate)")
    return 0
  fi

  # The load, in the background; its end time is written by the subshell itself.
  local samples="$LOGS/round$round-lag-samples.txt" lagdir="$WORK/lag$round"
  mkdir -p "$lagdir"
  : >"$samples"
  say "run-replication-bench: round $round  lag test: pgbench -T $LOAD_SECONDS_PGBENCH -c 2 -j 1 on the source"
  local load_start lsn0 lsn1
  lsn0=$(src_psql -d postgres -c "SELECT pg_current_wal_insert_lsn()")
  load_start=$(now)
  (
    set +e
    "$PGBIN/pgbench" -T "$LOAD_SECONDS_PGBENCH" -c 2 -j 1 -p "$SRC_PORT" bench >"$lagdir/pgbench.out" 2>&1
    echo $? >"$lagdir/pgbench.rc"
    now >"$lagdir/pgbench.end"
  ) &
  PGBENCH_PID=$!
  local ts line bench_lag all_lag max_lag=-1 max_all=-1 load_end='' lag_at_end='' recovery='' pgm_during=- pgm_after=- status_taken=0
  while :; do
    ts=$(now)
    line=$(sample_lag) || line="-1 -1"
    read -r bench_lag all_lag <<<"$line"
    echo "$(elapsed "$load_start" "$ts") $bench_lag $all_lag" >>"$samples"
    if [ -z "$load_end" ] && [ -f "$lagdir/pgbench.end" ]; then
      load_end=$(cat "$lagdir/pgbench.end")
    fi
    if [ -z "$load_end" ]; then
      [ "$bench_lag" -gt "$max_lag" ] && max_lag=$bench_lag
      [ "$all_lag" -gt "$max_all" ] && max_all=$all_lag
      # pgmigrate's own view of the lag, once, half-way through the load.
      if [ "$status_taken" = 0 ] && awk -v a="$load_start" -v b="$ts" -v h="$LOAD_SECONDS_PGBENCH" 'BEGIN { exit !(b - a >= h / 2) }'; then
        status_taken=1
        pgm status --id "$id" --json >"$LOGS/round$round-lag-status-during.json" 2>>"$log" || true
        pgm_during=$(db_field "$LOGS/round$round-lag-status-during.json" bench lag_bytes)
      fi
    else
      [ -n "$lag_at_end" ] || lag_at_end=$bench_lag
      if [ "$bench_lag" -ge 0 ] && [ "$bench_lag" -lt "$LAG_OK_BYTES" ]; then
        recovery=$(awk -v a="$load_end" -v b="$ts" 'BEGIN { d = b - a; if (d < 0) d = 0; printf "%.1f", d }')
        break
      fi
      if awk -v a="$load_end" -v b="$ts" -v l="$RECOVERY_LIMIT" 'BEGIN { exit !(b - a > l) }'; then
        recovery=">$RECOVERY_LIMIT"
        break
      fi
    fi
    sleep 0.5
  done
  wait "$PGBENCH_PID" || true
  PGBENCH_PID=
  lsn1=$(src_psql -d postgres -c "SELECT pg_current_wal_insert_lsn()")
  local wal_rate
  wal_rate=$(src_psql -d postgres -c "SELECT round(pg_wal_lsn_diff('$lsn1', '$lsn0') / 1048576.0 / $LOAD_SECONDS_PGBENCH, 1)")
  cat "$lagdir/pgbench.out" >>"$log"
  local tps
  tps=$(grep -m1 -oE 'tps = [0-9.]+' "$lagdir/pgbench.out" | awk '{ printf "%.0f", $3 }' || true)
  [ "$(cat "$lagdir/pgbench.rc")" = 0 ] || { what="pgbench failed"; status=95; }
  pgm status --id "$id" --json >"$LOGS/round$round-lag-status-after.json" 2>>"$log" || true
  pgm_after=$(db_field "$LOGS/round$round-lag-status-after.json" bench lag_bytes)
  say "run-replication-bench: round $round  lag test: ${tps:-?} tps, $wal_rate MiB/s of WAL; max lag during the load $max_lag bytes (all slots $max_all); at the load's end $lag_at_end; under 1 MiB ${recovery}s after it; pgmigrate status said $pgm_during during, $pgm_after after"

  # The cut-over.
  local f0 f1 finish_s finish_rc=0 finish_result
  f0=$(now)
  pgm finish --id "$id" --yes --jobs "$JOBS" --json >"$LOGS/round$round-lag-finish.json" 2>>"$log" || finish_rc=$?
  f1=$(now)
  finish_s=$(elapsed "$f0" "$f1")
  local finish_status
  finish_status=$(db_field "$LOGS/round$round-lag-finish.json" bench status)
  if [ "$finish_rc" = 0 ] && [ "$finish_status" = "done" ]; then
    finish_result=ok
  else
    finish_result="FAILED(rc $finish_rc, bench $finish_status)"
    what="pgmigrate finish exited $finish_rc, bench '$finish_status': $(db_field "$LOGS/round$round-lag-finish.json" bench error)"
    status=94
  fi
  # Independent checks after the cut-over: the accounts, and the history written under load.
  local src_hist tgt_hist
  src_hist=$(src_psql -d bench -c "SELECT count(*) FROM pgbench_history")
  tgt_hist=$(tgt_psql -d bench -c "SELECT count(*) FROM pgbench_history" 2>>"$log" || echo "?")
  echo "pgbench_history: source $src_hist, target $tgt_hist" >>"$log"
  if ! check_target >>"$log" 2>&1; then
    [ "$status" = 0 ] && { status=99; what=$(tail -n 1 "$log"); }
  elif [ "$src_hist" != "$tgt_hist" ]; then
    [ "$status" = 0 ] && { status=99; what="pgbench_history: source $src_hist rows, target $tgt_hist"; }
  fi
  if [ "$finish_result" != ok ]; then
    pgm stop --id "$id" >>"$log" 2>&1 || true
  fi
  local left
  left=$(leftovers)
  if [ -n "$left" ]; then
    echo "left after finish: $left" >>"$log"
    [ "$status" = 0 ] && { status=96; what="replication objects left after finish: $left"; }
    say "run-replication-bench: objects left after the lag test: $left (removed by hand now)"
    force_clean >>"$log" 2>&1
  fi
  say "run-replication-bench: round $round  lag test: finish ${finish_s}s, $finish_result; history rows source $src_hist, target $tgt_hist"
  LAG_ALL+=("$(awk -v b="$max_all" 'BEGIN { printf "%.1f", b / 1048576 }')")
  LAG_ROWS+=("$migrate_s ${tps:--} $wal_rate $max_lag $lag_at_end $recovery $pgm_during $pgm_after $finish_s $finish_result")
  if [ "$status" != 0 ]; then
    fail lag "$round" "$status" "$log" "$what"
  fi

  # Give the next round the source it started with: no history rows, no dead tuples.
  say "run-replication-bench: round $round  restoring the source (TRUNCATE pgbench_history, VACUUM FULL)"
  src_psql -d bench -c "TRUNCATE pgbench_history" -c "VACUUM FULL ANALYZE" -c "CHECKPOINT" >>"$log" 2>&1 ||
    say "run-replication-bench: restoring the source failed (see $log)"
}

# ---------------------------------------------------------------------------------------------
# 6. Rounds
# ---------------------------------------------------------------------------------------------
ROUND_BUSY=()
# What else runs meanwhile: compilers, build tools and test runners, every 2 s (names only).
( while :; do other_activity; sleep 2; done ) >"$WORK/activity" 2>/dev/null &
MONITOR_PID=$!
BENCH_START=$(now)
for ((round = 1; round <= ROUNDS; round++)); do
  order=()
  for ((k = 0; k < ${#METHODS[@]}; k++)); do
    order+=("${METHODS[$(((k + round - 1) % ${#METHODS[@]}))]}")
  done
  busy=$(cpu_busy_percent)
  other=$(other_activity)
  ROUND_BUSY+=("round $round: ${busy}% busy, other: $other")
  [ "$busy" -le 15 ] || say "run-replication-bench: WARNING: the CPUs were ${busy}% busy before round $round ($other)"
  say "run-replication-bench: round $round/$ROUNDS: ${order[*]} lag (CPUs ${busy}% busy before it)"
  for method in "${order[@]}"; do
    run_method "$method" "$round"
  done
  run_lag "$round"
done
BENCH_SECONDS=$(elapsed "$BENCH_START" "$(now)")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
kill -TERM "$MONITOR_PID" 2>/dev/null || true
wait "$MONITOR_PID" 2>/dev/null || true
MONITOR_PID=
ACTIVITY_SAMPLES=$(wc -l <"$WORK/activity")
ACTIVITY_BUSY=$(grep -vcx none "$WORK/activity" || true)
ACTIVITY_NAMES=$(grep -vx none "$WORK/activity" | tr ',' '\n' | awk '{ print $1 }' | sort -u | paste -sd' ' || true)

# The password must not be in anything this benchmark wrote or printed.
# (grep reads the password from a pipe, not from its argv.)
SECRET_FOUND=$(grep -rlF -f <(printf '%s\n' "$SECRET") "$LOGS" 2>/dev/null | wc -l || true)
SECRET_IN_SERVER_LOGS=$(grep -lF -f <(printf '%s\n' "$SECRET") "$WORK"/pg/*.log 2>/dev/null | wc -l || true)

# ---------------------------------------------------------------------------------------------
# 7. Report
# ---------------------------------------------------------------------------------------------
stats() { # numbers... -> "median min max"
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "- - -"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f %.2f %.2f\n", m, v[1], v[NR] }'
}
median_of() {
  local values
  read -r -a values <<<"${TIMES[$1]:-}"
  [ ${#values[@]} -gt 0 ] || { echo -; return; }
  stats "${values[@]}" | cut -d' ' -f1
}
ratio() {
  if [ "$1" = - ] || [ "$2" = - ]; then echo -; else awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; fi
}
mib() { # bytes -> MiB with 1 decimal, or as is when not a number
  if [[ $1 =~ ^-?[0-9]+$ ]] && [ "$1" -ge 0 ]; then awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; else echo "$1"; fi
}

NATIVE_MED=$(median_of native)
PGMN_MED=$(median_of pgm_native)
FAST_MED=$(median_of pgm_fast)
CPU_MODEL=$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
MEM=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
PG_VERSION=$(src_psql -d postgres -c "SELECT version()")
SYNC_WORKERS=$(tgt_psql -d postgres -c "SHOW max_sync_workers_per_subscription")

echo
echo "pgmigrate continuous-migration benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine:    $(nproc) CPUs ($CPU_MODEL), $MEM RAM, Linux $(uname -r)"
echo "postgres:   $PG_VERSION"
echo "pgmigrate:  $PGM_ORIGIN"
echo "data:       pgbench scale $SCALE ($EXPECTED_ROWS accounts, $SOURCE_SIZE on the source), pgmigrate --jobs $JOBS, $ROUNDS rounds, sslmode=$SSLMODE"
echo "            source and target: local clusters from tests/fixture/pg-clusters.sh ($CLUSTER_SETTINGS,"
echo "            max_sync_workers_per_subscription=$SYNC_WORKERS)"
echo "            benchmark time ${BENCH_SECONDS}s (plus ${LOAD_SECONDS}s loading the data)"
echo "            CPUs ${IDLE_CHECK}% busy in the 3 s before the benchmark started (other: $OTHER_BEFORE);"
echo "            load average then $LOAD_BEFORE, after the rounds $LOAD_AFTER"
for line in "${ROUND_BUSY[@]}"; do
  echo "            before $line"
done
echo "            during the rounds: compilers/build tools/test runners seen in $ACTIVITY_BUSY of $ACTIVITY_SAMPLES samples (every 2 s)${ACTIVITY_NAMES:+: $ACTIVITY_NAMES}"
echo
echo "time to syncing, from a target without bench"
printf '%-40s %9s %9s %9s %10s %10s\n' "method" "median s" "min s" "max s" "x native" "x pgm-nat"
printf '%-40s %9s %9s %9s %10s %10s\n' "------" "--------" "-----" "-----" "--------" "---------"
for method in pgm_fast pgm_fast_noverify pgm_verified pgm_native native raw; do
  read -r -a values <<<"${TIMES[$method]:-}"
  if [ ${#values[@]} -eq 0 ]; then
    printf '%-40s %9s\n' "${LABEL[$method]}" "FAILED"
    continue
  fi
  read -r med min max <<<"$(stats "${values[@]}")"
  printf '%-40s %9s %9s %9s %10s %10s\n' "${LABEL[$method]}" "$med" "$min" "$max" \
    "$(ratio "$med" "$NATIVE_MED")" "$(ratio "$med" "$PGMN_MED")"
done
echo
FAST_RATIO=$(ratio "$FAST_MED" "$NATIVE_MED")
if [ "$FAST_RATIO" = - ]; then
  echo "target (fast path <= 0.75x native by hand): not measured"
elif awk -v r="$FAST_RATIO" 'BEGIN { exit !(r <= 0.75) }'; then
  echo "target (fast path <= 0.75x native by hand): met, ${FAST_RATIO}x"
else
  echo "target (fast path <= 0.75x native by hand): NOT met, ${FAST_RATIO}x"
fi
VERIFIED_RATIO=$(ratio "$(median_of pgm_verified)" "$NATIVE_MED")
if [ "$VERIFIED_RATIO" != - ]; then
  echo "fast path with its copy verified (--verify-initial-copy): ${VERIFIED_RATIO}x native by hand"
fi
if [ ${#PGM_DETAIL[@]} -gt 0 ]; then
  mapfile -t copies < <(printf '%s\n' "${PGM_DETAIL[@]}" | cut -d' ' -f1)
  mapfile -t verifies < <(printf '%s\n' "${PGM_DETAIL[@]}" | cut -d' ' -f2)
  echo "fast path as pgmigrate reports itself (median min max): copy_seconds $(stats "${copies[@]}"), verify_seconds $(stats "${verifies[@]}")"
fi
if [ ${#NATIVE_DETAIL[@]} -gt 0 ]; then
  mapfile -t schemas < <(printf '%s\n' "${NATIVE_DETAIL[@]}" | cut -d' ' -f1)
  mapfile -t syncs < <(printf '%s\n' "${NATIVE_DETAIL[@]}" | cut -d' ' -f2)
  echo "native by hand, parts (median min max): database + schema $(stats "${schemas[@]}"), publication + subscription + table sync $(stats "${syncs[@]}")"
fi
if [ ${#RAW_DETAIL[@]} -gt 0 ]; then
  mapfile -t fschemas < <(printf '%s\n' "${RAW_DETAIL[@]}" | cut -d' ' -f1)
  mapfile -t fcopies < <(printf '%s\n' "${RAW_DETAIL[@]}" | cut -d' ' -f2)
  mapfile -t findexes < <(printf '%s\n' "${RAW_DETAIL[@]}" | cut -d' ' -f3)
  echo "raw limit, parts (median min max): database + schema $(stats "${fschemas[@]}"), COPY $(stats "${fcopies[@]}"), indexes $(stats "${findexes[@]}")"
  echo "fast path over the raw limit: $(ratio "$FAST_MED" "$(median_of raw)")x (pgmigrate adds checks, a slot, ANALYZE and status, but builds the key beside the copy, which the raw limit does after it)"
fi
echo "ratios: a method's median divided by native-by-hand's / pgmigrate-native's median (< 1 is faster)"
echo "per-round seconds:"
for method in pgm_fast pgm_fast_noverify pgm_verified pgm_native native raw; do
  printf '  %-38s %s\n' "${LABEL[$method]}" "${TIMES[$method]:- -}"
done
echo
echo "lag recovery: fast path syncing, then pgbench -T $LOAD_SECONDS_PGBENCH -c 2 -j 1 on the source; the bench slot's lag"
echo "(pg_current_wal_insert_lsn - confirmed_flush_lsn) sampled every 0.5 s; then pgmigrate finish --yes"
printf '%-6s %9s %6s %9s %12s %12s %13s %14s %14s %9s  %s\n' "round" "migrate s" "tps" "WAL MiB/s" "max lag MiB" "at end MiB" "<1 MiB after" "status during" "status after" "finish s" "finish"
LAG_RECOVERIES=()
LAG_MAXES=()
FINISH_TIMES=()
for ((i = 0; i < ${#LAG_ROWS[@]}; i++)); do
  read -r m tps wr maxl endl rec pd pa fs fr <<<"${LAG_ROWS[$i]}"
  printf '%-6s %9s %6s %9s %12s %12s %13s %14s %14s %9s  %s\n' "$((i + 1))" "$m" "$tps" "$wr" "$(mib "$maxl")" "$(mib "$endl")" \
    "${rec}${rec:+s}" "$(mib "$pd")" "$(mib "$pa")" "$fs" "$fr"
  [[ $rec =~ ^[0-9.]+$ ]] && LAG_RECOVERIES+=("$rec")
  [[ $maxl =~ ^[0-9]+$ ]] && LAG_MAXES+=("$(mib "$maxl")")
  [ "$fr" = ok ] && FINISH_TIMES+=("$fs")
done
if [ ${#LAG_RECOVERIES[@]} -gt 0 ]; then
  read -r rmed rmin rmax <<<"$(stats "${LAG_RECOVERIES[@]}")"
  echo "recovery under 1 MiB after the load (median min max): $rmed $rmin $rmax s; target within 10 s: $(awk -v m="$rmax" 'BEGIN { print (m <= 10) ? "met in every round" : "NOT met in every round" }')"
fi
[ ${#LAG_MAXES[@]} -eq 0 ] || echo "max lag during the load (median min max): $(stats "${LAG_MAXES[@]}") MiB; of any slot (bench's or the empty postgres database's): $(stats "${LAG_ALL[@]}") MiB"
[ ${#FINISH_TIMES[@]} -eq 0 ] || echo "pgmigrate finish (median min max): $(stats "${FINISH_TIMES[@]}") s, succeeded in ${#FINISH_TIMES[@]} of ${#LAG_ROWS[@]} rounds"
echo "'status during/after': lag_bytes in MiB from 'pgmigrate status --json', once half-way through the load, once after recovery"
echo
echo "password in the benchmark's logs: $([ "$SECRET_FOUND" = 0 ] && echo no || echo "YES, in $SECRET_FOUND files"); in the servers' logs: $([ "$SECRET_IN_SERVER_LOGS" = 0 ] && echo no || echo "YES, in $SECRET_IN_SERVER_LOGS files")"
[ "$SECRET_FOUND" = 0 ] && [ "$SECRET_IN_SERVER_LOGS" = 0 ] || ANY_FAILURE=1
for method in "${!FAILED[@]}"; do
  echo "FAILED ${LABEL[$method]}: ${FAILED[$method]}"
done
exit "$ANY_FAILURE"
