"""Reads and computations of the core domain, shared by the pages and (later) the reports."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from finsam import allocation
from finsam.models import (
    BoardMember,
    Budget,
    BudgetKind,
    BudgetSection,
    Driftbidrag,
    DriftbidragBasis,
    Forbund,
    KommunSplitRule,
    Member,
    MemberKind,
    Population,
)
from finsam.models.organisation import STATUTORY_SHARES
from finsam.wording import join_swedish

ZERO = Decimal("0")


class AllocationError(ValueError):
    """The allocation cannot be computed; the message says what to enter (Swedish)."""


def members_of(forbund: Forbund) -> list[Member]:
    return list(forbund.members.order_by("position", "name"))


def kommun_weights(
    forbund: Forbund,
    population_date: datetime.date | None,
    members: list[Member] | None = None,
) -> dict[Member, Decimal]:
    """Each kommun's weight in the kommuner's 25 %, by the förbundsordning's rule (``members``:
    the förbund's members when the caller read them already)."""
    members = members if members is not None else members_of(forbund)
    kommuner = [m for m in members if m.kind == MemberKind.KOMMUN]
    if not kommuner:
        raise AllocationError("Förbundet har inga kommuner som medlemmar.")
    if forbund.kommun_split_rule == KommunSplitRule.EXPLICIT:
        missing = [k.name for k in kommuner if k.explicit_share is None]
        if missing:
            raise AllocationError("Andel saknas för: " + ", ".join(missing) + ".")
        return {k: k.explicit_share for k in kommuner}
    if population_date is None:
        raise AllocationError("Ange vilket datums invånarantal som fördelningen ska bygga på.")
    counts = {
        p.member_id: p.inhabitants
        for p in Population.objects.filter(member__in=kommuner, reference_date=population_date)
    }
    missing = [k.name for k in kommuner if k.id not in counts]
    if missing:
        raise AllocationError(
            f"Invånarantal per {population_date:%Y-%m-%d} saknas för: " + ", ".join(missing) + "."
        )
    return {k: Decimal(counts[k.id]) for k in kommuner}


@dataclass(frozen=True)
class AllocationRow:
    member: Member
    share: Decimal
    amount: Decimal
    inhabitants: int | None = None


@dataclass(frozen=True)
class BindingInfo:
    member: Member
    ceilings: list[tuple[Member, Decimal, Decimal]]  # member, accepted amount, ceiling total


@dataclass(frozen=True)
class DriftbidragAllocation:
    year: int
    total: Decimal
    rows: list[AllocationRow]
    kommuner_total: Decimal
    binding: BindingInfo | None = None

    def amount_for(self, member: Member) -> Decimal:
        for row in self.rows:
            if row.member == member:
                return row.amount
        return ZERO


def driftbidrag_allocation(driftbidrag: Driftbidrag) -> DriftbidragAllocation:
    forbund = driftbidrag.fiscal_year.forbund
    members = members_of(forbund)
    weights = kommun_weights(forbund, driftbidrag.population_date, members)
    binding = None
    if driftbidrag.basis == DriftbidragBasis.TOTAL:
        total = driftbidrag.amount
    elif driftbidrag.basis == DriftbidragBasis.STATE_OFFER:
        total = driftbidrag.amount / allocation.STATE_SHARE
    else:
        total, binding = _total_from_offers(driftbidrag, members, weights)
    split = allocation.split_statutory(total, weights, driftbidrag.rounding_unit)
    inhabitants = (
        {k.id: int(w) for k, w in weights.items()}
        if forbund.kommun_split_rule == KommunSplitRule.POPULATION
        else {}
    )
    rows = []
    for member in members:
        if member.kind == MemberKind.STATE:
            amount = split.state
        elif member.kind == MemberKind.REGION:
            amount = split.region
        elif member.kind == MemberKind.KOMMUN:
            amount = split.kommuner[member]
        else:
            continue
        rows.append(
            AllocationRow(
                member=member,
                share=amount / total if total else ZERO,
                amount=amount,
                inhabitants=inhabitants.get(member.id),
            )
        )
    return DriftbidragAllocation(
        year=driftbidrag.fiscal_year.year,
        total=total,
        rows=rows,
        kommuner_total=split.kommuner_total,
        binding=binding,
    )


def _total_from_offers(
    driftbidrag: Driftbidrag, members: list[Member], weights: dict[Member, Decimal]
) -> tuple[Decimal, BindingInfo]:
    offers = {o.member: o for o in driftbidrag.offers.select_related("member")}
    kommun_share = allocation.kommun_shares(weights)
    shares: dict[Member, Decimal] = {}
    for member in members:
        if member.kind == MemberKind.KOMMUN:
            shares[member] = kommun_share[member]
        elif STATUTORY_SHARES[member.kind]:
            shares[member] = STATUTORY_SHARES[member.kind]
    missing = [m.name for m in shares if m not in offers]
    if missing:
        raise AllocationError("Besked saknas från: " + ", ".join(missing) + ".")
    plain_offers = {
        m: allocation.Offer(
            previous_amount=o.previous_amount,
            accepted_amount=o.accepted_amount,
            accepted_increase_percent=o.accepted_increase_percent,
        )
        for m, o in offers.items()
        if m in shares
    }
    result = allocation.binding_total(plain_offers, shares, driftbidrag.rounding_unit)
    ceilings = [(m, plain_offers[m].accepted, result.ceilings[m]) for m in shares]
    return result.total, BindingInfo(member=result.binding_member, ceilings=ceilings)


