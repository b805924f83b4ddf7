"""The balansräkning as printed: its rows and columns (opening, closing, comparison or interim
columns); the balances themselves are computed in ``core``."""

from __future__ import annotations

from dataclasses import dataclass

from reports import selectors
from reports.models import (
    BalanceColumns,
    EquityLayout,
    Layout,
    LineKind,
    ReportPeriod,
)
from reports.statements import core
from reports.statements.core import (
    ZERO,
    BalanceFigures,
    EquityRollforward,
    PeriodData,
    Row,
    Table,
    _result_word,
    closing_balance,
    equity_rollforward,
    opening_balance,
    unit_of,
)
from reports.statements.noter import note_numbers


@dataclass(frozen=True)
class Balansrakning:
    period: ReportPeriod
    closing: BalanceFigures
    opening: BalanceFigures
    equity: EquityRollforward
    previous_equity: EquityRollforward | None
    table: Table
    """Columns: closing, opening (Årsredovisning) or opening, change, closing (Delårsrapport)."""

    @property
    def opening_title(self) -> str:
        return f"{self.period.opening_date:%Y-%m-%d}"

    @property
    def with_notes(self) -> bool:
        """The note column: an Årsredovisning, or a Delårsrapport in comparison columns."""
        return self.period.is_full_year or self.period.balance_columns != BalanceColumns.FORANDRING


def balansrakning(period: ReportPeriod) -> Balansrakning:
    data = core.period_data(period)
    closing = closing_balance(data)
    opening = opening_balance(data)
    equity = equity_rollforward(data)
    previous = selectors.previous_year_end_period(period)
    previous_equity = equity_rollforward(previous) if previous else None
    notes = note_numbers(data)
    inline = period.layout == Layout.RADER

    full_year = period.is_full_year

    def row(label, open_value, close_value, *, style="", note=None, indent=0, key=""):
        change = None
        if open_value is not None and close_value is not None:
            change = close_value - open_value
        # An Årsredovisning prints this year-end and last year-end; a Delårsrapport prints
        # ingående balans, the period's change and utgående balans.
        values = (close_value, open_value) if full_year else (open_value, change, close_value)
        return Row(
            label,
            values,
            style=style,
            note=note,
            indent=indent,
            key=key or label,
        )

    def section(label):
        return Row(label, (None,) * (2 if full_year else 3), style="section", key=label)

    if not full_year and period.balance_columns != BalanceColumns.FORANDRING:
        from reports.statements.balance_columns import interim_balance_table

        table = interim_balance_table(data, notes)
        return Balansrakning(
            period=period,
            closing=closing,
            opening=opening,
            equity=equity,
            previous_equity=previous_equity,
            table=table,
        )
    show_zero = period.show_zero_lines
    rows = [section("Tillgångar")]
    if closing.anlaggningstillgangar or opening.anlaggningstillgangar or show_zero:
        rows.append(section("Anläggningstillgångar"))
        rows.append(
            row(
                "Anläggningstillgångar",
                opening.anlaggningstillgangar,
                closing.anlaggningstillgangar,
                note=notes.get("anlaggningstillgangar"),
                key="anlaggningstillgangar",
            )
        )
    rows.append(section("Omsättningstillgångar"))
    if inline:
        rows.append(section("Fordringar"))
        rows += _balance_line_rows(data, LineKind.FORDRAN, row)
        rows.append(
            row(
                "S:a fordringar",
                opening.fordringar,
                closing.fordringar,
                style="subtotal",
                key="fordringar",
            )
        )
    else:
        rows.append(
            row(
                "Fordringar",
                opening.fordringar,
                closing.fordringar,
                note=notes.get("fordringar"),
                key="fordringar",
            )
        )
    rows.append(
        row("Kassa och bank", opening.kassa_och_bank, closing.kassa_och_bank, key="kassa_och_bank")
    )
    rows.append(
        row(
            "Summa omsättningstillgångar",
            opening.omsattningstillgangar,
            closing.omsattningstillgangar,
            style="subtotal",
            key="omsattningstillgangar",
        )
    )
    rows.append(
        row(
            "Summa tillgångar",
            opening.summa_tillgangar,
            closing.summa_tillgangar,
            style="total",
            key="summa_tillgangar",
        )
    )
    rows.append(section("Eget kapital, avsättningar och skulder"))
    if period.equity_layout == EquityLayout.DARAV:
        # Eget kapital at the date, with the result of the year/period it includes.
        rows.append(
            row(
                "Eget kapital",
                opening.eget_kapital,
                closing.eget_kapital,
                style="subtotal",
                key="eget_kapital",
            )
        )
        previous_result = previous_equity.result if previous_equity else None
        rows.append(
            row(
                f"därav {_result_word(period).lower()}",
                previous_result if full_year else None,
                equity.result,
                indent=1,
                key="arets_resultat",
            )
        )
    else:
        rows += _equity_rollforward_rows(period, equity, previous_equity, opening, closing, row)
    rows += _after_equity_rows(
        period, data, opening, closing, notes, row, section, show_zero=show_zero, inline=inline
    )
    columns = (period.closing_label, f"{period.opening_date:%Y-%m-%d}")
    if not full_year:
        columns = ("Ingående balans", "Periodens förändring", "Utgående balans")
    return Balansrakning(
        period=period,
        closing=closing,
        opening=opening,
        equity=equity,
        previous_equity=previous_equity,
        table=Table(columns, tuple(rows), unit=unit_of(period, "balansrakning")),
    )


