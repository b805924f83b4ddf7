"""Samordningsförbundet Älvkusten (tests/reports/alvkusten.py, our own invention): every
statement figure of the Årsredovisning 2025 and the Delårsrapport jan–aug 2026 against values
worked out by hand, and the rendered PDF's text."""

from decimal import Decimal

import pytest

from reports import checks, overview, statements
from reports.documents import render_document
from tests.pdf.pdftext import pages_text
from tests.reports import alvkusten

D = Decimal


@pytest.fixture
def periods(db):
    return alvkusten.build()


def values(table, key):
    return table.row(key).values


# --- Årsredovisning 2025 (all tables in kr) -----------------------------------------------------


def test_resultatrakning_2025(periods):
    rr = statements.resultatrakning(periods["ar2025"])
    t = rr.table
    assert t.columns == ("Budget 2025", "2025-12-31")
    assert t.unit == "Belopp i kr"
    # driftbidrag 2 000 000 + 1 000 000 + 600 000 + 400 000 = 4 000 000; + försäljning 50 000
    # = 4 050 000 (budget 4 000 000 + 40 000 = 4 040 000)
    assert values(t, "verksamhetens_intakter") == (D(4040000), D(4050000))
    # 2 300 000 + 900 000 + 500 000 + personal 300 000 = 4 000 000, WITHOUT the avskrivning
    # (budget 2 400 000 + 1 000 000 + 520 000 + 310 000 = 4 230 000)
    assert values(t, "verksamhetens_kostnader") == (D(-4230000), D(-4000000))
    assert values(t, "avskrivningar") == (D(-20000), D(-20000))
    # 4 050 000 − 4 000 000 − 20 000 = 30 000; budget 4 040 000 − 4 230 000 − 20 000 = −210 000
    assert values(t, "resultat") == (D(-210000), D(30000))
    assert values(t, "finansiella_intakter") == (D(10000), D(12000))
    assert values(t, "finansiella_kostnader") == (None, D(-2000))
    # 30 000 + 12 000 − 2 000 = 40 000; budget −210 000 + 10 000 = −200 000
    assert values(t, "arets_resultat") == (D(-200000), D(40000))
    assert t.row("avskrivningar").note == statements.note_numbers(
        statements.PeriodData.load(periods["ar2025"])
    )["anlaggningstillgangar"]


def test_balansrakning_2025(periods):
    br = statements.balansrakning(periods["ar2025"])
    t = br.table
    assert t.columns == ("2025-12-31", "2024-12-31")
    assert values(t, "anlaggningstillgangar") == (D(80000), D(60000))
    assert values(t, "fordringar") == (D(50000), D(40000))  # 30 000 + 20 000; 25 000 + 15 000
    assert values(t, "kassa_och_bank") == (D(1560000), D(1550000))
    # 80 000 + 50 000 + 1 560 000 = 1 690 000; 60 000 + 40 000 + 1 550 000 = 1 650 000
    assert values(t, "summa_tillgangar") == (D(1690000), D(1650000))
    assert values(t, "eget_kapital") == (D(1440000), D(1400000))  # 1 400 000 + 40 000
    assert values(t, "langfristiga_skulder") == (D(40000), D(50000))
    # 150 000 + 60 000; 120 000 + 80 000
    assert values(t, "kortfristiga_skulder") == (D(210000), D(200000))
    # 1 440 000 + 40 000 + 210 000 = 1 690 000; 1 400 000 + 50 000 + 200 000 = 1 650 000
    assert values(t, "summa_eget_kapital_och_skulder") == (D(1690000), D(1650000))
    assert values(t, "ansvarsforbindelser") == (D(35000), D(30000))
    assert not t.has_row("avsattningar")  # zero and hidden (show_zero_lines off)


