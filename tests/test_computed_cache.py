"""Statements and checks are computed once per data version of the förbund and cached
(performance.memo); every write – also to a member or an insats – gives a new version."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from finsam.models import KommunSplitRule, Member
from interventions import checks as insats_checks
from interventions.models import Goal, Insats
from reports import checks, selectors


def kommun_warnings(period) -> dict[str, str]:
    return {
        name: result.message
        for result in checks.run_checks(period)
        if result.code == checks.KOMMUNFORDELNING
        for name in ("Gislaveds kommun", "Gnosjö kommun", "Värnamo kommun")
        if name in result.message
    }


@pytest.mark.django_db
def test_cached_checks_change_after_a_members_share_changes(demo_data):
    forbund = demo_data["finnveden"]
    period = selectors.annual_report(forbund, 2020)
    # Population-based split: the kommuner's 519 700 + 168 500 + 599 800 = 1 288 000 kr match.
    assert kommun_warnings(period) == {}
    with CaptureQueriesContext(connection) as second_call:
        assert kommun_warnings(period) == {}
    assert len(second_call) == 0  # read from the cache

    forbund.kommun_split_rule = KommunSplitRule.EXPLICIT
    forbund.save()
    shares = {"Gislaveds kommun": "0.40", "Gnosjö kommun": "0.20", "Värnamo kommun": "0.40"}
    for name, share in shares.items():
        member = Member.objects.get(forbund=forbund, name=name)
        member.explicit_share = Decimal(share)
        member.save()
    warnings = kommun_warnings(period)
    assert set(warnings) == {"Gislaveds kommun", "Gnosjö kommun", "Värnamo kommun"}
    # Gnosjö: 25 % of 5 152 000 = 1 288 000 kr for the kommuner; 0.20 × 1 288 000 = 257 600 kr.
    assert "168 500 kr" in warnings["Gnosjö kommun"]
    assert "257 600 kr" in warnings["Gnosjö kommun"]

    # One member's share: Gnosjö 0.1308 × 1 288 000 = 168 470 kr, within 100 kr of its 168 500;
    # Värnamo takes the rest, 1 − 0.40 − 0.1308 = 0.4692.
    gnosjo = Member.objects.get(forbund=forbund, name="Gnosjö kommun")
    gnosjo.explicit_share = Decimal("0.1308")
    gnosjo.save()
    varnamo = Member.objects.get(forbund=forbund, name="Värnamo kommun")
    varnamo.explicit_share = Decimal("0.4692")
    varnamo.save()
    assert set(kommun_warnings(period)) == {"Gislaveds kommun", "Värnamo kommun"}


@pytest.mark.django_db
def test_cached_checks_change_after_an_insats_is_renamed(demo_data):
    forbund = demo_data["finnveden"]
    insats = Insats.objects.filter(forbund=forbund).order_by("pk").first()
    Goal.objects.create(forbund=forbund, year=2020, insats=insats, text="Testmål", status="")

    def subjects() -> set[str]:
        return {
            result.subject
            for result in insats_checks.run_checks(forbund, 2020)
            if result.code == insats_checks.MAL_STATUS
        }

    assert insats.name in subjects()
    with CaptureQueriesContext(connection) as second_call:
        assert insats.name in subjects()
    assert len(second_call) == 0  # read from the cache

    insats.name = "Omdöpt insats"
    insats.save()
    assert "Omdöpt insats" in subjects()
