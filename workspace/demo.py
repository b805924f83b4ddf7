"""The demo data: the three förbund of the published reports in ``shared/seeds`` (Finnveden,
Södra Vätterbygden, Insjöriket), as files in the export format in ``demo/`` (read and written by
``workspace.demo_files``), and their logins.

``load()`` imports the files and gives every login they name the demo password. Idempotent:
loading twice leaves the same data. To change the demo data, load them, change them in the app
and write them back with ``python manage.py export_demo`` (demo/README.md).
"""

from finsam.models import Forbund, Role
from workspace import demo_files

DEMO_PASSWORD = "finsam-demo"
DEMO_SLUGS = demo_files.DEMO_SLUGS
DEMO_ROLES = (Role.SEKRETERARE, Role.STYRELSE, Role.REVISOR)


def demo_users() -> list[tuple[str, str, str]]:
    """(username, förbund slug, role) of the demo logins by role (``<slug>-<role>``); the
    signatories' own logins (``<slug>-<name>``) are in the files too."""
    return [(f"{slug}-{role}", slug, role) for slug in DEMO_SLUGS for role in DEMO_ROLES]


def load() -> dict[str, Forbund]:
    return demo_files.load(DEMO_PASSWORD)
