# shellcheck shell=bash
# shellcheck disable=SC2034 # CLUSTER_SETTINGS, SECRET, LOGS, ... are read by the scripts
# shellcheck disable=SC2153 # SSLMODE and the others are set by the sourcing script
# What bench/run-bench.sh and bench/run-replication-bench.sh share: option checks, installing
# what is missing, the idle-CPU check, a pinned copy of pgmigrate, and the throwaway clusters with
# their passfile. Sourced after option parsing; expects BENCH_NAME, ROOT, PGBIN, PGMIGRATE,
# FIXTURE, SCALE, ROUNDS, JOBS, DURABILITY, LOG_DIR and SSLMODE.

say() { printf '%s\n' "$*" >&2; }
die() { say "$BENCH_NAME: $*"; exit 1; }

# Exits 2 on a bad --scale/--rounds/--jobs/--durability; sets CLUSTER_SETTINGS for the report.
bench_check_options() {
  local n
  for n in "$SCALE" "$ROUNDS" "$JOBS"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "$BENCH_NAME: --scale, --rounds and --jobs take a positive integer" >&2; exit 2; }
  done
  case $DURABILITY in
    durable) CLUSTER_SETTINGS="fsync=on, synchronous_commit=on, full_page_writes=on, shared_buffers=128MB" ;;
    fast) CLUSTER_SETTINGS="fsync=off, synchronous_commit=off, full_page_writes=off, shared_buffers=64MB" ;;
    *) echo "$BENCH_NAME: --durability takes durable or fast" >&2; exit 2 ;;
  esac
}

