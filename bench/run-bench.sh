#!/usr/bin/env bash
# Compares pgmigrate's one-time copy (`migrate --method dump`) with the classic tools, on one
# machine, in one run. Not a test: nothing in scripts/test or CTest calls it.
#
#   bench/run-bench.sh [--scale N] [--rounds R] [--jobs J] [--sslmode MODE]
#                      [--durability D] [--filler F] [--log-dir DIR]
#                      [--dataset pgbench|many] [--tables N] [--many-scale F]
#
#   --scale N      pgbench scale of the source database `bench` (default 50: 5 000 000 accounts)
#   --rounds R     rounds; every round runs every method once, in a rotated order (default 3)
#   --jobs J       parallel jobs given to every parallel tool (default 2)
#   --sslmode M    libpq sslmode for every connection of every tool (default disable)
#   --durability D durable (default): clusters with fsync, synchronous_commit and full-page
#                  writes on, as a DBA runs them; fast: the test fixture's fsync=off clusters
#   --filler F     blank (default): pgbench's blank-padded accounts; random: the same rows with
#                  random hex in the filler column, as incompressible as real data
#   --log-dir DIR  keep every tool's log in DIR (default: a temp dir removed at the end)
#   --dataset D    pgbench (default) or many: bench/gen-many-tables.sql, N tables (--tables,
#                  default 2000) of log-normal sizes, about 1.5 GB times --many-scale (default 1;
#                  0.05 for a quick run), with indexes, foreign keys, partitions, large objects
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
SSLMODE=disable
DURABILITY=durable
FILLER=blank
LOG_DIR=
DATASET=pgbench
TABLES=2000
MANY_SCALE=1

usage() {
  sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

while [ $# -gt 0 ]; do
  case $1 in
    --scale) SCALE=${2:?}; shift 2 ;;
    --rounds) ROUNDS=${2:?}; shift 2 ;;
    --jobs) JOBS=${2:?}; shift 2 ;;
    --sslmode) SSLMODE=${2:?}; shift 2 ;;
    --durability) DURABILITY=${2:?}; shift 2 ;;
    --filler) FILLER=${2:?}; shift 2 ;;
    --log-dir) LOG_DIR=${2:?}; shift 2 ;;
    --dataset) DATASET=${2:?}; shift 2 ;;
    --tables) TABLES=${2:?}; shift 2 ;;
    --many-scale) MANY_SCALE=${2:?}; shift 2 ;;
    -h | --help) usage ;;
    *) echo "run-bench: unknown argument $1" >&2; usage ;;
  esac
done
BENCH_NAME=run-bench
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
bench_check_options
case $FILLER in
  blank | random) ;;
  *) echo "run-bench: --filler takes blank or random" >&2; exit 2 ;;
esac
case $DATASET in
  pgbench | many) ;;
  *) echo "run-bench: --dataset takes pgbench or many" >&2; exit 2 ;;
esac
[[ $TABLES =~ ^[1-9][0-9]*$ && $MANY_SCALE =~ ^[0-9]*\.?[0-9]+$ ]] ||
  { echo "run-bench: --tables takes a positive integer, --many-scale a number" >&2; exit 2; }

# ---------------------------------------------------------------------------------------------
# 1. What the benchmark needs
# ---------------------------------------------------------------------------------------------
bench_install pgcopydb

PGCOPYDB_OK=1
PGCOPYDB_VERSION=$(pgcopydb --version 2>/dev/null | grep -m1 '^pgcopydb version' || true)
PGCOPYDB_COMPAT=$(pgcopydb --version 2>/dev/null | grep -m1 '^compatible with' || true)
if [ -z "$PGCOPYDB_VERSION" ]; then
  PGCOPYDB_OK=0
  say "run-bench: pgcopydb does not run; its method is skipped"
elif ! grep -qw 15 <<<"$PGCOPYDB_COMPAT"; then
  PGCOPYDB_OK=0
  say "run-bench: $PGCOPYDB_VERSION says '$PGCOPYDB_COMPAT' (no PostgreSQL 15); its method is skipped"
fi

IDLE_CHECK=$(cpu_busy_percent)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$IDLE_CHECK" -gt 15 ]; then
  say "run-bench: WARNING: the CPUs were ${IDLE_CHECK}% busy before the benchmark started (something else is running: $(other_activity)): the timings will be noisy"
fi

