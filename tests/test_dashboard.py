"""The start page of a förbund (issue 7): the year's documents, their state, what is missing and
the next step per role. Figures and states come from the demo data (workspace.demo)."""

import datetime
import hashlib

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from finsam.models import Role
from reports import checks
from reports.models import (
    ApprovedVersion,
    DocumentKind,
    DocumentStatus,
    PeriodFigures,
    ReportDocument,
    ReportKind,
    ReportPeriod,
)
from workspace import dashboard

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7 demo approved version"
SHA = hashlib.sha256(PDF).hexdigest()


def by_kind(states):
    return {state.kind: state for state in states}


def annual(forbund, year):
    return ReportPeriod.objects.get(
        fiscal_year__forbund=forbund, fiscal_year__year=year, kind=ReportKind.ARSREDOVISNING
    )


def approve(period, *, day=datetime.datetime(2021, 3, 1, 10, 0), reopened=False):
    user = get_user_model().objects.get(username=f"{period.forbund.slug}-styrelse")
    document, _ = ReportDocument.objects.update_or_create(
        period=period,
        defaults={
            "fiscal_year": period.fiscal_year,
            "kind": period.kind,
            "status": DocumentStatus.UTKAST if reopened else DocumentStatus.GODKAND,
        },
    )
    ApprovedVersion.objects.create(
        document=document,
        number=1,
        approved_by=user,
        approved_at=timezone.make_aware(day),
        pdf=PDF,
        sha256=SHA,
        pages=1,
        reopened_by=user if reopened else None,
        reopened_at=timezone.now() if reopened else None,
        reopen_reason="Fel i noten" if reopened else "",
    )
    return document


def test_the_year_has_its_three_documents_in_order(demo_data):
    # finnveden 2020: budget and driftbidrag 2020 and the Årsredovisning 2020 are in the demo.
    states = dashboard.year_overview(demo_data["finnveden"], 2020, Role.SEKRETERARE)
    assert [(s.kind, s.title) for s in states] == [
        ("verksamhetsplan", "Verksamhetsplan 2020"),
        ("delarsrapport", "Delårsrapport 2020"),
        ("arsredovisning", "Årsredovisning 2020"),
    ]


def test_a_draft_report_shows_the_counts_of_its_checks(demo_data):
    forbund = demo_data["finnveden"]
    period = annual(forbund, 2020)
    results = checks.run_checks(period)
    errors = sum(1 for r in results if r.severity == checks.Severity.FEL)
    warnings = sum(1 for r in results if r.severity == checks.Severity.VARNING)
    state = by_kind(dashboard.year_overview(forbund, 2020, Role.SEKRETERARE))["arsredovisning"]
    assert state.state == dashboard.UTKAST
    assert (state.errors, state.warnings) == (errors, warnings)
    assert state.status_text.startswith("Utkast – ")
    assert state.url == period.get_absolute_url()


def test_draft_text_is_swedish():
    assert dashboard.draft_text(0, 0) == "Utkast – 0 fel, 0 varningar"
    assert dashboard.draft_text(2, 1) == "Utkast – 2 fel, 1 varning"
    assert dashboard.draft_text(1, 3) == "Utkast – 1 fel, 3 varningar"


def test_nothing_started_and_what_is_missing(demo_data):
    # finnveden has no budget, driftbidrag or report for 2021 in the demo.
    forbund = demo_data["finnveden"]
    states = by_kind(dashboard.year_overview(forbund, 2021, Role.SEKRETERARE))
    plan = states["verksamhetsplan"]
    assert plan.state == dashboard.EJ_PABORJAD
    assert plan.status_text == "Ej påbörjad"
    assert plan.missing == ("Ingen budget för 2021", "Inget driftbidrag för 2021")
    assert plan.next_step.label == "Lägg in budget för 2021"
    assert plan.next_step.url == reverse("budget-create", kwargs={"forbund": "finnveden"}) + (
        "?ar=2021"
    )
    annual_state = states["arsredovisning"]
    assert annual_state.status_text == "Ej påbörjad"
    assert annual_state.next_step.label == "Skapa årsredovisningen"
    assert annual_state.next_step.url.endswith("?typ=arsredovisning&ar=2021")
    assert states["delarsrapport"].next_step.label == "Skapa delårsrapporten"


