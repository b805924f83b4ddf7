"""Set up a new year in one action (issue 7): the year's budget, driftbidrag settings, the
financing and goals of the insatser that continue, and the Verksamhetsplan with last year's texts
as drafts – all copied from the year before, in one transaction.

What is copied, and how:

- **Budget**: every line of last year's budget (section, label, member, category, position,
  footnote). The new budget year's amount is last year's *plan year 1* (what last year's plan said
  about this year); a line without a plan gets 0 kr, so it stands out. Plan year 1 becomes last
  year's plan year 2; plan year 2 is left empty. The balanserat resultat is not copied (it is
  computed from last year's prognos).
- **Driftbidrag**: the rounding unit and the population date (one year later), no amounts. Because
  an amount is required for the bases "fastställt totalbelopp" and "statens erbjudande", the new
  year starts on the basis "medlemmarnas besked" (no amount) until the members have answered.
- **Insatser** active in the new year: last year's financing row (the budget line of the same
  name in the new budget, the cost-note label); the beviljat belopp is decided anew by the board,
  so it is left empty.
- **Goals**: last year's goals and plan commitments (of the förbund and of continuing insatser):
  text, target and order; no outcome or status.
- **Verksamhetsplan**: the new year's document, with last year's Verksamhetsplan texts copied as
  drafts (``is_draft_copy``), to be reviewed.
- Members and board members belong to the förbund (with dates), so nothing is copied; the summary
  says how many carry over.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction

from finsam import selectors
from finsam.models import (
    Budget,
    BudgetKind,
    BudgetSection,
    Driftbidrag,
    DriftbidragBasis,
    FiscalYear,
    Forbund,
)
from finsam.money import format_amount
from finsam.wording import join_swedish
from interventions.models import Goal, Insats, InsatsFinancing
from reports import outline, statements, texts
from reports import selectors as report_selectors
from reports.models import DocumentKind, ReportDocument

FIRST_YEAR, LAST_YEAR = 2004, 2100

YEAR_EXISTS = (
    "År {year} är redan upplagt (det finns redan {what} för året). Ett nytt år kan bara läggas "
    "upp en gång; ändra årets uppgifter på respektive sida i stället."
)
NO_SOURCE_YEAR = (
    "Det finns inga uppgifter för {source} att kopiera. Lägg upp år {year} med budget och "
    "driftbidrag på respektive sida, eller välj året efter ett år som finns."
)
YEAR_OUT_OF_RANGE = "Året måste vara mellan 2004 och 2100."
OPENING_FROM_ANNUAL = "eget kapital vid årets slut enligt årsredovisningen {year}"
OPENING_FROM_PLAN = (
    "balanserat resultat vid årets slut enligt budgeten {year}; året är inte avslutat"
)


class YearSetupError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class YearSetupSummary:
    """Counts per kind of what was (or, for a preview, would be) copied."""

    year: int
    source_year: int
    budget_lines: int = 0
    driftbidrag: bool = False
    driftbidrag_basis_changed: bool = False
    insatser: int = 0
    goals: int = 0
    documents: int = 0
    texts: int = 0
    members: int = 0
    board_members: int = 0
    notes: list[str] = field(default_factory=list)
    copy_amounts: bool = True
    opening_balance: Decimal | None = None
    opening_source: str = ""

    def copied(self) -> list[str]:
        """The summary lines, in Swedish: "14 budgetrader", "9 texter (som utkast)" …"""
        if self.copy_amounts:
            amounts = (
                f"belopp {self.year} som förslag: förra årets plan för {self.year}, annars "
                f"förra årets belopp"
            )
        else:
            amounts = "utan belopp: alla rader börjar på 0 kr"
        lines = [_count(self.budget_lines, "budgetrad", "budgetrader") + f" ({amounts})"]
        if self.opening_balance is not None:
            lines.append(
                f"balanserat resultat {format_amount(self.opening_balance)} kr "
                f"({self.opening_source})"
            )
        if self.driftbidrag:
            lines.append(
                "driftbidragets inställningar (avrundning och invånardatum), utan belopp"
                + (
                    " – underlaget är ”Medlemmarnas besked” tills beloppet är känt"
                    if self.driftbidrag_basis_changed
                    else ""
                )
            )
        lines += [
            _count(self.insatser, "insats", "insatser")
            + f" som fortsätter {self.year} (ekonomi utan beviljat belopp)",
            _count(self.goals, "mål eller åtagande", "mål och åtaganden") + " (utan utfall)",
            _count(self.documents, "dokument", "dokument") + f" (Verksamhetsplan {self.year})",
            _count(self.texts, "text", "texter") + " (som utkast)",
        ]
        return lines

    def carried_over(self) -> str:
        return (
            f"Följer med utan kopiering: {_count(self.members, 'medlem', 'medlemmar')} och "
            f"{_count(self.board_members, 'styrelseledamot', 'styrelseledamöter')} (ordinarie och "
            f"ersättare) som sitter {self.year}-01-01."
        )


def _proposal(line) -> Decimal:
    """Last year's plan for the year, else last year's amount (a proposal to review)."""
    if line.plan_year_1 is not None:
        return line.plan_year_1
    return line.amount or Decimal(0)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def default_year(forbund: Forbund) -> int:
    latest = forbund.fiscal_years.order_by("-year").values_list("year", flat=True).first()
    return (latest or datetime.date.today().year) + 1


def _one_year_later(day: datetime.date | None) -> datetime.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


@dataclass
class _Sources:
    source_year: FiscalYear
    budget: Budget | None
    driftbidrag: Driftbidrag | None
    insatser: list[Insats]
    financing: list[InsatsFinancing]
    goals: list[Goal]
    plan: ReportDocument | None


def _existing_content(forbund: Forbund, year: int) -> list[str]:
    fiscal_year = FiscalYear.objects.filter(forbund=forbund, year=year).first()
    if fiscal_year is None:
        return []
    what = []
    if fiscal_year.budgets.exists():
        what.append("budget")
    if Driftbidrag.objects.filter(fiscal_year=fiscal_year).exists():
        what.append("driftbidrag")
    if ReportDocument.objects.filter(fiscal_year=fiscal_year).exists():
        what.append("rapporter")
    if Goal.objects.filter(forbund=forbund, year=year).exists():
        what.append("mål")
    if InsatsFinancing.objects.filter(insats__forbund=forbund, year=year).exists():
        what.append("insatsernas ekonomi")
    return what


def _sources(forbund: Forbund, year: int) -> _Sources:
    """What the new year is set up from; raises YearSetupError when it cannot be."""
    if not FIRST_YEAR < year <= LAST_YEAR:
        raise YearSetupError(YEAR_OUT_OF_RANGE)
    existing = _existing_content(forbund, year)
    if existing:
        raise YearSetupError(YEAR_EXISTS.format(year=year, what=join_swedish(existing)))
    source_year = FiscalYear.objects.filter(forbund=forbund, year=year - 1).first()
    if source_year is None:
        raise YearSetupError(NO_SOURCE_YEAR.format(year=year, source=year - 1))
    insatser = [
        insats
        for insats in Insats.objects.filter(forbund=forbund).order_by("position", "name")
        if insats.active_in(year)
    ]
    insats_ids = {insats.pk for insats in insatser}
    return _Sources(
        source_year=source_year,
        budget=Budget.objects.filter(fiscal_year=source_year, kind=BudgetKind.BUDGET).first(),
        driftbidrag=Driftbidrag.objects.filter(fiscal_year=source_year).first(),
        insatser=insatser,
        financing=list(
            InsatsFinancing.objects.filter(insats_id__in=insats_ids, year=year - 1).select_related(
                "budget_line"
            )
        ),
        goals=[
            goal
            for goal in Goal.objects.filter(forbund=forbund, year=year - 1).order_by(
                "position", "id"
            )
            if goal.insats_id is None or goal.insats_id in insats_ids
        ],
        plan=ReportDocument.objects.filter(
            fiscal_year=source_year, kind=DocumentKind.VERKSAMHETSPLAN
        ).first(),
    )


def _carry_over(forbund: Forbund, summary: YearSetupSummary) -> None:
    first_day = datetime.date(summary.year, 1, 1)
    summary.members = forbund.members.count()
    summary.board_members = sum(
        1 for person in forbund.board_members.all() if person.sits_on(first_day)
    )


def year_setup_preview(
    *, forbund: Forbund, year: int, copy_amounts: bool = True
) -> YearSetupSummary:
    """What ``year_setup`` would copy, without writing anything."""
    sources = _sources(forbund, year)
    summary = YearSetupSummary(year=year, source_year=year - 1)
    summary.budget_lines = sources.budget.lines.count() if sources.budget else 0
    summary.copy_amounts = copy_amounts
    if sources.budget is not None:
        summary.opening_balance, summary.opening_source = opening_balance_for(forbund, year)
    summary.driftbidrag = sources.driftbidrag is not None
    summary.driftbidrag_basis_changed = (
        sources.driftbidrag is not None and sources.driftbidrag.basis != DriftbidragBasis.OFFERS
    )
    summary.insatser = len(sources.financing)
    summary.goals = len(sources.goals)
    summary.documents = 1
    if sources.plan is not None:
        summary.texts = texts.plan_texts_for_new_year(sources.plan, year)
    _carry_over(forbund, summary)
    return summary


def opening_balance_for(forbund: Forbund, year: int) -> tuple[Decimal | None, str]:
    """Balanserat resultat entering ``year`` and where it comes from: last year's closing eget
    kapital when last year's Årsredovisning exists (the year is closed), else the roll-forward of
    last year's plan (its budget year's balanserat resultat at the year's end)."""
    annual = report_selectors.annual_report(forbund, year - 1)
    if annual is not None:
        equity = statements.closing_balance(annual).eget_kapital
        if equity is not None:
            return equity, OPENING_FROM_ANNUAL.format(year=year - 1)
    budget = Budget.objects.filter(
        fiscal_year__forbund=forbund, fiscal_year__year=year - 1, kind=BudgetKind.BUDGET
    ).first()
    if budget is not None:
        return selectors.budget_plan_columns(budget)[0].closing, OPENING_FROM_PLAN.format(
            year=year - 1
        )
    return None, ""


