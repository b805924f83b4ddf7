"""The Delårsrapport's balansräkning with comparison columns, and its notes in the same columns.

A Delårsrapport prints its balansräkning at the period's end beside the same date last year
(``BalanceColumns.SAMMA_DATUM``), and optionally beside last year-end too
(``SAMMA_DATUM_OCH_BOKSLUT``): columns headed "2026-08-31", "2025-08-31", "2025-12-31".
The same date last year comes from last year's Delårsrapport for the same dates; when the tool
has none, its figures are unknown and print "–". Last year-end is this period's opening balance
(ingående balans), with last year's Årsredovisning's result as "därav årets resultat".

Every figure is computed by the functions of ``reports.statements`` from loaded lines; this
module only arranges them in columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from reports import selectors
from reports.models import BalanceColumns, FigureLine, Layout, LineKind, ReportPeriod
from reports.statements import core
from reports.statements.core import (
    Row,
    Table,
    closing_balance,
    opening_balance,
    result_figures,
    unit_of,
)

DASH = "–"


@dataclass(frozen=True)
class BalanceSource:
    """One column: a title, the balance sheet at that date (``None``: unknown) and the lines
    of fordringar and kortfristiga skulder at that date, by label."""

    title: str
    balance: object | None  # BalanceFigures
    line_amounts: Callable[[str], dict[str, Decimal]]


def _one_year_back(day):
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _amounts(lines: list[FigureLine], *, opening: bool) -> dict[str, Decimal]:
    return {
        line.label: (line.opening_amount if opening else line.amount)
        for line in lines
        if not opening or line.opening_amount is not None
    }


def balance_sources(data) -> list[BalanceSource]:
    """The columns of an interim balansräkning: period end, same date last year and (if
    chosen) last year-end."""
    period: ReportPeriod = data.period
    sources = [
        BalanceSource(
            period.closing_label,
            closing_balance(data),
            lambda kind: _amounts(data.top(kind), opening=False),
        )
    ]
    comparison = selectors.comparison_period(period)
    comparison_data = core.period_data(comparison) if comparison else None
    sources.append(
        BalanceSource(
            f"{_one_year_back(period.end):%Y-%m-%d}",
            closing_balance(comparison_data) if comparison_data else None,
            (lambda kind: _amounts(comparison_data.top(kind), opening=False))
            if comparison_data
            else (lambda kind: {}),
        )
    )
    if period.balance_columns == BalanceColumns.SAMMA_DATUM_OCH_BOKSLUT:
        opening = opening_balance(data)
        previous = selectors.previous_year_end_period(period)
        previous_result = (
            result_figures(previous).arets_resultat if previous is not None else None
        )
        opening = _with_result(opening, previous_result)
        sources.append(
            BalanceSource(
                f"{period.opening_date:%Y-%m-%d}",
                opening,
                lambda kind: _amounts(data.top(kind), opening=True),
            )
        )
    return sources


def _with_result(balance, result):
    from dataclasses import replace

    return replace(balance, arets_resultat=result)


def interim_balance_table(data, notes: dict[str, int]):
    """The balansräkning of a Delårsrapport in comparison columns."""
    period: ReportPeriod = data.period
    sources = balance_sources(data)
    width = len(sources)
    show_zero = period.show_zero_lines
    inline = period.layout == Layout.RADER

    def values(attribute: str) -> tuple[Decimal | None, ...]:
        return tuple(
            None if source.balance is None else getattr(source.balance, attribute)
            for source in sources
        )

    def any_nonzero(attribute: str) -> bool:
        return show_zero or any(v for v in values(attribute) if v is not None)

    def row(label, attribute, *, style="", note=None, indent=0, key=""):
        return Row(
            label, values(attribute), style=style, note=note, indent=indent, key=key or attribute
        )

    def section(label):
        return Row(label, (None,) * width, style="section", key=label)

    def line_rows(kind: str) -> list:
        per_source = [source.line_amounts(kind) for source in sources]
        labels: list[str] = []
        for amounts in per_source:
            labels += [label for label in amounts if label not in labels]
        return [
            Row(
                label,
                tuple(amounts.get(label) for amounts in per_source),
                indent=1,
                key=f"rad:{label}",
            )
            for label in labels
        ]

    rows = [section("Tillgångar")]
    if any_nonzero("anlaggningstillgangar"):
        rows.append(section("Anläggningstillgångar"))
        rows.append(
            row(
                "Anläggningstillgångar",
                "anlaggningstillgangar",
                note=notes.get("anlaggningstillgangar"),
            )
        )
    rows.append(section("Omsättningstillgångar"))
    if inline:
        rows.append(section("Fordringar"))
        rows += line_rows(LineKind.FORDRAN)
        rows.append(row("S:a fordringar", "fordringar", style="subtotal"))
    else:
        rows.append(row("Fordringar", "fordringar", note=notes.get("fordringar")))
    rows.append(row("Kassa och bank", "kassa_och_bank"))
    rows.append(row("Summa omsättningstillgångar", "omsattningstillgangar", style="subtotal"))
    rows.append(row("Summa tillgångar", "summa_tillgangar", style="total"))
    rows.append(section("Eget kapital, avsättningar och skulder"))
    rows.append(row("Eget kapital", "eget_kapital", style="subtotal"))
    rows.append(row("därav periodens resultat", "arets_resultat", indent=1))
    if any_nonzero("avsattningar"):
        rows.append(row("Avsättningar", "avsattningar"))
    rows.append(section("Skulder"))
    if any_nonzero("langfristiga_skulder"):
        rows.append(row("Långfristiga skulder", "langfristiga_skulder"))
    if inline:
        rows += line_rows(LineKind.KORTFRISTIG_SKULD)
        rows.append(row("S:a kortfristiga skulder", "kortfristiga_skulder", style="subtotal"))
    else:
        rows.append(row("Kortfristiga skulder", "kortfristiga_skulder", note=notes.get("skulder")))
    rows.append(
        row(
            "Summa eget kapital, avsättningar och skulder",
            "summa_eget_kapital_och_skulder",
            style="total",
        )
    )
    if any(v is not None for v in values("ansvarsforbindelser")):
        rows.append(
            row(
                "Ansvarsförbindelser",
                "ansvarsforbindelser",
                note=notes.get("ansvarsforbindelser"),
            )
        )
    return Table(
        tuple(source.title for source in sources),
        tuple(rows),
        unit=unit_of(period, "balansrakning"),
        blank=DASH,
    )


def interim_balance_note(data, kind: str):
    """A note of fordringar or kortfristiga skulder in the balansräkning's columns."""
    sources = balance_sources(data)
    per_source = [source.line_amounts(kind) for source in sources]
    labels: list[str] = []
    for amounts in per_source:
        labels += [label for label in amounts if label not in labels]
    rows = [
        Row(label, tuple(amounts.get(label) for amounts in per_source), key=f"rad:{label}")
        for label in labels
    ]
    attribute = "fordringar" if kind == LineKind.FORDRAN else "kortfristiga_skulder"
    rows.append(
        Row(
            "Summa",
            tuple(
                None if source.balance is None else getattr(source.balance, attribute)
                for source in sources
            ),
            style="total",
            key="summa",
        )
    )
    return Table(
        tuple(source.title for source in sources),
        tuple(rows),
        unit=unit_of(data.period, "noter"),
        blank=DASH,
    )