# PostgreSQL 15 server and client, jq, openssl, plus the packages named (each installed when the
# command of the same name is missing).
bench_install() {
  local pkgs=() extra
  [ -x "$PGBIN/initdb" ] && [ -x "$PGBIN/pgbench" ] || pkgs+=(postgresql-15)
  [ -x "$PGBIN/pg_dump" ] && [ -x "$PGBIN/pg_restore" ] && [ -x "$PGBIN/psql" ] || pkgs+=(postgresql-client-15)
  for extra in jq openssl "$@"; do
    command -v "$extra" >/dev/null || pkgs+=("$extra")
  done
  if [ ${#pkgs[@]} -gt 0 ]; then
    local sudo=()
    [ "$(id -u)" = 0 ] || sudo=(sudo)
    say "$BENCH_NAME: installing ${pkgs[*]}"
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${pkgs[@]}"; then
      "${sudo[@]}" apt-get update
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${pkgs[@]}"
    fi
  fi
  [ -x "$PGMIGRATE" ] || die "$PGMIGRATE is missing: build it first (scripts/build)"
}

cpu_busy_percent() { # share of all CPUs busy over the next 3 seconds
  local a b
  a=$(head -n 1 /proc/stat)
  sleep 3
  b=$(head -n 1 /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN {
    na = split(a, x, " "); split(b, y, " "); total = 0
    for (i = 2; i <= na; i++) total += y[i] - x[i]
    idle = (y[5] - x[5]) + (y[6] - x[6])
    busy = 0
    if (total > 0) busy = 100 * (total - idle) / total
    printf "%.0f", busy }'
}

# Compilers, build tools and test runners of the developer sharing the machine (names only).
other_activity() {
  local names
  # shellcheck disable=SC2009 # one listing of every command name, counted
  names=$(ps -eo comm= | grep -E '^(cc1plus|cc1|c\+\+|g\+\+|gcc|clang.*|ld|ld\.gold|ninja|make|cmake|ctest|moc|as|tst_.*|.*_test)$' |
    sort | uniq -c | awk '{ printf "%s%s x%s", (NR > 1 ? ", " : ""), $2, $1 }') || true
  echo "${names:-none}"
}

# WORK (a temp dir the postgres user can enter) and LOGS (--log-dir, or inside WORK).
bench_workdir() { # prefix
  WORK=$(mktemp -d "/tmp/$1.XXXXXX")
  chmod 755 "$WORK" # the postgres user must reach the clusters below it
  if [ -z "$LOG_DIR" ]; then
    LOGS=$WORK/logs
  else
    mkdir -p "$LOG_DIR"
    LOGS=$(cd "$LOG_DIR" && pwd)
  fi
  mkdir -p "$LOGS"
}

# Every round runs the same pgmigrate, even if build/ is rebuilt meanwhile: PGMIGRATE becomes a
# copy in WORK, PGM_ORIGIN says which build it is.
bench_pin_pgmigrate() {
  cp "$PGMIGRATE" "$WORK/pgmigrate"
  PGM_ORIGIN="$PGMIGRATE, built $(date -u -r "$PGMIGRATE" '+%Y-%m-%d %H:%M UTC'), sha256 $(sha256sum "$WORK/pgmigrate" | cut -c1-12)"
  if PGM_COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null); then
    if [ -n "$(git -C "$ROOT" --no-optional-locks status --porcelain --untracked-files=no 2>/dev/null)" ]; then
      PGM_COMMIT="$PGM_COMMIT + uncommitted changes"
    fi
    PGM_ORIGIN="$PGM_ORIGIN, tree at $PGM_COMMIT"
  fi
  PGMIGRATE=$WORK/pgmigrate
}

# Source and target clusters in WORK/pg (durable or fast), SRC_PORT, TGT_PORT, SECRET, and a
# passfile every tool reads (never the password on a command line).
bench_start_clusters() {
  PGM_CLUSTERS_TRACK_STATEMENTS=0 PGM_CLUSTERS_DURABLE=$([ "$DURABILITY" = durable ] && echo 1 || echo 0) "$FIXTURE" start "$WORK/pg" >&2
  # shellcheck disable=SC1091
  source "$WORK/pg/env"
  SRC_PORT=$PGM_TEST_SOURCE_PORT
  TGT_PORT=$PGM_TEST_TARGET_PORT
  SECRET=$PGM_TEST_PASSWORD
  local escaped=${SECRET//\\/\\\\}
  escaped=${escaped//:/\\:}
  printf '127.0.0.1:*:*:postgres:%s\n' "$escaped" >"$WORK/pgpass"
  chmod 600 "$WORK/pgpass"
  unset PGPASSWORD PGDATABASE PGSERVICE
  export PGPASSFILE=$WORK/pgpass PGHOST=127.0.0.1 PGUSER=postgres PGSSLMODE=$SSLMODE
}

src_psql() { "$PGBIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -p "$SRC_PORT" "$@"; }
tgt_psql() { "$PGBIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -p "$TGT_PORT" "$@"; }
uri() { echo "postgres://postgres@127.0.0.1:$1/$2?sslmode=$SSLMODE"; }
now() { echo "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# The source database `bench`: pgbench at SCALE, with `blank` (pgbench's own) or `random` filler.
# Sets LOAD_SECONDS, EXPECTED_ROWS, SOURCE_INDEXES, SOURCE_TABLES, SOURCE_SIZE, and EXCLUDE (every
# other source database but postgres, for pgmigrate's --exclude-db).
bench_load_source() { # filler
  say "$BENCH_NAME: loading pgbench scale $SCALE into the source database bench"
  src_psql -d postgres -c "CREATE DATABASE bench"
  local t0
  t0=$(now)
  if [ "$1" = blank ]; then
    "$PGBIN/pgbench" -i -q -s "$SCALE" -p "$SRC_PORT" bench >"$LOGS/pgbench-init.log" 2>&1 \
      || { tail -n 20 "$LOGS/pgbench-init.log" >&2; die "pgbench -i failed"; }
  else
    # pgbench's own rows, but the accounts' 84-character filler holds random hex instead of
    # blanks: real rows (hashes, ids, tokens) do not compress 50:1, and the classic tools'
    # default compression is then what they wait for. Tables and keys are still pgbench's.
    "$PGBIN/pgbench" -i -q -I dtG -s "$SCALE" -p "$SRC_PORT" bench >"$LOGS/pgbench-init.log" 2>&1 \
      || { tail -n 20 "$LOGS/pgbench-init.log" >&2; die "pgbench -i failed"; }
    src_psql -d bench -c "TRUNCATE pgbench_accounts" -c "INSERT INTO pgbench_accounts
        SELECT aid, (aid - 1) / 100000 + 1, 0,
               substr(md5(random()::text) || md5(random()::text), 1, 84)
        FROM generate_series(1, $SCALE * 100000) AS aid" >>"$LOGS/pgbench-init.log" 2>&1 \
      || { tail -n 20 "$LOGS/pgbench-init.log" >&2; die "filling pgbench_accounts failed"; }
    "$PGBIN/pgbench" -i -q -I p -p "$SRC_PORT" bench >>"$LOGS/pgbench-init.log" 2>&1 \
      || { tail -n 20 "$LOGS/pgbench-init.log" >&2; die "pgbench -i -I p failed"; }
  fi
  src_psql -d bench -c "VACUUM ANALYZE" -c "CHECKPOINT"
  LOAD_SECONDS=$(elapsed "$t0" "$(now)")
  EXPECTED_ROWS=$((SCALE * 100000))
  SOURCE_INDEXES=$(src_psql -d bench -c "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'")
  SOURCE_TABLES=$(src_psql -d bench -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
  SOURCE_SIZE=$(src_psql -d bench -c "SELECT pg_size_pretty(pg_database_size('bench'))")
  EXCLUDE=$(src_psql -d postgres -c "SELECT coalesce(string_agg(datname, ',' ORDER BY datname), '')
    FROM pg_database WHERE NOT datistemplate AND datname NOT IN ('bench', 'postgres')")
  say "$BENCH_NAME: bench is $SOURCE_SIZE ($EXPECTED_ROWS accounts, $SOURCE_TABLES tables, $SOURCE_INDEXES indexes), loaded in ${LOAD_SECONDS}s"
}

# The source database `bench` filled by bench/gen-many-tables.sql: TABLES tables (log-normal
# sizes) at MANY_SCALE. Sets what bench_load_source sets; EXPECTED_ROWS is then the rows of
# every table together (check_target counts them all).
bench_load_many() {
  say "$BENCH_NAME: loading $TABLES tables (scale $MANY_SCALE) into the source database bench"
  src_psql -d postgres -c "CREATE DATABASE bench"
  local t0
  t0=$(now)
  src_psql -d bench -v tables="$TABLES" -v scale="$MANY_SCALE" -f "$ROOT/bench/gen-many-tables.sql" \
    >"$LOGS/many-tables.log" 2>&1 || { tail -n 20 "$LOGS/many-tables.log" >&2; die "generating the tables failed"; }
  src_psql -d bench -c "VACUUM ANALYZE" -c "CHECKPOINT"
  LOAD_SECONDS=$(elapsed "$t0" "$(now)")
  EXPECTED_ROWS=$(count_all_rows src_psql)
  SOURCE_INDEXES=$(src_psql -d bench -c "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'")
  SOURCE_TABLES=$(src_psql -d bench -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
  SOURCE_SIZE=$(src_psql -d bench -c "SELECT pg_size_pretty(pg_database_size('bench'))")
  EXCLUDE=$(src_psql -d postgres -c "SELECT coalesce(string_agg(datname, ',' ORDER BY datname), '')
    FROM pg_database WHERE NOT datistemplate AND datname NOT IN ('bench', 'postgres')")
  say "$BENCH_NAME: bench is $SOURCE_SIZE ($EXPECTED_ROWS rows, $SOURCE_TABLES tables, $SOURCE_INDEXES indexes), loaded in ${LOAD_SECONDS}s"
}

# The rows of every table of bench's public schema, together (src_psql or tgt_psql).
count_all_rows() {
  "$1" -d bench -c "SELECT coalesce(sum((xpath('/row/c/text()', query_to_xml(format(
    'SELECT count(*) AS c FROM ONLY %I.%I', schemaname, tablename), false, true, '')))[1]::text::bigint), 0)
    FROM pg_tables WHERE schemaname = 'public'"
}

# A target without the bench database (its roles and empty postgres database stay), after a
# checkpoint on both servers, so no method pays for another's dirty pages.
# The raw limit's front (both benchmarks): `bench` made on the target with the source's
# pre-data section (tables without indexes), and the post-data section dumped to DIR/post.dump
# for after the copy.
raw_limit_schema() { # dir
  tgt_psql -d postgres -c "CREATE DATABASE bench" || return 1
  "$PGBIN/pg_dump" --section=pre-data -d "$SRC_URI" -f "$1/pre.sql" || return 1
  "$PGBIN/pg_dump" -Fc --section=post-data -d "$SRC_URI" -f "$1/post.dump" || return 1
  tgt_psql -d bench -f "$1/pre.sql" >/dev/null
}

empty_target() {
  tgt_psql -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS bench WITH (FORCE)"
  src_psql -d postgres -c "CHECKPOINT"
  tgt_psql -d postgres -c "CHECKPOINT"
  sync
}

# Fails unless the target holds every account row and every index of the source.
check_target() {
  local rows indexes
  if [ "${DATASET:-pgbench}" = many ]; then
    rows=$(count_all_rows tgt_psql) || return 1
  else
    rows=$(tgt_psql -d bench -c "SELECT count(*) FROM pgbench_accounts") || return 1
  fi
  indexes=$(tgt_psql -d bench -c "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'") || return 1
  if [ "$rows" != "$EXPECTED_ROWS" ]; then
    say "$BENCH_NAME: CHECK FAILED: ${DATASET:-pgbench} has $rows rows on the target, expected $EXPECTED_ROWS"
    return 1
  fi
  if [ "$indexes" != "$SOURCE_INDEXES" ]; then
    say "$BENCH_NAME: CHECK FAILED: the target has $indexes indexes in public, the source $SOURCE_INDEXES"
    return 1
  fi
  say "$BENCH_NAME: check: target ${DATASET:-pgbench} $rows rows, $indexes indexes"
}