@transaction.atomic
def year_setup(
    *, forbund: Forbund, year: int, user=None, copy_amounts: bool = True
) -> YearSetupSummary:
    """Create ``year`` from the year before (see the module docstring); all or nothing.

    ``copy_amounts``: the new budget year's amounts are proposals from last year (its plan for
    this year, else last year's amount); without it every line starts at 0 kr."""
    # Serialise concurrent set-ups of the same förbund: the second one then sees the first's year.
    Forbund.objects.select_for_update().filter(pk=forbund.pk).first()
    sources = _sources(forbund, year)
    summary = YearSetupSummary(year=year, source_year=year - 1, copy_amounts=copy_amounts)
    fiscal_year, _ = FiscalYear.objects.get_or_create(forbund=forbund, year=year)
    # The budget's creation also creates the year's plan document (reports' post_save signal).
    plan_existed = ReportDocument.objects.filter(
        fiscal_year=fiscal_year, kind=DocumentKind.VERKSAMHETSPLAN
    ).exists()

    new_lines = {}
    if sources.budget is not None:
        opening, source = opening_balance_for(forbund, year)
        budget = Budget.objects.create(
            fiscal_year=fiscal_year, kind=BudgetKind.BUDGET, opening_balance=opening
        )
        summary.opening_balance, summary.opening_source = opening, source
        for line in sources.budget.lines.order_by("section", "position", "id"):
            new_lines[(line.section, line.label)] = budget.lines.create(
                section=line.section,
                label=line.label,
                member=line.member,
                category=line.category,
                position=line.position,
                amount=_proposal(line) if copy_amounts else Decimal(0),
                plan_year_1=line.plan_year_2,
                plan_year_2=None,
                footnote=line.footnote,
            )
        summary.budget_lines = len(new_lines)

    if sources.driftbidrag is not None:
        previous = sources.driftbidrag
        Driftbidrag.objects.create(
            fiscal_year=fiscal_year,
            basis=DriftbidragBasis.OFFERS,
            amount=None,
            rounding_unit=previous.rounding_unit,
            population_date=_one_year_later(previous.population_date),
        )
        summary.driftbidrag = True
        summary.driftbidrag_basis_changed = previous.basis != DriftbidragBasis.OFFERS

    for financing in sources.financing:
        budget_line = None
        if financing.budget_line is not None:
            budget_line = new_lines.get((BudgetSection.COST, financing.budget_line.label))
        InsatsFinancing.objects.create(
            insats_id=financing.insats_id,
            year=year,
            granted_max=None,
            budget_line=budget_line,
            cost_label=financing.cost_label,
        )
    summary.insatser = len(sources.financing)

    for goal in sources.goals:
        Goal.objects.create(
            forbund=forbund,
            year=year,
            insats_id=goal.insats_id,
            position=goal.position,
            text=goal.text,
            target_value=goal.target_value,
            target_unit=goal.target_unit,
        )
    summary.goals = len(sources.goals)

    plan, _ = ReportDocument.objects.get_or_create(
        fiscal_year=fiscal_year, kind=DocumentKind.VERKSAMHETSPLAN, period=None
    )
    summary.documents = 0 if plan_existed else 1
    if sources.plan is not None:
        summary.texts = texts.report_texts_copy(
            source=sources.plan,
            target=plan,
            insats_ids=texts.continuing_insats_ids(forbund, year),
        )
        outline.subsections_copy(source=sources.plan, target=plan)
    _carry_over(forbund, summary)
    return summary