# ---------------------------------------------------------------------------------------------
# 2. Clusters and data
# ---------------------------------------------------------------------------------------------
bench_workdir pgmigrate-bench
CURRENT_PGID=
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$CURRENT_PGID" ]; then
    kill -TERM -- "-$CURRENT_PGID" 2>/dev/null || true
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
export PATH=$PGBIN:$PATH # pgcopydb calls pg_dump / pg_restore from PATH: use the 15 ones
SRC_URI=$(uri "$SRC_PORT" bench)
TGT_URI=$(uri "$TGT_PORT" bench)

if [ "$DATASET" = many ]; then
  bench_load_many
else
  bench_load_source "$FILLER"
fi

# ---------------------------------------------------------------------------------------------
# 3. The methods. Each starts from a target without a bench database (the target's roles and
#    its empty postgres database stay), and its timing includes creating that database.
# ---------------------------------------------------------------------------------------------

# a. pg_dump -Fc | pg_restore, one stream.
run_single() {
  tgt_psql -d postgres -c "CREATE DATABASE bench" &&
    "$PGBIN/pg_dump" -Fc -d "$SRC_URI" | "$PGBIN/pg_restore" --exit-on-error -d "$TGT_URI"
}

# b. pg_dump -Fd -j J to a directory, then pg_restore -j J.
run_directory() {
  local dir=$WORK/dump-dir
  rm -rf "$dir"
  tgt_psql -d postgres -c "CREATE DATABASE bench" &&
    "$PGBIN/pg_dump" -Fd -j "$JOBS" -f "$dir" -d "$SRC_URI" &&
    "$PGBIN/pg_restore" -j "$JOBS" --exit-on-error -d "$TGT_URI" "$dir"
}

# c. pgcopydb clone (its own session: it signals its process group).
run_pgcopydb() {
  local dir=$WORK/pgcopydb
  rm -rf "$dir"
  tgt_psql -d postgres -c "CREATE DATABASE bench" || return 1
  setsid --wait pgcopydb clone --source "$SRC_URI" --target "$TGT_URI" --dir "$dir" \
    --table-jobs "$JOBS" --index-jobs "$JOBS" &
  CURRENT_PGID=$!
  local status=0
  wait "$CURRENT_PGID" || status=$?
  CURRENT_PGID=
  return "$status"
}

# d. pgmigrate migrate --method dump (passwords in its environment, never in argv).
PGM_JSON=
run_pgmigrate() {
  local args=(migrate --source "$(uri "$SRC_PORT" postgres)" --target "$(uri "$TGT_PORT" postgres)"
    --method dump --jobs "$JOBS" --json)
  [ -n "$EXCLUDE" ] && args+=(--exclude-db "$EXCLUDE")
  rm -rf "$WORK/pgm-state"
  mkdir -m 700 "$WORK/pgm-state"
  PGMIGRATE_STATE_DIR=$WORK/pgm-state PGMIGRATE_SOURCE_PASSWORD=$PGM_TEST_PASSWORD \
    PGMIGRATE_TARGET_PASSWORD=$PGM_TEST_PASSWORD "$PGMIGRATE" "${args[@]}" >"$PGM_JSON"
}

