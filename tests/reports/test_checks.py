"""Kontroller. Each published inconsistency listed in shared/domain.md ("Consistency checks") is
entered as printed and flagged by the right check with the right difference; typed errors are
FEL, differences that rounding to kronor explains are AVRUNDNING."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from reports import approval, checks
from reports.checks import Severity, severity_of
from reports.models import DocumentStatus, FigureLine, PeriodFigures, ReportPeriod

D = Decimal


def set_line(period: ReportPeriod, label: str, amount, **filters) -> None:
    updated = FigureLine.objects.filter(period=period, label=label, **filters).update(
        amount=D(amount)
    )
    assert updated == 1, label


def set_figures(period: ReportPeriod, **values) -> None:
    PeriodFigures.objects.filter(period=period).update(**values)


def findings(period: ReportPeriod, code: str) -> list[checks.CheckResult]:
    return [result for result in checks.run_checks(period) if result.code == code]


def test_demo_reports_have_no_errors(seeded_data):
    # The demo data is the seeds without their typing errors: nothing blocks approval.
    for period in ReportPeriod.objects.all():
        assert not checks.has_blocking_errors(period), (period, checks.run_checks(period))


def test_demo_reports_of_sodra_2024_and_finnveden_2020_pass_every_check(sodra_2024, finnveden_2020):
    assert checks.run_checks(sodra_2024) == []
    assert checks.run_checks(finnveden_2020) == []


# --- The published inconsistencies, entered as printed ---------------------------------------


def test_finnveden_2020_cost_lines_as_printed_against_their_printed_total(finnveden_2020):
    # finnveden-arsredovisning-2020, "3. Resultaträkning": the cost lines as printed add up to
    # 4 997 139, the printed total is 4 997 138.
    set_line(finnveden_2020, "Projekt Samverkan i GGVV", 630701)
    set_line(finnveden_2020, "Kompetensutveckling", 204289)
    set_figures(finnveden_2020, kontroll_kostnader=D("4997138"))
    (finding,) = findings(finnveden_2020, checks.KONTROLLSUMMA)
    assert finding.severity == Severity.AVRUNDNING
    assert finding.difference == -1
    assert finding.message == (
        "Summa kostnader i bokföringen 4 997 138 kr, beräknat 4 997 139 kr: skillnad −1 kr."
        + checks.MSG_ROUNDING
    )
    assert finding.fix_url.endswith(f"/rapporter/{finnveden_2020.pk}/kontrollsummor/")
    assert not checks.has_blocking_errors(finnveden_2020)


def test_finnveden_2020_exact_amounts_explain_the_printed_total(finnveden_2020):
    # With the öre of the bookkeeping (demo data) the printed total 4 997 138 is the rounded
    # exact sum: no finding at all.
    set_figures(finnveden_2020, kontroll_kostnader=D("4997138"))
    assert findings(finnveden_2020, checks.KONTROLLSUMMA) == []


def test_finnveden_2020_driftredovisning_avvikelse_typing_error(finnveden_2020):
    # "2. Driftsredovisning" prints avvikelse 1 500 862; budget − utfall is 1 501 862.
    set_figures(finnveden_2020, kontroll_avvikelse=D("1500862"))
    (finding,) = findings(finnveden_2020, checks.AVVIKELSE)
    assert finding.severity == Severity.FEL
    assert finding.difference == -1000
    assert "1 500 862 kr" in finding.message and "= 1 501 862 kr" in finding.message
    assert "skillnad −1 000 kr" in finding.message
    assert checks.has_blocking_errors(finnveden_2020)


def test_sodra_2024_note_3_lines_against_the_total(sodra_2024):
    # sodra-vatterbygden-arsredovisning-2024, not 3: the lines as printed add up to 11 819 238,
    # the total says 11 819 239.
    set_line(sodra_2024, "Personalkostnader", 1901754, parent__isnull=False)
    set_line(sodra_2024, "Styrelse", 46895)
    set_figures(sodra_2024, kontroll_kostnader=D("11819239"))
    (finding,) = findings(sodra_2024, checks.KONTROLLSUMMA)
    assert (finding.severity, finding.difference) == (Severity.AVRUNDNING, 1)
    assert finding.message.startswith(
        "Summa kostnader i bokföringen 11 819 239 kr, beräknat 11 819 238 kr: skillnad 1 kr."
    )


def test_sodra_2024_note_5_lines_against_the_balance_sheet(sodra_2024):
    # Not 5: the lines as printed add up to 2 259 786, the balansräkning says 2 259 787.
    set_line(sodra_2024, "Upplupna semesterlöner", 58086)
    set_line(sodra_2024, "Beräknade upplupna lagstadgade sociala avgifter", 18251)
    set_figures(sodra_2024, kontroll_skulder=D("2259787"))
    (finding,) = findings(sodra_2024, checks.NOT_SUMMA)
    assert (finding.severity, finding.difference) == (Severity.AVRUNDNING, 1)
    assert "specifikationen summerar till 2 259 786 kr" in finding.message
    assert "2 259 787 kr" in finding.message


def test_sodra_2024_opening_cash_against_last_years_closing(sodra_2024):
    # "4. Kassaflödesanalys" opens with 3 783 276; 2023 ended at 3 783 275.
    set_figures(sodra_2024, opening_kassa=D("3783276"))
    (finding,) = findings(sodra_2024, checks.INGAENDE_BALANS)
    assert (finding.severity, finding.difference) == (Severity.AVRUNDNING, 1)
    assert finding.message.startswith(
        "Likvida medel vid årets början 3 783 276 kr, men föregående års balansräkning "
        "(2023-12-31) visar 3 783 275 kr: skillnad 1 kr."
    )
    assert finding.fix_url.endswith("/balans/")


def test_sodra_2023_equity_roll_forward_as_printed(sodra_2023):
    # "3. Balansräkning" 2023: 2 337 024 − 57 422 = 2 279 602, printed 2 279 601 (not listed in
    # domain.md; the same kind of rounding difference).
    set_figures(sodra_2023, opening_equity=D("2337024"), kontroll_eget_kapital=D("2279601"))
    (finding,) = findings(sodra_2023, checks.EGET_KAPITAL)
    assert (finding.severity, finding.difference) == (Severity.AVRUNDNING, -1)


def test_insjoriket_fordringar_as_printed(insjoriket_2018):
    # "BALANSRAPPORT": the fordringar lines as printed add up to 1 171 606; S:a 1 171 607.
    set_line(insjoriket_2018, "Fordran moms", 43718)
    set_line(insjoriket_2018, "Upplupna intäkter", 832632)
    set_figures(insjoriket_2018, kontroll_fordringar=D("1171607"))
    (finding,) = findings(insjoriket_2018, checks.NOT_SUMMA)
    assert (finding.severity, finding.difference) == (Severity.AVRUNDNING, 1)


def test_finnveden_2020_blank_cash_flow_is_computed(finnveden_2020):
    # domain.md: finnveden 2020 leaves "Årets kassaflöde" blank; it is computed and ties to kassa.
    assert findings(finnveden_2020, checks.KASSAFLODE) == []


# --- Errors and warnings ----------------------------------------------------------------------


def test_a_typing_error_in_kassa_unbalances_the_balance_sheet(finnveden_2020):
    set_figures(finnveden_2020, kassa_och_bank=D("2796218"))  # 81 → 18
    balance = findings(finnveden_2020, checks.BALANSRAKNING)
    assert [(f.severity, f.difference) for f in balance] == [(Severity.FEL, D("-63.00"))]
    assert "summa tillgångar 2 906 404 kr" in balance[0].message
    (flow,) = findings(finnveden_2020, checks.KASSAFLODE)
    assert (flow.severity, flow.difference) == (Severity.FEL, D("63.00"))
    assert checks.has_blocking_errors(finnveden_2020)


def test_an_error_blocks_submitting_for_approval(finnveden_2020):
    set_figures(finnveden_2020, kassa_och_bank=None)
    (missing,) = findings(finnveden_2020, checks.UPPGIFT_SAKNAS)
    assert missing.severity == Severity.FEL
    assert missing.message == checks.MSG_MISSING.format(what="Kassa och bank vid periodens slut")
    sekreterare = get_user_model().objects.get(username="finnveden-sekreterare")
    document = finnveden_2020.document
    with pytest.raises(approval.WorkflowError) as blocked:
        approval.document_submit(document=document, user=sekreterare, seen_version=document.version)
    assert blocked.value.message == approval.SUBMIT_HAS_ERRORS.format(
        count=1, errors=missing.message
    )
    document.refresh_from_db()
    assert document.status == DocumentStatus.UTKAST


def test_a_report_without_errors_can_be_submitted(finnveden_2020):
    sekreterare = get_user_model().objects.get(username="finnveden-sekreterare")
    document = finnveden_2020.document
    approval.document_submit(document=document, user=sekreterare, seen_version=document.version)
    document.refresh_from_db()
    assert document.status == DocumentStatus.INSKICKAD


def test_opening_equity_against_last_years_closing(finnveden_2020):
    set_figures(finnveden_2020, opening_equity=D("1698771"))  # 89 → 98
    (finding,) = findings(finnveden_2020, checks.INGAENDE_BALANS)
    assert (finding.severity, finding.difference) == (Severity.FEL, 9000)


def test_driftbidrag_not_in_statutory_shares(finnveden_2019):
    # Finnveden 2019, not 1: the state paid 2 570 000 of 5 144 000 (50 % would be 2 572 000).
    state, region, kommuner = findings(finnveden_2019, checks.DRIFTBIDRAG_ANDELAR)
    assert {state.severity, region.severity, kommuner.severity} == {Severity.VARNING}
    assert state.difference == -2000
    assert (region.difference, kommuner.difference) == (1000, 1000)
    assert "staten" in state.message and "2 570 000 kr" in state.message


def test_kommun_split_not_per_the_forbundsordning(finnveden_2020):
    # Allocation 2020 by population: Gnosjö 168 500; a payment of 170 000 breaks the split.
    set_line(finnveden_2020, "Driftbidrag från Gnosjö kommun", 170000)
    (finding,) = findings(finnveden_2020, checks.KOMMUNFORDELNING)
    assert finding.severity == Severity.VARNING
    assert "Gnosjö kommun" in finding.message


def test_budget_missing_for_a_cost_line_with_an_outcome(finnveden_2020):
    set_line(finnveden_2020, "Forskning Arenasamverkan", 1000)
    (finding,) = findings(finnveden_2020, checks.BUDGET_SAKNAS)
    assert finding.severity == Severity.VARNING
    assert finding.message == checks.MSG_BUDGET_LINE.format(
        label="Forskning Arenasamverkan", amount="1 000"
    )
    assert finding.fix_url.endswith("/kostnader/")


@pytest.mark.parametrize(
    "difference, terms, expected",
    [
        (D("0"), [D("1")], None),
        (D("1"), [D("1"), D("2")], Severity.AVRUNDNING),  # 2 whole-krona figures: up to 1 kr
        (D("1"), [D("1")], Severity.FEL),
        (D("0.40"), [D("10.10"), D("7")], Severity.AVRUNDNING),
        (D("0.40"), [D("10.10"), D("7.25")], Severity.FEL),  # exact öre: any difference is real
        (D("-4"), [D(x) for x in range(1, 9)], Severity.AVRUNDNING),
        (D("1000"), [D(x) for x in range(1, 30)], Severity.FEL),
    ],
)
def test_severity_of_a_difference(difference, terms, expected):
    assert severity_of(difference, terms) == expected


def test_sodra_2024_not_2_as_printed_is_an_error_against_its_line(sodra_2024):
    # sodra-vatterbygden-arsredovisning-2024, "Not 2. Verksamhetens intäkter" lists the ränta
    # too and sums to 11 934 995, under the resultaträkning's line "Verksamhetens intäkter"
    # 11 764 068: 11 934 995 − 11 764 068 = 170 927 (the ränta).
    sodra_2024.income_note_with_financial = True
    sodra_2024.save(update_fields=["income_note_with_financial"])
    (finding,) = findings(sodra_2024, checks.NOT_RAD)
    assert finding.severity == Severity.FEL
    assert finding.difference == 170927
    assert finding.message == (
        "Not 2 Verksamhetens intäkter summerar till 11 934 995 kr, men raden ”Verksamhetens "
        "intäkter” i resultaträkningen är 11 764 068 kr: skillnad 170 927 kr."
    )
