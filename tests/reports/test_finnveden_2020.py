"""The computed statements of Finnveden's Årsredovisning 2020 (demo data) equal the figures printed
in seeds/finnveden-arsredovisning-2020.txt, line by line. Where the seed's own figure is wrong or
blank, the expected value is derived by the formula in shared/domain.md and said so."""

from decimal import Decimal

import pytest

from reports import statements
from tests.reports.conftest import kr, printed, tkr

ANY = object()


def assert_rows(table, expected: dict[str, tuple]) -> None:
    for key, values in expected.items():
        got = printed(table, key)
        assert len(got) == len(values), key
        for column, (want, have) in enumerate(zip(values, got, strict=True)):
            if want is not ANY:
                assert have == want, (key, column, have, want)


# "3. Resultaträkning": Budget 2020 | 2020-12-31 | 2019-12-31 (costs negative, as printed).
RESULTATRAKNING = {
    "driftbidrag": (5152000, 5152000, 5144000),
    "rad:Öres och kronutjämning": (None, -4, 1),
    "verksamhetens_intakter": (5152000, 5151996, 5144001),
    "insatser": (-5554000, -4051300, -4671152),
    "rad:Kompetensutveckling": (-200000, -204289, -167836),
    "rad:Kansli": (-605000, -588959, -611542),
    "rad:Information": (-25000, -15270, -50498),
    "rad:Ekonomiadministration": (-75000, -82752, -78370),
    "rad:Styrelsen": (-5000, -2309, -4899),
    "rad:Revision": (-35000, -52260, -39952),
    # The printed lines add up to 4 997 139; the exact (öre) total prints as 4 997 138.
    "verksamhetens_kostnader": (-6499000, -4997138, -5624248),
    "resultat": (ANY, 154858, -480247),
    "finansiella_intakter": (ANY, 0, 0),
    "finansiella_kostnader": (ANY, 0, -60),
    "resultat_efter_finansiella_poster": (ANY, 154858, -480307),
    "arets_resultat": (ANY, 154858, -480307),
}


def test_resultatrakning(finnveden_2020):
    rr = statements.resultatrakning(finnveden_2020)
    assert rr.table.columns == ("Budget 2020", "2020-12-31", "2019-12-31")
    assert_rows(rr.table, RESULTATRAKNING)
    # Note references as printed: Driftbidrag 1, Verksamhet/insatser 2, Revision 3.
    assert rr.table.row("driftbidrag").note == 1
    assert rr.table.row("insatser").note == 2
    assert rr.table.row("rad:Revision").note == 3
    assert rr.table.row("insatser").label == "Verksamhet/insatser"


# "4. Balansräkning": 2020-12-31 | 2019-12-31.
BALANSRAKNING = {
    "fordringar": (110186, 136334),
    "kassa_och_bank": (2796281, 2678137),
    "omsattningstillgangar": (2906467, 2814471),
    "summa_tillgangar": (2906467, 2814471),
    "eget_kapital_ib": (1689771, 2170078),
    "arets_resultat": (154858, -480307),
    "eget_kapital": (1844629, 1689771),
    "kortfristiga_skulder": (1061838, 1124700),
    "summa_eget_kapital_och_skulder": (2906467, 2814471),
}


def test_balansrakning(finnveden_2020):
    br = statements.balansrakning(finnveden_2020)
    assert br.table.columns == ("2020-12-31", "2019-12-31")
    assert_rows(br.table, BALANSRAKNING)
    assert br.table.row("fordringar").note == 4
    assert br.closing.difference == 0  # balances exactly, in öre


def test_equity_rollforward_and_soliditet(finnveden_2020, finnveden_2019):
    # domain.md: 1 689 771 + 154 858 = 1 844 629; soliditet 1 844 629 / 2 906 467 = 63 %.
    equity = statements.equity_rollforward(finnveden_2020)
    assert (kr(equity.opening), kr(equity.result), kr(equity.closing)) == (
        1689771,
        154858,
        1844629,
    )
    assert equity.previous_closing == equity.opening
    assert round(statements.soliditet(finnveden_2020) * 100) == 63
    # 1.1: soliditet 2019 60 %.
    assert round(statements.soliditet(finnveden_2019) * 100) == 60