def test_kassaflodesanalys_2025(periods):
    t = statements.kassaflodesanalys(periods["ar2025"]).table
    assert values(t, "arets_resultat") == (D(40000),)
    assert values(t, "justering_ej_likviditetspaverkande") == (D(20000),)  # the avskrivning
    assert values(t, "medel_fore_rorelsekapital") == (D(60000),)  # 40 000 + 20 000
    assert values(t, "forandring_fordringar") == (D(-10000),)  # 40 000 − 50 000
    assert values(t, "forandring_skulder") == (D(10000),)  # 210 000 − 200 000
    assert values(t, "lopande_verksamheten") == (D(60000),)  # 60 000 − 10 000 + 10 000
    assert values(t, "investeringar") == (D(-40000),)
    assert values(t, "finansiering") == (D(-10000),)  # 40 000 − 50 000 amortised
    assert values(t, "arets_kassaflode") == (D(10000),)  # 60 000 − 40 000 − 10 000
    # 1 550 000 + 10 000 = 1 560 000 = kassa och bank
    assert values(t, "likvida_medel_slut") == (D(1560000),)


def test_notes_2025(periods):
    notes = {note.key: note for note in statements.noter(periods["ar2025"])}
    assets = notes["anlaggningstillgangar"].table
    assert assets.columns == ("2025-12-31",)
    assert values(assets, "ingaende") == (D(60000),)
    assert values(assets, "investeringar") == (D(40000),)
    assert values(assets, "avskrivningar") == (D(-20000),)
    assert values(assets, "summa") == (D(80000),)  # 60 000 + 40 000 − 20 000
    assert assets.row("investeringar").label == "Årets investeringar"
    commitments = notes["ansvarsforbindelser"].table
    assert values(commitments, "summa") == (D(35000), D(30000))
    assert commitments.row("summa").label == (
        "Pensionsförpliktelser som inte tagits upp bland skulderna"
    )
    # Not Verksamhetens intäkter: operating income only, summing to its line 4 050 000.
    assert values(notes["intakter"].table, "summa") == (D(4050000),)


def test_no_errors(periods):
    for period in periods.values():
        results = checks.run_checks(period)
        assert [r for r in results if r.is_error] == [], (period, results)


# --- Delårsrapport jan–aug 2026 (RR, BR, notes and overview in tkr) ------------------------------


def test_resultatrakning_interim_in_tkr(periods):
    t = statements.resultatrakning(periods["delar2026"]).table
    assert t.unit == "Belopp i tkr"
    assert t.columns == ("Budget jan–aug 2026", "Utfall jan–aug 2026", "Utfall jan–aug 2025")
    # 3 000 000 + 24 500,50 = 3 024 500,50 (budget 3 000 000 + 20 000; 2025: 2 800 000 + 30 000)
    assert values(t, "verksamhetens_intakter") == (D(3020000), D("3024500.50"), D(2830000))
    # 1 612 345,67 + 655 432,10 + 344 321,99 + 210 000 = 2 822 099,76
    # (budget 1 700 000 + 700 000 + 350 000 + 220 000 = 2 970 000;
    #  2025: 1 500 000 + 600 000 + 330 000 + 200 000 = 2 630 000)
    assert values(t, "verksamhetens_kostnader") == (D(-2970000), D("-2822099.76"), D(-2630000))
    assert values(t, "avskrivningar") == (D(-18000), D(-18000), D(-13000))
    assert values(t, "jamforelsestorande") == (None, D(-45000), None)
    # 3 024 500,50 − 2 822 099,76 − 18 000 − 45 000 = 139 400,74
    # budget 3 020 000 − 2 970 000 − 18 000 = 32 000; 2025: 2 830 000 − 2 630 000 − 13 000
    assert values(t, "resultat") == (D(32000), D("139400.74"), D(187000))
    # 139 400,74 + 8 400,25 − 1 200 = 146 600,99; budget 32 000 + 6 000; 2025 187 000 + 5 000
    assert values(t, "arets_resultat") == (D(38000), D("146600.99"), D(192000))
    assert t.row("arets_resultat").label == "Periodens resultat"


