#!/usr/bin/env bash
# Run Finsam Rapport locally with demo data:  bash scripts/demo.sh
#
# Installs what WeasyPrint needs from Debian (only if missing), installs the
# project, migrates the embedded SQLite database (db.sqlite3 in the repo root),
# loads demo data, and starts the development server on 0.0.0.0:${PORT:-8000}.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PORT="${PORT:-8000}"
PYTHON="${PYTHON:-$(command -v python || command -v python3)}"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore

say() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }

# Debian packages WeasyPrint (PDF reports) needs at run time.
DEBS=(libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-liberation2)

deb_installed() { dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'; }

ensure_debs() {
  local missing=() p
  if ! command -v dpkg >/dev/null 2>&1; then
    warn "dpkg not found (not Debian?): make sure these are installed: $*"
    return 0
  fi
  for p in "$@"; do deb_installed "$p" || missing+=("$p"); done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    warn "not root, skipping apt-get; please install: sudo apt-get install ${missing[*]}"
    return 0
  fi
  say "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pip_install() {
  local user_flag=()
  # Outside a virtualenv, with a site-packages we cannot write to (non-root
  # with a system Python), fall back to a per-user install.
  if [ -z "${VIRTUAL_ENV:-}" ] && ! "$PYTHON" - <<'PY'
import os, sys, sysconfig
sys.exit(0 if os.access(sysconfig.get_paths()["purelib"], os.W_OK) else 1)
PY
  then
    user_flag=(--user)
  fi
  "$PYTHON" -m pip install -q "${user_flag[@]}" "$@"
}

say "Checking Debian packages"
ensure_debs "${DEBS[@]}"

say "Installing Finsam Rapport (pip install -e .)"
pip_install -e .

# Demo runs on the embedded SQLite default (db.sqlite3) with DEBUG on.
unset DATABASE_URL
export DEBUG=1
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-*}"

say "Migrating database"
"$PYTHON" manage.py migrate --noinput

say "Loading demo data"
"$PYTHON" manage.py load_demo

# The installation's seal (PKCS#12) that seals a report once every signatory has signed: the
# demo makes a self-signed one (kept between runs); production configures a real certificate.
export FINSAM_SEAL_PKCS12="${FINSAM_SEAL_PKCS12:-$PWD/var/demo-seal.p12}"
export FINSAM_SEAL_PASSWORD="${FINSAM_SEAL_PASSWORD:-finsam-demo-seal}"
say "Seal certificate ($FINSAM_SEAL_PKCS12)"
"$PYTHON" manage.py create_seal_certificate --keep \
  --output "$FINSAM_SEAL_PKCS12" --password "$FINSAM_SEAL_PASSWORD"

# With DEBUG=1 runserver serves static files itself, so collectstatic is only
# needed if DEBUG is turned off.
if [ "$DEBUG" != "1" ]; then
  say "Collecting static files"
  "$PYTHON" manage.py collectstatic --noinput
fi

echo
say "Finsam Rapport is starting at http://127.0.0.1:${PORT}/  (listening on 0.0.0.0:${PORT}; Ctrl+C stops it)"
echo
# One task worker beside the web server renders the PDFs (django-tasks' database backend:
# the queue is a table of the same database). It stops with the server.
"$PYTHON" manage.py db_worker --no-reload &
WORKER_PID=$!
trap 'kill "$WORKER_PID" 2>/dev/null || true' EXIT INT TERM
say "PDF worker started (pid $WORKER_PID)"
"$PYTHON" manage.py runserver "0.0.0.0:${PORT}"