# "5. Kassaflödesanalys": 2020-12-31 | 2019-12-31.
KASSAFLODE = {
    "arets_resultat": (154858, -480307),
    "justering_ej_likviditetspaverkande": (0, 0),
    "forandring_fordringar": (26148, -28592),
    "forandring_skulder": (-62862, 409901),
    "likvida_medel_borjan": (2678137, 2777136),
    "likvida_medel_slut": (2796281, 2678137),
    # Printed blank; domain.md: 154 858 + 26 148 − 62 862 = 118 144. For 2019:
    # 2 678 137 − 2 777 136 = −98 999 (likvida medel vid årets slut − vid årets början).
    "medel_fore_rorelsekapital": (154858, -480307),
    "lopande_verksamheten": (118144, -98999),
    "investeringar": (0, 0),
    "finansiering": (0, 0),
    "arets_kassaflode": (118144, -98999),
}


def test_kassaflodesanalys(finnveden_2020):
    kf = statements.kassaflodesanalys(finnveden_2020)
    assert kf.table.columns == ("2020-12-31", "2019-12-31")
    assert_rows(kf.table, KASSAFLODE)
    assert kf.flow.likvida_medel_slut == kf.flow.kassa_och_bank


def test_driftredovisning(finnveden_2020):
    # "2. Driftsredovisning": utfall, aktuell budget, avvikelse, bokslut helår 2019.
    drift = statements.driftredovisning(finnveden_2020)
    # Verksamhetens kostnader equal the resultaträkning's (2019: 5 624 248); the seed's
    # "Nettokostnad" 5 624 308 for 2019 includes the financial cost of 60 kr: 5 624 248 + 60.
    kostnader = drift.row("kostnader")
    assert (kr(kostnader.utfall), kr(kostnader.budget), kr(kostnader.comparison)) == (
        4997138,
        6499000,
        5624248,
    )
    summa = drift.row("summa_kostnader")
    assert (kr(summa.utfall), kr(summa.budget), kr(summa.comparison)) == (4997138, 6499000, 5624308)
    assert kr(drift.row("finansiella_poster").comparison) == -60
    # The seed prints 1 500 862; budget − utfall is 1 501 862 (domain.md: a typing error).
    assert kr(kostnader.avvikelse) == 1501862
    intakter = drift.row("intakter")
    assert (kr(intakter.utfall), kr(intakter.budget), kr(intakter.avvikelse)) == (
        5151996,
        5152000,
        -4,
    )
    assert kr(intakter.comparison) == 5144001
    assert (kr(drift.row("resultat").utfall), kr(drift.row("resultat").comparison)) == (
        154858,
        -480307,
    )
    assert (kr(drift.row("eget_kapital").utfall), kr(drift.row("eget_kapital").comparison)) == (
        1844629,
        1689771,
    )
    assert (
        kr(drift.row("likvida_medel").utfall),
        kr(drift.row("likvida_medel").comparison),
    ) == (2796281, 2678137)


