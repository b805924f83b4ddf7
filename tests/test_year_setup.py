"""Issue 7: set up a new year in one action (workspace.year_setup)."""

import datetime
import re
from decimal import Decimal

import pytest
from django.db.models import Q
from django.urls import reverse

from finsam.models import Budget, Driftbidrag, FiscalYear
from interventions.models import Goal, InsatsFinancing
from reports import demo_texts
from reports.models import DocumentKind, ReportDocument
from workspace import year_setup


def _sitting(forbund, day) -> int:
    return forbund.board_members.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=day), start_date__lte=day
    ).count()


@pytest.mark.django_db
def test_sodra_2021_from_the_plan_2020(demo_data):
    forbund = demo_data["sodra-vatterbygden"]
    summary = year_setup.year_setup(forbund=forbund, year=2021)
    budget = Budget.objects.get(fiscal_year__forbund=forbund, fiscal_year__year=2021)
    # sodra-vatterbygden-verksamhetsplan-2020, section 9: 22 lines (6 members' driftbidrag and
    # 16 cost lines); "Enter … Budget 2020 2 914 000, Plan 2021 2 991 000, Plan 2022 3 086 000"
    # and "Kansli … 860 000 890 000 920 000".
    assert summary.budget_lines == budget.lines.count() == 22
    enter = budget.lines.get(label="Enter")
    assert (enter.amount, enter.plan_year_1, enter.plan_year_2) == (
        Decimal("2991000"),
        Decimal("3086000"),
        None,
    )
    assert budget.lines.get(label="Kansli").amount == Decimal("890000")
    # Balanserat resultat: 2020 is not closed in the demo, so the plan's roll-forward: "Prel
    # balanserat resultat" at the end of Budget 2020 = 7 465 670 − 7 328 800 = 136 870.
    assert budget.opening_balance == Decimal("136870")
    # Driftbidrag: settings, no amount.
    driftbidrag = Driftbidrag.objects.get(fiscal_year__forbund=forbund, fiscal_year__year=2021)
    assert driftbidrag.amount is None and driftbidrag.basis == "medlemmarnas_besked"
    assert driftbidrag.rounding_unit == Decimal("100")
    assert driftbidrag.population_date == datetime.date(2020, 7, 1)
    assert summary.driftbidrag and summary.driftbidrag_basis_changed
    # The plan's texts (sections 1–9 of the 2020 plan: eleven texts, the vision among them) and
    # the texts of its six insatser (all still running in 2021) as drafts of the 2021 plan:
    # 11 + 6 = 17.
    plan = ReportDocument.objects.get(
        fiscal_year__forbund=forbund, fiscal_year__year=2021, kind=DocumentKind.VERKSAMHETSPLAN
    )
    copied = {text.section: text for text in plan.texts.filter(insats__isnull=True)}
    assert set(copied) == {
        "inledning",
        "vision",
        "verksamhetside",
        "uppdrag",
        "malgrupper",
        "inriktning",
        "organisation_plan",
        "malsattningar",
        "finansiella_mal",
        "verksamhet",
        "budget_motivering",
    }
    assert all(text.is_draft_copy for text in plan.texts.all())
    assert copied["inledning"].body == demo_texts.SODRA_VP_2020["inledning"]
    assert copied["vision"].body == "Livskvalitet och egen försörjning för alla!"
    assert plan.texts.filter(insats__isnull=False).count() == 6
    assert (summary.documents, summary.texts) == (1, 17)
    # Members and board are not copied, only counted: the seeds' seven members.
    assert summary.members == 7
    assert summary.board_members == _sitting(forbund, datetime.date(2021, 1, 1))
    assert "22 budgetrader" in summary.copied()[0]
    assert "17 texter (som utkast)" in summary.copied()
    assert "7 medlemmar" in summary.carried_over()


@pytest.mark.django_db
def test_sodra_2025_copies_continuing_insatser_and_goals(demo_data):
    forbund = demo_data["sodra-vatterbygden"]
    summary = year_setup.year_setup(forbund=forbund, year=2025, copy_amounts=False)
    # sodra-vatterbygden-arsredovisning-2024: Enter, FIA, NOVA, IT-spåret and the
    # Samverkansmodell (Koll på förmåga) continue in 2025 (1.6: "deras budgetar är oförändrade
    # under 2025").
    assert summary.insatser == 5
    financing = InsatsFinancing.objects.filter(insats__forbund=forbund, year=2025)
    assert financing.count() == 5
    assert all(row.granted_max is None for row in financing)
    nova = financing.get(insats__name="NOVA – Stöd i förändring")
    assert nova.budget_line.label == "NOVA" and nova.budget_line.budget.fiscal_year.year == 2025
    # Amounts not copied (the choice on the page): every line starts at 0 kr.
    budget = Budget.objects.get(fiscal_year__forbund=forbund, fiscal_year__year=2025)
    assert summary.budget_lines == 19
    assert set(budget.lines.values_list("amount", flat=True)) == {Decimal("0")}
    # Goals: bilaga 1's thirteen commitments ("Sju av de tretton målen i verksamhetsplanen för
    # 2024", 1.4) plus the insatser's goals, without outcome.
    goals = Goal.objects.filter(forbund=forbund, year=2025)
    assert goals.filter(insats__isnull=True).count() == 13
    assert summary.goals == goals.count() == Goal.objects.filter(forbund=forbund, year=2024).count()
    assert set(goals.values_list("status", "outcome_text")) == {("", "")}
    assert summary.board_members == _sitting(forbund, datetime.date(2025, 1, 1))