def test_read_only_roles_get_no_create_step(demo_data):
    for role in (Role.REVISOR, Role.STYRELSE):
        states = dashboard.year_overview(demo_data["finnveden"], 2021, role)
        assert all(state.next_step is None for state in states)
        assert all(state.hint == "Förbundssekreteraren lägger upp den." for state in states)


def test_a_plan_with_a_budget_is_a_draft_showing_the_budget(demo_data):
    # sodra-vatterbygden has a budget for 2020 (verksamhetsplan 2020) in the demo.
    forbund = demo_data["sodra-vatterbygden"]
    plan = by_kind(dashboard.year_overview(forbund, 2020, Role.REVISOR))["verksamhetsplan"]
    assert plan.state == dashboard.UTKAST
    assert "Ingen budget för 2020" not in plan.missing
    assert plan.next_step.label == "Visa budgeten"
    assert plan.next_step.url == reverse(
        "budget-detail", kwargs={"forbund": forbund.slug, "year": 2020}
    )


def test_missing_balance_figures_lead_to_the_balance_form(demo_data):
    forbund = demo_data["finnveden"]
    period = annual(forbund, 2020)
    PeriodFigures.objects.filter(period=period).update(kassa_och_bank=None)
    state = by_kind(dashboard.year_overview(forbund, 2020, Role.SEKRETERARE))["arsredovisning"]
    assert "Balansräkningen saknar uppgifter" in state.missing
    assert state.next_step.label == "Mata in balansräkningen"
    assert state.next_step.url == reverse(
        "report-balance-edit", kwargs={"forbund": forbund.slug, "pk": period.pk}
    )
    # The auditor sees the same state but may only look.
    revisor = by_kind(dashboard.year_overview(forbund, 2020, Role.REVISOR))["arsredovisning"]
    assert revisor.missing == state.missing
    assert revisor.next_step.label == "Visa"


def test_a_report_without_errors_is_ready_to_submit(demo_data):
    forbund = demo_data["finnveden"]
    period = annual(forbund, 2020)
    assert not checks.has_blocking_errors(period)
    state = by_kind(dashboard.year_overview(forbund, 2020, Role.SEKRETERARE))["arsredovisning"]
    document = ReportDocument.objects.get(period=period)
    assert state.next_step.label == "Skicka för godkännande"
    assert state.next_step.url == reverse(
        "report-document-submit", kwargs={"forbund": forbund.slug, "pk": document.pk}
    )


def test_a_submitted_report_asks_the_board_to_approve(demo_data):
    forbund = demo_data["finnveden"]
    period = annual(forbund, 2020)
    ReportDocument.objects.update_or_create(
        period=period,
        defaults={
            "fiscal_year": period.fiscal_year,
            "kind": period.kind,
            "status": DocumentStatus.INSKICKAD,
        },
    )
    board = by_kind(dashboard.year_overview(forbund, 2020, Role.STYRELSE))["arsredovisning"]
    assert board.state == dashboard.INSKICKAD
    assert board.status_text == "Inskickad"
    assert board.next_step.label == "Granska och godkänn"
    office = by_kind(dashboard.year_overview(forbund, 2020, Role.SEKRETERARE))["arsredovisning"]
    assert office.next_step.label == "Visa"


