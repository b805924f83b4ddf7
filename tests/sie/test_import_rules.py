"""The import's rules: a Delårsrapport from #PSALDO (--through), unmapped accounts block with their
list, --dry-run writes nothing, an approved report refuses, and the mapping's CSV round trip."""

import datetime
from decimal import Decimal

import pytest
from django.core.management import call_command

from reports.models import FigureLine, PeriodFigures, ReportKind, ReportPeriod
from sie import importing, mapping, reader
from sie.models import SieImport
from tests.approvals import approve
from workspace.demo_files import SODRA_MAPPING, SODRA_SIE


def delar(forbund, year: int) -> ReportPeriod:
    return ReportPeriod.objects.get(
        fiscal_year__forbund=forbund, fiscal_year__year=year, kind=ReportKind.DELARSRAPPORT
    )


def amount(period, label: str) -> Decimal:
    return FigureLine.objects.get(period=period, label=label, parent__isnull=True).amount


def test_delarsrapport_through_august_from_psaldo(fresh_sodra, capsys):
    call_command(
        "import_sie",
        str(SODRA_SIE),
        "--forbund",
        "sodra-kopia",
        "--year",
        "2024",
        "--through",
        "2024-08-31",
        "--mapping",
        str(SODRA_MAPPING),
    )
    period = delar(fresh_sodra, 2024)
    assert (period.start, period.end) == (datetime.date(2024, 1, 1), datetime.date(2024, 8, 31))
    # The demo file books a twelfth a month (to the öre, the remainder in December), so
    # January–August is 8 twelfths:
    # Försäkringskassan 5 574 000 / 12 = 464 500,00; × 8 = 3 716 000,00.
    assert amount(period, "Driftbidrag från staten via Försäkringskassan") == Decimal("3716000")
    # Habo 204 100 / 12 = 17 008,33; × 8 = 136 066,64.
    assert amount(period, "Driftbidrag från Habo kommun") == Decimal("136066.64")
    # Enter: projekt 7101 on 4630, 3 000 000 / 12 = 250 000 and on 4640, 163 365 / 12 =
    # 13 613,75; (250 000 + 13 613,75) × 8 = 2 108 910,00.
    assert amount(period, "Enter") == Decimal("2108910")
    # Revision 28 250 / 12 = 2 354,17; × 8 = 18 833,36.
    assert amount(period, "Revision") == Decimal("18833.36")
    # Ränta 170 927 / 12 = 14 243,92; × 8 = 113 951,36.
    assert amount(period, "Ränta") == Decimal("113951.36")
    # Kundfordringar move only in December: at 31 August still the IB of 101 524.
    kund = FigureLine.objects.get(period=period, label="Kundfordringar")
    assert (kund.opening_amount, kund.amount) == (Decimal("101524"), Decimal("101524"))
    # The same months of 2023 from #PSALDO -1: 4 446 000 / 12 = 370 500; × 8 = 2 964 000.
    previous = delar(fresh_sodra, 2023)
    assert amount(previous, "Driftbidrag från staten via Försäkringskassan") == Decimal("2964000")
    figures = PeriodFigures.objects.get(period=period)
    # Opening kassa = #IB 0 1930; opening equity = −#IB 0 2010.
    assert figures.opening_kassa == Decimal("3783275.48")
    assert figures.opening_equity == Decimal("2279601.03")
    capsys.readouterr()


def with_extra_account(data: bytes) -> bytes:
    return data + '#KONTO 4990 "Övriga kostnader"\r\n#RES 0 4990 500.00\r\n'.encode("cp437")


def test_an_unmapped_account_blocks_with_its_list(demo_data, tmp_path, capsys):
    path = tmp_path / "extra.se"
    path.write_bytes(with_extra_account(SODRA_SIE.read_bytes()))
    before = FigureLine.objects.filter(period__fiscal_year__forbund__slug="sodra-vatterbygden")
    amounts = sorted(before.values_list("pk", "amount"))
    with pytest.raises(SystemExit) as exited:
        call_command("import_sie", str(path), "--forbund", "sodra-vatterbygden", "--year", "2024")
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert (
        "1 konton med saldo saknar koppling till en rad i rapporten: 4990 Övriga kostnader" in err
    )
    assert sorted(before.values_list("pk", "amount")) == amounts
    assert not SieImport.objects.exists()


