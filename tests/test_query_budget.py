"""Every page runs at most QUERY_CEILING queries, for every role, and the count does not grow with
the data (issue 16).

Each page is requested twice: the first request computes the statements and checks of the data
version and caches them (``performance.memo``), the second is what every later visitor gets until
something is written. Counted are the statements that read or write data; the test transaction's
SAVEPOINT/RELEASE pairs (BEGIN/COMMIT in production) are not.

The first (cold) request of a data version is held to its own ceilings: see
``test_cold_requests_stay_within_their_ceiling_and_do_not_grow_with_the_data``.
"""

from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from interventions.models import Insats, InsatsFinancing
from reports.models import FigureLine, LineKind, ReportPeriod
from tests.conftest import client_for
from tests.scoping import scoped_urls

QUERY_CEILING = 15
# The first request after a write computes the data version's statements and checks: every table
# a page shows is read once (performance.memo caches the period's lines and figures, the earlier
# years and the per-förbund readers, so the statements and checks of one request share them).
# Measured on the finnveden demo as sekreterare: at most 33 (the start page, which runs the checks
# of every period of the year), draft PDF page 31, year setup and HTML preview 30.
COLD_CEILING = 35
# The Historik reads the history table of each of the 36 audited models once (60 in all).
COLD_CEILINGS = {"forbund-history": 65}
ROLES = ("sekreterare", "styrelse", "revisor")
TRANSACTION_CONTROL = ("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO SAVEPOINT")


def page_paths(forbund) -> dict[str, str]:
    """Every förbund page (tests.scoping), the PDFs included: stored bytes, or the draft's page
    with the button that asks for it (a GET renders nothing)."""
    return dict(scoped_urls(forbund))


def data_queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code in (200, 302, 403, 404, 405), (path, response.status_code)
    return sum(1 for q in context.captured_queries if not q["sql"].startswith(TRANSACTION_CONTROL))


def warm_counts(client, forbund) -> dict[str, int]:
    counts = {}
    for name, path in page_paths(forbund).items():
        data_queries(client, path)  # computes and caches this data version's results
        counts[name] = data_queries(client, path)
    return counts


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_page_within_the_query_ceiling_for_every_role(demo_data, role):
    counts = warm_counts(client_for(f"finnveden-{role}"), demo_data["finnveden"])
    over = {name: count for name, count in counts.items() if count > QUERY_CEILING}
    assert len(counts) > 70  # every page of the three apps
    assert over == {}


def add_lines_and_insatser(forbund) -> None:
    """20 cost lines in the latest period and 10 insatser: the per-row lookups would show."""
    period = ReportPeriod.objects.filter(fiscal_year__forbund=forbund).order_by("-start").first()
    for number in range(20):
        FigureLine.objects.create(
            period=period,
            kind=LineKind.KOSTNAD,
            label=f"Extra kostnad {number}",
            amount=Decimal("1000.00"),
            budget=Decimal("1000.00"),
            position=900 + number,
        )
    template = Insats.objects.filter(forbund=forbund).order_by("pk").first()
    for number in range(10):
        insats = Insats.objects.create(
            forbund=forbund, name=f"Extra insats {number}", kind=template.kind
        )
        insats.participants.set(template.participants.all())
        InsatsFinancing.objects.create(
            insats=insats, year=period.year, granted_max=Decimal("50000.00")
        )


@pytest.mark.django_db
def test_the_counts_do_not_grow_with_20_more_cost_lines_and_10_more_insatser(demo_data):
    forbund = demo_data["finnveden"]
    client = client_for("finnveden-sekreterare")
    before = warm_counts(client, forbund)
    add_lines_and_insatser(forbund)
    after = warm_counts(client, forbund)
    grown = {name: (before[name], after[name]) for name in before if after[name] > before[name]}
    assert grown == {}
    over = {name: count for name, count in after.items() if count > QUERY_CEILING}
    assert over == {}


def cold_counts(client, forbund) -> dict[str, int]:
    """Each page as the first request of its data version (nothing computed in the cache)."""
    counts = {}
    for name, path in page_paths(forbund).items():
        cache.clear()
        counts[name] = data_queries(client, path)
    return counts


@pytest.mark.django_db
def test_cold_requests_stay_within_their_ceiling_and_do_not_grow_with_the_data(demo_data):
    """The warm ceiling is QUERY_CEILING (15); a cold request may run up to COLD_CEILING (35,
    the Historik 65) because it reads every table its statements, checks and texts come from –
    once each, never once per row: 20 more cost lines and 10 more insatser (each with a
    financing, whose checks look up the budget and the cost note) add no query to any page."""
    forbund = demo_data["finnveden"]
    client = client_for("finnveden-sekreterare")
    before = cold_counts(client, forbund)
    add_lines_and_insatser(forbund)
    after = cold_counts(client, forbund)
    assert len(after) > 70
    grown = {name: (before[name], after[name]) for name in before if after[name] > before[name]}
    assert grown == {}
    over = {
        name: count
        for name, count in after.items()
        if count > COLD_CEILINGS.get(name, COLD_CEILING)
    }
    assert over == {}
