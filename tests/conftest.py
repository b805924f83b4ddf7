import pytest
from django.test import Client

from finsam.models import Forbund
from tests import demo_snapshot, empty_database
from workspace import demo

DEMO_SLUGS = ("finnveden", "sodra-vatterbygden", "insjoriket")


def demo_forbund() -> dict[str, Forbund]:
    """The seeds' förbund, loaded only when absent (a transactional test flushes the database)."""
    present = {forbund.slug: forbund for forbund in Forbund.objects.filter(slug__in=DEMO_SLUGS)}
    if len(present) != len(DEMO_SLUGS):
        present = demo_snapshot.load()
    for forbund in present.values():
        _ensure_an_earlier_period(forbund)
    return present


def _ensure_an_earlier_period(forbund: Forbund) -> None:
    """The seeds enter no earlier interim periods, but the URL walks need one row to open the
    "Tidigare perioder" edit and delete pages. Jan–aug 2010 is long before every demo report, so
    no period overview that the seeds' reports print changes."""
    import datetime
    from decimal import Decimal

    from reports.models import PeriodHistory

    PeriodHistory.objects.get_or_create(
        forbund=forbund,
        start=datetime.date(2010, 1, 1),
        end=datetime.date(2010, 8, 31),
        defaults={"intakter": Decimal("3400000.00"), "kostnader": Decimal("3300000.00")},
    )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo data once into the test database: loading takes seconds, and the tests that
    use it run in transactions that are rolled back. pytest-django runs the transactional tests
    (which flush the database) after all others."""
    with django_db_blocker.unblock():
        empty_database.take()  # the transfer tests' fresh databases copy it
        demo.load()
        demo_snapshot.take()  # transactional tests restore it (tests.demo_snapshot)
    yield
    with django_db_blocker.unblock():
        empty_database.drop()


@pytest.fixture
def demo_data(db) -> dict[str, Forbund]:
    return demo_forbund()


def client_for(username: str) -> Client:
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def clients(demo_data):
    """A logged-in Django test client per demo user, e.g. ``clients["finnveden-revisor"]``."""
    return {username: client_for(username) for username, _, _ in demo.demo_users()}


@pytest.fixture(autouse=True)
def _immediate_tasks_and_fresh_versions(settings):
    """Tasks run inline (one test starts a real worker), and no data version token remembered
    from a rolled-back test is reused."""
    from performance import versions

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    versions.forget()
    yield
    versions.forget()
