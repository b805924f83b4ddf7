"""Demo data of this app, loaded by ``python manage.py load_demo`` after the core demo data."""

from finsam.models import Forbund


def load(forbund_by_slug: dict[str, Forbund]) -> None:
    """Idempotent: loading twice leaves the same data."""
