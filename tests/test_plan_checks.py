"""A Verksamhetsplan whose budget's income or costs are all zero is an error (FEL): it shows on
the document and the start page, and the plan cannot be sent to the board (issue 15)."""

from decimal import Decimal

import pytest

from finsam.models import Budget, BudgetKind, BudgetSection, Role
from finsam.plan_checks import NO_COSTS, NO_INCOME, budget_errors
from reports import approval
from reports.models import DocumentKind, ReportDocument
from tests.approvals import demo_user
from workspace import dashboard


@pytest.mark.django_db
def test_a_plan_of_zeros_is_an_error_and_cannot_be_submitted(demo_data):
    forbund = demo_data["sodra-vatterbygden"]
    budget = Budget.objects.get(
        fiscal_year__forbund=forbund, fiscal_year__year=2024, kind=BudgetKind.BUDGET
    )
    assert budget_errors(budget) == []  # the demo's budget has both
    budget.lines.filter(section=BudgetSection.INCOME).update(amount=Decimal(0))
    assert budget_errors(budget) == [NO_INCOME.format(year=2024)]
    budget.lines.update(amount=Decimal(0))
    assert budget_errors(budget) == [NO_INCOME.format(year=2024), NO_COSTS.format(year=2024)]

    document = ReportDocument.objects.get(
        fiscal_year=budget.fiscal_year, kind=DocumentKind.VERKSAMHETSPLAN
    )
    assert approval.check_counts(document)["fel"] == 2  # not "Fel: 0"
    with pytest.raises(approval.WorkflowError):
        approval.document_submit(
            document=document,
            user=demo_user(document, "sekreterare"),
            seen_version=document.version,
        )
    plan = dashboard.year_overview(forbund, 2024, Role.SEKRETERARE)[0]
    assert plan.status_text == "Utkast – 2 fel, 0 varningar"
    assert plan.next_step.label == "Fyll i budgetens belopp"