def test_balansrakning_interim_with_both_comparison_columns(periods):
    br = statements.balansrakning(periods["delar2026"])
    t = br.table
    assert t.unit == "Belopp i tkr"
    assert t.columns == ("2026-08-31", "2025-08-31", "2025-12-31")
    assert br.with_notes
    assert values(t, "anlaggningstillgangar") == (D(87000), D(87000), D(80000))
    # 41 234,56 + 12 000; 35 000 + 10 000; 30 000 + 20 000
    assert values(t, "fordringar") == (D("53234.56"), D(45000), D(50000))
    assert values(t, "kassa_och_bank") == (D("1674823.21"), D(1695000), D(1560000))
    # 87 000 + 53 234,56 + 1 674 823,21 = 1 815 057,77; 87 000 + 45 000 + 1 695 000 = 1 827 000
    assert values(t, "summa_tillgangar") == (D("1815057.77"), D(1827000), D(1690000))
    # 1 440 000 + 146 600,99; 1 400 000 + 192 000; year-end 1 440 000
    assert values(t, "eget_kapital") == (D("1586600.99"), D(1592000), D(1440000))
    assert values(t, "arets_resultat") == (D("146600.99"), D(192000), D(40000))
    assert t.row("arets_resultat").label == "därav periodens resultat"
    assert values(t, "langfristiga_skulder") == (D(35000), D(45000), D(40000))
    # 123 456,78 + 70 000; 100 000 + 90 000; 150 000 + 60 000
    assert values(t, "kortfristiga_skulder") == (D("193456.78"), D(190000), D(210000))
    # 1 586 600,99 + 35 000 + 193 456,78 = 1 815 057,77
    assert values(t, "summa_eget_kapital_och_skulder") == (
        D("1815057.77"),
        D(1827000),
        D(1690000),
    )
    assert values(t, "ansvarsforbindelser") == (D(38000), D(32000), D(35000))


def test_interim_notes_have_the_statements_columns(periods):
    notes = {note.key: note for note in statements.noter(periods["delar2026"])}
    fordringar = notes["fordringar"].table
    assert fordringar.columns == ("2026-08-31", "2025-08-31", "2025-12-31")
    assert fordringar.unit == "Belopp i tkr"
    assert values(fordringar, "rad:Kundfordringar") == (D("41234.56"), D(35000), D(30000))
    assert values(fordringar, "summa") == (D("53234.56"), D(45000), D(50000))
    skulder = notes["skulder"].table
    assert values(skulder, "summa") == (D("193456.78"), D(190000), D(210000))
    assets = notes["anlaggningstillgangar"].table
    assert assets.columns == ("jan–aug 2026", "jan–aug 2025")
    assert values(assets, "ingaende") == (D(80000), D(60000))
    assert values(assets, "investeringar") == (D(25000), D(40000))
    assert values(assets, "avskrivningar") == (D(-18000), D(-13000))
    # 80 000 + 25 000 − 18 000 = 87 000; 60 000 + 40 000 − 13 000 = 87 000
    assert values(assets, "summa") == (D(87000), D(87000))
    assert assets.row("investeringar").label == "Periodens investeringar"
    assert values(notes["ansvarsforbindelser"].table, "summa") == (D(38000), D(32000), D(35000))


def test_kassaflodesanalys_interim(periods):
    t = statements.kassaflodesanalys(periods["delar2026"]).table
    assert t.unit == "Belopp i kr"  # not chosen for tkr
    assert t.columns == ("jan–aug 2026", "jan–aug 2025")
    # 146 600,99 + 18 000 = 164 600,99
    assert values(t, "medel_fore_rorelsekapital") == (D("164600.99"), D(205000))
    # 50 000 − 53 234,56 = −3 234,56; 193 456,78 − 210 000 = −16 543,22
    assert values(t, "forandring_fordringar") == (D("-3234.56"), D(-5000))
    assert values(t, "forandring_skulder") == (D("-16543.22"), D(-10000))
    assert values(t, "investeringar") == (D(-25000), D(-40000))
    assert values(t, "finansiering") == (D(-5000), D(-5000))  # 35 000 − 40 000; 45 000 − 50 000
    # 164 600,99 − 3 234,56 − 16 543,22 − 25 000 − 5 000 = 114 823,21
    assert values(t, "arets_kassaflode") == (D("114823.21"), D(145000))
    # 1 560 000 + 114 823,21 = 1 674 823,21 = kassa och bank
    assert values(t, "likvida_medel_slut") == (D("1674823.21"), D(1695000))


