"""The seeds' participant tables, goal summaries and socioekonomisk effekt, computed from the demo
data (entered as printed). Every expected figure is quoted from the seed."""

from decimal import Decimal

import pytest

from finsam.money import format_amount, format_percent
from interventions import selectors
from interventions.models import GoalStatus, Insats


@pytest.mark.django_db
def test_sodra_vatterbygden_2024_deltagare_table(demo_data):
    # sodra-vatterbygden-arsredovisning-2024, 1.4 "Deltagare 2024":
    # Deltagare 2024  Kvinnor Män Varav nya Avslutade Arbete Studier Arb.rehab Sjukdom Annat skäl
    # Enter           41      39  38        23        6      3       2         12
    # NOVA            42      28  66        46        1      3       18        16      8
    # FIA             19      14  11        10        4      1       1                 4
    # IT-spåret       1       5   2         0
    # Koll på förmåga 31      33  45
    # Totalt          134     119 162       79        11     7       21        28      12
    table = selectors.participant_table(demo_data["sodra-vatterbygden"], 2024)
    columns = (
        "kvinnor",
        "man",
        "nya",
        "avslutade",
        "arbete",
        "studier",
        "arb_rehab",
        "sjukdom",
        "annat",
    )
    rows = {row.label: tuple(getattr(row, c) for c in columns) for row in table.rows}
    assert rows == {
        "Enter": (41, 39, 38, 23, 6, 3, 2, 12, None),
        "NOVA – Stöd i förändring": (42, 28, 66, 46, 1, 3, 18, 16, 8),
        "Funktionsnedsatta i arbete (FIA)": (19, 14, 11, 10, 4, 1, 1, None, 4),
        "IT-spåret": (1, 5, 2, 0, None, None, None, None, None),
        "Koll på förmåga": (31, 33, 45, None, None, None, None, None, None),
    }
    totals = tuple(getattr(table.totals, c) for c in columns)
    assert totals == (134, 119, 162, 79, 11, 7, 21, 28, 12)
    # "Totalt 253 personer deltog ..., varav 134 kvinnor och 119 män."
    assert table.totals.deltagare == 253
    # Ordföranden har ordet: "Det var 79 deltagare som avslutades under året och 39 av dessa kom
    # antingen i arbete eller studier (18) ..." – 18 of 79.
    assert table.totals.work_or_studies == 18
    assert format_percent(table.share_work_or_studies) == "23 %"


