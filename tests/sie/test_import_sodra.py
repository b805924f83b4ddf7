"""The demo SIE file of Södra Vätterbygden 2024, imported into a fresh copy of the förbund with
the documented CSV mapping (import_sie --mapping), gives the statements printed in
seeds/sodra-vatterbygden-arsredovisning-2024.txt: 2024 from #RES 0/#UB 0/#IB 0, the comparison
year 2023 from the -1 records (the fresh förbund has no 2023)."""

import datetime
from decimal import Decimal

import pytest
from django.core.management import call_command

from reports import checks, statements
from reports.models import Layout, ReportKind, ReportPeriod
from sie.models import AccountMapping, SieImport
from tests.reports.conftest import kr
from tests.reports.test_finnveden_2020 import assert_rows
from tests.reports.test_sodra_2024 import (
    BALANSRAKNING,
    KASSAFLODE,
    NOT_2,
    NOT_3,
    NOT_4,
    NOT_5,
    RESULTATRAKNING,
)
from workspace.demo_files import SODRA_MAPPING, SODRA_SIE


def imported_year(forbund, year: int) -> ReportPeriod:
    period = ReportPeriod.objects.get(
        fiscal_year__forbund=forbund, fiscal_year__year=year, kind=ReportKind.ARSREDOVISNING
    )
    # The layout is the user's presentation choice, not a figure: the seed's is "summerad".
    period.layout = Layout.SUMMERAD
    period.save(update_fields=["layout"])
    return period


@pytest.fixture
def imported(fresh_sodra, capsys):
    call_command(
        "import_sie",
        str(SODRA_SIE),
        "--forbund",
        "sodra-kopia",
        "--year",
        "2024",
        "--mapping",
        str(SODRA_MAPPING),
    )
    capsys.readouterr()
    return imported_year(fresh_sodra, 2024)


def test_statements_match_the_seed(imported):
    rr = statements.resultatrakning(imported)
    assert rr.table.columns == ("Budget 2024", "2024-12-31", "2023-12-31")
    assert_rows(rr.table, RESULTATRAKNING)
    assert_rows(statements.balansrakning(imported).table, BALANSRAKNING)
    assert_rows(statements.kassaflodesanalys(imported).table, KASSAFLODE)
    notes = {note.number: note for note in statements.noter(imported)}
    for number, expected in ((2, NOT_2), (3, NOT_3), (4, NOT_4), (5, NOT_5)):
        assert_rows(notes[number].table, expected)
    # Balanskravsresultat 115 756 kr; soliditet 2 395 357 / 4 655 144 = 51 %.
    assert kr(statements.balanskravsutredning(imported).balanskravsresultat) == 115756
    assert round(statements.soliditet(imported) * 100) == 51


def test_checks_are_green(imported, sodra_2024):
    results = checks.run_checks(imported)
    assert [r.message for r in results if r.is_error] == []
    # The same checks pass or warn as for the typed demo data of the year.
    typed = checks.run_checks(sodra_2024)
    assert sorted((r.code, r.severity) for r in results) == sorted(
        (r.code, r.severity) for r in typed
    )


def test_driftbidrag_per_member_and_insats_costs_from_objects(imported):
    lines = {line.label: line for line in imported.lines.all()}
    # 3542 Driftbidrag Jönköpings kommun 2 238 400 on the member's prefilled line.
    assert lines["Driftbidrag från Jönköping kommun"].member.name == "Jönköpings kommun"
    assert lines["Driftbidrag från Jönköping kommun"].amount == Decimal("2238400")
    # Enter = projekt 7101 on 4630 (3 000 000) + 4640 (163 365) = 3 163 365, category insats.
    assert lines["Enter"].amount == Decimal("3163365")
    assert lines["Enter"].category == "insats"
    # Kansli's personalkostnader: 5010 1 300 000 + 5410 420 000 + 5610 181 754,48, without
    # 5210 Arvoden förtroendevalda, which its own rule sends to Styrelse (46 895,10).
    kansli = lines["Kansli"]
    children = {child.label: child.amount for child in kansli.children.all()}
    assert children["Personalkostnader"] == Decimal("1901754.48")
    assert lines["Styrelse"].amount == Decimal("46895.10")


def test_the_mapping_is_remembered_and_the_import_recorded(imported, fresh_sodra):
    # 31 rows in demo/sodra-vatterbygden-mapping.csv.
    assert AccountMapping.objects.filter(forbund=fresh_sodra).count() == 31
    record = SieImport.objects.get(forbund=fresh_sodra)
    assert record.file_name == "sodra-vatterbygden-2024.se"
    assert record.program == "Raindance Ekonomi 2024.2"
    assert record.generated == datetime.date(2025, 1, 28)
    assert len(record.sha256) == 64
    from finsam.history import history_entries

    subjects = [e.subject for e in history_entries(fresh_sodra, kinds=["SIE-import"])]
    assert any(record.sha256 in subject for subject in subjects)


def test_second_year_uses_the_remembered_mapping(imported, fresh_sodra, capsys):
    # Without --mapping the saved mapping is used; a re-import changes nothing.
    call_command("import_sie", str(SODRA_SIE), "--forbund", "sodra-kopia", "--year", "2024")
    out = capsys.readouterr().out
    assert "skillnad 0" in out
    assert "skillnad 1" not in out
    assert SieImport.objects.filter(forbund=fresh_sodra).count() == 2
