#!/usr/bin/env bash
# The PDF task worker in production (docker-compose.yml's worker service): collect the static
# files first, because without DEBUG the templates' {% static %} reads collectstatic's manifest
# (the approval snapshot's preview HTML uses it), then run django-tasks' database worker.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

python manage.py collectstatic --noinput -v 0
exec python manage.py db_worker --no-reload
