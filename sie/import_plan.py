"""What an SIE import would change, before anything is written: the plan of each year (its lines,
their sources and the unmapped accounts) and of the import as a whole."""

from __future__ import annotations

import calendar
import datetime
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

from finsam.models import Forbund
from reports import selectors
from reports.models import (
    ReportKind,
    ReportPeriod,
)
from sie.lines import RADER, Rad
from sie.reader import SieFile

ZERO = Decimal(0)
FIGURE_FIELDS = [
    (rad.closing_field, rad.opening_field) for rad in RADER.values() if not rad.is_line
]


@dataclass
class Source:
    account: str
    name: str
    amount: Decimal  # with the product's sign
    objekt: str = ""


@dataclass
class PlanLine:
    rad: Rad
    label: str
    parent: str = ""
    member: str = ""
    insats: bool = False
    amount: Decimal = ZERO  # result: utfall; balance: utgående balans
    opening: Decimal = ZERO  # balance only: ingående balans
    sources: list[Source] = field(default_factory=list)
    opening_sources: list[Source] = field(default_factory=list)
    current: Decimal | None = None  # already entered
    current_opening: Decimal | None = None

    @property
    def title(self) -> str:
        if self.rad.is_line:
            return f"{self.parent} – {self.label}" if self.parent else self.label
        return self.rad.description

    @property
    def difference(self) -> Decimal | None:
        return None if self.current is None else self.amount - self.current

    @property
    def opening_difference(self) -> Decimal | None:
        if self.current_opening is None:
            return None
        return self.opening - self.current_opening


@dataclass
class Unmapped:
    account: str
    name: str
    amounts: list[tuple[str, Decimal]]  # (which record, amount in the file)


@dataclass
class YearPlan:
    year: int
    kind: str
    start: datetime.date
    end: datetime.date
    period: ReportPeriod | None
    lines: list[PlanLine] = field(default_factory=list)
    unmapped: list[Unmapped] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        name = "Årsredovisning" if self.kind == ReportKind.ARSREDOVISNING else "Delårsrapport"
        return f"{name} {self.start:%Y-%m-%d}–{self.end:%Y-%m-%d}"

    def total(self, statement_sign: str) -> Decimal:
        return sum((x.amount for x in self.lines if x.rad.statement == statement_sign), ZERO)

    @property
    def result(self) -> Decimal:
        """Årets resultat: incomes − costs, from the planned lines."""
        total = ZERO
        for line in self.lines:
            if line.rad.is_result:
                total += -line.amount if line.rad.sign > 0 else line.amount
        return total


@dataclass
class ImportPlan:
    forbund: Forbund
    sie: SieFile
    file_name: str
    sha256: str
    year: int
    through: datetime.date | None
    main: YearPlan | None = None
    comparison: YearPlan | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def unmapped(self) -> list[Unmapped]:
        seen, result = set(), []
        for plan in (self.main, self.comparison):
            for item in plan.unmapped if plan else []:
                if item.account not in seen:
                    seen.add(item.account)
                    result.append(item)
        return result

    @property
    def ok(self) -> bool:
        return not self.errors and not self.unmapped

    @property
    def blocking(self) -> list[str]:
        messages = list(self.errors)
        if self.unmapped:
            accounts = ", ".join(f"{u.account} {u.name}".strip() for u in self.unmapped)
            messages.append(
                f"{len(self.unmapped)} konton med saldo saknar koppling till en rad i rapporten: "
                f"{accounts}. Koppla dem först; inget gissas."
            )
        return messages


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def last_day(day: datetime.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def _existing_period(forbund, kind, year, end) -> ReportPeriod | None:
    return (
        selectors.periods_of(forbund)
        .filter(kind=kind, fiscal_year__year=year, start=datetime.date(year, 1, 1), end=end)
        .first()
    )
