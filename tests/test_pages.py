"""The core pages as a förbundssekreterare uses them."""

import pytest

from finsam.forms import AMOUNT_REQUIRED_FOR_BASIS
from finsam.models import Budget, BudgetLine, Driftbidrag, Member
from tests.scoping import database_snapshot


@pytest.mark.django_db
def test_sekreterare_sees_members_board_budget_and_driftbidrag(clients):
    client = clients["finnveden-sekreterare"]
    members = client.get("/f/finnveden/medlemmar/").content.decode()
    for name in ["Försäkringskassan", "Gislaveds kommun", "Gnosjö kommun", "Värnamo kommun"]:
        assert name in members
    board = client.get("/f/finnveden/styrelse/?ar=2020").content.decode()
    assert "Inga-Maj Eleholt, ordförande" in board
    assert "Maria Sandberg t o m okt" in board
    assert "Stefan Lundell från nov" in board
    assert client.get("/f/finnveden/budget/").status_code == 200
    driftbidrag = client.get("/f/finnveden/driftbidrag/2020/").content.decode()
    for figure in ["2 576 000", "519 700", "168 500", "599 800", "1 288 000", "5 152 000"]:
        assert figure in driftbidrag


@pytest.mark.django_db
def test_creating_a_member(clients, demo_data):
    client = clients["finnveden-sekreterare"]
    response = client.post(
        "/f/finnveden/medlemmar/ny/", {"kind": "kommun", "name": "Vaggeryds kommun", "position": 7}
    )
    assert response.status_code == 302
    assert Member.objects.filter(forbund=demo_data["finnveden"], name="Vaggeryds kommun").exists()


@pytest.mark.django_db
def test_a_second_region_is_refused_with_a_message(clients):
    client = clients["finnveden-sekreterare"]
    response = client.post(
        "/f/finnveden/medlemmar/ny/", {"kind": "region", "name": "Region Kronoberg", "position": 9}
    )
    assert response.status_code == 400
    assert "Förbundet har redan en medlem av den typen" in response.content.decode()


@pytest.mark.django_db
def test_driftbidrag_with_one_bad_field_saves_nothing(clients, demo_data):
    client = clients["finnveden-sekreterare"]
    before = database_snapshot()
    response = client.post(
        "/f/finnveden/driftbidrag/nytt/",
        {
            "db-year": "2021",
            "db-basis": "total",
            "db-amount": "",
            "db-rounding_unit": "100",
            "db-population_date": "2020-07-01",
            "offers-TOTAL_FORMS": "0",
            "offers-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 400
    assert AMOUNT_REQUIRED_FOR_BASIS in response.content.decode()
    assert database_snapshot() == before


@pytest.mark.django_db
def test_budget_edit_with_a_malformed_amount_saves_nothing(clients, demo_data):
    client = clients["sodra-vatterbygden-sekreterare"]
    budget = Budget.objects.get(
        fiscal_year__forbund=demo_data["sodra-vatterbygden"], fiscal_year__year=2020, kind="budget"
    )
    lines = list(budget.lines.order_by("id"))
    data = {
        "budget-seen_version": str(budget.version),
        "budget-opening_balance": "",
        "budget-opening_balance_note": budget.opening_balance_note,
        "budget-adopted_on": "2019-11-19",
        "budget-diarienummer": "2019:12 / 6",
        "lines-TOTAL_FORMS": str(len(lines)),
        "lines-INITIAL_FORMS": str(len(lines)),
    }
    for index, line in enumerate(lines):
        prefix = f"lines-{index}-"
        data.update(
            {
                prefix + "id": line.id,
                prefix + "section": line.section,
                prefix + "label": line.label,
                prefix + "member": line.member_id or "",
                prefix + "category": line.category,
                prefix + "amount": str(int(line.amount)),
                prefix + "plan_year_1": str(int(line.plan_year_1)),
                prefix + "plan_year_2": str(int(line.plan_year_2)),
                prefix + "footnote": line.footnote,
                prefix + "position": line.position,
            }
        )
    data["lines-0-label"] = "Habo kommun (ändrad)"
    data["lines-1-amount"] = "1.345.100"
    before = database_snapshot()
    response = client.post("/f/sodra-vatterbygden/budget/2020/budget/andra/", data)
    assert response.status_code == 400
    assert "Inget sparades" in response.content.decode()
    assert database_snapshot() == before

    data["lines-1-amount"] = "1 345 100"
    response = client.post("/f/sodra-vatterbygden/budget/2020/budget/andra/", data)
    assert response.status_code == 302
    assert BudgetLine.objects.filter(budget=budget, label="Habo kommun (ändrad)").exists()


@pytest.mark.django_db
def test_driftbidrag_without_population_shows_what_is_missing(clients, demo_data):
    driftbidrag = Driftbidrag.objects.get(
        fiscal_year__forbund=demo_data["finnveden"], fiscal_year__year=2020
    )
    driftbidrag.population_date = "2021-07-01"
    driftbidrag.save()
    page = clients["finnveden-revisor"].get("/f/finnveden/driftbidrag/2020/").content.decode()
    assert "Invånarantal per 2021-07-01 saknas" in page
