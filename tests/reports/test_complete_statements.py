"""The structures closed in the second round of "complete statements for every period": a budget
given as totals, "därav årets/periodens resultat", a prognos given only as a budget deviation,
supplementary notes (sodra-vatterbygden 2024's Not 6), the freeze of the presentation fields and
the notes, and the wording of a Delårsrapport. Expected values are worked out by hand."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection, transaction
from django.test import Client
from django.urls import reverse

from reports import checks, freeze, statements
from reports.documents import render_document
from reports.models import (
    EquityLayout,
    PeriodFigures,
    ReportPeriod,
    SupplementaryNote,
    SupplementaryNoteRow,
)
from tests.approvals import approve
from tests.pdf.pdftext import pages_text
from tests.reports import alvkusten

D = Decimal
pytestmark = pytest.mark.django_db


def values(table, key):
    return table.row(key).values


@pytest.fixture
def periods(db):
    return alvkusten.build()


# --- Budget at the level the förbund budgets at ------------------------------------------------


def test_a_budget_given_as_totals_fills_the_budget_columns_without_lines(periods):
    period = periods["delar2025"]  # no line has a budget
    PeriodFigures.objects.filter(period=period).update(
        budget_intakter=D(2900000), budget_kostnader=D(2700000)
    )
    rr = statements.resultatrakning(period).table
    # Budget column, Utfall jan–aug 2025: intäkter 1 400 000 + 700 000 + 420 000 + 280 000
    # + 30 000 = 2 830 000; kostnader 1 500 000 + 600 000 + 330 000 + 200 000 = 2 630 000.
    assert values(rr, "verksamhetens_intakter")[:2] == (D(2900000), D(2830000))
    assert values(rr, "verksamhetens_kostnader")[:2] == (D(-2700000), D(-2630000))
    # Budgeted result: 2 900 000 − 2 700 000 (nothing else budgeted) = 200 000.
    assert values(rr, "arets_resultat")[0] == D(200000)
    drift = statements.driftredovisning(period)
    kostnader = drift.row("kostnader")
    assert (kostnader.budget, kostnader.utfall) == (D(2700000), D(2630000))
    assert kostnader.avvikelse == D(70000)  # 2 700 000 − 2 630 000
    assert drift.row("intakter").avvikelse == D(-70000)  # 2 830 000 − 2 900 000
    # No line got a budget: the cost lines have none, and no check asks for one (only the
    # lines outside verksamhetens kostnader, which the total does not cover, are reported).
    assert all(line.budget is None for line in drift.lines)
    results = checks.run_checks(period)
    missing = [r.message for r in results if r.code == checks.BUDGET_SAKNAS]
    assert not [m for m in missing if "Insats" in m or "Kansli" in m or "Personal" in m]
    assert any("Avskrivning inventarier" in m for m in missing)
    assert not [r for r in results if r.is_error]
    # The note of verksamhetens kostnader has the budget on its total only.
    note = next(n for n in statements.noter(period) if n.key == "kostnader")
    assert note.table.columns[0] == "Budget jan–aug 2025"
    assert values(note.table, "rad:Insats Steget")[0] is None
    assert values(note.table, "summa")[0] == D(2700000)


def test_a_total_that_differs_from_the_lines_budgets_is_an_error(periods):
    period = periods["delar2026"]  # cost lines budget 1 700 000 + 700 000 + 350 000 + 220 000
    PeriodFigures.objects.filter(period=period).update(budget_kostnader=D(3000000))
    errors = [r for r in checks.run_checks(period) if r.code == checks.BUDGET_TOTAL]
    assert len(errors) == 1 and errors[0].is_error
    # 1 700 000 + 700 000 + 350 000 + 220 000 = 2 970 000; 2 970 000 − 3 000 000 = −30 000
    assert errors[0].difference == D(-30000)
    assert "2 970 000" in errors[0].message and "3 000 000" in errors[0].message


def test_the_budget_total_is_entered_on_the_page_of_the_other_figures(periods):
    from reports import forms, services

    period = periods["delar2025"]
    shown = forms.OtherFiguresForm(instance=period.figures, prefix="f", period=period)
    form = forms.OtherFiguresForm(
        # What the page showed goes back with the post (reports.line_merge).
        {
            "f-layout": period.layout,
            "f-budget_intakter": "2 900 000",
            "f-budget_kostnader": "2 700 000",
            "f-seen": shown.seen_json(),
        },
        instance=period.figures,
        prefix="f",
        period=period,
    )
    assert form.is_valid(), form.errors
    services.report_figures_save(period=period, seen_version=period.version, form=form)
    saved = PeriodFigures.objects.get(period=period)
    assert (saved.budget_intakter, saved.budget_kostnader) == (D(2900000), D(2700000))


# --- Eget kapital: "därav årets resultat" -------------------------------------------------------


def test_equity_with_darav_arets_resultat_in_the_arsredovisning(periods):
    period = periods["ar2025"]
    ReportPeriod.objects.filter(pk=period.pk).update(equity_layout=EquityLayout.DARAV)
    period.refresh_from_db()
    t = statements.balansrakning(period).table
    # 2025-12-31: 1 400 000 + 40 000 = 1 440 000; 2024-12-31: 1 400 000 (no 2025 result yet).
    assert values(t, "eget_kapital") == (D(1440000), D(1400000))
    assert t.row("arets_resultat").label == "därav årets resultat"
    # 2025's result 40 000; 2024's Årsredovisning is not in the tool (history only): unknown.
    assert values(t, "arets_resultat") == (D(40000), None)
    assert not t.has_row("eget_kapital_ib")
    assert values(t, "summa_eget_kapital_och_skulder") == (D(1690000), D(1650000))
    text = " ".join(pages_text(render_document(period.document, draft=True).pdf))
    assert "Eget kapital 1 440 000 1 400 000" in text
    assert "därav årets resultat 40 000" in text


def test_equity_with_darav_periodens_resultat_in_an_interim_report(periods):
    period = periods["delar2025"]  # ingående balans, förändring, utgående balans
    ReportPeriod.objects.filter(pk=period.pk).update(equity_layout=EquityLayout.DARAV)
    period.refresh_from_db()
    t = statements.balansrakning(period).table
    # Result jan–aug 2025: 2 830 000 − 2 630 000 − 13 000 + 6 000 − 1 000 = 192 000;
    # eget kapital 1 400 000 → 1 400 000 + 192 000 = 1 592 000.
    assert values(t, "eget_kapital") == (D(1400000), D(192000), D(1592000))
    assert t.row("arets_resultat").label == "därav periodens resultat"
    assert values(t, "arets_resultat") == (None, None, D(192000))


# --- Prognos: entered, never scaled ------------------------------------------------------------


def test_insjoriket_prognos_is_the_entered_budget_deviation(insjoriket_2018):
    prognos = statements.helarsprognos(insjoriket_2018)
    # The seed: "en positiv budgetavvikelse med totalt 250 tkr"; nothing else is stated.
    assert prognos.budgetavvikelse == D(250000)
    assert (prognos.intakter, prognos.kostnader) == (None, None)
    assert (prognos.budget_intakter, prognos.budget_kostnader) == (None, None)
    assert values(prognos.table, "resultat") == (None, None, D(250000))
    assert prognos.balanskravsresultat is None
    text = " ".join(pages_text(render_document(insjoriket_2018.document, draft=True).pdf))
    assert "Resultat helår – – 250 000" in text
    assert "budgetavvikelse på 250 tkr" in text
    # The earlier scaled figures (period budget × 12/8) are gone.
    assert "18 115 500" not in text and "17 122 500" not in text


# --- Supplementary notes ------------------------------------------------------------------------


def test_sodra_2024_not_6_kompletterande_nettouppgifter(sodra_2024):
    notes = statements.noter(sodra_2024)
    note = notes[5]
    assert (note.number, note.title) == (6, "Kompletterande nettouppgifter jämförda med budget")
    assert note.table.columns == ("Budget 2024", "2024-12-31", "2023-12-31")
    assert values(note.table, "rad:Verksamhetsutvecklare totalt") == (
        D(849000),
        D(790218),
        D(689562),
    )
    assert values(note.table, "rad:Kompetensutveckling netto") == (
        D(200000),
        D(197963),
        D(198395),
    )
    assert values(note.table, "rad:Kansli netto") == (D(870000), D(873826), D(816987))
    assert not note.table.has_row("summa")  # three separate figures, no total
    assert note.text.startswith("Ovanstående redovisning har skett utifrån Nationella Rådets mall")
    assert note.text_after.startswith("Nettokostnaderna för VU ligger klart under budget")
    text = " ".join(pages_text(render_document(sodra_2024.document, draft=True).pdf))
    assert "Not 6 Kompletterande nettouppgifter jämförda med budget" in text
    assert "Belopp i kr Budget 2024 2024-12-31 2023-12-31" in text
    assert "Verksamhetsutvecklare totalt 849 000 790 218 689 562" in text
    assert "Kansli netto 870 000 873 826 816 987" in text
    assert "De lägre kostnaderna för VU beror på" in text


# --- The freeze covers the presentation fields and the notes -----------------------------------


@pytest.fixture
def approved_with_note(finnveden_2020):
    note = SupplementaryNote.objects.create(period=finnveden_2020, title="Nettokostnader")
    SupplementaryNoteRow.objects.create(note=note, label="Kansli netto", amount=D(1000))
    version = approve(finnveden_2020.document)
    return finnveden_2020, note, version


def test_the_orm_refuses_presentation_and_note_changes(approved_with_note):
    period, note, _ = approved_with_note
    for field, value in (
        ("tkr_tables", ["resultatrakning"]),
        ("show_zero_lines", True),
        ("equity_layout", EquityLayout.DARAV),
        ("drift_comparison", "helar"),
        ("balance_columns", "samma_datum"),
        ("income_note_with_financial", True),
    ):
        with pytest.raises(freeze.ReportFrozen):
            ReportPeriod.objects.filter(pk=period.pk).update(**{field: value})
    row = note.rows.get()
    row.amount = D(2000)
    with pytest.raises(freeze.ReportFrozen):
        row.save()
    with pytest.raises(freeze.ReportFrozen):
        SupplementaryNoteRow.objects.create(note=note, label="Smygrad", amount=D(1))
    with pytest.raises(freeze.ReportFrozen):
        note.delete()


def test_the_database_refuses_raw_presentation_and_note_changes(approved_with_note):
    period, note, _ = approved_with_note
    row = note.rows.get()
    sql = [
        ("UPDATE reports_reportperiod SET tkr_tables = '[\"noter\"]' WHERE id = %s", [period.pk]),
        ("UPDATE reports_reportperiod SET show_zero_lines = true WHERE id = %s", [period.pk]),
        ("UPDATE reports_reportperiod SET equity_layout = 'darav' WHERE id = %s", [period.pk]),
        ("UPDATE reports_reportperiod SET drift_comparison = 'helar' WHERE id = %s", [period.pk]),
        ("UPDATE reports_supplementarynote SET title = 'X' WHERE id = %s", [note.pk]),
        ("UPDATE reports_supplementarynoterow SET amount = 1 WHERE id = %s", [row.pk]),
        ("DELETE FROM reports_supplementarynoterow WHERE id = %s", [row.pk]),
        (
            "INSERT INTO reports_supplementarynoterow (note_id, position, label) "
            "VALUES (%s, 9, 'Smygrad')",
            [note.pk],
        ),
    ]
    if connection.vendor != "postgresql":
        pytest.skip("the freeze triggers are PostgreSQL's")
    for statement, params in sql:
        with (
            pytest.raises(DatabaseError) as refused,
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(statement, params)
        assert freeze.FROZEN_MESSAGE in str(refused.value), statement
    ReportPeriod.objects.filter(pk=period.pk).update(version=99)  # not a figure: allowed


# --- Wording of a Delårsrapport ------------------------------------------------------------------


def test_a_delarsrapport_never_speaks_of_the_year(insjoriket_2018):
    text = " ".join(pages_text(render_document(insjoriket_2018.document, draft=True).pdf))
    assert "R17" in text  # Redovisningsprinciper cite RKR R17 Delårsrapport
    assert "Delårsrapporten är i tillämpliga delar upprättad" in text
    assert "Årsredovisningen är upprättad" not in text
    # No generated label speaks of the year (the förbund's own narrative texts, quoted from the
    # seed, may: "förra årets delårsrapport").
    for phrase in ("årets resultat", "årets början", "årets slut", "årets kassaflöde"):
        assert phrase not in text.lower(), phrase
    assert "jan-aug" not in text  # headings use the en dash
    assert "jan–aug 2018" in text


def test_the_entry_pages_and_checks_of_a_delarsrapport_speak_of_the_period(periods):
    period = periods["delar2026"]
    client = Client()
    user = get_user_model().objects.create_user("alvkusten-sekreterare", password="x")
    from finsam.models import Membership

    Membership.objects.create(user=user, forbund=period.forbund, role="sekreterare")
    client.force_login(user)
    names = [
        "report-income-edit",
        "report-costs-edit",
        "report-balance-edit",
        "report-controls-edit",
        "report-other-edit",
        "report-kontroller",
        "report-resultatrakning",
        "report-balansrakning",
        "report-kassaflode",
        "report-driftredovisning",
        "report-noter",
    ]
    for name in names:
        page = client.get(reverse(name, kwargs={"forbund": period.forbund.slug, "pk": period.pk}))
        assert page.status_code == 200, name
        html = page.content.decode()
        assert "årets" not in html.lower(), name
        assert "Årsredovisningen är upprättad" not in html, name


# --- Export format version 3; version 2 files still import -------------------------------------

V3_FIELDS = {
    "reports.reportperiod": ("equity_layout",),
    "reports.periodfigures": ("budget_intakter", "budget_kostnader", "prognos_budgetavvikelse"),
}
V3_SECTIONS = ("reports.supplementarynote", "reports.supplementarynoterow")


def test_version_3_exports_the_new_fields_and_a_version_2_file_still_imports(demo_data):
    from workspace.transfer import export_forbund, import_forbund

    document = export_forbund(demo_data["sodra-vatterbygden"])
    assert document["version"] == 3
    sections = {section["model"]: section["rows"] for section in document["objects"]}
    notes = sections["reports.supplementarynote"]
    assert [row["fields"]["title"] for row in notes] == [
        "Kompletterande nettouppgifter jämförda med budget"
    ]
    assert len(sections["reports.supplementarynoterow"]) == 3
    # The same förbund as a version-2 file: without the new fields and sections.
    document["version"] = 2
    document["objects"] = [s for s in document["objects"] if s["model"] not in V3_SECTIONS]
    for section in document["objects"]:
        for name in V3_FIELDS.get(section["model"], ()):
            for row in section["rows"]:
                del row["fields"][name]
    forbund = import_forbund(document, replace=True)
    period = ReportPeriod.objects.get(
        fiscal_year__forbund=forbund, fiscal_year__year=2024, kind="arsredovisning"
    )
    assert period.equity_layout == EquityLayout.INGAENDE
    assert not period.supplementary_notes.exists()
    # The seed's årets resultat 115 756, unchanged by the import.
    assert round(statements.result_figures(period).arets_resultat) == 115756


# --- Unknown is not zero: participant counts --------------------------------------------------


def test_unknown_exit_reasons_print_a_dash_and_partial_totals_say_so(demo_data, sodra_2024):
    from interventions import selectors as insatser

    table = insatser.participant_table(demo_data["sodra-vatterbygden"], 2024)
    rows = {row.label: row for row in table.rows}
    koll = rows["Koll på förmåga"]  # the seed prints only 31 / 33 / 45: nothing on avslut
    assert [koll.cell(a) for a in ("nya", "avslutade", "arbete", "annat")] == ["45", "–", "–", "–"]
    # Enter's 23 avslutade are 6 + 3 + 2 + 12: the blank Annat is not reported, not unknown.
    assert rows["Enter"].cell("annat") == ""
    assert rows["IT-spåret"].cell("arbete") == ""  # 0 avslutade: no reasons to know
    # Totals over the known rows: 23 + 46 + 10 + 0 = 79 avslutade, marked as partial.
    assert table.totals.cell("avslutade") == "79*"
    assert table.totals.cell("arbete") == "11*"  # 6 + 1 + 4
    assert table.totals.cell("kvinnor") == "134"
    assert table.partly_unknown == ["Koll på förmåga"]
    text = " ".join(pages_text(render_document(sodra_2024.document, draft=True).pdf))
    assert "Totalt 134 119 162 79* 11* 7* 21* 28* 12*" in text
    assert "uppgift saknas för Koll på förmåga" in text
    assert "Koll på förmåga 31 33 45 – – – – – –" in text


def test_a_year_whose_exit_reasons_nobody_entered_prints_dashes(demo_data):
    from interventions import selectors as insatser
    from reports import charts

    table = insatser.participant_table(demo_data["finnveden"], 2019)
    # finnveden 2019 is known only as totals: 38 avslutade, no avslutsorsaker.
    assert table.totals.avslutade == 38
    assert [table.totals.cell(a) for a in ("arbete", "studier", "sjukdom", "annat")] == ["–"] * 4
    assert table.totals.arbete is None
    # The chart leaves the unknown reasons out instead of drawing them as 0.
    assert charts.exit_reasons(table) == ""
