"""A Delårsrapport's period overview: the same period's key figures for the last four years.

Each year's figures come from that year's Delårsrapport for the same dates in the tool, or else
from the entered history of earlier periods (``PeriodHistory``); a year with neither is unknown
("–"). Intäkter and kostnader are all income and all costs (financial items, avskrivningar and
jämförelsestörande poster included), so that intäkter − kostnader = periodens resultat, as in the
five-year overview of an Årsredovisning.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from finsam.money import percent_of
from reports import selectors
from reports.models import MONTHS, PeriodHistory, ReportKind, ReportPeriod

YEARS = 4


@dataclass(frozen=True)
class PeriodYear:
    year: int
    label: str  # "jan–aug 2026"
    intakter: Decimal | None
    kostnader: Decimal | None
    eget_kapital: Decimal | None
    summa_tillgangar: Decimal | None
    source: str  # "rapport", "historik" or "" (nothing known)

    @property
    def resultat(self) -> Decimal | None:
        if self.intakter is None or self.kostnader is None:
            return None
        return self.intakter - self.kostnader

    @property
    def soliditet(self) -> Decimal | None:
        return percent_of(self.eget_kapital, self.summa_tillgangar)


@dataclass(frozen=True)
class PeriodOverview:
    period: ReportPeriod
    years: tuple[PeriodYear, ...]  # newest first
    blank = "–"

    @property
    def unit(self) -> str:
        from reports import statements

        return statements.unit_of(self.period, "oversikt")

    @property
    def in_tkr(self) -> bool:
        return self.unit.endswith("tkr")

    def year(self, year: int) -> PeriodYear:
        return next(y for y in self.years if y.year == year)


def _shift(day, years: int):
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _label(start, end) -> str:
    return f"{MONTHS[start.month - 1]}–{MONTHS[end.month - 1]} {end.year}"


def period_year(period: ReportPeriod, back: int) -> PeriodYear:
    from reports import statements

    start, end = _shift(period.start, back), _shift(period.end, back)
    label = _label(start, end)
    report = (
        selectors.periods_of(period.forbund)
        .filter(kind=ReportKind.DELARSRAPPORT, start=start, end=end)
        .first()
    )
    if report is not None:
        data = statements.period_data(report)
        result = statements.result_figures(data)
        balance = statements.closing_balance(data)
        return PeriodYear(
            year=end.year,
            label=label,
            intakter=result.summa_intakter,
            kostnader=result.summa_kostnader,
            eget_kapital=balance.eget_kapital,
            summa_tillgangar=balance.summa_tillgangar if balance.eget_kapital is not None else None,
            source="rapport",
        )
    history = PeriodHistory.objects.filter(forbund=period.forbund, start=start, end=end).first()
    if history is not None:
        return PeriodYear(
            year=end.year,
            label=label,
            intakter=history.intakter,
            kostnader=history.kostnader,
            eget_kapital=history.eget_kapital,
            summa_tillgangar=history.summa_tillgangar,
            source="historik",
        )
    return PeriodYear(end.year, label, None, None, None, None, "")


def period_overview(period: ReportPeriod) -> PeriodOverview:
    """Periodens intäkter, kostnader, resultat, eget kapital and soliditet for the period and
    the same period of the three years before it (newest first)."""
    return PeriodOverview(
        period=period, years=tuple(period_year(period, back) for back in range(YEARS))
    )


def shown_period_overview(period: ReportPeriod) -> PeriodOverview | None:
    """The overview a Delårsrapport prints: only when an earlier year is known."""
    result = period_overview(period)
    return result if any(y.source for y in result.years[1:]) else None