# e. The raw limit: schema without indexes, parallel binary COPY per table (largest first),
#    then the post-data section (indexes, constraints) restored with -j J.
RAW_SCHEMA=
RAW_COPY=
RAW_INDEX=
copy_one_table() { # schema.table
  "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -p "$SRC_PORT" -d bench \
    -c "\\copy $1 TO pstdout WITH (FORMAT binary)" |
    "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -p "$TGT_PORT" -d bench \
      -c "BEGIN" -c "TRUNCATE ONLY $1" -c "\\copy $1 FROM pstdin WITH (FORMAT binary, FREEZE)" -c "COMMIT"
}
run_raw() {
  local t0 t1 t2 t3 dir=$WORK/raw
  rm -rf "$dir"
  mkdir -p "$dir"
  t0=$(now)
  raw_limit_schema "$dir" || return 1
  t1=$(now)
  local tables=() i=0 table
  mapfile -t tables < <(src_psql -d bench -c "SELECT format('%I.%I', n.nspname, c.relname)
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
    ORDER BY pg_relation_size(c.oid) DESC, 1")
  for table in "${tables[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
    (
      set +e
      copy_one_table "$table"
      echo $? >"$dir/copy.$i.rc"
    ) &
    i=$((i + 1))
  done
  wait
  for ((n = 0; n < i; n++)); do
    [ "$(cat "$dir/copy.$n.rc" 2>/dev/null)" = 0 ] || { say "run-bench: raw COPY of ${tables[$n]} failed"; return 1; }
  done
  t2=$(now)
  "$PGBIN/pg_restore" -j "$JOBS" --exit-on-error -d "$TGT_URI" "$dir/post.dump" || return 1
  t3=$(now)
  RAW_SCHEMA=$(elapsed "$t0" "$t1")
  RAW_COPY=$(elapsed "$t1" "$t2")
  RAW_INDEX=$(elapsed "$t2" "$t3")
}

METHODS=(single directory pgcopydb pgmigrate raw)
declare -A LABEL=(
  [single]="pg_dump -Fc | pg_restore"
  [directory]="pg_dump -Fd -j$JOBS + pg_restore -j$JOBS"
  [pgcopydb]="pgcopydb clone (jobs $JOBS)"
  [pgmigrate]="pgmigrate (verified, analyzed)"
  [pgmigrate_noverify]="pgmigrate minus verify+analyze"
  [raw]="raw limit (COPY + indexes)"
)
declare -A TIMES=()  # method -> space-separated wall seconds, one per round
declare -A FAILED=() # method -> first failure
RAW_DETAIL=()        # schema copy index per round
PGM_DETAIL=()        # copy verify per round
PGM_PHASES=()        # schema data indexes verify analyze per round (pgmigrate's phase_seconds)
ANY_FAILURE=0

record() { TIMES[$1]="${TIMES[$1]:-} $2"; }

run_method() { # method round
  local method=$1 round=$2 log="$LOGS/round$2-$1.log" t0 t1 wall status=0
  if [ "$method" = pgcopydb ] && [ "$PGCOPYDB_OK" = 0 ]; then
    FAILED[pgcopydb]=${FAILED[pgcopydb]:-"not run: $PGCOPYDB_VERSION $PGCOPYDB_COMPAT"}
    return 0
  fi
  empty_target
  PGM_JSON="$LOGS/round$round-pgmigrate.json"
  t0=$(now)
  "run_$method" >"$log" 2>&1 || status=$?
  t1=$(now)
  wall=$(elapsed "$t0" "$t1")
  if [ "$status" = 0 ] && ! check_target >>"$log" 2>&1; then
    status=99
  fi
  if [ "$status" != 0 ]; then
    ANY_FAILURE=1
    say ""
    say "run-bench: ======== ${LABEL[$method]} FAILED in round $round (status $status) ========"
    tail -n 25 "$log" >&2
    say "run-bench: (full log: $log$([ -n "$LOG_DIR" ] || echo ", removed at exit: keep it with --log-dir"))"
    say ""
    if [ "$method" = pgmigrate ] && [ -s "$PGM_JSON" ]; then
      say "run-bench: pgmigrate's error: $(jq -r '.migration.error // "none"' "$PGM_JSON" 2>/dev/null)"
      echo "pgmigrate's error: $(jq -r '.migration.error // "none"' "$PGM_JSON" 2>/dev/null)" >>"$log"
    fi
    FAILED[$method]=${FAILED[$method]:-"round $round, status $status: $(grep -m1 -E 'ERROR|FATAL|error:|FAILED|pgmigrate.s error' "$log" || tail -n 1 "$log")"}
    return 0
  fi
  case $method in
    pgmigrate)
      local copy verify
      copy=$(jq -r '[.migration_detail[].copy_seconds] | add * 100 | round / 100' "$PGM_JSON")
      verify=$(jq -r '[.migration_detail[].verify_seconds] | add * 100 | round / 100' "$PGM_JSON")
      PGM_DETAIL+=("$copy $verify")
      local phase parts=()
      # The raw limit's parts plus what it leaves out, summed over databases. Verification
      # that overlaps the copy (hashes taken while rows stream) is inside `data`, not `verify`.
      for phase in schema data indexes verify analyze; do
        parts+=("$(jq -r "[.migration_detail[].phase_seconds.\"$phase\" // 0] | add * 100 | round / 100" "$PGM_JSON")")
      done
      PGM_PHASES+=("${parts[*]}")
      record pgmigrate "$wall"
      record pgmigrate_noverify "$(awk -v w="$wall" -v v="${parts[3]}" -v a="${parts[4]}" 'BEGIN { printf "%.2f", w - v - a }')"
      say "run-bench: round $round  ${LABEL[$method]}: ${wall}s (phases: schema ${parts[0]}s, data ${parts[1]}s, indexes ${parts[2]}s, verify ${parts[3]}s, analyze ${parts[4]}s)"
      ;;
    raw)
      record raw "$wall"
      RAW_DETAIL+=("$RAW_SCHEMA $RAW_COPY $RAW_INDEX")
      say "run-bench: round $round  ${LABEL[$method]}: ${wall}s (schema ${RAW_SCHEMA}s, copy ${RAW_COPY}s, indexes ${RAW_INDEX}s)"
      ;;
    *)
      record "$method" "$wall"
      say "run-bench: round $round  ${LABEL[$method]}: ${wall}s"
      ;;
  esac
}

