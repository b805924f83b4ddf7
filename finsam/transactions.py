"""Write transactions per request for the SQLite default (``finsam.settings``).

On PostgreSQL every request runs in a transaction (``ATOMIC_REQUESTS``). SQLite has one writer at a
time, and with ``transaction_mode = IMMEDIATE`` every transaction takes the write lock at its start:
wrapping GETs too (a PDF render takes seconds) made 16 concurrent clients queue behind each other
until "database is locked". So on SQLite only requests that may write (POST, PUT, PATCH, DELETE)
run in a transaction; GETs read in autocommit mode (in WAL mode readers never wait for the writer).
A write request whose answer is an error (403, e.g. a frozen report refused halfway, or 5xx) is
rolled back, as ``ATOMIC_REQUESTS`` would.
"""

from django.db import transaction

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


class WriteRequestTransactionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS:
            return self.get_response(request)
        with transaction.atomic():
            response = self.get_response(request)
            if response.status_code == 403 or response.status_code >= 500:
                transaction.set_rollback(True)
            return response
