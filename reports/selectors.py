"""Reads of report periods and their entered figures. Computations live in ``statements``."""

from decimal import Decimal

from django.db.models import QuerySet

from finsam.models import Forbund
from reports.models import (
    SPECIFIABLE_KINDS,
    FigureLine,
    PeriodFigures,
    ReportKind,
    ReportPeriod,
    YearHistory,
)

ZERO = Decimal("0.00")


def periods_of(forbund: Forbund) -> QuerySet[ReportPeriod]:
    return ReportPeriod.objects.filter(fiscal_year__forbund=forbund).select_related(
        "fiscal_year", "fiscal_year__forbund"
    )


def annual_reports(forbund: Forbund) -> dict[int, ReportPeriod]:
    """The förbund's Årsredovisning periods by year (at most one per fiscal year), read at once
    for the statements that look up earlier years one by one (cached per data version)."""
    periods = periods_of(forbund).filter(kind=ReportKind.ARSREDOVISNING)
    return {period.fiscal_year.year: period for period in periods}


def annual_report(forbund: Forbund, year: int) -> ReportPeriod | None:
    """The förbund's Årsredovisning period of ``year``, if entered."""
    return annual_reports(forbund).get(year)


def comparison_period(period: ReportPeriod) -> ReportPeriod | None:
    """The same dates one year earlier (previous year, or the same period last year)."""
    return (
        periods_of(period.forbund)
        .filter(
            kind=period.kind,
            start=period.start.replace(year=period.start.year - 1),
            end=_one_year_back(period.end),
        )
        .first()
    )


def previous_year_end_period(period: ReportPeriod) -> ReportPeriod | None:
    """The Årsredovisning whose closing balances are this period's opening balances."""
    return annual_report(period.forbund, period.year - 1)


def year_histories(forbund: Forbund) -> dict[int, YearHistory]:
    """The förbund's entered figures of earlier years by year (one per year), read at once."""
    return {history.year: history for history in YearHistory.objects.filter(forbund=forbund)}


def history_of(forbund: Forbund, year: int) -> YearHistory | None:
    return year_histories(forbund).get(year)


def figures_of(period: ReportPeriod) -> PeriodFigures:
    """The period's single figures (an unsaved empty record if none were entered yet)."""
    try:
        return period.figures
    except PeriodFigures.DoesNotExist:
        return PeriodFigures(period=period)


def lines_of(period: ReportPeriod) -> list[FigureLine]:
    return list(
        period.lines.select_related("member", "parent", "budget_line").order_by("position", "id")
    )


def line_amount(line: FigureLine, children: list[FigureLine]) -> Decimal:
    """A line's utfall: the sum of its specification lines when it has any."""
    if children:
        return sum((child.amount for child in children), ZERO)
    return line.amount


def cost_line_outcome(*, forbund: Forbund, year: int, label: str) -> Decimal | None:
    """The full-year utfall of the cost line called ``label`` in the förbund's Årsredovisning
    period of ``year``; ``None`` when there is no such period or line.

    A line specified by sub-lines counts as the sum of them. The label is matched exactly first,
    then ignoring case and surrounding spaces.
    """
    lines = annual_cost_lines(forbund, year)
    if lines is None:
        return None
    wanted = label.strip().casefold()
    for matches in (
        lambda line: line.label == label,
        lambda line: line.label.strip().casefold() == wanted,
    ):
        found = [line for line in lines if matches(line)]
        found.sort(key=lambda line: line.parent_id is not None)  # main lines before sub-lines
        if found:
            line = found[0]
            return line_amount(line, list(line.children.all()))
    return None


def annual_cost_lines(forbund: Forbund, year: int) -> list[FigureLine] | None:
    """The cost lines (with their sub-lines) of the förbund's Årsredovisning of ``year``, read
    once for all the insatser that look their utfall up; ``None`` without such a period."""
    period = annual_report(forbund, year)
    if period is None:
        return None
    return list(period.lines.filter(kind__in=SPECIFIABLE_KINDS).prefetch_related("children"))


def _one_year_back(day):
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def supplementary_notes_of(period) -> list:
    """The period's supplementary notes in order, each with its rows prefetched."""
    if period.pk is None:
        return []
    return list(period.supplementary_notes.prefetch_related("rows").order_by("position", "id"))
