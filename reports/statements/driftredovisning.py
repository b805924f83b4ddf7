"""The driftredovisning: outcome against budget per line (the same totals as the resultaträkning),
with the comparison period."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reports import selectors
from reports.models import (
    DriftComparison,
    LineKind,
    ReportPeriod,
)
from reports.statements import core
from reports.statements.core import (
    COST_KINDS_ALL,
    TKR,
    _result_word,
    _sum_or_none,
    budget_figures,
    closing_balance,
    result_figures,
    unit_of,
)
from reports.statements.resultatrakning import _finansnetto_budget, _shown

# --- Driftredovisning -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DriftRow:
    key: str
    label: str
    utfall: Decimal | None
    budget: Decimal | None
    comparison: Decimal | None
    favourable_when_lower: bool = False  # costs: avvikelse = budget − utfall

    @property
    def avvikelse(self) -> Decimal | None:
        if self.utfall is None or self.budget is None:
            return None
        if self.favourable_when_lower:
            return self.budget - self.utfall
        return self.utfall - self.budget


@dataclass(frozen=True)
class Driftredovisning:
    period: ReportPeriod
    comparison: ReportPeriod | None
    rows: tuple[DriftRow, ...]
    lines: tuple[DriftRow, ...]  # per cost line, so that budget and utfall line up

    def row(self, key: str) -> DriftRow:
        return next(row for row in self.rows if row.key == key)

    @property
    def unit(self) -> str:
        return unit_of(self.period, "driftredovisning")

    @property
    def in_tkr(self) -> bool:
        return self.unit == TKR

    blank = ""

    @property
    def columns(self) -> tuple[str, ...]:
        period, comparison = self.period, self.comparison
        titles = (
            f"Utfall {period.period_label}",
            f"Aktuell budget {period.period_label}",
            "Avvikelse",
        )
        if comparison is not None:
            if comparison.is_full_year:
                titles += (f"Bokslut helår {comparison.year}",)
            else:
                titles += (f"Utfall {comparison.period_label}",)
        return titles


def drift_comparison_period(period: ReportPeriod) -> ReportPeriod | None:
    """Same period last year, or (a Delårsrapport choosing so) last year's full-year outcome."""
    if not period.is_full_year and period.drift_comparison == DriftComparison.HELAR:
        return selectors.previous_year_end_period(period)
    return selectors.comparison_period(period)


def driftredovisning(period: ReportPeriod) -> Driftredovisning:
    data = core.period_data(period)
    comparison = drift_comparison_period(period)
    comparison_data = core.period_data(comparison) if comparison else None
    result = result_figures(data)
    budget = budget_figures(data)
    previous = result_figures(comparison_data) if comparison_data else None
    previous_balance = closing_balance(comparison_data) if comparison_data else None
    balance = closing_balance(data)

    def prev(attribute: str, kind: str | None = None) -> Decimal | None:
        """The comparison's figure; unknown when it has no lines of a separate ``kind``."""
        if previous is None or (kind is not None and not comparison_data.top(kind)):
            return None
        return getattr(previous, attribute)

    # The same figures as the resultaträkning: verksamhetens kostnader and intäkter, the
    # separate lines (avskrivningar, jämförelsestörande poster) and finansiella poster netto.
    rows = [
        DriftRow(
            "kostnader",
            "Verksamhetens kostnader",
            result.verksamhetens_kostnader,
            data.operating_budget("kostnader"),
            prev("verksamhetens_kostnader"),
            favourable_when_lower=True,
        ),
        DriftRow(
            "intakter",
            "Verksamhetens intäkter",
            result.verksamhetens_intakter,
            data.operating_budget("intakter"),
            prev("verksamhetens_intakter"),
        ),
    ]
    if _shown(data, LineKind.AVSKRIVNING):
        rows.append(
            DriftRow(
                "avskrivningar",
                "Avskrivningar",
                result.avskrivningar,
                data.budget_total(LineKind.AVSKRIVNING),
                prev("avskrivningar", LineKind.AVSKRIVNING),
                favourable_when_lower=True,
            )
        )
    if _shown(data, LineKind.JAMFORELSESTORANDE):
        rows.append(
            DriftRow(
                "jamforelsestorande",
                "Jämförelsestörande poster",
                result.jamforelsestorande,
                data.budget_total(LineKind.JAMFORELSESTORANDE),
                prev("jamforelsestorande", LineKind.JAMFORELSESTORANDE),
            )
        )
    financial = (LineKind.FINANSIELL_INTAKT, LineKind.FINANSIELL_KOSTNAD)
    if data.top(*financial) or (comparison_data and comparison_data.top(*financial)):
        rows.append(
            DriftRow(
                "finansiella_poster",
                "Finansiella poster",
                result.finansnetto,
                _finansnetto_budget(data),
                prev("finansnetto"),
            )
        )
        # The gross totals many förbund print (all costs, all income), below the lines that
        # equal the resultaträkning.
        rows += [
            DriftRow(
                "summa_kostnader",
                "Summa kostnader inklusive finansiella poster",
                result.summa_kostnader,
                _sum_or_none(
                    [
                        data.operating_budget("kostnader"),
                        data.budget_total(LineKind.AVSKRIVNING, LineKind.FINANSIELL_KOSTNAD),
                    ]
                ),
                prev("summa_kostnader"),
                favourable_when_lower=True,
            ),
            DriftRow(
                "summa_intakter",
                "Summa intäkter inklusive finansiella poster",
                result.summa_intakter,
                _sum_or_none(
                    [
                        data.operating_budget("intakter"),
                        data.budget_total(LineKind.FINANSIELL_INTAKT),
                    ]
                ),
                prev("summa_intakter"),
            ),
        ]
    rows += [
        DriftRow(
            "resultat",
            _result_word(period),
            result.arets_resultat,
            None if budget is None else budget.arets_resultat,
            prev("arets_resultat"),
        ),
        DriftRow(
            "eget_kapital",
            "Utgående eget kapital",
            balance.eget_kapital,
            None,
            None if previous_balance is None else previous_balance.eget_kapital,
        ),
        DriftRow(
            "likvida_medel",
            "Likvida medel",
            balance.kassa_och_bank,
            None,
            None if previous_balance is None else previous_balance.kassa_och_bank,
        ),
    ]
    comparison_amounts = {}
    if comparison_data is not None:
        comparison_amounts = {
            line.label: comparison_data.amount(line)
            for line in comparison_data.top(*COST_KINDS_ALL)
        }
    lines = tuple(
        DriftRow(
            f"rad:{line.label}",
            line.label,
            data.amount(line),
            line.budget,
            comparison_amounts.get(line.label),
            favourable_when_lower=True,
        )
        for line in data.top(*COST_KINDS_ALL)
    )
    return Driftredovisning(period=period, comparison=comparison, rows=tuple(rows), lines=lines)
