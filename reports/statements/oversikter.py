"""The overviews over several years: each year's key figures and the five-year overview."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from finsam.models import Forbund
from finsam.money import percent_of
from reports import selectors
from reports.statements import core
from reports.statements.core import closing_balance, result_figures

# --- Five-year overview ---------------------------------------------------------------------------


@dataclass(frozen=True)
class YearFigures:
    year: int
    intakter: Decimal | None
    kostnader: Decimal | None
    soliditet: Decimal | None
    antal_anstallda: int | None
    source: str  # "rapport", "historik" or "" (nothing known)

    @property
    def arets_resultat(self) -> Decimal | None:
        if self.intakter is None or self.kostnader is None:
            return None
        return self.intakter - self.kostnader


@dataclass(frozen=True)
class FiveYearOverview:
    years: tuple[YearFigures, ...]

    def year(self, year: int) -> YearFigures:
        return next(y for y in self.years if y.year == year)


def year_figures(forbund: Forbund, year: int) -> YearFigures:
    report = selectors.annual_report(forbund, year)
    if report is not None:
        data = core.period_data(report)
        result = result_figures(data)
        return YearFigures(
            year=year,
            intakter=result.summa_intakter,
            kostnader=result.summa_kostnader,
            soliditet=closing_balance(data).soliditet,
            antal_anstallda=data.figures.antal_anstallda,
            source="rapport",
        )
    history = selectors.history_of(forbund, year)
    if history is not None:
        if history.eget_kapital is not None:
            ratio = percent_of(history.eget_kapital, history.summa_tillgangar)
        elif history.soliditet_procent is not None:
            ratio = Decimal(history.soliditet_procent) / 100
        else:
            ratio = None
        return YearFigures(
            year=year,
            intakter=history.intakter,
            kostnader=history.kostnader,
            soliditet=ratio,
            antal_anstallda=history.antal_anstallda,
            source="historik",
        )
    return YearFigures(year, None, None, None, None, "")


def five_year_overview(forbund: Forbund, year: int) -> FiveYearOverview:
    """Verksamhetens intäkter, kostnader, årets resultat, soliditet and antal anställda for
    ``year`` and the four years before it (newest first)."""
    return FiveYearOverview(
        years=tuple(year_figures(forbund, y) for y in range(year, year - 5, -1))
    )
