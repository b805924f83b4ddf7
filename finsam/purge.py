"""Whole-förbund maintenance (delete before an import replaces a förbund, and the import itself).

An approved report is frozen by database triggers and by model guards (``reports.freeze``). Deleting
or restoring a whole förbund must still be possible: inside ``purging()`` the guards step aside and,
on PostgreSQL, ``SET LOCAL finsam.purge = 'on'`` tells the triggers to do the same for the rest of
the transaction's purge. Use it only inside a transaction.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection

_purging: ContextVar[bool] = ContextVar("finsam_purging", default=False)


def is_purging() -> bool:
    return _purging.get()


def _set_database_flag(value: str) -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('finsam.purge', %s, true)", [value])


@contextmanager
def purging() -> Iterator[None]:
    token = _purging.set(True)
    _set_database_flag("on")
    try:
        yield
    finally:
        _purging.reset(token)
    # Not reached after an error: the transaction is rolled back, and the flag with it.
    _set_database_flag("off")
