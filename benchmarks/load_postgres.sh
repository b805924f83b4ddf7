#!/usr/bin/env bash
# Run benchmarks/load_concurrency.py against a throwaway PostgreSQL cluster on 127.0.0.1 (removed
# on exit), as scripts/test.sh starts one:  bash benchmarks/load_postgres.sh [--clients 16 ...]
# FINSAM_TEST_PG_PORT picks the port (default 54399).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON="${PYTHON:-$(command -v python || command -v python3)}"
PG_BIN="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
PG_PORT="${FINSAM_TEST_PG_PORT:-54399}"
PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/finsam-load-pg.XXXXXX")"
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd "$PG_TMP" && runuser -u postgres -- "$@"); else "$@"; fi; }
cleanup() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TMP"
}
trap cleanup EXIT
mkdir -p "$PG_TMP/sock"
[ "$(id -u)" -eq 0 ] && chown -R postgres: "$PG_TMP"
as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  --no-sync --no-instructions >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/postgres.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_TMP/sock -c fsync=off" \
  start >/dev/null
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE finsam LOGIN SUPERUSER" -c "CREATE DATABASE finsam OWNER finsam" >/dev/null
DATABASE_URL="postgres://finsam@127.0.0.1:$PG_PORT/finsam" \
  "$PYTHON" benchmarks/load_concurrency.py --database postgres "$@"
