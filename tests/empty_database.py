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


def copy_of(template: str, prefix: str) -> str:
    """A new database copied from ``template`` (nobody may be connected to it); its name."""
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(**server_params()) as server:
        server.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name


def drop_database(name: str) -> None:
    with psycopg.connect(**server_params()) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def take() -> None:
    global _name
    if connection.vendor != "postgresql":
        return
    source = connection.settings_dict["NAME"]
    connection.close()
    _name = copy_of(source, "finsam_empty")


def name() -> str | None:
    """The template's name, or None (SQLite, or not taken in this process)."""
    return _name


def drop() -> None:
    global _name
    if _name is not None:
        drop_database(_name)
        _name = None
