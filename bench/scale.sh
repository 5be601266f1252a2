#!/usr/bin/env bash
# Scale: how long `pgmigrate check` and `pgmigrate migrate --method dump` take, and how much
# memory the CLI holds at its peak, on a source with many tables or many databases (issue 12).
# Not a test: nothing in scripts/test or CTest calls it.
#
#   bench/scale.sh [--tables N] [--databases M] [--jobs J] [--binary PATH]... [--log-dir DIR]
#
#   --tables N     tables in the source database `scale` (default 20000)
#   --rows R       rows per table (default 1)
#   --target-delay MS  reach the target through bench/lagproxy.py, which delays everything MS
#                  milliseconds each way (a target that far away; 1 gives round trips of 2.5 ms)
#   --databases M  instead: M databases scale_1 .. scale_M of --tables tables each (default
#                  tables per database then 5)
#   --jobs J       migrate --jobs (default 2)
#   --binary PATH  the pgmigrate to measure (default build/cli/pgmigrate); repeat it to compare
#                  builds on the same clusters and data (each runs into an emptied target)
#   --log-dir DIR  keep the logs (each binary's stderr, its RSS samples); default: a temp dir
#   --heaptrack    run migrate under heaptrack too (a second run, slower): its profile goes to
#                  the log dir (heaptrack_print FILE shows the peak's allocators)
#
# Prints, per binary: check time, migrate time, the CLI's own peak RSS (its VmHWM, sampled every
# 0.5 s from /proc until it exits; /usr/bin/time's "Maximum resident set size" is printed too,
# but it counts pg_dump and pg_restore, its children) and the highest VmRSS of each phase.
# Starts its own throwaway PostgreSQL 15 pair (tests/fixture/pg-clusters.sh) in a temp dir and
# removes it on exit. See bench/README.md ("Scale").
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PGBIN=/usr/lib/postgresql/15/bin
FIXTURE=$ROOT/tests/fixture/pg-clusters.sh
TABLES=
DATABASES=0
JOBS=2
BINARIES=()
LOG_DIR=
HEAPTRACK=0
ROWS=1
DELAY=

usage() {
  sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

while [ $# -gt 0 ]; do
  case $1 in
    --tables) TABLES=${2:?}; shift 2 ;;
    --databases) DATABASES=${2:?}; shift 2 ;;
    --jobs) JOBS=${2:?}; shift 2 ;;
    --binary) BINARIES+=("${2:?}"); shift 2 ;;
    --log-dir) LOG_DIR=${2:?}; shift 2 ;;
    --heaptrack) HEAPTRACK=1; shift ;;
    --rows) ROWS=${2:?}; shift 2 ;;
    --target-delay) DELAY=${2:?}; shift 2 ;;
    -h | --help) usage ;;
    *) echo "scale: unknown argument $1" >&2; usage ;;
  esac