def test_an_approved_report_shows_day_and_checksum(demo_data):
    forbund = demo_data["finnveden"]
    approve(annual(forbund, 2020))
    state = by_kind(dashboard.year_overview(forbund, 2020, Role.REVISOR))["arsredovisning"]
    assert state.state == dashboard.GODKAND
    assert state.status_text == f"Godkänd 2021-03-01, SHA-256 {SHA[:12]}…"
    assert state.sha256 == SHA
    document = ReportDocument.objects.get(period=annual(forbund, 2020))
    assert state.next_step.label == "Ladda ner godkänd PDF"
    assert state.next_step.pdf
    assert state.next_step.url == reverse(
        "report-document-version-pdf",
        kwargs={"forbund": forbund.slug, "pk": document.pk, "number": 1},
    )
    assert state.changed_url == f"/f/finnveden/dokument/{document.pk}/andrat-sedan-godkannandet/"


def test_a_reopened_version_is_not_in_force(demo_data):
    forbund = demo_data["finnveden"]
    approve(annual(forbund, 2020), reopened=True)
    state = by_kind(dashboard.year_overview(forbund, 2020, Role.REVISOR))["arsredovisning"]
    assert state.state == dashboard.UTKAST


def test_an_approved_plan(demo_data):
    forbund = demo_data["sodra-vatterbygden"]
    period_year = forbund.fiscal_years.get(year=2020)
    user = get_user_model().objects.get(username="sodra-vatterbygden-styrelse")
    document, _ = ReportDocument.objects.update_or_create(
        fiscal_year=period_year,
        kind=DocumentKind.VERKSAMHETSPLAN,
        defaults={"status": DocumentStatus.GODKAND},
    )
    ApprovedVersion.objects.create(
        document=document,
        number=1,
        approved_by=user,
        approved_at=timezone.make_aware(datetime.datetime(2019, 11, 22, 23, 30)),
        pdf=PDF,
        sha256=SHA,
        pages=1,
    )
    plan = by_kind(dashboard.year_overview(forbund, 2020, Role.SEKRETERARE))["verksamhetsplan"]
    # 23:30 Stockholm time is still 2019-11-22.
    assert plan.status_text == f"Godkänd 2019-11-22, SHA-256 {SHA[:12]}…"


def test_interim_reports_are_listed_per_period(demo_data):
    # insjoriket: Delårsrapport jan-aug 2018 (insjoriket-delarsrapport-2018).
    states = dashboard.year_overview(demo_data["insjoriket"], 2018, Role.SEKRETERARE)
    interim = [s for s in states if s.kind == "delarsrapport"]
    assert [s.title for s in interim] == ["Delårsrapport jan–aug 2018"]
    assert interim[0].state == dashboard.UTKAST


def test_years_and_default_year(demo_data):
    today = datetime.date(2026, 11, 22)
    years = dashboard.available_years(demo_data["sodra-vatterbygden"], today)
    assert years[:2] == [2027, 2026]
    assert {2019, 2020, 2023, 2024} <= set(years)
    # sodra's latest year with a report or budget: the Årsredovisning 2024.
    assert dashboard.default_year(demo_data["sodra-vatterbygden"], today) == 2024


def test_start_page_shows_the_documents(clients):
    response = clients["finnveden-sekreterare"].get("/f/finnveden/?ar=2021")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Verksamhetsplan 2021" in html
    assert "Ingen budget för 2021" in html
    assert "Lägg in budget för 2021" in html
    response = clients["finnveden-revisor"].get("/f/finnveden/?ar=2020")
    html = response.content.decode()
    assert "Årsredovisning 2020" in html
    assert "Lägg in budget" not in html


def test_create_pages_take_the_year_from_the_link(clients):
    html = clients["finnveden-sekreterare"].get("/f/finnveden/budget/ny/?ar=2021").content
    assert b'value="2021"' in html
    html = (
        clients["finnveden-sekreterare"]
        .get("/f/finnveden/rapporter/ny/?typ=delarsrapport&ar=2021")
        .content.decode()
    )
    assert 'value="2021"' in html
    assert 'value="delarsrapport" selected' in html
