#!/usr/bin/env bash
# Run the whole test suite:  bash scripts/test.sh [pytest args]
#
# 1. installs missing Debian packages (PostgreSQL, WeasyPrint's libraries and
#    fonts, poppler-utils, Chromium); apt-get runs only when something is missing
# 2. pip install -e '.[dev]'  (+ npm packages in tests/e2e if it has a package.json)
# 3. ruff check .
# 4. starts a throwaway PostgreSQL cluster on 127.0.0.1 (removed again on exit)
#    (FINSAM_SKIP_INSTALL=1 skips steps 1 and 2, for repeated local runs)
# 5. python -m pytest "$@" against it; exits with pytest's exit code
#    ("no tests collected", exit 5, counts as a failure).
#    The whole suite (no arguments) runs on FINSAM_TEST_WORKERS pytest-xdist workers (default 2,
#    0 = one process); with arguments it runs in one process unless FINSAM_TEST_WORKERS is set.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-$(command -v python || command -v python3)}"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore

say() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

IS_ROOT=0
[ "$(id -u)" -eq 0 ] && IS_ROOT=1

# --------------------------------------------------------------------------
# Debian packages
# --------------------------------------------------------------------------
DEBS=(
  postgresql
  libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-liberation2
  poppler-utils
  chromium
)

deb_installed() { dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'; }

ensure_debs() {
  local missing=() p
  if ! command -v dpkg >/dev/null 2>&1; then
    warn "dpkg not found (not Debian?): make sure these are installed: $*"
    return 0
  fi
  for p in "$@"; do deb_installed "$p" || missing+=("$p"); done
  [ "${#missing[@]}" -eq 0 ] && return 0
  local sudo=()
  if [ "$IS_ROOT" -ne 1 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      warn "not root, skipping apt-get; please install: sudo apt-get install ${missing[*]}"
      return 0
    fi
  fi
  say "Installing Debian packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

if [ "${FINSAM_SKIP_INSTALL:-0}" = 1 ]; then
  say "FINSAM_SKIP_INSTALL=1: not installing anything"
else
  say "Checking Debian packages"
  ensure_debs "${DEBS[@]}"
fi

# --------------------------------------------------------------------------
# Python and npm packages
# --------------------------------------------------------------------------
pip_install() {
  local user_flag=()
  if [ -z "${VIRTUAL_ENV:-}" ] && ! "$PYTHON" - <<'PY'
import os, sys, sysconfig
sys.exit(0 if os.access(sysconfig.get_paths()["purelib"], os.W_OK) else 1)
PY
  then
    user_flag=(--user)
  fi
  "$PYTHON" -m pip install -q "${user_flag[@]}" "$@"
}

if [ "${FINSAM_SKIP_INSTALL:-0}" != 1 ]; then
say "Installing Python packages (pip install -e '.[dev]')"
pip_install -e '.[dev]'
fi

if [ "${FINSAM_SKIP_INSTALL:-0}" != 1 ] && [ -f tests/e2e/package.json ]; then
  if [ -f tests/e2e/package-lock.json ]; then
    say "Installing npm packages in tests/e2e (npm ci)"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  else
    say "Installing npm packages in tests/e2e (npm install)"
    (cd tests/e2e && npm install --no-audit --no-fund --loglevel=error)
  fi
fi

# --------------------------------------------------------------------------
# Lint first: fails fast, before a database is started
# --------------------------------------------------------------------------
say "Linting (ruff check .)"
"$PYTHON" -m ruff check .

# --------------------------------------------------------------------------
# Throwaway PostgreSQL cluster, owned by this script
# --------------------------------------------------------------------------
PG_BIN="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
if [ ! -x "$PG_BIN/initdb" ]; then
  die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)"
fi

PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/finsam-pg.XXXXXX")"
PG_DATA="$PG_TMP/data"
PG_SOCK="$PG_TMP/sock"
PG_LOG="$PG_TMP/postgres.log"
PG_STARTED=0

# Run a PostgreSQL server command as a non-root user (initdb/postgres refuse root).
as_pg() {
  if [ "$IS_ROOT" -eq 1 ]; then
    (cd "$PG_TMP" && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# shellcheck disable=SC2317  # invoked via trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  if [ "$PG_STARTED" -eq 1 ]; then
    say "Stopping PostgreSQL"
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

mkdir -p "$PG_SOCK"
if [ "$IS_ROOT" -eq 1 ]; then
  id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to run the server as"
  chown -R postgres: "$PG_TMP"
fi

# Port: $FINSAM_TEST_PG_PORT if set, else 54329 unless it is taken, else any free port.
free_port() {
  "$PYTHON" - <<'PY'
import socket

def free(port):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
        return s.getsockname()[1]
    except OSError:
        return None
    finally:
        s.close()

print(free(54329) or free(0))
PY
}
PG_PORT="${FINSAM_TEST_PG_PORT:-}"
[ -n "$PG_PORT" ] || PG_PORT="$(free_port)"

say "Starting PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $PG_TMP)"
as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  --no-sync --no-instructions >"$PG_TMP/initdb.log" 2>&1 \
  || { cat "$PG_TMP/initdb.log" >&2; die "initdb failed"; }

cat >>"$PG_DATA/postgresql.conf" <<CONF

# --- finsam throwaway test cluster ---
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCK'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
CONF

PG_STARTED=1
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null \
  || { cat "$PG_LOG" >&2 || true; die "PostgreSQL did not start"; }

"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE finsam LOGIN SUPERUSER" \
  -c "CREATE DATABASE finsam OWNER finsam" >/dev/null

export DATABASE_URL="postgres://finsam@127.0.0.1:$PG_PORT/finsam"

# --------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------
# Parallel workers: each gets its own test database (test_finsam_gw0, ...) and demo load.
WORKERS="${FINSAM_TEST_WORKERS:-}"
if [ -z "$WORKERS" ] && [ "$#" -eq 0 ]; then
  WORKERS=2
fi
XDIST=()
if [ -n "$WORKERS" ] && [ "$WORKERS" != 0 ]; then
  XDIST=(-n "$WORKERS" --dist worksteal)
fi

say "Running pytest against $DATABASE_URL${XDIST:+ on $WORKERS workers}"
set +e
"$PYTHON" -m pytest "${XDIST[@]}" "$@"
rc=$?
set -e

if [ "$rc" -eq 5 ]; then
  printf 'ERROR: pytest collected no tests (exit 5); that counts as a failure.\n' >&2
fi
exit "$rc"