def test_period_overview_four_years(periods):
    o = overview.period_overview(periods["delar2026"])
    assert [y.label for y in o.years] == [
        "jan–aug 2026",
        "jan–aug 2025",
        "jan–aug 2024",
        "jan–aug 2023",
    ]
    y26, y25, y24, y23 = o.years
    # 3 024 500,50 + ränta 8 400,25 = 3 032 900,75
    assert y26.intakter == D("3032900.75")
    # 2 822 099,76 + 18 000 + 1 200 + 45 000 = 2 886 299,76
    assert y26.kostnader == D("2886299.76")
    assert y26.resultat == D("146600.99")  # 3 032 900,75 − 2 886 299,76
    assert y26.eget_kapital == D("1586600.99")
    assert round(y26.soliditet, 4) == D("0.8741")  # 1 586 600,99 / 1 815 057,77
    assert (y25.intakter, y25.kostnader, y25.resultat) == (D(2836000), D(2644000), D(192000))
    assert round(y25.soliditet, 4) == D("0.8714")  # 1 592 000 / 1 827 000
    assert (y24.source, y24.resultat) == ("historik", D(100000))  # 2 700 000 − 2 600 000
    assert round(y24.soliditet, 4) == D("0.8529")  # 1 450 000 / 1 700 000
    assert y23.resultat == D(-50000)  # 2 500 000 − 2 550 000
    assert round(y23.soliditet, 4) == D("0.8000")  # 1 300 000 / 1 625 000
    assert o.unit == "Belopp i tkr"


def test_prognos_beside_budget_with_balanskrav(periods):
    p = statements.helarsprognos(periods["delar2026"])
    t = p.table
    assert t.columns == ("Prognos helår 2026", "Budget helår 2026", "Avvikelse")
    assert values(t, "intakter") == (D(4560000), D(4530000), D(30000))
    assert values(t, "kostnader") == (D(-4480000), D(-4500000), D(20000))
    # 4 560 000 − 4 480 000 = 80 000; 4 530 000 − 4 500 000 = 30 000; 80 000 − 30 000
    assert values(t, "resultat") == (D(80000), D(30000), D(50000))
    assert values(t, "balanskravsresultat") == (D(75000), None, None)  # 80 000 − 5 000


def test_fixed_assets_that_do_not_roll_forward_are_an_error(periods):
    interim = periods["delar2026"]
    interim.figures.investeringar = D(30000)
    interim.figures.save()
    (finding,) = [r for r in checks.run_checks(interim) if r.code == checks.ANLAGGNINGAR]
    assert finding.severity == checks.Severity.FEL
    # 80 000 + 30 000 − 18 000 = 92 000 against 87 000 entered: 87 000 − 92 000 = −5 000
    assert finding.difference == D(-5000)


def test_interim_pdf(periods):
    document = periods["delar2026"].document
    pdf = render_document(document, draft=True).pdf
    text = " ".join(pages_text(pdf))
    # Resultaträkning in tkr: 3 024 500,50 -> 3 025; 2 822 099,76 -> 2 822; 139 400,74 -> 139;
    # 146 600,99 -> 147 (rounded from the exact total, though 139 + 8 − 1 = 146).
    assert "Belopp i tkr Not Budget jan–aug 2026 Utfall jan–aug 2026 Utfall jan–aug 2025" in text
    assert "Verksamhetens intäkter 2 3 020 3 025 2 830" in text
    assert "Avskrivningar 6 −18 −18 −13" in text
    assert "Jämförelsestörande poster −45" in text
    assert "Periodens resultat 38 147 192" in text
    # Balansräkning with both comparison columns, in tkr.
    assert "Belopp i tkr Not 2026-08-31 2025-08-31 2025-12-31" in text
    assert "Anläggningstillgångar 6 87 87 80" in text
    assert "Summa tillgångar 1 815 1 827 1 690" in text
    assert "därav periodens resultat 147 192 40" in text
    assert "Långfristiga skulder 35 45 40" in text
    assert "Ansvarsförbindelser 7 38 32 35" in text
    # Kassaflödesanalys in kr.
    assert "Periodens kassaflöde 114 823 145 000" in text
    # Period overview over four years (tkr).
    assert "jan–aug 2026 jan–aug 2025 jan–aug 2024 jan–aug 2023" in text
    assert "Periodens resultat 147 192 100 −50" in text
    assert "Soliditet 87 % 87 % 85 % 80 %" in text
    # Prognos beside the budget.
    assert "Prognos helår 2026 Budget helår 2026 Avvikelse" in text
    assert "Balanskravsresultat helår 75 000" in text
    assert "Årsredovisningen är upprättad" not in text