# A bare commit's and a TRUNCATE's latency on the target, before every round: the per-table
# tools commit once per table, so on a slow-flushing hour their times move with these.
COMMIT_MS=()   # per round
TRUNCATE_MS=() # per round
probe_target_commits() {
  local dir=$WORK/probe ms
  mkdir -p "$dir"
  echo "INSERT INTO probe VALUES (1);" >"$dir/commit.sql"
  printf '%s\n' "BEGIN;" "TRUNCATE probe;" "COMMIT;" >"$dir/truncate.sql"
  tgt_psql -d postgres -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS commitprobe" -c "CREATE DATABASE commitprobe" &&
    tgt_psql -d commitprobe -c "CREATE TABLE probe (i int)" || return 1
  for ms in commit truncate; do
    "$PGBIN/pgbench" -n -t 200 -f "$dir/$ms.sql" -p "$TGT_PORT" -U postgres commitprobe 2>&1 |
      awk '/^latency average/ { print $4 }' >"$dir/$ms.ms"
  done
  COMMIT_MS+=("$(cat "$dir/commit.ms")")
  TRUNCATE_MS+=("$(cat "$dir/truncate.ms")")
  tgt_psql -d postgres -c "DROP DATABASE commitprobe"
  say "run-bench: the target's latency: a one-row commit ${COMMIT_MS[-1]} ms, a TRUNCATE and commit ${TRUNCATE_MS[-1]} ms"
}