done
[ -n "$TABLES" ] || TABLES=$([ "$DATABASES" -gt 0 ] && echo 5 || echo 20000)
for n in "$TABLES" "$JOBS" "$ROWS"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "scale: --tables, --rows and --jobs take a positive integer" >&2; exit 2; }
done
[[ $DATABASES =~ ^[0-9]+$ ]] || { echo "scale: --databases takes a number" >&2; exit 2; }
[ ${#BINARIES[@]} -gt 0 ] || BINARIES=("$ROOT/build/cli/pgmigrate")

say() { printf '%s\n' "$*" >&2; }
die() { say "scale: $*"; exit 1; }

for bin in "${BINARIES[@]}"; do
  [ -x "$bin" ] || die "$bin is missing: build it first (scripts/build)"
done
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (apt-get install time)"
[ -x "$PGBIN/initdb" ] || die "PostgreSQL 15 is missing (apt-get install postgresql-15)"
[ "$HEAPTRACK" = 0 ] || command -v heaptrack >/dev/null || die "heaptrack is missing (apt-get install heaptrack)"

WORK=$(mktemp -d /tmp/pgmigrate-scale.XXXXXX)
chmod 755 "$WORK" # the postgres user must reach the clusters below it
LOGS=${LOG_DIR:-$WORK/logs}
mkdir -p "$LOGS"
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  [ -z "${PROXY_PID:-}" ] || kill "$PROXY_PID" 2>/dev/null || true
  "$FIXTURE" stop "$WORK/pg" >/dev/null 2>&1 || true
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Each binary is copied first, so a rebuild meanwhile does not change what is measured.
PINNED=()
for i in "${!BINARIES[@]}"; do
  cp "${BINARIES[$i]}" "$WORK/pgmigrate-$i"
  PINNED+=("$WORK/pgmigrate-$i")
done

PGM_CLUSTERS_TRACK_STATEMENTS=0 "$FIXTURE" start-pair "$WORK/pg" >&2
# shellcheck disable=SC1091
source "$WORK/pg/env"
SRC_PORT=$PGM_TEST_SOURCE_PORT
TGT_PORT=$PGM_TEST_TARGET_PORT
printf '127.0.0.1:*:*:postgres:%s\n' "$PGM_TEST_PASSWORD" >"$WORK/pgpass"
chmod 600 "$WORK/pgpass"
unset PGPASSWORD PGDATABASE PGSERVICE
export PGPASSFILE=$WORK/pgpass PGHOST=127.0.0.1 PGUSER=postgres PGSSLMODE=disable
src_psql() { "$PGBIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -p "$SRC_PORT" "$@"; }
tgt_psql() { "$PGBIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -p "$TGT_PORT" "$@"; }
now() { echo "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# pg_dump locks every table of a database in one transaction, and the copy's snapshot locks each
# again meanwhile: the lock table must hold them twice (check's lock-table remedy), on the target
# once (pg_restore of the schema in one go).
LOCKS=$(((TABLES * 4) / 100 + 64))
[ "$LOCKS" -ge 64 ] || LOCKS=64
for name in source target; do
  port=$([ $name = source ] && echo "$SRC_PORT" || echo "$TGT_PORT")
  "$PGBIN/psql" -X -q -p "$port" -d postgres -c "ALTER SYSTEM SET max_locks_per_transaction = $LOCKS"
  "$FIXTURE" restart-one "$WORK/pg" "$name" >&2
done

# The source: `scale` with TABLES tables, or DATABASES databases of TABLES tables each. Tables
# are made in batches of 1000 per transaction, one row each.
make_tables() { # database
  src_psql -d "$1" -c "CREATE PROCEDURE make_tables(n int) LANGUAGE plpgsql AS \$\$
    BEGIN
      FOR i IN 1..n LOOP
        EXECUTE format('CREATE TABLE %I (id int PRIMARY KEY, label text)', 't' || i);
        EXECUTE format('INSERT INTO %I SELECT g, %L FROM generate_series(1, $ROWS) g', 't' || i,
                       'row of t' || i);
        IF i % 1000 = 0 THEN COMMIT; END IF;
      END LOOP;
    END \$\$" -c "CALL make_tables($TABLES)" -c "DROP PROCEDURE make_tables(int)"
}
t0=$(now)
if [ "$DATABASES" -gt 0 ]; then
  say "scale: creating $DATABASES databases of $TABLES tables"
  for i in $(seq 1 "$DATABASES"); do
    src_psql -d postgres -c "CREATE DATABASE scale_$i"
    make_tables "scale_$i"
  done
  SHAPE="$DATABASES databases of $TABLES tables"
else
  say "scale: creating $TABLES tables"
  src_psql -d postgres -c "CREATE DATABASE scale"
  make_tables scale
  SHAPE="1 database of $TABLES tables"
fi
SHAPE="$SHAPE, $ROWS rows each"
src_psql -d postgres -c "CHECKPOINT"
say "scale: source ready in $(elapsed "$t0" "$(now)") s ($SHAPE, max_locks_per_transaction $LOCKS)"

uri() { echo "postgres://postgres@127.0.0.1:$1/postgres?sslmode=disable"; }
# Every database but the ones made above and postgres is excluded.
EXCLUDE=$(src_psql -d postgres -c "SELECT coalesce(string_agg(datname, ',' ORDER BY datname), '')
  FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres' AND datname !~ '^scale(_[0-9]+)?$'")
MIGRATE_TGT_PORT=$TGT_PORT
if [ -n "$DELAY" ]; then
  coproc PROXY { exec python3 "$ROOT/bench/lagproxy.py" 0 "$TGT_PORT" "$DELAY"; }
  PROXY_PID=$!
  read -r MIGRATE_TGT_PORT <&"${PROXY[0]}"
  SHAPE="$SHAPE, the target ${DELAY} ms away each way (port $MIGRATE_TGT_PORT)"
fi
SERVERS=(--source "$(uri "$SRC_PORT")" --target "$(uri "$MIGRATE_TGT_PORT")")
[ -z "$EXCLUDE" ] || SERVERS+=(--exclude-db "$EXCLUDE")
export PGMIGRATE_SOURCE_PASSWORD=$PGM_TEST_PASSWORD PGMIGRATE_TARGET_PASSWORD=$PGM_TEST_PASSWORD

# Process $1 every 0.5 s until it ends: seconds since start, VmRSS and VmHWM (its peak so far:
# spikes between samples count) in kB, and the phase its last progress line (--debug:
# "TIME db: phase ...") named.
sample_rss() { # pid samples-file progress-file
  local start rss phase
  start=$(now)
  while [ -e "/proc/$1/status" ]; do
    rss=$(awk '/^VmRSS:/ { r = $2 } /^VmHWM:/ { h = $2 } END { if (r) print r, h }' \
      "/proc/$1/status" 2>/dev/null) || break
    phase=$(tail -n 1 "$3" 2>/dev/null | sed -E 's/^[^ ]+ //; s/^[^:]*: //; s/ [0-9].*//; s/ /_/g')
    [ -z "$rss" ] || echo "$(elapsed "$start" "$(now)") $rss ${phase:-start}" >>"$2"
    sleep 0.5
  done
}

empty_target() {
  tgt_psql -d postgres <<'SQL'
SELECT format('DROP DATABASE %I WITH (FORCE)', datname) FROM pg_database
WHERE datname ~ '^scale(_[0-9]+)?$'
\gexec
SQL
}

REPORT=()
for i in "${!PINNED[@]}"; do
  bin=${PINNED[$i]}
  name=${BINARIES[$i]}
  empty_target
  rm -rf "$WORK/state"
  mkdir -m 700 "$WORK/state"
  export PGMIGRATE_STATE_DIR=$WORK/state
  if [ "$HEAPTRACK" = 1 ]; then
    say "scale: [$name] migrate under heaptrack"
    heaptrack -o "$LOGS/heaptrack-$i" "$bin" migrate "${SERVERS[@]}" --method dump --jobs "$JOBS" \
      >"$LOGS/heaptrack-$i.out" 2>&1 || say "scale: [$name] migrate under heaptrack failed"
    empty_target
    rm -rf "$WORK/state"
    mkdir -m 700 "$WORK/state"
  fi
  say "scale: [$name] check"
  t0=$(now)
  "$bin" check "${SERVERS[@]}" --method dump >"$LOGS/check-$i.txt" 2>&1 || say "scale: check said no (see $LOGS/check-$i.txt)"
  check_s=$(elapsed "$t0" "$(now)")
  say "scale: [$name] migrate --method dump --jobs $JOBS"
  : >"$LOGS/rss-$i.txt"
  t0=$(now)
  /usr/bin/time -v -o "$LOGS/time-$i.txt" "$bin" migrate "${SERVERS[@]}" --method dump \
    --jobs "$JOBS" --debug >"$LOGS/migrate-$i.out" 2>"$LOGS/migrate-$i.err" &
  time_pid=$!
  sleep 0.2
  pid=$(pgrep -P "$time_pid" | head -n 1 || true)
  sampler=
  if [ -n "$pid" ]; then
    sample_rss "$pid" "$LOGS/rss-$i.txt" "$LOGS/migrate-$i.err" &
    sampler=$!
  fi
  status=0
  wait "$time_pid" || status=$?
  [ -z "$sampler" ] || wait "$sampler" # not a bare wait: the target's relay runs on
  migrate_s=$(elapsed "$t0" "$(now)")
  peak_kb=$(awk '$3 > peak { peak = $3 } END { print peak + 0 }' "$LOGS/rss-$i.txt")
  with_children_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$LOGS/time-$i.txt")
  copied=$(tgt_psql -d postgres -c "SELECT count(*) FROM pg_database WHERE datname ~ '^scale(_[0-9]+)?$'")
  [ "$status" = 0 ] || { tail -n 5 "$LOGS/migrate-$i.err" >&2; say "scale: [$name] migrate FAILED ($status)"; }
  REPORT+=("$(printf '%s: check %ss, migrate %ss, CLI peak RSS %.1f MB (with pg_dump/pg_restore: %.1f MB; exit %s, %s of the databases on the target)' \
    "$name" "$check_s" "$migrate_s" "$(awk -v k="$peak_kb" 'BEGIN { print k / 1024 }')" \
    "$(awk -v k="${with_children_kb:-0}" 'BEGIN { print k / 1024 }')" "$status" "$copied")")
  # The highest VmRSS sample of each phase, in the order the phases came.
  phases=$(awk '{ if (!($4 in max)) order[n++] = $4; if ($2 > max[$4]) max[$4] = $2 }
    END { for (i = 0; i < n; i++) printf "%s%s %.0f", (i ? ", " : ""), order[i], max[order[i]] / 1024 }' "$LOGS/rss-$i.txt")
  REPORT+=("    highest VmRSS sample per phase, MB: $phases")
  REPORT+=("    $(grep -A 1 -E '^  scale(_[0-9]+)? ' "$LOGS/migrate-$i.out" | grep -m 1 -o 'time: schema.*' || echo 'no phase times')")
done

echo "pgmigrate at scale: $SHAPE, --jobs $JOBS, $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
for line in "${REPORT[@]}"; do
  echo "$line"
done
