#!/usr/bin/env bash
# Production start-up (used by the Docker image and docker-compose.yml):
# migrate, collect static files, then serve with gunicorn.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

python manage.py migrate --noinput
python manage.py collectstatic --noinput
exec gunicorn finsam.wsgi:application --bind 0.0.0.0:8000 --access-logfile -