BENCH_START=$(now)
for ((round = 1; round <= ROUNDS; round++)); do
  probe_target_commits || say "run-bench: the commit probe failed"
  # Rotate the order every round: each method runs first, second, ... in turn.
  order=()
  for ((k = 0; k < ${#METHODS[@]}; k++)); do
    order+=("${METHODS[$(((k + round - 1) % ${#METHODS[@]}))]}")
  done
  say "run-bench: round $round/$ROUNDS: ${order[*]}"
  for method in "${order[@]}"; do
    run_method "$method" "$round"
  done
done
BENCH_SECONDS=$(elapsed "$BENCH_START" "$(now)")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------
# 4. Report
# ---------------------------------------------------------------------------------------------
stats() { # numbers... -> "median min max"
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "- - -"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f %.2f %.2f\n", m, v[1], v[NR] }'
}
median_of() { # method
  local values
  read -r -a values <<<"${TIMES[$1]:-}"
  [ ${#values[@]} -gt 0 ] || { echo -; return; }
  stats "${values[@]}" | cut -d' ' -f1
}
ratio() { # a b
  if [ "$1" = - ] || [ "$2" = - ]; then echo -; else awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; fi
}

PGM_MED=$(median_of pgmigrate)
PGCOPYDB_MED=$(median_of pgcopydb)
RAW_MED=$(median_of raw)
CPU_MODEL=$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
MEM=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
PG_VERSION=$(src_psql -d postgres -c "SELECT version()")

echo
echo "pgmigrate benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine:    $(nproc) CPUs ($CPU_MODEL), $MEM RAM, Linux $(uname -r)"
echo "postgres:   $PG_VERSION"
echo "pgmigrate:  $PGM_ORIGIN"
echo "tools:      $("$PGBIN/pg_dump" --version), ${PGCOPYDB_VERSION:-pgcopydb missing}, $("$PGMIGRATE" --version 2>&1 | head -n 1)"
if [ "$DATASET" = many ]; then
  echo "data:       many tables: $SOURCE_TABLES tables (--tables $TABLES, --many-scale $MANY_SCALE), $SOURCE_INDEXES indexes, $EXPECTED_ROWS rows, $SOURCE_SIZE on the source, jobs $JOBS, $ROUNDS rounds, sslmode=$SSLMODE"
else
  echo "data:       pgbench scale $SCALE ($EXPECTED_ROWS accounts, filler $FILLER, $SOURCE_SIZE on the source), jobs $JOBS, $ROUNDS rounds, sslmode=$SSLMODE"
fi
echo "            source and target: local clusters from tests/fixture/pg-clusters.sh ($CLUSTER_SETTINGS)"
echo "            benchmark time ${BENCH_SECONDS}s (plus ${LOAD_SECONDS}s loading the data)"
echo "            CPUs ${IDLE_CHECK}% busy in the 3 s before the benchmark started; load average then $LOAD_BEFORE, after the rounds $LOAD_AFTER"
echo
printf '%-38s %9s %9s %9s %10s %10s %10s\n' "method" "median s" "min s" "max s" "x pgmigr." "x pgcopydb" "x raw"
printf '%-38s %9s %9s %9s %10s %10s %10s\n' "------" "--------" "-----" "-----" "---------" "----------" "-----"
for method in single directory pgcopydb pgmigrate pgmigrate_noverify raw; do
  read -r -a values <<<"${TIMES[$method]:-}"
  if [ ${#values[@]} -eq 0 ]; then
    printf '%-38s %9s\n' "${LABEL[$method]}" "FAILED"
    continue
  fi
  read -r med min max <<<"$(stats "${values[@]}")"
  printf '%-38s %9s %9s %9s %10s %10s %10s\n' "${LABEL[$method]}" "$med" "$min" "$max" \
    "$(ratio "$med" "$PGM_MED")" "$(ratio "$med" "$PGCOPYDB_MED")" "$(ratio "$med" "$RAW_MED")"
done
echo
if [ ${#PGM_DETAIL[@]} -gt 0 ]; then
  mapfile -t copies < <(printf '%s\n' "${PGM_DETAIL[@]}" | cut -d' ' -f1)
  mapfile -t verifies < <(printf '%s\n' "${PGM_DETAIL[@]}" | cut -d' ' -f2)
  echo "pgmigrate as it reports itself (median min max): copy_seconds $(stats "${copies[@]}"), verify_seconds $(stats "${verifies[@]}")"
  mapfile -t schemas < <(printf '%s\n' "${PGM_PHASES[@]}" | cut -d' ' -f1)
  mapfile -t datas < <(printf '%s\n' "${PGM_PHASES[@]}" | cut -d' ' -f2)
  mapfile -t indexes < <(printf '%s\n' "${PGM_PHASES[@]}" | cut -d' ' -f3)
  mapfile -t verifies < <(printf '%s\n' "${PGM_PHASES[@]}" | cut -d' ' -f4)
  mapfile -t analyzes < <(printf '%s\n' "${PGM_PHASES[@]}" | cut -d' ' -f5)
  echo "pgmigrate's phases (median min max, phase_seconds over all databases): schema $(stats "${schemas[@]}"), data $(stats "${datas[@]}"), indexes $(stats "${indexes[@]}"), verify $(stats "${verifies[@]}"), analyze $(stats "${analyzes[@]}")"
fi
if [ ${#RAW_DETAIL[@]} -gt 0 ]; then
  mapfile -t schemas < <(printf '%s\n' "${RAW_DETAIL[@]}" | cut -d' ' -f1)
  mapfile -t copies < <(printf '%s\n' "${RAW_DETAIL[@]}" | cut -d' ' -f2)
  mapfile -t indexes < <(printf '%s\n' "${RAW_DETAIL[@]}" | cut -d' ' -f3)
  mapfile -t sums < <(printf '%s\n' "${RAW_DETAIL[@]}" | awk '{ printf "%.2f\n", $2 + $3 }')
  echo "raw limit parts (median min max): schema $(stats "${schemas[@]}"), COPY $(stats "${copies[@]}"), indexes $(stats "${indexes[@]}"), COPY+indexes $(stats "${sums[@]}")"
fi
[ ${#COMMIT_MS[@]} -gt 0 ] &&
  echo "the target's latency per round (ms, pgbench -t 200): one-row commit ${COMMIT_MS[*]}; TRUNCATE and commit ${TRUNCATE_MS[*]}"
echo "ratios: a method's median divided by the median of pgmigrate (verified, analyzed) / pgcopydb clone / the raw limit (< 1 is faster)"
echo "per-round ratios (same round, alternating order): pgmigrate / pgcopydb: $(paste -d' ' <(tr ' ' '\n' <<<"${TIMES[pgmigrate]:-}") <(tr ' ' '\n' <<<"${TIMES[pgcopydb]:-}") | awk 'NF == 2 { printf "%.2f ", $1 / $2 }'), pgmigrate / raw: $(paste -d' ' <(tr ' ' '\n' <<<"${TIMES[pgmigrate]:-}") <(tr ' ' '\n' <<<"${TIMES[raw]:-}") | awk 'NF == 2 { printf "%.2f ", $1 / $2 }')"
echo "per-round seconds:"
for method in single directory pgcopydb pgmigrate pgmigrate_noverify raw; do
  printf '  %-36s %s\n' "${LABEL[$method]}" "${TIMES[$method]:- -}"
done
for method in "${!FAILED[@]}"; do
  echo "FAILED ${LABEL[$method]}: ${FAILED[$method]}"
done
exit "$ANY_FAILURE"
