"""interventions.reporting: dates, year-scoped details, the summary sentence and the goal
warning. Expected values are typed by hand."""

import datetime
from decimal import Decimal

import pytest

from interventions import checks, reporting
from interventions.checks import Severity
from interventions.models import Goal, GoalUnit, Insats, InsatsYear
from interventions.services import insats_year_save

D = datetime.date


def details(**fields) -> reporting.YearDetails:
    values = dict.fromkeys(("responsible_member", "start_date", "planned_end_date", "ended_date"))
    values.update(name="X", responsible_other="", malgrupp="", bemanning="")
    values.update(fields)
    return reporting.YearDetails(**values)


def test_period_text_says_what_the_dates_are():
    as_of = D(2021, 12, 31)
    ended = details(start_date=D(2019, 1, 1), ended_date=D(2021, 4, 30))
    assert reporting.period_text(ended, as_of) == "2019-01-01 – 2021-04-30 (avslutad)"
    planned = details(start_date=D(2012, 1, 1), planned_end_date=D(2021, 6, 30))
    assert reporting.period_text(planned, as_of) == "2012-01-01 – 2021-06-30"
    open_ended = details(start_date=D(2012, 1, 1))
    assert reporting.period_text(open_ended, as_of) == "2012-01-01 – tills vidare"
    # An end later than the report's period is not yet "avslutad".
    assert reporting.period_text(ended, D(2020, 12, 31)) == "2019-01-01 – 2021-04-30"
    assert reporting.period_text(details(), as_of) == ""


def test_ansvar_text_prints_only_known_parts():
    as_of = D(2020, 12, 31)
    assert reporting.ansvar_text(details(), as_of) == ""
    assert reporting.ansvar_text(details(responsible_other="Region"), as_of) == "Region"
    both = details(responsible_other="Region", start_date=D(2018, 1, 1))
    assert reporting.ansvar_text(both, as_of) == "Region, 2018-01-01 – tills vidare"


def test_overview_sentence():
    assert reporting.overview_sentence(176, 83, 65, 28, None, None, "under 2020") == (
        "Totalt 176 personer deltog i de insatser förbundet finansierade under 2020, varav 83 "
        "kvinnor, 65 män och 28 där uppgift om kön saknas."
    )
    assert reporting.overview_sentence(424, 268, 156, None, 14, 3, "under perioden") == (
        "Totalt 424 personer deltog i de insatser förbundet finansierade under perioden, varav "
        "268 kvinnor och 156 män. Därutöver deltog 14 volymdeltagare utan personuppgifter och 3 "
        "anonyma deltagare, som räknas för sig."
    )
    assert reporting.overview_sentence(None, None, None, None, None, None, "under 2020") == ""


@pytest.mark.django_db
def test_renaming_an_insats_in_2021_leaves_2018_unchanged(demo_data):
    forbund = demo_data["insjoriket"]
    insats = Insats.objects.get(forbund=forbund, name="Balder")
    insats_year_save(insats=insats, year=2021, values={"name": "Balder 2.0", "malgrupp": "Unga"})
    insats = Insats.objects.prefetch_related("years").get(pk=insats.pk)
    assert reporting.year_details(insats, 2018).name == "Balder"
    assert reporting.year_details(insats, 2021).name == "Balder 2.0"
    assert reporting.year_details(insats, 2022).malgrupp == "Unga"
    # The insats' own fields follow the latest year.
    assert insats.name == "Balder 2.0"
    # The base record starts at the earliest year with data (the 2018 outcome).
    assert list(insats.years.values_list("year", flat=True)) == [2018, 2021]
    # The report of 2018 still prints the old name.
    chapters = reporting.insats_chapters(forbund, 2018, D(2018, 8, 31))
    assert "Balder" in [c.name for c in chapters]
    assert "Balder 2.0" not in [c.name for c in chapters]


@pytest.mark.django_db
def test_year_record_without_earlier_falls_back_to_earliest(demo_data):
    insats = Insats.objects.get(forbund=demo_data["insjoriket"], name="AKTIV")
    InsatsYear.objects.create(insats=insats, year=2019, name="AKTIV 2019")
    insats = Insats.objects.prefetch_related("years").get(pk=insats.pk)
    assert reporting.year_details(insats, 2018).name == "AKTIV 2019"


