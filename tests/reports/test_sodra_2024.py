"""The computed statements of Södra Vätterbygden's Årsredovisning 2024 (demo data) equal the
figures printed in seeds/sodra-vatterbygden-arsredovisning-2024.txt, line by line."""

import pytest

from reports import statements
from tests.reports.conftest import kr, tkr
from tests.reports.test_finnveden_2020 import ANY, assert_rows

# "2. Resultaträkning": Budget 2024 | 2024-12-31 | 2023-12-31. The seed prints the cost budget
# as +11 356 500 next to a negative outcome; the software prints both with the cost sign.
RESULTATRAKNING = {
    "verksamhetens_intakter": (11148000, 11764068, 9589737),
    "verksamhetens_kostnader": (-11356500, -11819239, -9795105),
    "resultat": (ANY, -55171, -205368),
    "finansiella_intakter": (ANY, 170927, 147945),
    "finansiella_kostnader": (ANY, 0, 0),
    "resultat_efter_finansiella_poster": (ANY, 115756, -57422),
    "arets_resultat": (ANY, 115756, -57422),
}


def test_resultatrakning(sodra_2024):
    rr = statements.resultatrakning(sodra_2024)
    assert rr.table.columns == ("Budget 2024", "2024-12-31", "2023-12-31")
    assert_rows(rr.table, RESULTATRAKNING)
    assert rr.table.row("verksamhetens_intakter").note == 2
    assert rr.table.row("verksamhetens_kostnader").note == 3


# "3. Balansräkning": 2024-12-31 | 2023-12-31.
BALANSRAKNING = {
    "fordringar": (438383, 222725),
    "kassa_och_bank": (4216761, 3783275),
    "omsattningstillgangar": (4655144, 4006000),
    "summa_tillgangar": (4655144, 4006000),
    "eget_kapital_ib": (2279601, 2337024),
    "arets_resultat": (115756, -57422),
    "eget_kapital": (2395357, 2279601),
    "kortfristiga_skulder": (2259787, 1726399),
    "summa_eget_kapital_och_skulder": (4655144, 4006000),
}


def test_balansrakning(sodra_2024):
    br = statements.balansrakning(sodra_2024)
    assert_rows(br.table, BALANSRAKNING)
    assert (br.table.row("fordringar").note, br.table.row("kortfristiga_skulder").note) == (4, 5)
    assert br.closing.difference == 0
    # domain.md: soliditet 2 395 357 / 4 655 144 = 51 %.
    assert round(statements.soliditet(sodra_2024) * 100) == 51


# "4. Kassaflödesanalys": 2024-12-31 | 2023-12-31.
KASSAFLODE = {
    "arets_resultat": (115756, -57422),
    "forandring_fordringar": (-215658, 258065),
    "forandring_skulder": (533387, 229106),
    "arets_kassaflode": (433485, 429749),
    # The seed prints 3 783 276 for 2024, but 2023 ended at 3 783 275 (domain.md: the software
    # opens at last year's closing; tests/reports/test_checks.py enters the printed figure).
    "likvida_medel_borjan": (3783275, 3353526),
    "likvida_medel_slut": (4216761, 3783275),
}


def test_kassaflodesanalys(sodra_2024):
    kf = statements.kassaflodesanalys(sodra_2024)
    assert_rows(kf.table, KASSAFLODE)
    assert kf.flow.likvida_medel_slut == kf.flow.kassa_och_bank


def test_driftredovisning(sodra_2024):
    # "5. Driftsredovisning": utfall, aktuell budget, avvikelse, bokslut helår 2023.
    drift = statements.driftredovisning(sodra_2024)
    kostnader, intakter = drift.row("kostnader"), drift.row("intakter")
    assert [kr(v) for v in (kostnader.utfall, kostnader.budget, kostnader.avvikelse)] == [
        11819239,
        11356500,
        -462739,
    ]
    assert kr(kostnader.comparison) == 9795105
    # Verksamhetens intäkter equal the resultaträkning's line (11 764 068; 2023: 9 589 737);
    # finansiella poster are a line of their own; the seed's gross 11 934 995 (ränta included:
    # 11 764 068 + 170 927) is the row "Summa intäkter inklusive finansiella poster".
    assert [kr(v) for v in (intakter.utfall, intakter.budget, intakter.avvikelse)] == [
        11764068,
        11148000,
        616068,  # 11 764 068 − 11 148 000
    ]
    assert kr(intakter.comparison) == 9589737
    summa = drift.row("summa_intakter")
    assert [kr(v) for v in (summa.utfall, summa.budget, summa.avvikelse, summa.comparison)] == [
        11934995,
        11148000,
        786995,
        9737682,
    ]
    assert kr(drift.row("finansiella_poster").utfall) == 170927
    assert [kr(drift.row("resultat").utfall), kr(drift.row("resultat").comparison)] == [
        115756,
        -57422,
    ]
    assert [kr(drift.row("eget_kapital").utfall), kr(drift.row("eget_kapital").comparison)] == [
        2395357,
        2279601,
    ]
    assert [
        kr(drift.row("likvida_medel").utfall),
        kr(drift.row("likvida_medel").comparison),
    ] == [4216761, 3783275]