@pytest.mark.django_db
def test_sodra_vatterbygden_2024_table_on_the_page(clients):
    page = clients["sodra-vatterbygden-revisor"].get("/f/sodra-vatterbygden/insatser/deltagare/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Deltagare 2024" in html
    footer = html[html.index("<tfoot") : html.index("</tfoot>")]
    cells = [cell.split(">")[-1] for cell in footer.split("</td>") if "<td" in cell]
    assert cells == ["Totalt", "134", "119", "253", "162", "79", "11", "7", "21", "28", "12"]


@pytest.mark.django_db
def test_sodra_vatterbygden_2024_bilaga_1_summary(demo_data):
    # Bilaga 1's table lists 13 åtaganden: 7 "Uppfyllt", 4 "Ej uppfyllt", 1 "Delvis uppfyllt" and
    # 1 "-" (not assessed). The published sentence – "Sju av de tretton målen i verksamhetsplanen
    # för 2024 bedöms uppfyllda under året, fem bedöms inte vara uppfyllda, ett delvis uppfyllt
    # och ett mål har inte varit möjligt att bedöma." – is itself inconsistent: 7 + 5 + 1 + 1 =
    # 14, not thirteen. The table has four Ej uppfyllt, so the computed sentence says "fyra".
    goals = selectors.plan_goals(demo_data["sodra-vatterbygden"], 2024)
    assert len(goals) == 13
    counts = selectors.goal_counts(goals)
    assert (counts.uppfyllt, counts.ej_uppfyllt, counts.delvis, counts.ej_bedomt) == (7, 4, 1, 1)
    assert counts.utan_status == 0
    assert selectors.goal_summary_sentence(counts, 2024) == (
        "Sju av de tretton målen i verksamhetsplanen för 2024 bedöms uppfyllda under året, fyra "
        "bedöms inte vara uppfyllda, ett delvis uppfyllt och ett mål har inte varit möjligt att "
        "bedöma."
    )
    # The row printed with "-":
    not_assessed = [g for g in goals if g.status == GoalStatus.EJ_BEDOMT]
    assert not_assessed[0].text == "Kunskap om Valfärdsguiden är god hos berörda medarbetare"


@pytest.mark.django_db
def test_finnveden_2020_bilaga_1_summary(demo_data):
    # finnveden-arsredovisning-2020, 1.4: "Sju av målen uppfylldes helt och sex uppfylldes
    # delvis. Inget av målen uppfylldes inte alls." Bilaga 1 has 13 åtaganden.
    counts = selectors.goal_counts(selectors.plan_goals(demo_data["finnveden"], 2020))
    assert (counts.total, counts.uppfyllt, counts.delvis, counts.ej_uppfyllt) == (13, 7, 6, 0)
    assert selectors.goal_summary_sentence(counts, 2020) == (
        "Sju av de tretton målen i verksamhetsplanen för 2020 bedöms uppfyllda under året och sex "
        "delvis uppfyllda."
    )


@pytest.mark.django_db
def test_finnveden_2020_socioekonomisk_effekt(demo_data):
    # finnveden-arsredovisning-2020, 1.4 Socioekonomiska effekter: "I år var det 15 deltagare som
    # avslutades till arbete. ... 15 x16.200kr x12mån, totalt 2.916.000kr under ett år."
    effect = selectors.socioeconomic_effect(demo_data["finnveden"], 2020)
    assert (effect.persons, effect.schablon, effect.months) == (15, Decimal("16200"), 12)
    assert effect.amount == Decimal("2916000")
    assert not effect.reported
    # "Som jämförelse redovisades 2019 att totalt 28 deltagare fick arbete. 28 x16.200kr x12 mån
    # innebar en socioekonomisk effekt på totalt 5.443.200kr under ett år."
    earlier = selectors.socioeconomic_effect(demo_data["finnveden"], 2019)
    assert (earlier.persons, earlier.amount, earlier.reported) == (28, Decimal("5443200"), True)


@pytest.mark.django_db
def test_the_schablon_is_a_setting_per_forbund_and_year(clients, demo_data):
    forbund = demo_data["finnveden"]
    response = clients["finnveden-sekreterare"].post(
        "/f/finnveden/insatser/deltagare/socioekonomi/2020/",
        {"monthly_schablon": "17 000", "reported_persons_to_work": ""},
    )
    assert response.status_code == 302
    assert selectors.socioeconomic_effect(forbund, 2020).amount == Decimal(15 * 17000 * 12)
    # An earlier year keeps its own schablon.
    assert selectors.socioeconomic_effect(forbund, 2019).schablon == Decimal("16200")
    # Another förbund keeps the default 16 200.
    assert selectors.monthly_schablon(demo_data["sodra-vatterbygden"], 2024) == Decimal("16200")


@pytest.mark.django_db
def test_finnveden_2020_se_ips_participants_by_kommun(demo_data):
    # finnveden-arsredovisning-2020, Bilaga 2, Stöd till arbete – SE/IPS:
    #              Gnosjö  Gislaved  Värnamo  Totalt 2020  Totalt 2019
    # Män          8       23        25       56           56
    # Kvinnor      10      17        24       51           45
    # Totalt 2020  18      40        49       107
    # Totalt 2019  20      48        33                    101
    insats = Insats.objects.get(forbund=demo_data["finnveden"], name="Stöd till arbete – SE/IPS")
    table = selectors.member_breakdown_table(insats, 2020)
    by_kommun = {
        m.name: (man, kvinnor, total, previous)
        for m, man, kvinnor, total, previous in zip(
            table.members,
            table.man,
            table.kvinnor,
            table.totals,
            table.previous_totals,
            strict=True,
        )
    }
    assert by_kommun == {
        "Gnosjö kommun": (8, 10, 18, 20),
        "Gislaveds kommun": (23, 17, 40, 48),
        "Värnamo kommun": (25, 24, 49, 33),
    }
    assert (table.total_man, table.total_kvinnor, table.total) == (56, 51, 107)
    assert (table.previous_man, table.previous_kvinnor, table.previous_total) == (56, 45, 101)


@pytest.mark.django_db
def test_finnveden_2020_se_ips_outcome(demo_data):
    insats = Insats.objects.get(forbund=demo_data["finnveden"], name="Stöd till arbete – SE/IPS")
    (summary,) = [
        selectors.outcome_summary(o) for o in selectors.outcomes_of(insats, 2020) if o.in_summary
    ]
    # "26 kvinnor och 30 män avslutade steg två under 2020 ... 15 av dem hade då arbete och 5 gick
    # vidare till studier (36% totalt)."
    assert (summary.avslutade, summary.arbete, summary.studier) == (56, 15, 5)
    assert format_percent(summary.share_work_or_studies) == "36 %"


@pytest.mark.django_db
def test_utfall_comes_from_the_years_cost_figures(demo_data):
    # finnveden-arsredovisning-2020, Bilaga 2: "Förbundet beviljade max 1.599.700kr till
    # projektet, varav 1.520.000kr avsattes i budgeten i Verksamhetsplan 2020. Utfallet blev
    # 1.459.434kr." (Not 2: "Stöd till arbete – SE/IPS 1 520 000 1 459 434")
    insats = Insats.objects.get(forbund=demo_data["finnveden"], name="Stöd till arbete – SE/IPS")
    economy = selectors.insats_economy(insats, 2020)
    assert economy.granted_max == Decimal("1599700")
    assert economy.budget == Decimal("1520000")
    assert format_amount(economy.outcome) == "1 459 434"
    # "Förbundet beviljade max 701.000kr för 2020 ... Utfallet blev 630.701kr." (Projekt
    # Samverkan i GG(V); not 2 calls the line "Projekt Samverkan i GGVV").
    samverkan = Insats.objects.get(forbund=demo_data["finnveden"], name="Projekt Samverkan i GG(V)")
    economy = selectors.insats_economy(samverkan, 2020)
    assert (format_amount(economy.granted_max), format_amount(economy.outcome)) == (
        "701 000",
        "630 701",
    )


@pytest.mark.django_db
def test_insats_list_totals_in_the_footer(clients):
    html = clients["finnveden-revisor"].get("/f/finnveden/insatser/?ar=2020").content.decode()
    footer = html[html.index("<tfoot") : html.index("</tfoot>")]
    # Not 2 of finnveden-arsredovisning-2020: SE/IPS 1 459 434 + IT-spåret 177 952 + Samverkan
    # 630 701 + Nya Vägar 1 210 777 + Mitt Val 525 356 = 4 004 220 (the note's total 4 051 300
    # also holds Gemensamma projektkostnader 47 080, which is no insats). Budget: 1 520 000 +
    # 200 000 + 692 000 + 1 200 000 + 1 092 000 = 4 704 000. Beviljat max: 1 599 700 + 200 000
    # + 701 000 + 1 265 000 + 1 198 500 = 4 964 200.
    for figure in ("4 964 200", "4 704 000", "4 004 220"):
        assert figure in footer


def test_number_words():
    assert [selectors.number_word(n) for n in (0, 1, 2, 7, 12, 13, 20, 21, 38, 100)] == [
        "inget",
        "ett",
        "två",
        "sju",
        "tolv",
        "tretton",
        "tjugo",
        "tjugoett",
        "trettioåtta",
        "100",
    ]


def test_summary_sentence_singulars_and_missing_status():
    counts = selectors.GoalCounts(uppfyllt=1, ej_uppfyllt=1, ej_bedomt=2, utan_status=1)
    assert selectors.goal_summary_sentence(counts, 2025) == (
        "Ett av de fem målen i verksamhetsplanen för 2025 bedöms uppfyllt under året, ett bedöms "
        "inte vara uppfyllt, två mål har inte varit möjliga att bedöma och ett saknar ännu "
        "bedömning."
    )
    assert selectors.goal_summary_sentence(selectors.GoalCounts(delvis=3), 2025) == (
        "Inget av de tre målen i verksamhetsplanen för 2025 bedöms uppfyllt under året och tre "
        "delvis uppfyllda."
    )
