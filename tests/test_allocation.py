"""Driftbidrag allocation against the published notes, and the binding-member computation."""

import datetime
from decimal import Decimal

import pytest

from finsam.allocation import split_exact
from finsam.models import ContributionOffer, Driftbidrag, DriftbidragBasis, FiscalYear
from finsam.selectors import AllocationError, driftbidrag_allocation


def published_lines(forbund, year: int) -> dict[str, Decimal]:
    driftbidrag = Driftbidrag.objects.get(fiscal_year__forbund=forbund, fiscal_year__year=year)
    allocation = driftbidrag_allocation(driftbidrag)
    return {row.member.name: row.amount for row in allocation.rows}


@pytest.mark.django_db
def test_finnveden_2020_note_1_driftbidrag_lines(demo_data):
    # finnveden-arsredovisning-2020, Not 1 Verksamhetens intäkter, column 2020-12-31
    assert published_lines(demo_data["finnveden"], 2020) == {
        "Försäkringskassan": Decimal("2576000"),
        "Region Jönköpings län": Decimal("1288000"),
        "Gislaveds kommun": Decimal("519700"),
        "Gnosjö kommun": Decimal("168500"),
        "Värnamo kommun": Decimal("599800"),
    }


@pytest.mark.django_db
def test_sodra_vatterbygden_2024_note_2_driftbidrag_lines(demo_data):
    # sodra-vatterbygden-arsredovisning-2024, Not 2, columns 2024-12-31 and 2023-12-31
    assert published_lines(demo_data["sodra-vatterbygden"], 2024) == {
        "Försäkringskassan": Decimal("5574000"),
        "Region Jönköpings län": Decimal("2787000"),
        "Habo kommun": Decimal("204100"),
        "Jönköpings kommun": Decimal("2238400"),
        "Mullsjö kommun": Decimal("116000"),
        "Vaggeryds kommun": Decimal("228500"),
    }
    assert published_lines(demo_data["sodra-vatterbygden"], 2023) == {
        "Försäkringskassan": Decimal("4446000"),
        "Region Jönköpings län": Decimal("2223000"),
        "Habo kommun": Decimal("161300"),
        "Jönköpings kommun": Decimal("1786000"),
        "Mullsjö kommun": Decimal("92600"),
        "Vaggeryds kommun": Decimal("183100"),
    }


@pytest.mark.django_db
def test_sodra_vatterbygden_2020_budget_income_lines(demo_data):
    # sodra-vatterbygden-verksamhetsplan-2020, section 9, column Budget 2020
    assert published_lines(demo_data["sodra-vatterbygden"], 2020) == {
        "Försäkringskassan": Decimal("3340000"),
        "Region Jönköpings län": Decimal("1670000"),
        "Habo kommun": Decimal("118400"),
        "Jönköpings kommun": Decimal("1345100"),
        "Mullsjö kommun": Decimal("70600"),
        "Vaggeryds kommun": Decimal("135900"),
    }


@pytest.mark.django_db
def test_state_offer_basis_doubles_the_offer(demo_data):
    forbund = demo_data["finnveden"]
    driftbidrag = Driftbidrag.objects.get(fiscal_year__forbund=forbund, fiscal_year__year=2020)
    driftbidrag.basis = DriftbidragBasis.STATE_OFFER
    driftbidrag.amount = Decimal("2576000")
    driftbidrag.save()
    allocation = driftbidrag_allocation(driftbidrag)
    assert allocation.total == Decimal("5152000")
    assert allocation.amount_for(forbund.members.get(name="Gnosjö kommun")) == Decimal("168500")


