"""The balanskravsutredning (balanskravsresultat, deficits to restore) and the helårsprognos it is
computed on."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from finsam.models import Forbund
from reports import selectors
from reports.models import (
    ReportKind,
    ReportPeriod,
)
from reports.statements.core import (
    KR,
    TKR,
    ZERO,
    PeriodData,
    Row,
    Table,
    _data,
    _neg,
    result_figures,
    unit_of,
)

# --- Balanskravsutredning -------------------------------------------------------------------------


@dataclass(frozen=True)
class Deficit:
    year: int
    amount: Decimal  # the negative balanskravsresultat, as a positive amount
    restored: Decimal
    restore_by: int

    @property
    def remaining(self) -> Decimal:
        return self.amount - self.restored


@dataclass(frozen=True)
class Balanskravsutredning:
    period: ReportPeriod
    rows: tuple[Row, ...]
    resultat_efter_balanskravsjusteringar: Decimal
    balanskravsresultat: Decimal
    deficits: tuple[Deficit, ...]
    blank = ""

    @property
    def unit(self) -> str:
        return unit_of(self.period, "balanskrav")

    @property
    def in_tkr(self) -> bool:
        return self.unit == TKR


def balanskrav_figures(
    period: ReportPeriod | PeriodData,
) -> tuple[tuple[Row, ...], Decimal, Decimal]:
    data = _data(period)
    f = data.figures
    result = result_figures(data).arets_resultat
    adjusted = (
        result
        - f.realisationsvinster
        + f.realisationsvinster_undantag
        + f.realisationsforluster_undantag
        + f.orealiserade_vardepapper
        + f.aterforing_orealiserade
    )
    balanskrav = adjusted - f.rur_reservation + f.rur_anvandning
    word = "Årets" if data.period.is_full_year else "Periodens"
    rows = (
        Row(f"{word} resultat enligt resultaträkningen", (result,), key="arets_resultat"),
        Row("− Samtliga realisationsvinster", (-f.realisationsvinster,), key="realisationsvinster"),
        Row(
            "+ Realisationsvinster enligt undantagsmöjlighet",
            (f.realisationsvinster_undantag,),
            key="realisationsvinster_undantag",
        ),
        Row(
            "+ Realisationsförluster enligt undantagsmöjlighet",
            (f.realisationsforluster_undantag,),
            key="realisationsforluster_undantag",
        ),
        Row(
            "−/+ Orealiserade vinster och förluster i värdepapper",
            (f.orealiserade_vardepapper,),
            key="orealiserade_vardepapper",
        ),
        Row(
            "+/− Återföring av orealiserade vinster och förluster i värdepapper",
            (f.aterforing_orealiserade,),
            key="aterforing_orealiserade",
        ),
        Row(
            f"= {word} resultat efter balanskravsjusteringar",
            (adjusted,),
            style="subtotal",
            key="resultat_efter_balanskravsjusteringar",
        ),
        Row(
            "− Reservering till resultatutjämningsreserv",
            (-f.rur_reservation,),
            key="rur_reservation",
        ),
        Row(
            "+ Användning av medel från resultatutjämningsreserv",
            (f.rur_anvandning,),
            key="rur_anvandning",
        ),
        Row("= Balanskravsresultat", (balanskrav,), style="total", key="balanskravsresultat"),
    )
    return rows, adjusted, balanskrav


RESTORE_WITHIN_YEARS = 3


def balanskravsutredning(period: ReportPeriod) -> Balanskravsutredning:
    rows, adjusted, balanskrav = balanskrav_figures(period)
    return Balanskravsutredning(
        period=period,
        rows=rows,
        resultat_efter_balanskravsjusteringar=adjusted,
        balanskravsresultat=balanskrav,
        deficits=tuple(_deficits(period.forbund, period.year if period.is_full_year else None)),
    )


def _deficits(forbund: Forbund, through_year: int | None) -> list[Deficit]:
    """Negative balanskravsresultat of the last three years' Årsredovisningar not yet restored
    by later positive ones (oldest restored first), up to and including ``through_year``."""
    if through_year is None:
        return []
    results: list[tuple[int, Decimal]] = []
    for year in range(through_year - RESTORE_WITHIN_YEARS, through_year + 1):
        report = selectors.annual_report(forbund, year)
        if report is not None:
            results.append((year, balanskrav_figures(report)[2]))
    open_deficits: list[list] = []  # [year, amount, restored]
    for year, value in results:
        if value < 0:
            open_deficits.append([year, -value, ZERO])
            continue
        surplus = value
        for deficit in open_deficits:
            take = min(surplus, deficit[1] - deficit[2])
            deficit[2] += take
            surplus -= take
    return [
        Deficit(year=year, amount=amount, restored=restored, restore_by=year + RESTORE_WITHIN_YEARS)
        for year, amount, restored in open_deficits
        if restored < amount and year + RESTORE_WITHIN_YEARS >= through_year
    ]


# --- Helårsprognos (Delårsrapport) --------------------------------------------------------------


@dataclass(frozen=True)
class Prognos:
    """The full-year forecast of a Delårsrapport, as entered (never derived by scaling the
    period), beside the year's budget; the balanskrav is assessed on the forecast. A report that
    states the forecast only as a deviation from the budgeted result enters just that
    (``entered_budgetavvikelse``); the figures it does not state are unknown and print "–"."""

    intakter: Decimal | None
    kostnader: Decimal | None
    budget_intakter: Decimal | None
    budget_kostnader: Decimal | None
    balanskravsjusteringar: Decimal = ZERO
    year: int = 0
    unit: str = KR
    entered_budgetavvikelse: Decimal | None = None

    @property
    def balanskravsresultat(self) -> Decimal | None:
        """Prognos för årets balanskravsresultat: the forecast result + expected adjustments."""
        if self.resultat is None:
            return None
        return self.resultat + self.balanskravsjusteringar

    @property
    def table(self) -> Table:
        def diff(a, b):
            return None if a is None or b is None else a - b

        budget_result = self.budget_resultat
        rows = (
            Row(
                "Verksamhetens intäkter",
                (self.intakter, self.budget_intakter, diff(self.intakter, self.budget_intakter)),
                key="intakter",
            ),
            Row(
                "Verksamhetens kostnader",
                (
                    _neg(self.kostnader),
                    _neg(self.budget_kostnader),
                    diff(self.budget_kostnader, self.kostnader),
                ),
                key="kostnader",
            ),
            Row(
                "Resultat helår",
                (self.resultat, budget_result, self.budgetavvikelse),
                style="subtotal",
                key="resultat",
            ),
            Row(
                "Balanskravsjusteringar",
                (self.balanskravsjusteringar, None, None),
                key="balanskravsjusteringar",
            ),
            Row(
                "Balanskravsresultat helår",
                (self.balanskravsresultat, None, None),
                style="total",
                key="balanskravsresultat",
            ),
        )
        columns = (f"Prognos helår {self.year}", f"Budget helår {self.year}", "Avvikelse")
        return Table(columns, rows, unit=self.unit, blank="–")

    @property
    def resultat(self) -> Decimal | None:
        if self.intakter is None or self.kostnader is None:
            return None
        return self.intakter - self.kostnader

    @property
    def budget_resultat(self) -> Decimal | None:
        if self.budget_intakter is None or self.budget_kostnader is None:
            return None
        return self.budget_intakter - self.budget_kostnader

    @property
    def budgetavvikelse(self) -> Decimal | None:
        """Prognosticated result − budgeted result for the full year (positive = better); the
        entered deviation when the report states only that."""
        budget = self.budget_resultat
        if budget is None or self.resultat is None:
            return self.entered_budgetavvikelse
        return self.resultat - budget


def helarsprognos(period: ReportPeriod) -> Prognos | None:
    if period.kind != ReportKind.DELARSRAPPORT:
        return None
    f = selectors.figures_of(period)
    complete = f.prognos_intakter is not None and f.prognos_kostnader is not None
    if not complete and f.prognos_budgetavvikelse is None:
        return None
    return Prognos(
        intakter=f.prognos_intakter,
        kostnader=f.prognos_kostnader,
        budget_intakter=f.budget_helar_intakter,
        budget_kostnader=f.budget_helar_kostnader,
        balanskravsjusteringar=f.prognos_balanskravsjusteringar or ZERO,
        year=period.year,
        unit=unit_of(period, "prognos"),
        entered_budgetavvikelse=f.prognos_budgetavvikelse,
    )
