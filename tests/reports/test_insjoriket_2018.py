"""The computed statements of Insjöriket's Delårsrapport jan–aug 2018 (demo data) equal the figures
printed in seeds/insjoriket-delarsrapport-2018.txt ("RESULTATRÄKNING", "BALANSRAPPORT").

The seed prints eget kapital and skulder with negative signs (the bookkeeping's credit balances);
the software shows them positive, so a printed −7 686 582 is asserted as 7 686 582."""

from reports import statements
from tests.reports.conftest import kr
from tests.reports.test_finnveden_2020 import assert_rows

# Budget jan-aug 2018 | Utfall jan-aug 2018
RESULTATRAKNING = {
    "rad:Bidrag FK/Af": (5532000, 5352667),
    "rad:Bidrag VG-region": (2677000, 2667015),
    "rad:Bidrag Mölndals stad": (784000, 784000),
    "rad:Bidrag Partille kommun": (455000, 455000),
    "rad:Bidrag Härryda kommun": (452000, 452000),
    "rad:Bidrag Lerums kommun": (495000, 495000),
    "rad:Bidrag Alingsås kommun": (490000, 490000),
    "rad:Bidrag ESF": (333000, 292660),
    "rad:Bidrag MUCF": (799000, 799000),
    "rad:Övriga intäkter": (60000, 336738),
    "summa:Övriga rörelseintäkter": (12077000, 12124080),
    "verksamhetens_intakter": (12077000, 12124080),
    "rad:Verksamhetsanknutna personalkostnader": (-8000000, -8091800),
    "rad:Verksamhetsanknutna lokalkostnader": (-360000, -360103),
    "rad:Verksamhetsanknutna kostnader, övrigt": (-600000, -599718),
    "rad:Verksamhetsanknutna kostnader Grön Rehab": (-265000, -265000),
    "summa:Verksamhetsanknutna kostnader": (-9225000, -9316621),
    "rad:Arvoden": (-80000, -69213),
    "rad:Övriga personalkostnader": (-1063000, -989951),
    "rad:Lokalkostnad kansli": (-147000, -147693),
    "rad:Övriga kostnader": (-900000, -897382),
    "summa:Övriga kostnader": (-2190000, -2104239),
    "verksamhetens_kostnader": (-11415000, -11420860),
    "finansiella_poster": (None, -187),
    "arets_resultat": (662000, 703033),
}


def test_resultatrakning(insjoriket_2018):
    rr = statements.resultatrakning(insjoriket_2018)
    assert rr.table.columns == ("Budget jan–aug 2018", "Utfall jan–aug 2018")
    assert_rows(rr.table, RESULTATRAKNING)
    assert rr.table.row("arets_resultat").label == "PERIODENS RESULTAT"
    assert rr.table.row("summa:Verksamhetsanknutna kostnader").label == (
        "S:a Verksamhetsanknutna kostnader"
    )


# Ing balans | Period | Utg balans
BALANSRAKNING = {
    "rad:Kundfordringar": (58932, 209030, 267962),
    "rad:Avräkn skatter och avgifter": (48176, -20882, 27294),
    "rad:Fordran moms": (703300, -659582, 43718),
    "rad:Övriga kortfristiga fordringar": (0, 0, 0),
    "rad:Upplupna intäkter": (981663, -149030, 832632),
    # The printed lines add up to 1 171 606; the exact total prints as 1 171 607.
    "fordringar": (1792071, -620464, 1171607),
    "kassa_och_bank": (4960727, 3998613, 8959340),
    "omsattningstillgangar": (6752798, 3378149, 10130947),
    "summa_tillgangar": (6752798, 3378149, 10130947),
    "eget_kapital": (1741332, 703033, 2444365),
    "rad:Leverantörsskulder": (2519165, -1248228, 1270936),
    "rad:Personalens källskatt": (22682, 1247, 23929),
    "rad:Avräkning sociala avgifter": (21565, 1386, 22951),
    "rad:Avräkning särsk lönesk pens": (38266, -4927, 33339),
    "rad:Upplupna semlöner": (22161, -5540, 16621),
    "rad:Beräknade upplupna soc. avg.": (6963, -1741, 5222),
    "rad:Upplupna avtalade soc. avg.": (27827, -27827, 0),
    "rad:Övriga förutbetalda intäkter": (1065000, 2839500, 3904500),
    "rad:Upplupna kostnader": (1287837, 1121247, 2409084),
    "kortfristiga_skulder": (5011466, 2675116, 7686582),
    "summa_eget_kapital_och_skulder": (6752798, 3378149, 10130947),
}


def test_balansrakning(insjoriket_2018):
    br = statements.balansrakning(insjoriket_2018)
    assert br.table.columns == ("Ingående balans", "Periodens förändring", "Utgående balans")
    assert_rows(br.table, BALANSRAKNING)
    assert br.closing.difference == 0 and br.opening.difference == 0
    # S:a eget kapital: 1 304 331 + 437 001 = 1 741 332 at the start, + 703 033 = 2 444 365.
    assert kr(br.equity.opening) == 1304331 + 437001


def test_kassaflode_ties_to_kassa_och_bank(insjoriket_2018):
    # The seed prints no kassaflödesanalys; the period's change of Bank, Plusgiro is 3 998 613.
    flow = statements.cash_flow(insjoriket_2018)
    assert kr(flow.arets_kassaflode) == 3998613
    assert kr(flow.likvida_medel_borjan) == 4960727
    assert kr(flow.likvida_medel_slut) == 8959340


def test_helarsprognos(insjoriket_2018):
    # "Nettokostnad och finansnetto": a positive budget deviation of 250 tkr for the full year.
    prognos = statements.helarsprognos(insjoriket_2018)
    assert kr(prognos.budgetavvikelse) == 250000


def test_driftredovisning_uses_the_period_budget(insjoriket_2018):
    drift = statements.driftredovisning(insjoriket_2018)
    assert drift.columns[:2] == ("Utfall jan–aug 2018", "Aktuell budget jan–aug 2018")
    resultat = drift.row("resultat")
    assert (kr(resultat.utfall), kr(resultat.budget), kr(resultat.avvikelse)) == (
        703033,
        662000,
        703033 - 662000,
    )
    assert drift.comparison is None  # no jan–aug 2017 in the tool