# --- Budget -------------------------------------------------------------------------------------


@dataclass
class BudgetColumn:
    title: str
    opening: Decimal
    income: dict[str, Decimal] = field(default_factory=dict)
    costs: dict[str, Decimal] = field(default_factory=dict)

    @property
    def income_total(self) -> Decimal:
        return self.opening + sum(self.income.values(), ZERO)

    @property
    def cost_total(self) -> Decimal:
        return sum(self.costs.values(), ZERO)

    @property
    def closing(self) -> Decimal:
        return self.income_total - self.cost_total


@dataclass(frozen=True)
class BudgetRow:
    label: str
    values: list[Decimal | None]
    footnote_letter: str = ""


@dataclass
class BudgetTable:
    year: int
    columns: list[BudgetColumn]
    income_rows: list[BudgetRow]
    cost_rows: list[BudgetRow]
    opening_footnote_letter: str
    footnotes: list[tuple[str, str]]

    @property
    def opening_row(self) -> list[Decimal]:
        return [c.opening for c in self.columns]

    @property
    def income_totals(self) -> list[Decimal]:
        return [c.income_total for c in self.columns]

    @property
    def cost_totals(self) -> list[Decimal]:
        return [c.cost_total for c in self.columns]

    @property
    def closings(self) -> list[Decimal]:
        return [c.closing for c in self.columns]


def _budget(forbund: Forbund, year: int, kind: str) -> Budget | None:
    return (
        Budget.objects.filter(fiscal_year__forbund=forbund, fiscal_year__year=year, kind=kind)
        .prefetch_related("lines")
        .first()
    )


@dataclass(frozen=True)
class _Budgets:
    """The förbund's budgets and prognoses of some years, with their lines, read in two queries
    for a table that shows several of them; other years are asked for one by one."""

    forbund: Forbund
    years: frozenset[int]
    by_key: dict[tuple[int, str], Budget]

    @classmethod
    def read(cls, forbund: Forbund, years: set[int]) -> "_Budgets":
        budgets = (
            Budget.objects.filter(fiscal_year__forbund=forbund, fiscal_year__year__in=years)
            .select_related("fiscal_year__forbund")
            .prefetch_related("lines")
        )
        by_key = {(budget.fiscal_year.year, budget.kind): budget for budget in budgets}
        return cls(forbund, frozenset(years), by_key)

    def get(self, year: int, kind: str) -> Budget | None:
        if year in self.years:
            return self.by_key.get((year, kind))
        return _budget(self.forbund, year, kind)


def budget_opening(budget: Budget, budgets: _Budgets | None = None) -> Decimal:
    """Balanserat resultat entering the budget's year.

    A budget carries forward the previous year's prognos when there is one; otherwise (and for a
    prognos, whose figure is the actual equity) the entered figure.
    """
    if budget.kind == BudgetKind.BUDGET:
        forbund, year = budget.fiscal_year.forbund, budget.fiscal_year.year - 1
        if budgets is not None:
            prognos = budgets.get(year, BudgetKind.PROGNOS)
        else:
            prognos = _budget(forbund, year, BudgetKind.PROGNOS)
        if prognos is not None:
            return budget_column(prognos, title="").closing
    return budget.opening_balance or ZERO


def budget_column(
    budget: Budget,
    *,
    title: str,
    plan_index: int = 0,
    lines: list | None = None,
    budgets: _Budgets | None = None,
) -> BudgetColumn:
    """One column of a budget; ``lines``: the lines as typed on the edit page, not yet saved."""
    attribute = ("amount", "plan_year_1", "plan_year_2")[plan_index]
    column = BudgetColumn(title=title, opening=ZERO)
    for line in budget.lines.all() if lines is None else lines:
        value = getattr(line, attribute) or ZERO
        target = column.income if line.section == BudgetSection.INCOME else column.costs
        target[line.label] = value
    if plan_index == 0:
        column.opening = budget_opening(budget, budgets)
    return column


def budget_plan_columns(
    budget: Budget, lines: list | None = None, budgets: _Budgets | None = None
) -> list[BudgetColumn]:
    """The budget year and, for a budget, its two plan years; each plan year opens with the
    previous year's closing. ``lines``: unsaved lines of the edit page (its live totals)."""
    year = budget.fiscal_year.year
    title = "Budget" if budget.kind == BudgetKind.BUDGET else "Prognos"
    current = budget_column(budget, title=f"{title} {year}", lines=lines, budgets=budgets)
    if budget.kind != BudgetKind.BUDGET:
        return [current]
    plan_1 = budget_column(budget, title=f"Plan {year + 1}", plan_index=1, lines=lines)
    plan_1.opening = current.closing
    plan_2 = budget_column(budget, title=f"Plan {year + 2}", plan_index=2, lines=lines)
    plan_2.opening = plan_1.closing
    return [current, plan_1, plan_2]