def test_dry_run_shows_the_reconciliation_and_saves_nothing(demo_data, capsys):
    call_command(
        "import_sie",
        str(SODRA_SIE),
        "--forbund",
        "sodra-vatterbygden",
        "--year",
        "2024",
        "--dry-run",
    )
    out = capsys.readouterr().out
    # The demo's typed 2024 figures equal the file's: every line's difference is 0.
    assert "Enter: 3 163 365; inmatat 3 163 365, skillnad 0" in out
    assert "    4630 Köp av verksamhet, insatser objekt 6:7101: 3 000 000" in out
    assert "Provkörning: inget sparades." in out
    assert not SieImport.objects.exists()


@pytest.mark.django_db(transaction=False)
def test_an_approved_report_refuses_the_import(sodra_2024):
    approve(sodra_2024.document)
    data = SODRA_SIE.read_bytes()
    plan = importing.plan_import(
        forbund=sodra_2024.forbund,
        sie=reader.read(data, name="x.se"),
        data_sha256=importing.sha256_of(data),
        file_name="x.se",
        year=2024,
    )
    assert plan.blocking == [
        "Årsredovisning 2024 är godkänd och kan inte ändras; importen avbröts."
    ]
    with pytest.raises(importing.ImportBlocked):
        importing.apply_import(plan)


def test_a_wrong_year_is_refused(demo_data):
    with pytest.raises(SystemExit):
        call_command(
            "import_sie", str(SODRA_SIE), "--forbund", "sodra-vatterbygden", "--year", "2023"
        )


def test_mapping_csv_round_trip_and_escaping(demo_data):
    names = {"Habo kommun"}
    rules = mapping.parse_csv(
        SODRA_MAPPING.read_text(encoding="utf-8"),
        names
        | {
            "Försäkringskassan",
            "Region Jönköpings län",
            "Jönköpings kommun",
            "Mullsjö kommun",
            "Vaggeryds kommun",
        },
    )
    text = mapping.to_csv(rules)
    assert text.splitlines()[0] == "konto;rad;medlem;insats"
    assert mapping.parse_csv(text, {r.member for r in rules if r.member}) == rules
    # A formula-like cell is written with an apostrophe and read back as it was.
    odd = [mapping.make_rule("4000-4999", "kostnad", '=HYPERLINK("x")')]
    written = mapping.to_csv(odd)
    assert "kostnad:=HYPERLINK" in written  # the cell starts with "kostnad", not "="
    assert mapping.escape_cell("=1+1") == "'=1+1"
    assert mapping.unescape_cell("'=1+1") == "=1+1"
    assert mapping.escape_cell("-5") == "'-5"


def test_mapping_csv_errors_are_named_by_row(demo_data):
    text = (
        "konto;rad;medlem;insats\n3010;driftbidrag;Okänd kommun;\n3020;hittepa;;\n"
        "40x-50;kostnad;;\n"
    )
    with pytest.raises(mapping.MappingError) as error:
        mapping.parse_csv(text, {"Habo kommun"})
    assert error.value.messages == [
        "Rad 2: driftbidrag ska ha en medlem av förbundet (Habo kommun); ”Okänd kommun” finns "
        "inte.",
        "Rad 3: okänd rad ”hittepa”; se docs/sie.md för de giltiga värdena.",
        "Rad 4: ”40x-50” är varken ett konto eller ett intervall (t.ex. 4000-4999).",
    ]


def test_range_precedence():
    rules = [
        mapping.make_rule("5000-5999", "personalkostnad"),
        mapping.make_rule("5210", "kostnad"),
        mapping.make_rule("5200-5299", "kostnad", "Styrelse"),
    ]
    assert mapping.account_rule(rules, "5210").konto == "5210"
    assert mapping.account_rule(rules, "5220").konto == "5200-5299"
    assert mapping.account_rule(rules, "5010").konto == "5000-5999"
    assert mapping.account_rule(rules, "6010") is None


def test_indicator_csv_escapes_formula_like_cells():
    from finsam.csvsafe import escape_cell, unescape_cell

    # The indicator table's CSV (interventions) and the mapping's share the escaping.
    for text in ("=1+1", "+46 36 10 50 00", "-x", "@SUM(A1)"):
        assert escape_cell(text) == "'" + text
        assert unescape_cell(escape_cell(text)) == text
    assert escape_cell("Enter") == "Enter"
    assert unescape_cell("'vanlig text") == "'vanlig text"