NOT_2 = {
    "rad:Driftbidrag från staten via Försäkringskassan": (5574000, 4446000),
    "rad:Driftbidrag från Habo kommun": (204100, 161300),
    "rad:Driftbidrag från Jönköping kommun": (2238400, 1786000),
    "rad:Driftbidrag från Mullsjö kommun": (116000, 92600),
    "rad:Driftbidrag från Vaggeryds kommun": (228500, 183100),
    "rad:Driftbidrag från Region Jönköpings Län": (2787000, 2223000),
    "rad:Försäljning delade kostnader Finnveden": (544171, 475188),
    "rad:Övriga försäljningar": (69393, 195054),
    "rad:Erhållna bidrag personal": (596, 27394),
    "rad:Övriga ersättningar och intäkter": (1921, 107),
    "rad:Öres och kronutjämning": (-13, -7),
    # The seed's not 2 also lists "Ränta 170 927 / 147 945" and sums to 11 934 995 / 9 737 682,
    # under the resultaträkning's line of 11 764 068 / 9 589 737 (11 934 995 − 170 927). The
    # demo is the seed without its errors: the note sums to its line (the printed form is
    # income_note_with_financial, flagged in tests/reports/test_checks.py).
    "summa": (11764068, 9589737),
}
NOT_3 = {
    "rad:Enter": (3197000, 3163365, 2234328),
    "rad:NOVA": (4200000, 4281965, 3335991),
    "rad:Funktionsnedsatta i arbete (FIA)": (698000, 579243, 649385),
    "rad:IT-spåret": (562500, 562500, 562500),
    "rad:Verksamhetsutvecklare": (849000, 41951, 108188),
    "rad:Samverkansmodell": (490000, 480000, 432000),
    "rad:Projektgemensamt": (70000, 63733, 58000),
    "rad:Kompetensutveckling": (200000, 274836, 289141),
    "rad:Kansli": (870000, 2161300, 1991863),
    "rad:- Rörelsens kostnader": (None, 259546, 222840),
    "rad:- Personalkostnader": (None, 1901754, 1769023),
    "rad:Information": (30000, 25620, 22685),
    "rad:Styrelse": (35000, 46895, 5600),
    "rad:Revision": (55000, 28250, 0),
    "rad:Ekonomihantering": (100000, 109580, 105423),
    # The printed lines add up to 11 819 238; the exact total prints as 11 819 239.
    "summa": (11356500, 11819239, 9795105),
}
NOT_4 = {
    "rad:Kundfordringar": (237426, 101524),
    "rad:Skattekonto": (61342, 89782),
    "rad:Fordran Moms": (57296, 8366),
    "rad:Förutbetalda hyror": (5340, 5253),
    "rad:Övriga interimfordringar": (76979, 17800),
    "summa": (438383, 222725),
}
NOT_5 = {
    "rad:Leverantörsskulder": (1957741, 790342),
    "rad:Skatteskulder": (65788, 60432),
    "rad:Moms redovisningskonto": (0, 0),
    "rad:Personalskatt": (28376, 24864),
    "rad:Avräkning lagstadgade sociala avgifter": (32455, 28805),
    "rad:Upplupna semesterlöner": (58086, 36199),
    "rad:Beräknade upplupna lagstadgade sociala avgifter": (18251, 11374),
    "rad:Övriga interimsskulder": (99089, 774383),
    # The printed lines add up to 2 259 786; the exact total prints as 2 259 787.
    "summa": (2259787, 1726399),
}


def test_noter(sodra_2024):
    notes = {note.number: note for note in statements.noter(sodra_2024)}
    assert [(n, notes[n].title) for n in sorted(notes)] == [
        (1, "Redovisningsprinciper"),
        (2, "Verksamhetens intäkter"),
        (3, "Verksamhetens kostnader"),
        (4, "Fordringar"),
        (5, "Kortfristiga skulder"),
        (6, "Kompletterande nettouppgifter jämförda med budget"),  # see test_complete_statements
    ]
    for number, expected in ((2, NOT_2), (3, NOT_3), (4, NOT_4), (5, NOT_5)):
        assert_rows(notes[number].table, expected)


def test_balanskravsresultat(sodra_2024):
    # "Balanskravsresultat": 115 756 kr = balanskravsresultat 115 756 kr.
    utredning = statements.balanskravsutredning(sodra_2024)
    assert kr(utredning.rows[0].values[0]) == 115756
    assert kr(utredning.balanskravsresultat) == 115756
    assert utredning.deficits == ()  # 2023's −57 422 is restored by 2024's result


@pytest.mark.parametrize(
    "year, intakter, kostnader, resultat, soliditet",
    [
        # "1.1 Översikt över verksamhetens utveckling" (Belopp i tkr); antal anställda 2.
        (2024, 11935, 11819, 116, 51),
        (2023, 9738, 9795, -57, 57),
        (2022, 8649, 8585, 64, 61),
        (2021, 7902, 7466, 436, 61),
        (2020, 7451, 6604, 847, 56),
    ],
)
def test_five_year_overview(seeded_data, year, intakter, kostnader, resultat, soliditet):
    row = statements.five_year_overview(seeded_data["sodra-vatterbygden"], 2024).year(year)
    assert (tkr(row.intakter), tkr(row.kostnader), tkr(row.arets_resultat)) == (
        intakter,
        kostnader,
        resultat,
    )
    assert round(row.soliditet * 100) == soliditet
    assert row.antal_anstallda == 2
