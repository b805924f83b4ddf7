"""A copy of the test database as migrated, before any data: the template of the "fresh
database" that the transfer tests import into (``tests/test_transfer.py``).

``take()`` runs in the session's database set-up, right after migrating and before the demo is
loaded: it closes this process's connection (PostgreSQL copies a database only while nobody is
connected to it) and runs ``CREATE DATABASE … TEMPLATE``. That takes about a second, where
migrating a new database in a ``manage.py migrate`` subprocess took 20–40 s per test process.
``drop()`` removes it when the session ends.
"""

from __future__ import annotations

import uuid

import psycopg
from django.db import connection

_name: str | None = None


def server_params() -> dict:
    config = connection.settings_dict
    return {
        "host": config["HOST"] or "localhost",
        "port": config["PORT"] or 5432,
        "user": config["USER"],
        "password": config["PASSWORD"] or None,
        "dbname": "postgres",
        "autocommit": True,
    }


def take() -> None:
    global _name
    if connection.vendor != "postgresql":
        return
    source = connection.settings_dict["NAME"]
    name = f"finsam_empty_{uuid.uuid4().hex[:8]}"
    connection.close()
    with psycopg.connect(**server_params()) as server:
        server.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
    _name = name


def name() -> str | None:
    """The template's name, or None (SQLite, or not taken in this process)."""
    return _name


def drop() -> None:
    global _name
    if _name is None:
        return
    with psycopg.connect(**server_params()) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{_name}" WITH (FORCE)')
    _name = None
