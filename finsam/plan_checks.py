"""Checks of a Verksamhetsplan's budget: a plan whose income or costs are all zero is an error
(FEL), so a budget set up but never filled in ("0 kr" everywhere) cannot be sent to the board."""

from __future__ import annotations

from finsam.models import Budget, BudgetSection

NO_INCOME = "Budgeten för {year} har inga intäkter: alla intäktsrader är 0 kr eller saknas."
NO_COSTS = "Budgeten för {year} har inga kostnader: alla kostnadsrader är 0 kr eller saknas."


def budget_errors(budget: Budget) -> list[str]:
    """FEL messages for the budget year's amounts (the plan years are not checked)."""
    nonzero = {BudgetSection.INCOME: False, BudgetSection.COST: False}
    for section, amount in budget.lines.values_list("section", "amount"):
        if amount:
            nonzero[section] = True
    year = budget.fiscal_year.year
    errors = []
    if not nonzero[BudgetSection.INCOME]:
        errors.append(NO_INCOME.format(year=year))
    if not nonzero[BudgetSection.COST]:
        errors.append(NO_COSTS.format(year=year))
    return errors
