"""The demo förbund as data: one file per förbund in the export format (docs/data-format.md) in
the repository's ``demo/`` folder, beside the demo SIE file and its account mapping.

``load()`` imports the files (``workspace.transfer.import_forbund``) and gives the demo logins
their password; ``write()`` exports the demo förbund of the current database back into the files
(``python manage.py export_demo``), which is how the demo data are changed: load them, change
them in the app, export. Loading is idempotent: a förbund whose export already equals its file is
left as it is (same rows, same ids); any other is replaced by the file's.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction

from finsam.models import Forbund
from workspace import transfer

DEMO_DIR = Path(settings.BASE_DIR) / "demo"
# The förbund in the order they are loaded and listed (the seeds' order).
DEMO_SLUGS = ("finnveden", "sodra-vatterbygden", "insjoriket")
SODRA_SIE = DEMO_DIR / "sodra-vatterbygden-2024.se"
SODRA_MAPPING = DEMO_DIR / "sodra-vatterbygden-mapping.csv"


def path_of(slug: str, folder: Path | None = None) -> Path:
    return (folder or DEMO_DIR) / f"{slug}.json"


def read(slug: str, folder: Path | None = None) -> dict:
    return json.loads(path_of(slug, folder).read_text(encoding="utf-8"))


def dumps(document: dict) -> str:
    """The files' text: sorted keys, one space of indentation, UTF-8 (as ``export_forbund``)."""
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write(folder: Path | None = None) -> list[Path]:
    """Export every demo förbund of the database into its file."""
    written = []
    for slug in DEMO_SLUGS:
        forbund = Forbund.objects.get(slug=slug)
        path = path_of(slug, folder)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dumps(transfer.export_forbund(forbund)), encoding="utf-8")
        written.append(path)
    return written


@transaction.atomic
def load(password: str, folder: Path | None = None) -> dict[str, Forbund]:
    """Import the demo files; every login they name that has no password gets ``password``."""
    loaded = {}
    usernames: set[str] = set()
    for slug in DEMO_SLUGS:
        document = read(slug, folder)
        usernames |= {row["username"] for row in document.get("users", [])}
        existing = Forbund.objects.filter(slug=slug).first()
        if existing is not None and transfer.export_forbund(existing) == document:
            loaded[slug] = existing
            continue
        loaded[slug] = transfer.import_forbund(document, replace=True)
    _give_password(usernames, password)
    return loaded


def _give_password(usernames: set[str], password: str) -> None:
    """The password is hashed once for all logins (hashing is slow on purpose)."""
    hashed = None
    User = get_user_model()
    for user in User._default_manager.filter(username__in=usernames).order_by("username"):
        if user.has_usable_password():
            continue
        hashed = hashed or make_password(password)
        user.password = hashed
        user.save(update_fields=["password"])
