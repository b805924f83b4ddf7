"""Whole-förbund maintenance (delete before an import replaces a förbund, and the import itself).

An approved report is frozen by database triggers and by model guards (``reports.freeze``).
Deleting a whole förbund must still be possible, and it is the only operation that lifts the
freeze:

- ``purging()`` lifts the model guards for the rest of the block (a context variable: no SQL can
  reach it). Nested blocks are fine: leaving the inner one keeps the outer one's state.
- ``purging(forbund)`` on PostgreSQL also calls the ``SECURITY DEFINER`` function
  ``finsam_begin_purge(id)`` (migration ``reports.0007_purge_switch``). For the rest of the
  transaction the triggers then allow *deleting* (never updating or inserting) frozen rows of
  that one förbund, and a deferred constraint trigger refuses the commit unless the förbund row
  itself is gone by then. So an ordinary SQL session can still not change an approved report:
  ``set_config('finsam.purge', 'on', true)`` no longer means anything, and the purge grant only
  lets a whole förbund disappear (which any database user with DELETE could already do to an
  unfrozen förbund), never alter what a report shows.

Use it only inside a transaction.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection

_purging: ContextVar[bool] = ContextVar("finsam_purging", default=False)


def is_purging() -> bool:
    return _purging.get()


def _grant_database_purge(forbund) -> None:
    if forbund is not None and forbund.pk is not None and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT finsam_begin_purge(%s)", [forbund.pk])


@contextmanager
def purging(forbund=None) -> Iterator[None]:
    """Lift the model guards; with ``forbund``, also let the database delete its frozen rows."""
    token = _purging.set(True)
    try:
        _grant_database_purge(forbund)
        yield
    finally:
        _purging.reset(token)
