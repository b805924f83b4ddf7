from django.db import connection


def test_the_suite_runs_against_postgresql(db):
    # The README's test command starts PostgreSQL; SQLite is only for trying the app locally.
    assert connection.vendor == "postgresql"
