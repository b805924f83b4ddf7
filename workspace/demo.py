"""Demo data: the three förbund of the published reports in ``shared/seeds``, entered as a
förbundssekreterare would. Idempotent: loading twice leaves the same data.

Populations are not printed in the seeds; the figures below are realistic inhabitant counts chosen
so that the kommuner's split, rounded to 100 kr (500 kr for Insjöriket), reproduces the published
driftbidrag lines exactly.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction

from finsam.models import (
    BoardMember,
    Budget,
    BudgetKind,
    BudgetLine,
    BudgetSection,
    CostCategory,
    Driftbidrag,
    DriftbidragBasis,
    FiscalYear,
    Forbund,
    Member,
    MemberKind,
    Membership,
    Population,
    Role,
)
from interventions import demo as interventions_demo
from reports import demo as reports_demo
from reports import demo_plan as reports_demo_plan
from workspace import demo_signing

DEMO_PASSWORD = "finsam-demo"

D = datetime.date
K = MemberKind


@dataclass(frozen=True)
class DemoForbund:
    slug: str
    name: str
    organisationsnummer: str
    sate: str
    founded: datetime.date | None
    vision: str
    members: list[tuple[str, str]]  # (kind, name) in the order the reports list them
    populations: dict[datetime.date, list[int]]  # per reference date, in kommun order
    driftbidrag: dict[int, tuple[Decimal, datetime.date, Decimal]]  # year: total, pop date, unit
    board: list[tuple[str, str, str, datetime.date, datetime.date | None]]


FINNVEDEN = DemoForbund(
    slug="finnveden",
    name="Finnvedens samordningsförbund",
    organisationsnummer="",
    sate="Värnamo",
    founded=None,
    vision="PLATS FÖR ALLA",
    members=[
        (K.STATE, "Försäkringskassan"),
        (K.AF, "Arbetsförmedlingen"),
        (K.REGION, "Region Jönköpings län"),
        (K.KOMMUN, "Gislaveds kommun"),
        (K.KOMMUN, "Gnosjö kommun"),
        (K.KOMMUN, "Värnamo kommun"),
    ],
    populations={
        D(2018, 7, 1): [29548, 9682, 34070],
        D(2019, 7, 1): [29657, 9615, 34228],
    },
    driftbidrag={
        2019: (Decimal("5148000"), D(2018, 7, 1), Decimal("100")),
        2020: (Decimal("5152000"), D(2019, 7, 1), Decimal("100")),
    },
    board=[
        ("Inga-Maj Eleholt", "ordforande", "Gislaveds kommun", D(2019, 1, 1), None),
        ("Kjell Thelin", "ersattare", "Gislaveds kommun", D(2019, 1, 1), None),
        ("Kari Parman", "vice_ordforande", "Gnosjö kommun", D(2019, 1, 1), None),
        ("Maria Sandberg", "ersattare", "Gnosjö kommun", D(2019, 1, 1), D(2020, 10, 31)),
        ("Stefan Lundell", "ersattare", "Gnosjö kommun", D(2020, 11, 1), None),
        ("Håkan Johansson", "ledamot", "Region Jönköpings län", D(2019, 1, 1), None),
        ("Carina Källman", "ersattare", "Region Jönköpings län", D(2019, 1, 1), None),
        ("Arnold Carlzon", "ledamot", "Värnamo kommun", D(2019, 1, 1), None),
        ("Runar Eldebo", "ersattare", "Värnamo kommun", D(2019, 1, 1), None),
        ("Tommy Sjögren", "ledamot", "Arbetsförmedlingen", D(2019, 1, 1), None),
        ("Klas Rydell", "ledamot", "Försäkringskassan", D(2019, 1, 1), None),
        ("Carina Åberg", "ersattare", "Försäkringskassan", D(2019, 1, 1), None),
    ],
)

SODRA_VATTERBYGDEN = DemoForbund(
    slug="sodra-vatterbygden",
    name="Samordningsförbundet Södra Vätterbygden",
    organisationsnummer="",
    sate="Jönköping",
    founded=None,
    vision="Egenförsörjning och livskvalitet för individen – alla kan tillhöra och tillföra.",
    members=[
        (K.STATE, "Försäkringskassan"),
        (K.AF, "Arbetsförmedlingen"),
        (K.REGION, "Region Jönköpings län"),
        (K.KOMMUN, "Habo kommun"),
        (K.KOMMUN, "Jönköpings kommun"),
        (K.KOMMUN, "Mullsjö kommun"),
        (K.KOMMUN, "Vaggeryds kommun"),
    ],
    populations={
        D(2018, 7, 1): [11986, 138073, 7345, 13597],
        D(2019, 7, 1): [12194, 138537, 7271, 13997],
        D(2022, 7, 1): [12683, 140438, 7281, 14398],
        D(2023, 7, 1): [12852, 140954, 7305, 14389],
    },
    driftbidrag={
        2019: (Decimal("6072000"), D(2018, 7, 1), Decimal("100")),
        2020: (Decimal("6680000"), D(2019, 7, 1), Decimal("100")),
        2023: (Decimal("8892000"), D(2022, 7, 1), Decimal("100")),
        2024: (Decimal("11148000"), D(2023, 7, 1), Decimal("100")),
    },
    board=[
        ("Klas Rydell", "ordforande", "Försäkringskassan", D(2023, 1, 1), D(2024, 12, 31)),
        ("Jessica Klitsie", "ledamot", "Försäkringskassan", D(2025, 1, 1), None),
        ("Carina Åberg", "ersattare", "Försäkringskassan", D(2023, 1, 1), None),
        (
            "Håkan Sandgren",
            "vice_ordforande",
            "Region Jönköpings län",
            D(2023, 1, 1),
            D(2024, 12, 31),
        ),
        ("Håkan Sandgren", "ordforande", "Region Jönköpings län", D(2025, 1, 1), None),
        ("Mia Frisk", "ersattare", "Region Jönköpings län", D(2023, 1, 1), None),
        ("Christer Sjöberg", "ledamot", "Jönköpings kommun", D(2023, 1, 1), None),
        ("Henrik Larsen", "ersattare", "Jönköpings kommun", D(2023, 1, 1), None),
        ("Hans Jarstig", "ledamot", "Habo kommun", D(2023, 1, 1), D(2024, 12, 31)),
        ("Hans Jarstig", "vice_ordforande", "Habo kommun", D(2025, 1, 1), None),
        ("Nicklas Gustafsson", "ersattare", "Habo kommun", D(2023, 1, 1), None),
        ("Mats Tingshagen", "ledamot", "Mullsjö kommun", D(2023, 1, 1), None),
        ("Eva Nilsson", "ersattare", "Mullsjö kommun", D(2023, 1, 1), None),
        ("Anna Karin Slunge", "ledamot", "Vaggeryds kommun", D(2023, 1, 1), None),
        ("Thomas Axelsson", "ersattare", "Vaggeryds kommun", D(2023, 1, 1), None),
        ("Anna Svensson", "ledamot", "Arbetsförmedlingen", D(2023, 1, 1), D(2024, 12, 31)),
        ("Andreas Appelberg", "ersattare", "Arbetsförmedlingen", D(2023, 1, 1), D(2024, 12, 31)),
        ("Andreas Appelberg", "ledamot", "Arbetsförmedlingen", D(2025, 1, 1), None),
    ],
)

INSJORIKET = DemoForbund(
    slug="insjoriket",
    name="Samordningsförbundet Insjöriket",
    organisationsnummer="222000-2071",
    sate="Mölndals stad",
    founded=D(2006, 7, 1),
    vision="Med gemensamma resurser tar vi ett gemensamt ansvar.",
    members=[
        (K.STATE, "Försäkringskassan"),
        (K.AF, "Arbetsförmedlingen"),
        (K.REGION, "Västra Götalandsregionen"),
        (K.KOMMUN, "Mölndals stad"),
        (K.KOMMUN, "Partille kommun"),
        (K.KOMMUN, "Härryda kommun"),
        (K.KOMMUN, "Lerums kommun"),
        (K.KOMMUN, "Alingsås kommun"),
    ],
    populations={D(2017, 6, 30): [67091, 38937, 38680, 42360, 41932]},
    driftbidrag={2018: (Decimal("16056000"), D(2017, 6, 30), Decimal("500"))},
    board=[
        ("Johnny Öhman", "ordforande", "Arbetsförmedlingen", D(2018, 1, 1), None),
        ("Mattias Agndal", "ersattare", "Arbetsförmedlingen", D(2018, 1, 1), None),
        ("Daniel Filipsson (M)", "vice_ordforande", "Mölndals stad", D(2018, 1, 1), None),
        ("Bernt Runberg (S)", "ersattare", "Alingsås kommun", D(2018, 1, 1), None),
        ("Anna Strand (C)", "ersattare", "Partille kommun", D(2018, 1, 1), None),
        ("Evalotta Liljenzin (M)", "ersattare", "Härryda kommun", D(2018, 1, 1), None),
        ("Eva Andersson (C)", "ersattare", "Lerums kommun", D(2018, 1, 1), None),
        ("Eva Mattsson Hill (L)", "ledamot", "Västra Götalandsregionen", D(2018, 1, 1), None),
        ("Soraya Zarza Lundberg (S)", "ersattare", "Västra Götalandsregionen", D(2018, 1, 1), None),
        ("Sofia Sandäng", "ledamot", "Försäkringskassan", D(2018, 1, 1), None),
        ("Sofia Sandrén", "ersattare", "Försäkringskassan", D(2018, 1, 1), None),
    ],
)

ALL_FORBUND = [FINNVEDEN, SODRA_VATTERBYGDEN, INSJORIKET]

# Section 9 of sodra-vatterbygden-verksamhetsplan-2020: (label, member, category, footnote,
# budget 2019, prognos 2019, budget 2020, plan 2021, plan 2022).
C = CostCategory
SODRA_BUDGET_2020_INCOME = [
    (
        "Habo kommun",
        "Habo kommun",
        "Fördelningen mellan kommunerna är preliminär. Den grundar sig på invånarantalet 1 juli "
        "året innan respektive budgetår.",
        106400,
        106400,
        118400,
        118400,
        118400,
    ),
    ("Jönköpings kommun", "Jönköpings kommun", "", 1225700, 1225700, 1345100, 1345100, 1345100),
    ("Mullsjö kommun", "Mullsjö kommun", "", 65200, 65200, 70600, 70600, 70600),
    ("Vaggeryds kommun", "Vaggeryds kommun", "", 120700, 120700, 135900, 135900, 135900),
    (
        "Region Jönköpings län",
        "Region Jönköpings län",
        "",
        1518000,
        1518000,
        1670000,
        1670000,
        1670000,
    ),
    (
        "Staten gm Försäkringskassan",
        "Försäkringskassan",
        "",
        3036000,
        3036000,
        3340000,
        3340000,
        3340000,
    ),
]
SODRA_BUDGET_2020_COSTS = [
    (
        "Enter",
        C.INSATS,
        "Budgeten för Enter är beslutad för 2020 men en inriktning 2021-2022. Under hösten 2019 "
        "finns vakans på en tjänst, vilken beräknas tillsättas från mars 2020.",
        2750000,
        2602800,
        2914000,
        2991000,
        3086000,
    ),
    ("Funktionsnedsatta i arbete (FIA)", C.INSATS, "", 550000, 543000, 571000, 585000, 0),
    ("IT-spåret", C.INSATS, "", 400000, 344000, 356000, 356000, 356000),
    ("IPS i psykosvården", C.INSATS, "", 480000, 480000, 0, 0, 0),
    ("Efterstöd", C.INSATS, "", 600000, 590000, 601000, 302000, 0),
    ("Projekt SAMS", C.INSATS, "", 700000, 697600, 677800, 154300, 0),
    ("Projekt SE-N", C.INSATS, "", 640000, 500000, 600000, 689000, 0),
    ("Kunskapssatsn stressrel ohälsa", C.INSATS, "", 500000, 329400, 0, 0, 0),
    ("Hälsoskola", C.INSATS, "", 160000, 160000, 0, 0, 0),
    (
        "Projektgemensamt",
        C.PROJEKTGEMENSAMT,
        "I Projektgemensamt ingår i första hand avgifterna för Indikatorer för finansiell "
        "samordning och Insatskatalogen",
        20000,
        22000,
        51000,
        51000,
        51000,
    ),
    ("Tillgängligt nya projekt", C.NYA_INSATSER, "", 0, 0, 400000, 400000, 2000000),
    ("Kompetensutveckling", C.KOMPETENSUTVECKLING, "", 200000, 180000, 200000, 200000, 200000),
    ("Kansli", C.KANSLI, "", 830000, 830000, 860000, 890000, 920000),
    (
        "Information",
        C.INFORMATION,
        "Under 2019 avsatte styrelsen extra medel till förnyelse av förbundets hemsida.",
        20000,
        55000,
        20000,
        20000,
        20000,
    ),
    ("Styrelse", C.STYRELSE, "", 3000, 3000, 3000, 3000, 3000),
    ("Ekonomihantering", C.EKONOMIADMINISTRATION, "", 72150, 72500, 75000, 77000, 79000),
]
# finnveden-arsredovisning-2020: the budget column of the resultaträkning and of not 2.
FINNVEDEN_BUDGET_2020_INCOME = [
    ("Driftbidrag från staten genom Försäkringskassan", "Försäkringskassan", 2576000),
    ("Driftbidrag från Gislaveds kommun", "Gislaveds kommun", 519700),
    ("Driftbidrag från Gnosjö kommun", "Gnosjö kommun", 168500),
    ("Driftbidrag från Värnamo kommun", "Värnamo kommun", 599800),
    ("Driftbidrag från Region Jönköpings län", "Region Jönköpings län", 1288000),
]
FINNVEDEN_BUDGET_2020_COSTS = [
    ("Gemensamma projektkostnader", C.PROJEKTGEMENSAMT, 50000),
    ("Stöd till arbete – SE/IPS", C.INSATS, 1520000),
    ("IT-spåret", C.INSATS, 200000),
    ("Projekt Samverkan i GGVV", C.INSATS, 692000),
    ("Nya Vägar", C.INSATS, 1200000),
    ("Mitt Val", C.INSATS, 1092000),
    ("Utrymme nya projekt", C.NYA_INSATSER, 800000),
    ("Kompetensutveckling", C.KOMPETENSUTVECKLING, 200000),
    ("Kansli", C.KANSLI, 605000),
    ("Information", C.INFORMATION, 25000),
    ("Ekonomiadministration", C.EKONOMIADMINISTRATION, 75000),
    ("Styrelsen", C.STYRELSE, 5000),
    ("Revision", C.REVISION, 35000),
]

SODRA_OPENING_NOTE = (
    "Balanserat resultat är beräknade värden utom i prognos 2019, som är faktisk behållning vid "
    "senaste årsskiftet"
)


# The demo's people, one per role (the Historik shows who did what, by name and role).
DEMO_NAMES = {
    Role.SEKRETERARE: ("Anna", "Lindqvist"),
    Role.STYRELSE: ("Per", "Holm"),
    Role.REVISOR: ("Karin", "Ek"),
}


def demo_users() -> list[tuple[str, str, str]]:
    """(username, förbund slug, role) of every demo login."""
    return [
        (f"{forbund.slug}-{role}", forbund.slug, role)
        for forbund in ALL_FORBUND
        for role in (Role.SEKRETERARE, Role.STYRELSE, Role.REVISOR)
    ]


@transaction.atomic
def load() -> dict[str, Forbund]:
    loaded = {spec.slug: _load_forbund(spec) for spec in ALL_FORBUND}
    _load_sodra_budget_2020(loaded["sodra-vatterbygden"])
    _load_finnveden_budget_2020(loaded["finnveden"])
    _load_users(loaded)
    reports_demo.load(loaded)
    demo_signing.load(loaded, DEMO_PASSWORD)
    interventions_demo.load(loaded)
    reports_demo_plan.load(loaded)
    from sie import demo as sie_demo

    sie_demo.load(loaded)
    return loaded


def _load_forbund(spec: DemoForbund) -> Forbund:
    forbund, _ = Forbund.objects.update_or_create(
        slug=spec.slug,
        defaults={
            "name": spec.name,
            "organisationsnummer": spec.organisationsnummer,
            "sate": spec.sate,
            "founded": spec.founded,
            "vision": spec.vision,
        },
    )
    members = {}
    for position, (kind, name) in enumerate(spec.members, start=1):
        members[name], _ = Member.objects.update_or_create(
            forbund=forbund, name=name, defaults={"kind": kind, "position": position}
        )
    kommuner = [members[name] for kind, name in spec.members if kind == K.KOMMUN]
    for day, counts in spec.populations.items():
        for kommun, count in zip(kommuner, counts, strict=True):
            Population.objects.update_or_create(
                member=kommun, reference_date=day, defaults={"inhabitants": count}
            )
    for year, (total, population_date, unit) in spec.driftbidrag.items():
        fiscal_year, _ = FiscalYear.objects.get_or_create(forbund=forbund, year=year)
        Driftbidrag.objects.update_or_create(
            fiscal_year=fiscal_year,
            defaults={
                "basis": DriftbidragBasis.TOTAL,
                "amount": total,
                "population_date": population_date,
                "rounding_unit": unit,
            },
        )
    for name, role, appointed_by, start, end in spec.board:
        BoardMember.objects.update_or_create(
            forbund=forbund,
            name=name,
            role=role,
            start_date=start,
            defaults={"appointed_by": members[appointed_by], "end_date": end},
        )
    return forbund


def _budget(forbund: Forbund, year: int, kind: str, **fields) -> Budget:
    fiscal_year, _ = FiscalYear.objects.get_or_create(forbund=forbund, year=year)
    budget, _ = Budget.objects.update_or_create(fiscal_year=fiscal_year, kind=kind, defaults=fields)
    return budget


def _load_sodra_budget_2020(forbund: Forbund) -> None:
    budget_2019 = _budget(forbund, 2019, BudgetKind.BUDGET, opening_balance=Decimal("1855011"))
    prognos_2019 = _budget(forbund, 2019, BudgetKind.PROGNOS, opening_balance=Decimal("2122970"))
    budget_2020 = _budget(
        forbund,
        2020,
        BudgetKind.BUDGET,
        opening_balance=None,
        opening_balance_note=SODRA_OPENING_NOTE,
        adopted_on=D(2019, 11, 19),
        diarienummer="2019:12 / 6",
    )
    members = {m.name: m for m in forbund.members.all()}
    position = 0
    for label, member, footnote, b19, p19, b20, plan21, plan22 in SODRA_BUDGET_2020_INCOME:
        position += 1
        common = {"section": BudgetSection.INCOME, "label": label}
        extra = {"member": members[member], "position": position}
        _line(budget_2019, common, extra, b19)
        _line(prognos_2019, common, extra, p19)
        _line(budget_2020, common, {**extra, "footnote": footnote}, b20, plan21, plan22)
    for label, category, footnote, b19, p19, b20, plan21, plan22 in SODRA_BUDGET_2020_COSTS:
        position += 1
        common = {"section": BudgetSection.COST, "label": label}
        extra = {"category": category, "position": position}
        _line(budget_2019, common, extra, b19)
        _line(prognos_2019, common, extra, p19)
        _line(budget_2020, common, {**extra, "footnote": footnote}, b20, plan21, plan22)


def _load_finnveden_budget_2020(forbund: Forbund) -> None:
    # The opening balance is the actual equity at 2019-12-31 (balansräkningen 2020).
    budget = _budget(forbund, 2020, BudgetKind.BUDGET, opening_balance=Decimal("1689771"))
    members = {m.name: m for m in forbund.members.all()}
    position = 0
    for label, member, amount in FINNVEDEN_BUDGET_2020_INCOME:
        position += 1
        key = {"section": BudgetSection.INCOME, "label": label}
        _line(budget, key, {"member": members[member], "position": position}, amount)
    for label, category, amount in FINNVEDEN_BUDGET_2020_COSTS:
        position += 1
        key = {"section": BudgetSection.COST, "label": label}
        _line(budget, key, {"category": category, "position": position}, amount)


def _line(budget: Budget, key: dict, fields: dict, amount, plan_1=None, plan_2=None) -> None:
    BudgetLine.objects.update_or_create(
        budget=budget,
        **key,
        defaults={
            **fields,
            "amount": Decimal(amount),
            "plan_year_1": None if plan_1 is None else Decimal(plan_1),
            "plan_year_2": None if plan_2 is None else Decimal(plan_2),
        },
    )


def _load_users(loaded: dict[str, Forbund]) -> None:
    User = get_user_model()
    for username, slug, role in demo_users():
        first, last = DEMO_NAMES[role]
        user, created = User.objects.update_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "email": f"{username}@example.com"},
        )
        if created or not user.check_password(DEMO_PASSWORD):
            user.set_password(DEMO_PASSWORD)
            user.save()
        Membership.objects.update_or_create(
            user=user, forbund=loaded[slug], defaults={"role": role}
        )
