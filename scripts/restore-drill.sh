#!/usr/bin/env bash
# Restore drill: prove that a backup can be restored and used.
#
#   DATABASE_URL=postgres://user:pass@host:5432/finsam bash scripts/restore-drill.sh BACKUP.dump
#
# Restores the pg_dump custom-format file into a scratch database on the same server, checks that
# the schema is complete (no unapplied migrations) and that every förbund in it can be read and
# exported, prints a summary, and drops the scratch database again. The live database is untouched.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

dump="${1:?usage: restore-drill.sh BACKUP.dump}"
[ -f "$dump" ] || { echo "ERROR: no such file: $dump" >&2; exit 1; }
: "${DATABASE_URL:?set DATABASE_URL to the server that holds the live database}"
PYTHON="${PYTHON:-$(command -v python || command -v python3)}"

server_url="${DATABASE_URL%/*}"
scratch="finsam_restore_drill_$(date +%Y%m%d%H%M%S)"
scratch_url="$server_url/$scratch"

cleanup() { psql -q "$server_url/postgres" -c "DROP DATABASE IF EXISTS \"$scratch\" WITH (FORCE)" >/dev/null || true; }
trap cleanup EXIT

echo "==> Creating scratch database $scratch"
psql -q "$server_url/postgres" -c "CREATE DATABASE \"$scratch\""
echo "==> Restoring $dump"
pg_restore --no-owner --no-privileges --exit-on-error -d "$scratch_url" "$dump"
echo "==> Checking the restored database"
DATABASE_URL="$scratch_url" DEBUG=0 HTTPS=0 SECRET_KEY="${SECRET_KEY:-restore-drill}" \
  "$PYTHON" manage.py migrate --check --noinput
DATABASE_URL="$scratch_url" DEBUG=0 HTTPS=0 SECRET_KEY="${SECRET_KEY:-restore-drill}" \
  "$PYTHON" manage.py verify_restore
echo "==> Restore drill passed"
