"""Figures of the data blocks that no other table of the document computes (``reports.outline``
lists the catalogue): the members' driftbidrag of the period, from the same driftbidrag lines
the resultaträkning sums."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reports import statements
from reports.models import ReportPeriod

ZERO = Decimal(0)


@dataclass(frozen=True)
class BidragRow:
    member: str
    budget: Decimal | None
    utfall: Decimal


@dataclass(frozen=True)
class BidragTable:
    rows: tuple[BidragRow, ...]
    budget: Decimal | None
    utfall: Decimal


def bidrag_table(period: ReportPeriod) -> BidragTable | None:
    """One row per member with a driftbidrag line, in the members' order; the budget total is
    "–" (None) when a member's budget is unknown."""
    from reports.models import LineKind

    data = statements.period_data(period)
    lines = sorted(
        data.top(LineKind.DRIFTBIDRAG),
        key=lambda line: (line.member.position, line.member.name, line.pk),
    )
    if not lines:
        return None
    rows = tuple(BidragRow(line.member.name, line.budget, data.amount(line)) for line in lines)
    budgets = [row.budget for row in rows]
    return BidragTable(
        rows=rows,
        budget=None if any(b is None for b in budgets) else sum(budgets, ZERO),
        utfall=sum((row.utfall for row in rows), ZERO),
    )
