"""Writes of the core domain. Each runs in one transaction, so nothing is saved partially."""

from decimal import Decimal

from django.db import transaction

from finsam.models import (
    Budget,
    BudgetKind,
    BudgetSection,
    CostCategory,
    Driftbidrag,
    FiscalYear,
    Forbund,
    MemberKind,
)
from finsam.versioning import lock_current_version


def fiscal_year_get_or_create(*, forbund: Forbund, year: int) -> FiscalYear:
    fiscal_year, _ = FiscalYear.objects.get_or_create(forbund=forbund, year=year)
    return fiscal_year


@transaction.atomic
def budget_create(*, forbund: Forbund, year: int, kind: str, copy_previous: bool) -> Budget:
    """A new budget; optionally starting from last year's lines shifted one plan year."""
    fiscal_year = fiscal_year_get_or_create(forbund=forbund, year=year)
    budget = Budget.objects.create(fiscal_year=fiscal_year, kind=kind)
    if not copy_previous:
        return budget
    source = (
        Budget.objects.filter(
            fiscal_year__forbund=forbund, fiscal_year__year=year - 1, kind=BudgetKind.BUDGET
        ).first()
        or Budget.objects.filter(
            fiscal_year__forbund=forbund, fiscal_year__year=year, kind=BudgetKind.BUDGET
        )
        .exclude(pk=budget.pk)
        .first()
    )
    if source is None:
        _add_starter_lines(budget)
        return budget
    shift = source.fiscal_year.year != year
    for line in source.lines.all():
        amount = line.plan_year_1 if shift and line.plan_year_1 is not None else line.amount
        plan_1 = line.plan_year_2 if shift and line.plan_year_2 is not None else amount
        budget.lines.create(
            section=line.section,
            label=line.label,
            member=line.member,
            category=line.category,
            position=line.position,
            amount=amount,
            plan_year_1=plan_1 if kind == BudgetKind.BUDGET else None,
            plan_year_2=plan_1 if kind == BudgetKind.BUDGET else None,
            footnote=line.footnote,
        )
    return budget


# A förbund's first budget starts from the lines every förbund has (the seeds' budgets all have
# them): a driftbidrag line per financing member and the common overhead costs.
STARTER_COST_LINES = [
    ("Kansli", CostCategory.KANSLI),
    ("Kompetensutveckling", CostCategory.KOMPETENSUTVECKLING),
    ("Information", CostCategory.INFORMATION),
    ("Styrelse", CostCategory.STYRELSE),
    ("Revision", CostCategory.REVISION),
    ("Ekonomiadministration", CostCategory.EKONOMIADMINISTRATION),
]


def _add_starter_lines(budget: Budget) -> None:
    plan = Decimal(0) if budget.kind == BudgetKind.BUDGET else None
    position = 0
    # Arbetsförmedlingen's part of the state's contribution is paid through Försäkringskassan.
    for member in budget.fiscal_year.forbund.members.exclude(kind=MemberKind.AF):
        position += 1
        budget.lines.create(
            section=BudgetSection.INCOME,
            label=f"Driftbidrag från {member.name}",
            member=member,
            position=position,
            amount=Decimal(0),
            plan_year_1=plan,
            plan_year_2=plan,
        )
    for label, category in STARTER_COST_LINES:
        position += 1
        budget.lines.create(
            section=BudgetSection.COST,
            label=label,
            category=category,
            position=position,
            amount=Decimal(0),
            plan_year_1=plan,
            plan_year_2=plan,
        )


@transaction.atomic
def budget_update(*, budget: Budget, form, line_formset) -> Budget:
    """Save the budget and its lines, unless someone saved the budget since the form was shown."""
    lock_current_version(budget, form.cleaned_data.get("seen_version"), ["opening_balance"])
    form.save()
    lines = line_formset.save(commit=False)
    for line in line_formset.deleted_objects:
        line.delete()
    for position, line in enumerate(lines):
        line.budget = budget
        if not line.position:
            line.position = 100 + position
        line.save()
    return budget


@transaction.atomic
def driftbidrag_save(*, forbund: Forbund, form, offer_formset=None) -> Driftbidrag:
    driftbidrag = form.save(commit=False)
    if driftbidrag.pk:
        lock_current_version(
            driftbidrag, form.cleaned_data.get("seen_version"), ["basis", "amount"]
        )
    else:
        driftbidrag.fiscal_year = fiscal_year_get_or_create(
            forbund=forbund, year=form.cleaned_data["year"]
        )
    if driftbidrag.rounding_unit is None:
        driftbidrag.rounding_unit = Decimal("100")
    driftbidrag.save()
    if offer_formset is not None:
        offers = offer_formset.save(commit=False)
        for offer in offer_formset.deleted_objects:
            offer.delete()
        for offer in offers:
            offer.driftbidrag = driftbidrag
            offer.save()
    return driftbidrag
