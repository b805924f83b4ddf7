#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL cluster on 127.0.0.1 (removed on exit):
#   bash benchmarks/with_postgres.sh python benchmarks/page_throughput.py
# Uses Debian's PostgreSQL binaries, as scripts/test.sh does; as root, the cluster runs as the
# postgres user.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
PG_TMP="$(mktemp -d /tmp/finsam-bench-pg.XXXXXX)"
PORT="${BENCH_PG_PORT:-$(python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$PG_TMP"
cleanup() { as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PG_TMP"; }
trap cleanup EXIT
as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  --no-sync --no-instructions >/dev/null
cat >>"$PG_TMP/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$PG_TMP'
max_connections = 50
CONF
as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/log" -w -t 60 start >/dev/null
"$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qAt \
  -c "CREATE ROLE finsam LOGIN SUPERUSER" -c "CREATE DATABASE finsam OWNER finsam" >/dev/null
export DATABASE_URL="postgres://finsam@127.0.0.1:$PORT/finsam"
"$@"
