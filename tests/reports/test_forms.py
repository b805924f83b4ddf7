"""Entry forms of a report period in Django's test client: Swedish amounts, one bad field saves
nothing and shows its message next to the field, prefilled new periods, the checks page."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from finsam.forms_fields import AmountField
from finsam.money import FLERA_DECIMALKOMMAN, PUNKT_I_BELOPP
from reports import forms as report_forms
from reports import views
from reports.models import (
    FigureLine,
    LineKind,
    PeriodFigures,
    PeriodHistory,
    ReportKind,
    ReportPeriod,
    YearHistory,
)
from tests.reports.conftest import period_of
from tests.scoping import database_snapshot

D = Decimal


@pytest.fixture
def sekreterare(seeded_data) -> Client:
    return login("finnveden-sekreterare")


def login(username: str) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def url(period: ReportPeriod, page: str) -> str:
    return f"/f/{period.forbund.slug}/rapporter/{period.pk}/{page}/"


def field_value(bound_field) -> str:
    value = bound_field.value()
    if isinstance(bound_field.field, AmountField) and isinstance(value, Decimal):
        return bound_field.field.prepare_value(value)
    return "" if value is None else str(value)


def post_data(*parts) -> dict[str, str]:
    """What the browser posts for an unchanged page: every (formset) form with its values."""
    data: dict[str, str] = {}
    for part in parts:
        forms = [part] if not hasattr(part, "management_form") else [part.management_form, *part]
        for form in forms:
            for bound in form:
                if bound.name == "DELETE":
                    continue
                data[bound.html_name] = field_value(bound)
    return data


def balance_page_data(period: ReportPeriod) -> dict[str, str]:
    return post_data(
        report_forms.VersionForm(initial={"seen_version": period.version}, prefix="v"),
        report_forms.BalanceFiguresForm(instance=period.figures, prefix="f"),
        report_forms.balance_formset(period, LineKind.FORDRAN),
        report_forms.balance_formset(period, LineKind.KORTFRISTIG_SKULD),
    )


def test_balance_form_with_one_bad_field_saves_nothing_and_shows_the_message(
    sekreterare, finnveden_2020
):
    data = balance_page_data(finnveden_2020)
    data["f-opening_equity"] = "1 700 000"  # a valid change that must not be saved either
    data["fordran-1-amount"] = "110 000"
    data["f-kassa_och_bank"] = "2.796.281"
    before = database_snapshot()
    response = sekreterare.post(url(finnveden_2020, "balans"), data)
    assert response.status_code == 400
    assert database_snapshot() == before
    html = response.content.decode()
    assert f'<p class="error" id="id_f-kassa_och_bank_error">{PUNKT_I_BELOPP}</p>' in html
    assert views.NOTHING_SAVED in html
    assert 'value="2.796.281"' in html  # what the user typed is kept


def test_cost_formset_with_one_bad_amount_saves_nothing(sekreterare, finnveden_2020):
    formset = report_forms.cost_formset(finnveden_2020)
    data = post_data(
        report_forms.VersionForm(initial={"seen_version": finnveden_2020.version}, prefix="v"),
        formset,
    )
    kansli = next(i for i, f in enumerate(formset) if f.instance.label == "Kansli")
    information = next(i for i, f in enumerate(formset) if f.instance.label == "Information")
    data[f"kostnader-{kansli}-amount"] = "600 000"
    data[f"kostnader-{information}-amount"] = "1,2,3"
    before = database_snapshot()
    response = sekreterare.post(url(finnveden_2020, "kostnader"), data)
    assert response.status_code == 400
    assert database_snapshot() == before
    html = response.content.decode()
    error_id = f"id_kostnader-{information}-amount_error"
    assert f'<p class="error" id="{error_id}">{FLERA_DECIMALKOMMAN}</p>' in html


def test_income_form_accepts_swedish_amounts(sekreterare, finnveden_2020):
    formset = report_forms.income_formset(finnveden_2020)
    data = post_data(
        report_forms.VersionForm(initial={"seen_version": finnveden_2020.version}, prefix="v"),
        formset,
    )
    index = {f.instance.label: i for i, f in enumerate(formset)}
    data[f"intakter-{index['Driftbidrag från Gnosjö kommun']}-amount"] = "168\u202f400"
    data[f"intakter-{index['Öres och kronutjämning']}-amount"] = "– 5"
    # A new line in an empty row: a grant from ESF.
    new = formset.total_form_count() - 1
    data[f"intakter-{new}-kind"] = LineKind.OVRIG_INTAKT
    data[f"intakter-{new}-label"] = "Bidrag ESF"
    data[f"intakter-{new}-amount"] = "1 234,50"
    response = sekreterare.post(url(finnveden_2020, "intakter"), data)
    assert response.status_code == 302, response.content.decode()
    lines = {line.label: line.amount for line in finnveden_2020.lines.all()}
    assert lines["Driftbidrag från Gnosjö kommun"] == D("168400")
    assert lines["Öres och kronutjämning"] == D("-5")
    assert lines["Bidrag ESF"] == D("1234.50")


def test_an_older_page_version_alone_is_no_conflict(sekreterare, finnveden_2020):
    """Conflicts are decided value by value (issue 13, tests/reports/test_line_conflicts.py):
    a save after someone else's saved the period is refused only when it changes a value the
    other person changed. Before, any later save of the period was refused."""
    data = balance_page_data(finnveden_2020)
    data["v-seen_version"] = str(finnveden_2020.version - 1)
    data["f-kassa_och_bank"] = "1"
    response = sekreterare.post(url(finnveden_2020, "balans"), data)
    assert response.status_code == 302
    assert PeriodFigures.objects.get(period=finnveden_2020).kassa_och_bank == D("1")


def test_a_specification_line_has_no_budget_of_its_own(sekreterare, finnveden_2020):
    formset = report_forms.cost_formset(finnveden_2020)
    data = post_data(
        report_forms.VersionForm(initial={"seen_version": finnveden_2020.version}, prefix="v"),
        formset,
    )
    child = next(i for i, f in enumerate(formset) if f.instance.label == "Statens revisorer")
    data[f"kostnader-{child}-budget"] = "10 000"
    response = sekreterare.post(url(finnveden_2020, "kostnader"), data)
    assert response.status_code == 400
    assert report_forms.SUB_LINE_NO_BUDGET in response.content.decode()


def test_read_only_roles_see_every_statement_but_no_entry_form(seeded_data, finnveden_2020):
    for role in ("styrelse", "revisor"):
        client = login(f"finnveden-{role}")
        for page in ("resultatrakning", "balansrakning", "kassaflodesanalys", "noter"):
            assert client.get(url(finnveden_2020, page)).status_code == 200
        assert client.get(url(finnveden_2020, "balans")).status_code == 403


def test_statement_pages_show_the_seed_figures_formatted(seeded_data, finnveden_2020):
    client = login("finnveden-revisor")
    html = client.get(url(finnveden_2020, "balansrakning")).content.decode()
    assert "Belopp i kr" in html
    for figure in ("1 844 629", "2 906 467", "1 061 838", "−480 307", "63 %"):
        assert figure in html
    five_years = client.get(url(finnveden_2020, "femarsoversikt")).content.decode()
    assert "Belopp i tkr" in five_years
    for figure in ("5 152", "4 997", "1 235", "−306", "75 %", "43 %"):
        assert figure in five_years
    flow = client.get(url(finnveden_2020, "kassaflodesanalys")).content.decode()
    assert "118 144" in flow
    drift = client.get(url(finnveden_2020, "driftredovisning")).content.decode()
    assert "1 501 862" in drift


def test_creating_a_report_prefills_it(sekreterare, seeded_data):
    response = sekreterare.post(
        "/f/finnveden/rapporter/ny/", {"kind": ReportKind.DELARSRAPPORT, "year": "2020"}
    )
    assert response.status_code == 302
    period = period_of("finnveden", ReportKind.DELARSRAPPORT, 2020)
    assert (period.start, period.end) == (datetime.date(2020, 1, 1), datetime.date(2020, 8, 31))
    lines = {line.label: line for line in period.lines.all()}
    # Driftbidrag 2020 (5 152 000) for eight months; the budget 2020 for eight months too.
    state = lines["Driftbidrag från staten genom Försäkringskassan"]
    assert (state.amount, state.budget) == (D("1717333"), D("1717333"))
    assert lines["Stöd till arbete – SE/IPS"].budget == D("1013333")
    assert [c.label for c in lines["Revision"].children.all()] == [
        "Arvode förtroendevalda revisorer",
        "Sakkunnigt biträde förtroendevalda revisorer",
        "Statens revisorer",
    ]
    # Opening balances: Årsredovisning 2019's closing balances.
    figures = period.figures
    assert figures.opening_equity == D("1689770.80")
    assert figures.opening_kassa == D("2678137")
    assert lines["Fordran Moms"].opening_amount == D("136132")


def test_a_second_arsredovisning_for_a_year_is_refused(sekreterare):
    response = sekreterare.post(
        "/f/finnveden/rapporter/ny/", {"kind": ReportKind.ARSREDOVISNING, "year": "2020"}
    )
    assert response.status_code == 400
    assert report_forms.ARSREDOVISNING_EXISTS.format(year=2020) in response.content.decode()


def test_submitting_from_the_document_page(sekreterare, finnveden_2020):
    document = finnveden_2020.document
    page = f"/f/finnveden/dokument/{document.pk}/skicka-in/"
    PeriodFigures.objects.filter(period=finnveden_2020).update(kassa_och_bank=None)
    response = sekreterare.post(page, {"seen_version": document.version})
    assert response.status_code == 400
    PeriodFigures.objects.filter(period=finnveden_2020).update(kassa_och_bank=D("2796281"))
    document.refresh_from_db()
    response = sekreterare.post(page, {"seen_version": document.version})
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.status == "inskickad"
    # Changing a figure makes it a draft again.
    data = balance_page_data(finnveden_2020)
    assert sekreterare.post(url(finnveden_2020, "balans"), data).status_code == 302
    document.refresh_from_db()
    assert document.status == "utkast"


def test_history_of_earlier_years(sekreterare, seeded_data):
    response = sekreterare.post(
        "/f/finnveden/tidigare-ar/nytt/",
        {"year": "2015", "intakter": "4 000 000", "kostnader": "3 900 000", "eget_kapital": "1"},
    )
    assert response.status_code == 400
    assert report_forms.EQUITY_AND_ASSETS in response.content.decode()
    response = sekreterare.post(
        "/f/finnveden/tidigare-ar/nytt/",
        {"year": "2019", "intakter": "4 000 000", "kostnader": "3 900 000"},
    )
    assert report_forms.HISTORY_HAS_REPORT.format(year=2019) in response.content.decode()
    response = sekreterare.post(
        "/f/finnveden/tidigare-ar/nytt/",
        {
            "year": "2015",
            "intakter": "4 000 000",
            "kostnader": "3 900 000",
            "soliditet_procent": "40",
        },
    )
    assert response.status_code == 302
    assert YearHistory.objects.get(forbund__slug="finnveden", year=2015).arets_resultat == 100000


def test_cost_line_outcome_for_the_other_helper(seeded_data):
    from reports.selectors import cost_line_outcome

    finnveden = seeded_data["finnveden"]
    # Not 2: Projekt Samverkan i GGVV 630 701 (exact 630 700,60 in the demo's bookkeeping).
    assert cost_line_outcome(forbund=finnveden, year=2020, label="Projekt Samverkan i GGVV") == (
        D("630700.60")
    )
    assert cost_line_outcome(forbund=finnveden, year=2020, label="mitt val ") == D("525356")
    assert cost_line_outcome(forbund=finnveden, year=2020, label="Revision") == D("52260")
    assert cost_line_outcome(forbund=finnveden, year=2020, label="Finns inte") is None
    assert cost_line_outcome(forbund=finnveden, year=2018, label="Mitt Val") is None


def test_lines_of_another_forbund_cannot_be_reached(seeded_data, sodra_2024):
    client = login("finnveden-sekreterare")
    response = client.get(f"/f/finnveden/rapporter/{sodra_2024.pk}/resultatrakning/")
    assert response.status_code == 404
    assert FigureLine.objects.filter(period=sodra_2024).exists()


@pytest.mark.parametrize(
    "slug", ["finnveden", "sodra-vatterbygden", "insjoriket"], ids=lambda slug: slug
)
def test_every_page_of_every_demo_report_renders(seeded_data, slug):
    client = login(f"{slug}-sekreterare")
    pages = [
        "resultatrakning",
        "balansrakning",
        "kassaflodesanalys",
        "driftredovisning",
        "noter",
        "balanskrav",
        "femarsoversikt",
        "kontroller",
        "intakter",
        "kostnader",
        "balans",
        "kontrollsummor",
        "ovrigt",
    ]
    assert client.get(f"/f/{slug}/rapporter/").status_code == 200
    for period in ReportPeriod.objects.filter(fiscal_year__forbund__slug=slug):
        assert client.get(period.get_absolute_url()).status_code == 200
        for page in pages:
            response = client.get(url(period, page))
            assert response.status_code == 200, (period, page)


def test_add_row_grows_the_list_keeps_what_was_typed_and_saves_nothing(
    sekreterare, finnveden_2020
):
    data = balance_page_data(finnveden_2020)
    total = int(data["fordran-TOTAL_FORMS"])  # the lines + one empty row
    data["fordran-1-amount"] = "110 000"  # typed, not yet saved
    data["add_row"] = "fordran"
    before = database_snapshot()
    response = sekreterare.post(url(finnveden_2020, "balans"), data)
    assert response.status_code == 200
    assert database_snapshot() == before
    html = response.content.decode()
    assert f'name="fordran-TOTAL_FORMS" value="{total + 1}"' in html
    assert f'name="fordran-{total}-label"' in html  # the new empty row
    assert 'value="110 000"' in html
    assert 'class="error"' not in html  # nothing validated yet
    assert "Lägg till rad" in html


def test_period_history_for_the_period_overview(sekreterare, seeded_data):
    data = {
        "start": "2016-01-01",
        "end": "2016-08-31",
        "intakter": "3 400 000",
        "kostnader": "3 100 000",
        "eget_kapital": "",
        "summa_tillgangar": "2 000 000",
    }
    response = sekreterare.post("/f/finnveden/tidigare-perioder/ny/", data)
    assert response.status_code == 400
    assert report_forms.EQUITY_AND_ASSETS in response.content.decode()
    data["eget_kapital"] = "1 500 000"
    response = sekreterare.post("/f/finnveden/tidigare-perioder/ny/", data)
    assert response.status_code == 302
    saved = PeriodHistory.objects.get(forbund__slug="finnveden", end=datetime.date(2016, 8, 31))
    assert (saved.intakter, saved.kostnader) == (D(3400000), D(3100000))
    assert str(saved) == "jan–aug 2016"
