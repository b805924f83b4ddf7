"""The demo data for transactional tests, restored from a snapshot instead of imported again.

Importing the three demo förbund (``workspace.demo.load``) takes 15–30 s; a transactional test
(a live server, a real worker) flushes the database afterwards, so each of them used to import
the demo again. ``take()`` copies every table once per test process, right after the session's
demo import, and ``load()`` truncates the tables and copies the rows back with PostgreSQL's
COPY (about a second). The rows, their primary keys and the sequences are exactly those of the
import; triggers are off while the rows go back (``session_replication_role = replica``: the
freeze guards would refuse to insert an approved version, and the foreign keys are already
consistent), so the database looks as it did right after ``demo.load()``.

On SQLite, or before a snapshot is taken, ``load()`` is ``demo.load()``.
"""

from __future__ import annotations

import contextlib

from django.core.cache import cache
from django.db import connection

from finsam.models import Forbund
from workspace import demo

_snapshot: dict | None = None


def _tables() -> list[str]:
    with connection.cursor() as cursor:
        names = connection.introspection.table_names(cursor)
    return sorted(name for name in names if name != "django_migrations")


def take() -> None:
    """Copy every table's rows and every sequence's position (once per test process)."""
    global _snapshot
    if connection.vendor != "postgresql":
        return
    tables = _tables()
    rows: dict[str, bytes] = {}
    raw = connection.connection
    with raw.cursor() as cursor:
        for table in tables:
            data = bytearray()
            with cursor.copy(f'COPY "{table}" TO STDOUT (FORMAT binary)') as copy:
                for block in copy:
                    data += block
            rows[table] = bytes(data)
        cursor.execute("SELECT schemaname, sequencename, last_value FROM pg_sequences")
        sequences = cursor.fetchall()
    _snapshot = {"tables": tables, "rows": rows, "sequences": sequences}


def load() -> dict[str, Forbund]:
    """The database as right after ``demo.load()``; returns the demo förbund by slug."""
    if _snapshot is None or connection.vendor != "postgresql":
        return demo.load()
    connection.ensure_connection()
    raw = connection.connection
    tables = _snapshot["tables"]
    # In a transactional test this is its own transaction; in a test that runs inside one (a
    # database test after a transactional test flushed the demo away) it is part of the test's
    # transaction, rolled back with it, so the replication role is set back explicitly (SET LOCAL
    # would last until the test's end and keep the triggers off); an error rolls the SET back.
    own = contextlib.nullcontext() if connection.in_atomic_block else raw.transaction()
    with own, raw.cursor() as cursor:
        cursor.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " CASCADE")
        cursor.execute("SET session_replication_role = replica")
        for table in tables:
            data = _snapshot["rows"][table]
            if len(data) > 19:  # a binary COPY of no rows is its 19-byte header and trailer
                with cursor.copy(f'COPY "{table}" FROM STDIN (FORMAT binary)') as copy:
                    copy.write(data)
        cursor.execute("SET session_replication_role = origin")
        for schema, name, last_value in _snapshot["sequences"]:
            if last_value is None:
                cursor.execute("SELECT setval(%s, 1, false)", [f'"{schema}"."{name}"'])
            else:
                cursor.execute("SELECT setval(%s, %s, true)", [f'"{schema}"."{name}"', last_value])
    cache.clear()
    from performance import versions

    versions.forget()
    return {forbund.slug: forbund for forbund in Forbund.objects.filter(slug__in=demo.DEMO_SLUGS)}