def test_render_report_command_prints_the_comparison_columns(periods, tmp_path):
    from django.core.management import call_command

    output = tmp_path / "delarsrapport.pdf"
    call_command(
        "render_report",
        forbund="alvkusten",
        year="2026",
        kind="delarsrapport",
        output=str(output),
        stdout=open("/dev/null", "w"),  # noqa: SIM115
    )
    text = " ".join(pages_text(output.read_bytes()))
    assert "Belopp i tkr Not 2026-08-31 2025-08-31 2025-12-31" in text
    assert "Utfall jan–aug 2026 Utfall jan–aug 2025" in text
    # The driftredovisning compares with the same period last year (dated heading).
    assert "Utfall jan–aug 2026 Aktuell budget jan–aug 2026 Avvikelse Utfall jan–aug 2025" in text


def test_presentation_is_chosen_per_report_on_the_entry_page(periods):
    from reports import forms, services

    period = periods["delar2026"]
    shown = forms.OtherFiguresForm(instance=period.figures, prefix="f", period=period)
    form = forms.OtherFiguresForm(
        {
            "f-seen": shown.seen_json(),  # what the page showed (reports.line_merge)
            "f-layout": "summerad",
            "f-balance_columns": "samma_datum",
            "f-drift_comparison": "helar",
            "f-tkr_tables": ["driftredovisning"],
            "f-show_zero_lines": "on",
            "f-prognos_intakter": "4 560 000",
            "f-prognos_kostnader": "4 480 000",
        },
        instance=period.figures,
        prefix="f",
        period=period,
    )
    assert form.is_valid(), form.errors
    services.report_figures_save(period=period, seen_version=period.version, form=form)
    period.refresh_from_db()
    assert statements.balansrakning(period).table.columns == ("2026-08-31", "2025-08-31")
    assert statements.balansrakning(period).table.unit == "Belopp i kr"
    drift = statements.driftredovisning(period)
    assert drift.unit == "Belopp i tkr"
    # Compared with last year's full-year outcome: 2025 verksamhetens kostnader 4 000 000.
    assert drift.columns[-1] == "Bokslut helår 2025"
    assert drift.row("kostnader").comparison == D(4000000)
    # Zero lines shown: avsättningar 0 in every column.
    assert values(statements.balansrakning(period).table, "avsattningar") == (D(0), D(0))


def test_arsredovisning_pdf(periods):
    text = " ".join(pages_text(render_document(periods["ar2025"].document, draft=True).pdf))
    # Resultaträkning (kr): the figures of test_resultatrakning_2025, with the notes
    # 2 intäkter, 3 kostnader, 6 anläggningstillgångar.
    assert "Belopp i kr Not Budget 2025 2025-12-31" in text
    assert "Verksamhetens intäkter 2 4 040 000 4 050 000" in text
    assert "Verksamhetens kostnader 3 −4 230 000 −4 000 000" in text
    assert "Avskrivningar 6 −20 000 −20 000" in text
    assert "Årets resultat −200 000 40 000" in text  # 30 000 + 12 000 − 2 000 = 40 000
    # Balansräkning: this year-end beside last year-end.
    assert "Belopp i kr Not 2025-12-31 2024-12-31" in text
    assert "Anläggningstillgångar 6 80 000 60 000" in text
    assert "Summa tillgångar 1 690 000 1 650 000" in text  # 80 000 + 50 000 + 1 560 000
    assert "Långfristiga skulder 40 000 50 000" in text
    assert "Ansvarsförbindelser 7 35 000 30 000" in text
    # Kassaflödesanalys: 60 000 − 40 000 − 10 000 = 10 000.
    assert "Kassaflöde från investeringsverksamheten −40 000" in text
    assert "Årets kassaflöde 10 000" in text
    # Not 6: 60 000 + 40 000 − 20 000 = 80 000.
    assert "Årets investeringar 40 000" in text
