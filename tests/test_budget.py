"""The verksamhetsplan's budget table and its roll-forward (sodra-vatterbygden VP 2020, sect. 9)."""

import pytest

from finsam.selectors import budget_table


@pytest.mark.django_db
def test_vp_2020_columns_and_roll_forward(demo_data):
    table = budget_table(demo_data["sodra-vatterbygden"], 2020)
    assert [c.title for c in table.columns] == [
        "Budget 2019",
        "Prognos 2019",
        "Budget 2020",
        "Plan 2021",
        "Plan 2022",
    ]
    as_ints = lambda values: [int(v) for v in values]  # noqa: E731
    assert as_ints(table.opening_row) == [1855011, 2122970, 785670, 136870, 98570]
    assert as_ints(table.income_totals) == [7927011, 8194970, 7465670, 6816870, 6778570]
    assert as_ints(table.cost_totals) == [7925150, 7409300, 7328800, 6718300, 6715000]
    assert as_ints(table.closings) == [1861, 785670, 136870, 98570, 63570]


@pytest.mark.django_db
def test_vp_2020_footnote_letters_follow_the_rows(demo_data):
    table = budget_table(demo_data["sodra-vatterbygden"], 2020)
    letters = {row.label: row.footnote_letter for row in table.income_rows + table.cost_rows}
    assert letters["Habo kommun"] == "a)"
    assert table.opening_footnote_letter == "b)"
    assert letters["Enter"] == "c)"
    assert letters["Projektgemensamt"] == "d)"
    assert letters["Information"] == "e)"
    assert [letter for letter, _ in table.footnotes] == ["a)", "b)", "c)", "d)", "e)"]


@pytest.mark.django_db
def test_budget_page_shows_the_plan_figures(clients):
    response = clients["sodra-vatterbygden-styrelse"].get("/f/sodra-vatterbygden/budget/2020/")
    assert response.status_code == 200
    text = response.content.decode()
    for figure in ["7 465 670", "7 328 800", "136 870", "98 570", "63 570", "1 345 100"]:
        assert figure in text


@pytest.mark.django_db
def test_a_first_budget_starts_with_a_line_per_member_and_the_common_costs(demo_data):
    from finsam.models import BudgetSection, Forbund, Member, MemberKind
    from finsam.services import budget_create

    forbund = Forbund.objects.create(
        name="Samordningsförbundet Nybygden", slug="nybygden", organisationsnummer="222000-9999"
    )
    for position, (kind, name) in enumerate(
        [
            (MemberKind.STATE, "Försäkringskassan"),
            (MemberKind.AF, "Arbetsförmedlingen"),
            (MemberKind.REGION, "Region Nyland"),
            (MemberKind.KOMMUN, "Norrby kommun"),
        ],
        start=1,
    ):
        Member.objects.create(forbund=forbund, kind=kind, name=name, position=position)

    budget = budget_create(forbund=forbund, year=2027, kind="budget", copy_previous=True)

    lines = list(budget.lines.order_by("position"))
    assert [line.label for line in lines if line.section == BudgetSection.INCOME] == [
        "Driftbidrag från Försäkringskassan",
        "Driftbidrag från Region Nyland",
        "Driftbidrag från Norrby kommun",
    ]
    assert [line.label for line in lines if line.section == BudgetSection.COST] == [
        "Kansli",
        "Kompetensutveckling",
        "Information",
        "Styrelse",
        "Revision",
        "Ekonomiadministration",
    ]
    assert all(line.amount == 0 for line in lines)
