"""Anläggningstillgångar: the roll-forward of fixed assets, its note, and ansvarsförbindelser.

- Ingående värde = anläggningstillgångar at the previous year-end (``PeriodFigures``).
- Investeringar = purchases during the period: entered (``PeriodFigures.investeringar``) or,
  when not entered, utgående − ingående + avskrivningar.
- Avskrivningar = the period's lines of kind ``avskrivning`` (the resultaträkning's line).
- Utgående värde = ingående + investeringar − avskrivningar, which must equal the entered
  anläggningstillgångar at the period's end (``reports.checks`` reports a difference as FEL).

The kassaflödesanalys adds avskrivningar back (ej likviditetspåverkande) and shows
−investeringar as kassaflöde från investeringsverksamheten.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reports import selectors
from reports.models import LineKind, ReportPeriod
from reports.statements import core
from reports.statements.core import Row, Table, unit_of

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class FixedAssets:
    opening: Decimal
    investeringar: Decimal
    avskrivningar: Decimal
    closing: Decimal  # as entered
    investeringar_entered: bool

    @property
    def computed_closing(self) -> Decimal:
        return self.opening + self.investeringar - self.avskrivningar

    @property
    def difference(self) -> Decimal:
        """Entered utgående − (ingående + investeringar − avskrivningar)."""
        return self.closing - self.computed_closing

    @property
    def any(self) -> bool:
        return bool(self.opening or self.closing or self.avskrivningar or self.investeringar)


def fixed_assets(data) -> FixedAssets:
    """The period's fixed-asset roll-forward (``data``: a ``statements.PeriodData``)."""
    f = data.figures
    avskrivningar = data.total(LineKind.AVSKRIVNING)
    opening = f.opening_anlaggningstillgangar or ZERO
    closing = f.anlaggningstillgangar or ZERO
    entered = f.investeringar is not None
    investeringar = f.investeringar if entered else closing - opening + avskrivningar
    return FixedAssets(
        opening=opening,
        investeringar=investeringar,
        avskrivningar=avskrivningar,
        closing=closing,
        investeringar_entered=entered,
    )


def _previous_data(data):
    """The column to compare with: last year's Årsredovisning for a year, the same period
    last year for a Delårsrapport."""
    period: ReportPeriod = data.period
    previous = (
        selectors.previous_year_end_period(period)
        if period.is_full_year
        else selectors.comparison_period(period)
    )
    return core.period_data(previous) if previous else None


def _title(period: ReportPeriod) -> str:
    return period.closing_label if period.is_full_year else period.period_label


def fixed_assets_note(data):
    """Not Anläggningstillgångar: ingående värde, investeringar, avskrivningar, utgående."""
    period: ReportPeriod = data.period
    word = "Årets" if period.is_full_year else "Periodens"
    columns = [(_title(period), fixed_assets(data))]
    previous = _previous_data(data)
    if previous is not None:
        columns.append((_title(previous.period), fixed_assets(previous)))

    def values(attribute: str, sign: int = 1) -> tuple[Decimal | None, ...]:
        return tuple(sign * getattr(assets, attribute) for _, assets in columns)

    rows = (
        Row("Ingående anskaffningsvärde efter avskrivningar", values("opening"), key="ingaende"),
        Row(f"{word} investeringar", values("investeringar"), key="investeringar"),
        Row(f"{word} avskrivningar", values("avskrivningar", -1), key="avskrivningar"),
        Row(
            "Utgående värde",
            values("computed_closing"),
            style="total",
            key="summa",
        ),
    )
    return Table(
        tuple(title for title, _ in columns),
        rows,
        unit=unit_of(period, "noter"),
    )


def ansvarsforbindelser_note(data):
    """Not Ansvarsförbindelser: the entered commitment at the period's end and at the previous
    year-end (a Delårsrapport with comparison columns: the balansräkning's columns)."""
    period: ReportPeriod = data.period
    f = data.figures
    label = f.ansvarsforbindelser_text or "Ansvarsförbindelser"
    if not period.is_full_year and period.balance_columns != "forandring":
        from reports.statements.balance_columns import DASH, balance_sources

        sources = balance_sources(data)
        values = tuple(
            None if source.balance is None else source.balance.ansvarsforbindelser
            for source in sources
        )
        return Table(
            tuple(source.title for source in sources),
            (Row(label, values, key="summa", style="total"),),
            unit=unit_of(period, "noter"),
            blank=DASH,
        )
    return Table(
        (period.closing_label, f"{period.opening_date:%Y-%m-%d}"),
        (
            Row(
                label,
                (f.ansvarsforbindelser, f.opening_ansvarsforbindelser),
                key="summa",
                style="total",
            ),
        ),
        unit=unit_of(period, "noter"),
        blank="–",
    )
