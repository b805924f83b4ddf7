"""Entering insatser, outcomes, goals and indicators as a förbundssekreterare; reading them as a
revisor, who sees no edit controls and cannot post."""

import datetime
from decimal import Decimal

import pytest

from finsam.forms_fields import ANTAL_HELTAL, ANTAL_NEGATIVT
from interventions import checks
from interventions.forms import ENHET_OLIKA, MALVARDE_OGILTIGT, PROCENT_INTERVALL
from interventions.models import (
    ExitCount,
    Goal,
    GoalUnit,
    IndicatorResult,
    Insats,
    ParticipantOutcome,
)
from interventions.models.insatser import AGE_BANDS_ORDER
from interventions.models.outcomes import PERIOD_EXISTS, PERIOD_ORDER
from tests.scoping import database_snapshot

BASE = "/f/finnveden/insatser/"


def outcome_post(**overrides) -> dict:
    data = {
        "period_start": "2021-01-01",
        "period_end": "2021-12-31",
        "in_summary": "on",
        "source": "Uppföljning Finsam",
        "deltagare_kvinnor": "12",
        "deltagare_man": "9",
        "deltagare": "",
        "nya": "21",
        "avslutade": "8",
        "exit_arbete_utan_subvention": "2",
        "exit_studier": "1",
        "exit_sjukdom": "5",
        "age_16_29_kvinnor": "4",
        "age_16_29_man": "5",
        "age_30_49_kvinnor": "8",
        "age_30_49_man": "4",
        "ref_kommun": "21",
        "resultat": "Två gick till arbete.",
    }
    data.update(overrides)
    return data


@pytest.fixture
def nya_vagar(demo_data):
    return Insats.objects.get(forbund=demo_data["finnveden"], name="Nya Vägar")


@pytest.mark.django_db
def test_sekreterare_adds_an_insats(clients, demo_data):
    response = clients["finnveden-sekreterare"].post(
        BASE + "ny/",
        {
            "name": "Steget vidare",
            "kind": "individ",
            "responsible_member": demo_data["finnveden"].members.get(name="Värnamo kommun").pk,
            "responsible_other": "Arbetsmarknadsenheten",
            "participants": [m.pk for m in demo_data["finnveden"].members.filter(kind="kommun")],
            "start_date": "2021-01-01",
            "planned_end_date": "2022-12-31",
            "age_bands": "16-29, 30-64",
            "malgrupp": "Unga vuxna",
        },
    )
    insats = Insats.objects.get(forbund=demo_data["finnveden"], name="Steget vidare")
    assert response.status_code == 302
    assert response.url == f"{BASE}{insats.pk}/"
    assert insats.age_bands == "16–29, 30–64"
    assert insats.participants.count() == 3
    assert insats.responsible_label == "Värnamo kommun (Arbetsmarknadsenheten)"