NOT_1 = {
    "rad:Driftbidrag från staten genom Försäkringskassan": (2576000, 2570000),
    "rad:Driftbidrag från Gislaveds kommun": (519700, 518800),
    "rad:Driftbidrag från Gnosjö kommun": (168500, 170000),
    "rad:Driftbidrag från Värnamo kommun": (599800, 598200),
    "rad:Driftbidrag från Region Jönköpings län": (1288000, 1287000),
    "rad:Öres och kronutjämning": (-4, 1),
    "summa": (5151996, 5144001),
}
NOT_2 = {
    "rad:Gemensamma projektkostnader": (50000, 47080, 22000),
    "rad:Stöd till arbete – SE/IPS": (1520000, 1459434, 1360983),
    "rad:IT-spåret": (200000, 177952, 169315),
    "rad:Projekt Samverkan i GGVV": (692000, 630701, 612680),
    "rad:Nya Vägar": (1200000, 1210777, 1058044),
    "rad:Mitt Val": (1092000, 525356, 846806),
    "rad:Utrymme nya projekt": (800000, 0, 0),
    # Budget printed 0 where the seed has no budget line: the software leaves it blank.
    "rad:Forskning Arenasamverkan": (None, 0, 323000),
    "rad:Kunskapsatsning Stress": (None, 0, 278324),
    "summa": (5554000, 4051300, 4671152),
}
NOT_3 = {
    "rad:Arvode förtroendevalda revisorer": (4760, 3652),
    "rad:Sakkunnigt biträde förtroendevalda revisorer": (19500, 20700),
    "rad:Statens revisorer": (28000, 15600),
    "summa": (52260, 39952),
}
NOT_4 = {
    "rad:Skattefordringar": (202, 202),
    "rad:Fordran Moms": (109984, 136132),
    "summa": (110186, 136334),
}


def test_noter(finnveden_2020):
    notes = {note.number: note for note in statements.noter(finnveden_2020)}
    assert [(n, notes[n].title) for n in sorted(notes)] == [
        (1, "Verksamhetens intäkter"),
        (2, "Verksamhet/insatser"),
        (3, "Kostnader revision"),
        (4, "Fordringar"),
    ]
    for number, expected in ((1, NOT_1), (2, NOT_2), (3, NOT_3), (4, NOT_4)):
        assert_rows(notes[number].table, expected)


def test_balanskravsutredning(finnveden_2020):
    # "Balanskravsresultat": every line shown, even when 0.
    utredning = statements.balanskravsutredning(finnveden_2020)
    values = [kr(row.values[0]) for row in utredning.rows]
    assert values == [154858, 0, 0, 0, 0, 0, 154858, 0, 0, 154858]
    assert [row.key for row in utredning.rows if row.key.startswith("rur")] == [
        "rur_reservation",
        "rur_anvandning",
    ]
    assert kr(utredning.balanskravsresultat) == 154858
    # 2019's deficit (−480 307) is carried until restored: 154 858 restored in 2020.
    (deficit,) = utredning.deficits
    assert (deficit.year, kr(deficit.amount), kr(deficit.remaining), deficit.restore_by) == (
        2019,
        480307,
        325449,
        2022,
    )


@pytest.mark.parametrize(
    "year, intakter, kostnader, resultat, soliditet, anstallda",
    [
        # "1.1 Översikt över verksamhetens utveckling" (tkr).
        (2020, 5152, 4997, 155, 63, 0),
        (2019, 5144, 5624, -480, 60, 0),
        (2018, 5236, 4001, 1235, 75, 0),
        (2017, 4070, 3995, 75, 51, 0),
        (2016, 4070, 4376, -306, 43, 0),
    ],
)
def test_five_year_overview(seeded_data, year, intakter, kostnader, resultat, soliditet, anstallda):
    overview = statements.five_year_overview(seeded_data["finnveden"], 2020)
    assert [y.year for y in overview.years] == [2020, 2019, 2018, 2017, 2016]
    row = overview.year(year)
    assert (tkr(row.intakter), tkr(row.kostnader), tkr(row.arets_resultat)) == (
        intakter,
        kostnader,
        resultat,
    )
    assert round(row.soliditet * 100) == soliditet
    assert row.antal_anstallda == anstallda
    assert row.source == ("rapport" if year >= 2019 else "historik")


def test_exact_amounts_are_kept_in_ore(finnveden_2020):
    # Stored exactly; only display rounds (the 7 cost lines carry öre in the demo).
    result = statements.result_figures(finnveden_2020)
    assert result.verksamhetens_kostnader == Decimal("4997138.20")
    assert result.arets_resultat == Decimal("154857.80")