def _equity_rollforward_rows(period, equity, previous_equity, opening, closing, row) -> list[Row]:
    """Eget kapital as a roll-forward: ingående eget kapital, the result, summa eget kapital."""
    full_year = period.is_full_year
    width = 2 if full_year else 3
    rows = [Row("Eget kapital", (None,) * width, style="section", key="Eget kapital")]
    if full_year:  # this year's and last year's roll-forward: opening + result = closing
        previous_opening = previous_equity.opening if previous_equity else None
        previous_result = previous_equity.result if previous_equity else None
        rows.append(row("Eget kapital", previous_opening, equity.opening, key="eget_kapital_ib"))
        rows.append(row(_result_word(period), previous_result, equity.result, key="arets_resultat"))
    else:  # the opening equity is unchanged during the period; the result is added to it
        rows.append(row("Eget kapital", equity.opening, equity.opening, key="eget_kapital_ib"))
        rows.append(row(_result_word(period), ZERO, equity.result, key="arets_resultat"))
    rows.append(
        row(
            "Summa eget kapital",
            opening.eget_kapital,
            closing.eget_kapital,
            style="subtotal",
            key="eget_kapital",
        )
    )
    return rows


def _after_equity_rows(
    period, data, opening, closing, notes, row, section, *, show_zero, inline
) -> list[Row]:
    """Avsättningar, skulder, the total and ansvarsförbindelser of the balansräkning."""
    rows: list[Row] = []
    if closing.avsattningar or opening.avsattningar or show_zero:
        rows.append(
            row("Avsättningar", opening.avsattningar, closing.avsattningar, key="avsattningar")
        )
    rows.append(section("Skulder"))
    if closing.langfristiga_skulder or opening.langfristiga_skulder or show_zero:
        rows.append(
            row(
                "Långfristiga skulder",
                opening.langfristiga_skulder,
                closing.langfristiga_skulder,
                key="langfristiga_skulder",
            )
        )
    if inline:
        rows += _balance_line_rows(data, LineKind.KORTFRISTIG_SKULD, row)
        rows.append(
            row(
                "S:a kortfristiga skulder",
                opening.kortfristiga_skulder,
                closing.kortfristiga_skulder,
                style="subtotal",
                key="kortfristiga_skulder",
            )
        )
    else:
        rows.append(
            row(
                "Kortfristiga skulder",
                opening.kortfristiga_skulder,
                closing.kortfristiga_skulder,
                note=notes.get("skulder"),
                key="kortfristiga_skulder",
            )
        )
    rows.append(
        row(
            "Summa eget kapital, avsättningar och skulder",
            opening.summa_eget_kapital_och_skulder,
            closing.summa_eget_kapital_och_skulder,
            style="total",
            key="summa_eget_kapital_och_skulder",
        )
    )
    if closing.ansvarsforbindelser is not None or opening.ansvarsforbindelser is not None:
        rows.append(
            row(
                "Ansvarsförbindelser",
                opening.ansvarsforbindelser,
                closing.ansvarsforbindelser,
                note=notes.get("ansvarsforbindelser"),
                key="ansvarsforbindelser",
            )
        )
    return rows


def _balance_line_rows(data: PeriodData, kind: str, row) -> list[Row]:
    return [
        row(line.label, line.opening_amount or ZERO, line.amount, indent=1, key=f"rad:{line.label}")
        for line in data.top(kind)
    ]