@pytest.mark.django_db
def test_insats_with_bad_age_bands_or_dates_is_refused(clients, demo_data):
    before = database_snapshot()
    response = clients["finnveden-sekreterare"].post(
        BASE + "ny/",
        {
            "name": "Steget vidare",
            "kind": "individ",
            "start_date": "2021-01-01",
            "planned_end_date": "2020-12-31",
            "age_bands": "30–49, 16–29",
        },
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert AGE_BANDS_ORDER in html
    assert "Slutdatum kan inte vara före startdatum." in html
    assert database_snapshot() == before


@pytest.mark.django_db
def test_sekreterare_enters_an_outcome_with_swedish_counts(clients, nya_vagar):
    response = clients["finnveden-sekreterare"].post(
        f"{BASE}{nya_vagar.pk}/deltagare/ny/", outcome_post(deltagare_kvinnor="1 012")
    )
    assert response.status_code == 302
    assert response.url == f"{BASE}{nya_vagar.pk}/?ar=2021"
    record = ParticipantOutcome.objects.get(insats=nya_vagar, period_end__year=2021)
    # The total left empty is the sum of women and men.
    assert (record.deltagare, record.deltagare_kvinnor, record.deltagare_man) == (1021, 1012, 9)
    assert {e.reason: e.count for e in record.exits.all()} == {
        "arbete_utan_subvention": 2,
        "studier": 1,
        "sjukdom": 5,
    }
    assert [(b.age_from, b.age_to, b.kvinnor, b.man) for b in record.age_bands.all()] == [
        (16, 29, 4, 5),
        (30, 49, 8, 4),
    ]
    assert {r.source: r.count for r in record.referrals.all()} == {"kommun": 21}
    # Entered figures that do not add up are saved, and the check says so at once.
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("Åldersgrupperna summerar till 21" in m for m in messages)


@pytest.mark.django_db
def test_outcome_with_a_bad_count_saves_nothing(clients, nya_vagar):
    before = database_snapshot()
    response = clients["finnveden-sekreterare"].post(
        f"{BASE}{nya_vagar.pk}/deltagare/ny/",
        outcome_post(exit_studier="1,5", avslutade="-3", period_end="2020-12-31"),
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert ANTAL_HELTAL in html
    assert ANTAL_NEGATIVT in html
    assert PERIOD_ORDER in html
    assert database_snapshot() == before


@pytest.mark.django_db
def test_a_second_record_for_the_same_period_is_refused(clients, nya_vagar):
    response = clients["finnveden-sekreterare"].post(
        f"{BASE}{nya_vagar.pk}/deltagare/ny/",
        outcome_post(period_start="2020-01-01", period_end="2020-12-31"),
    )
    assert response.status_code == 400
    assert PERIOD_EXISTS in response.content.decode()


@pytest.mark.django_db
def test_editing_an_outcome_changes_and_removes_detail_rows(clients, demo_data):
    insats = Insats.objects.get(forbund=demo_data["finnveden"], name="Nya Vägar")
    record = insats.outcomes.get(period_end=datetime.date(2020, 12, 31))
    form_page = clients["finnveden-sekreterare"].get(f"{BASE}{insats.pk}/deltagare/{record.pk}/")
    html = form_page.content.decode()
    # The form shows the stored figures (Gislaved 27 and Gnosjö 9 of the 36).
    assert (
        'name="member_{}" value="27"'.format(
            demo_data["finnveden"].members.get(name="Gislaveds kommun").pk
        )
        in html
    )
    data = outcome_post(
        period_start="2020-01-01",
        period_end="2020-12-31",
        deltagare="36",
        deltagare_kvinnor="28",
        deltagare_man="8",
        avslutade="21",
        exit_sjukdom="2",
        exit_studier="",
        exit_arbete_utan_subvention="",
        exit_annat="9",
        exit_arbetslivsinriktad_rehabilitering="10",
        seen_version=str(record.version),
        outcome_pk=str(record.pk),
    )
    response = clients["finnveden-sekreterare"].post(
        f"{BASE}{insats.pk}/deltagare/{record.pk}/", data
    )
    assert response.status_code == 302
    record.refresh_from_db()
    assert {e.reason: e.count for e in record.exits.all()} == {
        "sjukdom": 2,
        "annat": 9,
        "arbetslivsinriktad_rehabilitering": 10,
    }
    # The per-kommun rows were not posted: removed.
    assert not record.member_breakdown.exists()
    assert record.version == 2


@pytest.mark.django_db
def test_stale_outcome_edit_is_refused(clients, nya_vagar):
    record = nya_vagar.outcomes.first()
    data = outcome_post(period_start="2020-01-01", period_end="2020-12-31", seen_version="99")
    response = clients["finnveden-sekreterare"].post(
        f"{BASE}{nya_vagar.pk}/deltagare/{record.pk}/", data
    )
    assert response.status_code == 409
    assert ExitCount.objects.filter(outcome=record, reason="sjukdom").get().count == 2


@pytest.mark.django_db
def test_field_validation_as_you_type(clients, nya_vagar):
    """htmx posts the whole form when a field changes; the answer holds the live checks and the
    error fragment of every field (the changed one included), out of band."""
    response = clients["finnveden-sekreterare"].post(
        f"{BASE}{nya_vagar.pk}/deltagare/validera/",
        outcome_post(nya="12,5", deltagare="22"),
        headers={"HX-Request": "true", "HX-Trigger-Name": "nya"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        f'<span class="field-errors" id="id_nya_errors" hx-swap-oob="true">'
        f'<span class="error">{ANTAL_HELTAL}</span></span>'
    ) in html
    assert '<span class="field-errors" id="id_avslutade_errors" hx-swap-oob="true"></span>' in html
    assert html.startswith('<div id="outcome-checks"')
    assert checks.DELTAGARE_KON_MSG.format(split="21", total="22", diff="1") in html
    assert not ParticipantOutcome.objects.filter(period_end__year=2021).exists()


@pytest.mark.django_db
def test_outcome_form_is_wired_for_htmx_without_inline_scripts(clients, nya_vagar):
    html = clients["finnveden-sekreterare"].get(f"{BASE}{nya_vagar.pk}/deltagare/ny/?ar=2021")
    html = html.content.decode()
    validate = f"{BASE}{nya_vagar.pk}/deltagare/validera/"
    assert f'hx-post="{validate}"' in html
    assert 'hx-trigger="change"' in html
    assert '<script src="/static/js/htmx.min.js" defer></script>' in html
    assert "<script>" not in html and "style=" not in html
    assert 'value="2021-01-01"' in html and 'value="2021-12-31"' in html


@pytest.mark.django_db
def test_goal_with_numeric_target(clients, demo_data, nya_vagar):
    response = clients["finnveden-sekreterare"].post(
        "/f/finnveden/insatser/mal/nytt/",
        {
            "year": "2021",
            "insats": nya_vagar.pk,
            "text": "75 % ska anse att stödet är till stor nytta.",
            "target": "75 %",
            "outcome": "62,5 %",
            "status": "delvis",
        },
    )
    assert response.status_code == 302
    goal = Goal.objects.get(insats=nya_vagar, year=2021)
    assert (goal.target_value, goal.outcome_value, goal.target_unit) == (
        Decimal("0.75"),
        Decimal("0.625"),
        GoalUnit.PROCENT,
    )
    assert (goal.target_display, goal.outcome_display) == ("75 %", "62,5 %")


@pytest.mark.django_db
def test_goal_values_must_share_a_unit(clients):
    before = database_snapshot()
    response = clients["finnveden-sekreterare"].post(
        "/f/finnveden/insatser/mal/nytt/",
        {"year": "2021", "text": "60 deltagare", "target": "60", "outcome": "50 %"},
    )
    assert response.status_code == 400
    assert ENHET_OLIKA in response.content.decode()
    response = clients["finnveden-sekreterare"].post(
        "/f/finnveden/insatser/mal/nytt/", {"year": "2021", "text": "x", "target": "sextio"}
    )
    assert MALVARDE_OGILTIGT in response.content.decode()
    assert database_snapshot() == before


@pytest.mark.django_db
def test_indicator_entered_with_percent(clients, nya_vagar):
    response = clients["finnveden-sekreterare"].post(
        "/f/finnveden/insatser/indikatorer/nytt/",
        {
            "insats": nya_vagar.pk,
            "period_year": "2021",
            "question": "Har du fått stöd på ett sätt som är till stor nytta för dig?",
            "respondents": "19",
            "share_positive": "68 %",
            "respondents_kvinnor": "15",
            "share_positive_kvinnor": "60",
            "respondents_man": "4",
            "share_positive_man": "100 %",
        },
    )
    assert response.status_code == 302
    result = IndicatorResult.objects.get(insats=nya_vagar, period_year=2021)
    assert (result.share_positive, result.share_positive_kvinnor, result.share_positive_man) == (
        Decimal("0.68"),
        Decimal("0.60"),
        Decimal("1"),
    )
    response = clients["finnveden-sekreterare"].post(
        "/f/finnveden/insatser/indikatorer/nytt/",
        {
            "insats": nya_vagar.pk,
            "period_year": "2021",
            "question": "Fråga",
            "respondents": "3",
            "share_positive": "120",
        },
    )
    assert PROCENT_INTERVALL in response.content.decode()


@pytest.mark.django_db
def test_financing_links_the_budget_line(clients, demo_data, nya_vagar):
    line = (
        demo_data["finnveden"]
        .fiscal_years.get(year=2020)
        .budgets.get(kind="budget")
        .lines.get(label="Nya Vägar")
    )
    financing = nya_vagar.financing.filter(year=2020).first()
    response = clients["finnveden-sekreterare"].post(
        f"{BASE}{nya_vagar.pk}/ekonomi/2020/",
        {
            "granted_max": "1 300 000",
            "budget_line": line.pk,
            "cost_label": "",
            "seen_version": str(financing.version) if financing else "",
        },
    )
    assert response.status_code == 302
    financing = nya_vagar.financing.get(year=2020)
    assert financing.granted_max == Decimal("1300000")
    assert financing.effective_cost_label == "Nya Vägar"


EDIT_CONTROLS = ("Lägg till", "Ändra", 'type="submit"', "Importera", "Ta bort")


@pytest.mark.django_db
def test_revisor_sees_the_pages_without_edit_controls(clients, nya_vagar):
    pages = [
        BASE + "?ar=2020",
        f"{BASE}{nya_vagar.pk}/?ar=2020",
        BASE + "deltagare/?ar=2020",
        BASE + "mal/?ar=2020",
        BASE + "indikatorer/?ar=2020",
        BASE + "kontroller/?ar=2020",
    ]
    for path in pages:
        response = clients["finnveden-revisor"].get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        main = html[html.index("<main") : html.index("</main>")]
        for control in EDIT_CONTROLS:
            assert control not in main, (path, control)
    sekreterare = clients["finnveden-sekreterare"].get(f"{BASE}{nya_vagar.pk}/?ar=2020")
    assert "Lägg till deltagaruppgifter" in sekreterare.content.decode()


@pytest.mark.django_db
def test_revisor_cannot_post(clients, nya_vagar):
    before = database_snapshot()
    client = clients["finnveden-revisor"]
    record = nya_vagar.outcomes.first()
    for path, data in [
        (BASE + "ny/", {"name": "Revisorns insats", "kind": "individ", "age_bands": "16–29"}),
        (f"{BASE}{nya_vagar.pk}/deltagare/ny/", outcome_post()),
        (f"{BASE}{nya_vagar.pk}/deltagare/{record.pk}/", outcome_post()),
        (f"{BASE}{nya_vagar.pk}/deltagare/validera/", outcome_post()),
        (f"{BASE}{nya_vagar.pk}/ta-bort/", {}),
        (BASE + "indikatorer/import/", {}),
    ]:
        assert client.post(path, data).status_code == 403, path
    assert database_snapshot() == before


@pytest.mark.django_db
def test_every_table_sorts_by_every_column(clients, demo_data):
    from interventions import tables

    client = clients["sodra-vatterbygden-sekreterare"]
    base = "/f/sodra-vatterbygden/insatser/"
    for path, table in [
        (base + "?ar=2024", tables.InsatsTable),
        (base + "deltagare/?ar=2024", tables.ParticipantTable),
        (base + "mal/?ar=2024", tables.GoalTable),
        (base + "indikatorer/?ar=2024", tables.IndicatorTable),
    ]:
        for name, column in table.base_columns.items():
            if not column.orderable:
                continue
            for sort in (name, "-" + name):
                response = client.get(f"{path}&sort={sort}")
                assert response.status_code == 200, (path, sort)


@pytest.mark.django_db
def test_participant_table_sorted_by_avslutade(clients):
    html = (
        clients["sodra-vatterbygden-revisor"]
        .get("/f/sodra-vatterbygden/insatser/deltagare/?ar=2024&sort=-avslutade")
        .content.decode()
    )
    body = html[html.index("<tbody") : html.index("</tbody>")]
    order = [
        name for name in ("NOVA", "Enter", "FIA", "IT-spåret", "Koll på förmåga") if name in body
    ]
    positions = sorted(order, key=body.index)
    # Avslutade 46, 23, 10, 0 and blank (Koll på förmåga) last.
    assert positions == ["NOVA", "Enter", "FIA", "IT-spåret", "Koll på förmåga"]


@pytest.mark.django_db
def test_changes_show_in_the_history(clients, nya_vagar):
    record = nya_vagar.outcomes.first()
    clients["finnveden-sekreterare"].post(
        f"{BASE}{nya_vagar.pk}/deltagare/{record.pk}/",
        outcome_post(
            period_start="2020-01-01",
            period_end="2020-12-31",
            deltagare="37",
            seen_version=str(record.version),
        ),
    )
    html = clients["finnveden-revisor"].get("/f/finnveden/historik/").content.decode()
    assert "Deltagaruppgifter" in html