def budget_table(forbund: Forbund, year: int) -> BudgetTable | None:
    """Section 9 of the verksamhetsplan: last year's budget and prognos, this year, plan years."""
    # this year's budget, last year's budget and prognos, and the prognos before last year's
    # budget (its opening balance)
    budgets = _Budgets.read(forbund, {year, year - 1, year - 2})
    budget = budgets.get(year, BudgetKind.BUDGET)
    if budget is None:
        return None
    columns: list[BudgetColumn] = []
    sources: list[Budget] = []
    for kind, title in ((BudgetKind.BUDGET, "Budget"), (BudgetKind.PROGNOS, "Prognos")):
        previous = budgets.get(year - 1, kind)
        if previous is not None:
            columns.append(budget_column(previous, title=f"{title} {year - 1}", budgets=budgets))
            sources.append(previous)
    columns += budget_plan_columns(budget, budgets=budgets)

    footnotes: list[tuple[str, str]] = []

    def letter_for(text: str) -> str:
        if not text:
            return ""
        letter = chr(ord("a") + len(footnotes)) + ")"
        footnotes.append((letter, text))
        return letter

    lines = list(budget.lines.all())
    extra = [
        line
        for source in sources
        for line in source.lines.all()
        if (line.section, line.label) not in {(x.section, x.label) for x in lines}
    ]

    def rows_for(section: str) -> list[BudgetRow]:
        rows, seen = [], set()
        for line in [x for x in lines + extra if x.section == section]:
            if line.label in seen:
                continue
            seen.add(line.label)
            target = "income" if section == BudgetSection.INCOME else "costs"
            values = [getattr(c, target).get(line.label) for c in columns]
            rows.append(BudgetRow(line.label, values, letter_for(line.footnote)))
        return rows

    income_rows = rows_for(BudgetSection.INCOME)
    opening_letter = letter_for(budget.opening_balance_note)
    cost_rows = rows_for(BudgetSection.COST)
    return BudgetTable(
        year=year,
        columns=columns,
        income_rows=income_rows,
        cost_rows=cost_rows,
        opening_footnote_letter=opening_letter,
        footnotes=footnotes,
    )


# --- Board --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BoardTableRow:
    member: Member
    ordinary: list[str]
    deputies: list[str]


def _period_note(person: BoardMember, start: datetime.date, end: datetime.date) -> str:
    months = [
        "jan",
        "feb",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "aug",
        "sept",
        "okt",
        "nov",
        "dec",
    ]
    notes = []
    if person.start_date > start:
        notes.append(f"från {months[person.start_date.month - 1]}")
    if person.end_date and person.end_date < end:
        notes.append(f"t o m {months[person.end_date.month - 1]}")
    return " ".join(notes)


def board_table(forbund: Forbund, year: int) -> list[BoardTableRow]:
    """The 1.3 table: who sat during the year, per appointing member, with partial-year notes."""
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    people = [
        p
        for p in forbund.board_members.select_related("appointed_by").order_by("start_date")
        if p.overlaps(start, end)
    ]
    rows = []
    for member in members_of(forbund):
        seats = [p for p in people if p.appointed_by_id == member.id]
        if not seats:
            continue

        def describe(person: BoardMember) -> str:
            text = person.name
            if person.role in ("ordforande", "vice_ordforande"):
                text += ", " + person.get_role_display().lower()
            note = _period_note(person, start, end)
            return f"{text} {note}".strip()

        rows.append(
            BoardTableRow(
                member=member,
                ordinary=[describe(p) for p in seats if p.is_ordinary],
                deputies=[describe(p) for p in seats if not p.is_ordinary],
            )
        )
    return rows


ROLE_ORDER = {"ordforande": 0, "vice_ordforande": 1, "ledamot": 2}


def member_names(forbund: Forbund) -> str:
    """The members in their order as one phrase: "Försäkringskassan, … och Värnamo kommun"."""
    return join_swedish([member.name for member in members_of(forbund)])


def board_signatories(forbund: Forbund, day: datetime.date) -> list[BoardMember]:
    """Every ordinary board member sitting on ``day``: they sign the report."""
    sitting = [
        p
        for p in forbund.board_members.select_related("appointed_by")
        if p.is_ordinary and p.sits_on(day)
    ]
    return sorted(sitting, key=lambda p: (ROLE_ORDER[p.role], p.appointed_by.position, p.name))


def next_budget_year(forbund: Forbund) -> int:
    """The year a new budget is most likely for: after the latest budget, else the current."""
    latest = (
        Budget.objects.filter(fiscal_year__forbund=forbund)
        .order_by("-fiscal_year__year")
        .values_list("fiscal_year__year", flat=True)
        .first()
    )
    return latest + 1 if latest else timezone.localdate().year