@pytest.mark.django_db
def test_preview_counts_what_setup_copies(demo_data):
    forbund = demo_data["sodra-vatterbygden"]
    preview = year_setup.year_setup_preview(forbund=forbund, year=2025)
    assert not FiscalYear.objects.filter(forbund=forbund, year=2025).exists()
    summary = year_setup.year_setup(forbund=forbund, year=2025)
    assert preview == summary


@pytest.mark.django_db
def test_second_run_is_refused(demo_data):
    forbund = demo_data["sodra-vatterbygden"]
    year_setup.year_setup(forbund=forbund, year=2021)
    with pytest.raises(year_setup.YearSetupError) as error:
        year_setup.year_setup(forbund=forbund, year=2021)
    assert error.value.message == year_setup.YEAR_EXISTS.format(
        year=2021, what="budget, driftbidrag, rapporter och mål"
    )
    assert Budget.objects.filter(fiscal_year__forbund=forbund, fiscal_year__year=2021).count() == 1


@pytest.mark.django_db
def test_a_year_without_a_previous_year_is_refused(demo_data):
    with pytest.raises(year_setup.YearSetupError) as error:
        year_setup.year_setup(forbund=demo_data["finnveden"], year=2023)
    assert error.value.message == year_setup.NO_SOURCE_YEAR.format(year=2023, source=2022)


@pytest.mark.django_db
def test_nothing_is_saved_when_a_step_fails(demo_data, monkeypatch):
    forbund = demo_data["sodra-vatterbygden"]

    def failing_copy(**kwargs):
        raise RuntimeError("copying texts failed")

    monkeypatch.setattr(year_setup.texts, "report_texts_copy", failing_copy)
    with pytest.raises(RuntimeError):
        year_setup.year_setup(forbund=forbund, year=2021)
    assert not FiscalYear.objects.filter(forbund=forbund, year=2021).exists()
    assert not Budget.objects.filter(fiscal_year__forbund=forbund, fiscal_year__year=2021).exists()
    assert not Driftbidrag.objects.filter(fiscal_year__year=2021, fiscal_year__forbund=forbund)


# --- the page -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_page_previews_confirms_and_summarises(clients, demo_data):
    client = clients["sodra-vatterbygden-sekreterare"]
    url = reverse("year-setup", kwargs={"forbund": "sodra-vatterbygden"})
    page = client.get(url + "?ar=2021").content.decode()
    assert "Kopieras från 2020 till 2021" in page and "22 budgetrader" in page
    # The default year is the last year + 1 (the demo's latest year is 2024).
    assert 'value="2025"' in client.get(url).content.decode()
    # The one choice, copying the amounts as proposals, is ticked from the start.
    assert re.search(r'<input type="checkbox" name="copy_amounts"[^>]* checked', page)
    response = client.post(url, {"year": "1999"})
    assert response.status_code == 400 and year_setup.YEAR_OUT_OF_RANGE in response.content.decode()
    assert not FiscalYear.objects.filter(forbund__slug="sodra-vatterbygden", year=2021).exists()
    response = client.post(url, {"year": "2021", "copy_amounts": "on"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "År 2021 är upplagt" in page and "17 texter (som utkast)" in page
    response = client.post(url, {"year": "2021", "confirm": "on"})
    assert response.status_code == 400 and "År 2021 är redan upplagt" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["styrelse", "revisor"])
def test_only_the_sekreterare_sets_up_a_year(clients, demo_data, role):
    client = clients[f"sodra-vatterbygden-{role}"]
    url = reverse("year-setup", kwargs={"forbund": "sodra-vatterbygden"})
    assert client.get(url).status_code == 403
    assert client.post(url, {"year": "2021", "confirm": "on"}).status_code == 403
    assert not FiscalYear.objects.filter(forbund__slug="sodra-vatterbygden", year=2021).exists()


@pytest.mark.django_db
def test_sodra_2025_copies_amounts_as_proposals_and_last_years_equity(demo_data):
    forbund = demo_data["sodra-vatterbygden"]
    summary = year_setup.year_setup(forbund=forbund, year=2025)  # copy_amounts by default
    budget = Budget.objects.get(fiscal_year__forbund=forbund, fiscal_year__year=2025)
    # Budget 2024 has no plan years: the proposals are 2024's amounts (not 0 kr), e.g. seed
    # note 2 "Driftbidrag från staten via Försäkringskassan 5 574 000".
    line = budget.lines.get(label="Driftbidrag från staten via Försäkringskassan")
    assert line.amount == Decimal("5574000")
    last_year = Budget.objects.get(fiscal_year__forbund=forbund, fiscal_year__year=2024)
    assert dict(budget.lines.values_list("label", "amount")) == dict(
        last_year.lines.values_list("label", "amount")
    )
    assert budget.adopted_on is None  # a proposal until the board adopts it
    # 2024 is closed: "Utgående Eget kapital 2 395 357" (the demo keeps the öre).
    assert budget.opening_balance.quantize(Decimal(1)) == Decimal("2395357")
    assert any(
        "eget kapital vid årets slut enligt årsredovisningen 2024" in c for c in summary.copied()
    )