@pytest.mark.django_db
def test_binding_member_in_the_2020_plan_case(demo_data):
    """VP 2020 section 9: the state offers 5.6 Mkr, Habo, Vaggeryd and the region accept +20 %,
    Jönköping and Mullsjö only +10 %. The kommun with the smallest ceiling sets the total."""
    forbund = demo_data["sodra-vatterbygden"]
    fiscal_year = FiscalYear.objects.get(forbund=forbund, year=2020)
    fiscal_year.driftbidrag.delete()
    driftbidrag = Driftbidrag.objects.create(
        fiscal_year=fiscal_year,
        basis=DriftbidragBasis.OFFERS,
        population_date=datetime.date(2019, 7, 1),
    )
    members = {m.name: m for m in forbund.members.all()}
    offers = [
        ("Försäkringskassan", "3036000", {"accepted_amount": Decimal("5600000")}),
        ("Region Jönköpings län", "1518000", {"accepted_increase_percent": Decimal("20")}),
        ("Habo kommun", "106400", {"accepted_increase_percent": Decimal("20")}),
        ("Jönköpings kommun", "1225700", {"accepted_increase_percent": Decimal("10")}),
        ("Mullsjö kommun", "65200", {"accepted_increase_percent": Decimal("10")}),
        ("Vaggeryds kommun", "120700", {"accepted_increase_percent": Decimal("20")}),
    ]
    for name, previous, accepted in offers:
        ContributionOffer.objects.create(
            driftbidrag=driftbidrag,
            member=members[name],
            previous_amount=Decimal(previous),
            **accepted,
        )

    allocation = driftbidrag_allocation(driftbidrag)

    # Jönköping accepts 1 225 700 × 1.10 = 1 348 270 and has 138 537 of 171 999 inhabitants, so
    # its ceiling is 1 348 270 × 4 × 171 999 / 138 537 = 6 695 715.7; Mullsjö's is 6 786 284,
    # the region's 7 286 400, the state's 11 200 000. Rounded down to 400 kr: 6 695 600.
    assert allocation.binding.member.name == "Jönköpings kommun"
    assert allocation.total == Decimal("6695600")
    ceilings = {m.name: c for m, _, c in allocation.binding.ceilings}
    assert ceilings["Försäkringskassan"] == Decimal("11200000")
    assert ceilings["Region Jönköpings län"] == Decimal("7286400")
    assert int(ceilings["Mullsjö kommun"]) == 6786284
    assert allocation.amount_for(members["Försäkringskassan"]) == Decimal("3347800")
    assert allocation.amount_for(members["Region Jönköpings län"]) == Decimal("1673900")
    assert allocation.kommuner_total == Decimal("1673900")
    assert allocation.amount_for(members["Jönköpings kommun"]) <= Decimal("1348270")


@pytest.mark.django_db
def test_missing_population_is_reported_in_swedish(demo_data):
    forbund = demo_data["finnveden"]
    driftbidrag = Driftbidrag.objects.get(fiscal_year__forbund=forbund, fiscal_year__year=2020)
    driftbidrag.population_date = datetime.date(2020, 7, 1)
    with pytest.raises(AllocationError, match="Invånarantal per 2020-07-01 saknas för: Gislaveds"):
        driftbidrag_allocation(driftbidrag)


def test_split_exact_adds_up_when_total_is_not_a_multiple_of_the_unit():
    parts = split_exact(Decimal("1000050"), {"a": 1, "b": 1, "c": 1}, Decimal("100"))
    assert sum(parts.values()) == Decimal("1000050")
    # 333 350 each exactly: one whole unit goes to the first, the last 50 kr to the next.
    assert parts == {"a": Decimal("333400"), "b": Decimal("333350"), "c": Decimal("333300")}


def test_split_exact_gives_leftover_units_to_largest_remainders():
    # 1 000 split 1:1:1 in units of 100: 300 each and the last 100 to the first of the equals.
    parts = split_exact(Decimal("1000"), {"a": 1, "b": 1, "c": 1}, Decimal("100"))
    assert parts == {"a": Decimal("400"), "b": Decimal("300"), "c": Decimal("300")}
    parts = split_exact(Decimal("1000"), {"a": 10, "b": 29, "c": 61}, Decimal("100"))
    assert parts == {"a": Decimal("100"), "b": Decimal("300"), "c": Decimal("600")}


def test_split_exact_rejects_empty_weights():
    with pytest.raises(ValueError, match="saknar underlag"):
        split_exact(Decimal("100"), {"a": 0}, Decimal("100"))