@pytest.mark.django_db
def test_goal_with_outcome_but_no_status_is_a_warning(demo_data):
    forbund = demo_data["sodra-vatterbygden"]
    Goal.objects.create(
        forbund=forbund,
        year=2024,
        text="Minst 60 % till arbete",
        position=15,
        target_unit=GoalUnit.PROCENT,
        target_value=Decimal("0.6"),
        outcome_value=Decimal("0.62"),
    )
    found = [r for r in checks.run_checks(forbund, 2024) if r.code == checks.MAL_UTFALL_UTAN_STATUS]
    assert [(r.severity, r.message) for r in found] == [
        (
            Severity.VARNING,
            "Målet ”Minst 60 % till arbete” har utfallet 62 % (målvärde 60 %) men ingen "
            "bedömning av måluppfyllelse.",
        )
    ]


NEW_MODELS = {
    "interventions.exitcategory",
    "interventions.organisationcount",
    "interventions.participanttotal",
    "interventions.insatsyear",
}
NEW_FIELDS = {
    "interventions.exitcount": ["category"],
    "interventions.referralcount": ["member"],
    "interventions.participantoutcome": [
        "volym_kvinnor",
        "volym_man",
        "anonyma",
        "aktiviteter",
        "moten",
    ],
    "interventions.indicatorresult": ["share_positive_national"],
    "interventions.insats": ["structural_placement"],
}


@pytest.mark.django_db
def test_an_export_from_before_these_fields_still_imports(demo_data):
    from workspace.transfer import export_forbund, import_forbund

    document = export_forbund(demo_data["finnveden"])
    document["objects"] = [s for s in document["objects"] if s["model"] not in NEW_MODELS]
    for section in document["objects"]:
        for name in NEW_FIELDS.get(section["model"], []):
            for row in section["rows"]:
                row["fields"].pop(name, None)
    forbund = import_forbund(document, replace=True)
    insats = Insats.objects.get(forbund=forbund, name="Stöd till arbete – SE/IPS")
    assert insats.structural_placement == "forvaltning"
    assert not insats.years.exists()
    # Without the förbund's total the sentence sums the insatser: 51 + 28 kvinnor, 56 + 8 män,
    # IT-spåret 1 + Mitt Val 8 unknown; 107 + 1 + 8 + 36 = 152.
    overview = reporting.participant_overview(forbund, 2020)
    assert (overview.deltagare, overview.kvinnor, overview.man, overview.okant) == (
        152,
        79,
        64,
        9,
    )
    assert not overview.unique


@pytest.mark.django_db
def test_renaming_on_the_edit_page_from_2021(clients, demo_data):
    forbund = demo_data["finnveden"]
    insats = Insats.objects.get(forbund=forbund, name="Mitt Val")
    data = {
        "name": "Mitt Val 2.0",
        "kind": insats.kind,
        "responsible_member": insats.responsible_member_id or "",
        "responsible_other": insats.responsible_other,
        "participants": list(insats.participants.values_list("pk", flat=True)),
        "start_date": "2019-01-01",
        "ended_date": "2021-04-30",
        "malgrupp": insats.malgrupp,
        "bemanning": insats.bemanning,
        "metod": insats.metod,
        "age_bands": insats.age_bands,
        "structural_placement": "forvaltning",
        "position": insats.position,
        "from_year": "2021",
        "seen_version": str(insats.version),
    }
    response = clients["finnveden-sekreterare"].post(
        f"/f/finnveden/insatser/{insats.pk}/andra/", data
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    chapters = {c.insats.pk: c for c in reporting.insats_chapters(forbund, 2020)}
    # 2020's report keeps the name and the planned end it printed (2019-01-01 – 2021-12-31).
    assert chapters[insats.pk].name == "Mitt Val"
    assert chapters[insats.pk].ansvar.endswith("2019-01-01 – 2021-12-31")
    chapters = {c.insats.pk: c for c in reporting.insats_chapters(forbund, 2021)}
    assert chapters[insats.pk].name == "Mitt Val 2.0"
    assert chapters[insats.pk].ansvar.endswith("2019-01-01 – 2021-04-30 (avslutad)")
