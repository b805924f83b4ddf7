"""Samordningsförbundet Älvkusten: a test förbund of our own (not a seed), with fixed assets,
långfristiga skulder, ansvarsförbindelser, a jämförelsestörande post, öre amounts, tables in
tkr, an interim period with both balance-sheet comparison columns, a four-year period overview
and a prognos.

Periods: Årsredovisning 2025, Delårsrapport jan–aug 2025 and Delårsrapport jan–aug 2026;
history: year 2024, periods jan–aug 2024 and jan–aug 2023. Every figure below is typed; the
expected statements are in tests/reports/test_alvkusten.py, worked out by hand.
"""

import datetime
from decimal import Decimal

from finsam.models import CostCategory, Forbund, Member, MemberKind
from reports.models import (
    BalanceColumns,
    LineKind,
    PeriodHistory,
    ReportKind,
    ReportPeriod,
    YearHistory,
)
from tests.reports import period_entry as demo
from tests.reports.period_entry import L, PeriodSpec

D = Decimal
K = LineKind
C = CostCategory
SLUG = "alvkusten"

MEMBERS = [
    ("Försäkringskassan", MemberKind.STATE),
    ("Region Älvkusten", MemberKind.REGION),
    ("Strandviks kommun", MemberKind.KOMMUN),
    ("Bergeby kommun", MemberKind.KOMMUN),
]


def _income(amounts, budgets=(None,) * 4) -> list[L]:
    return [
        L(K.DRIFTBIDRAG, f"Driftbidrag från {name}", amount, budget=budget, member=name)
        for (name, _), amount, budget in zip(MEMBERS, amounts, budgets, strict=True)
    ]


AR_2025 = PeriodSpec(
    slug=SLUG,
    kind=ReportKind.ARSREDOVISNING,
    year=2025,
    layout="summerad",
    lines=[
        *_income([2000000, 1000000, 600000, 400000], [2000000, 1000000, 600000, 400000]),
        L(K.OVRIG_INTAKT, "Försäljning av tjänster", 50000, budget=40000),
        L(K.FINANSIELL_INTAKT, "Ränta", 12000, budget=10000),
        L(K.KOSTNAD, "Insats Steget", 2300000, budget=2400000, category=C.INSATS),
        L(K.KOSTNAD, "Insats Vägen", 900000, budget=1000000, category=C.INSATS),
        L(K.KOSTNAD, "Kansli", 500000, budget=520000, category=C.KANSLI),
        L(K.PERSONALKOSTNAD, "Personal", 300000, budget=310000),
        L(K.AVSKRIVNING, "Avskrivning inventarier", 20000, budget=20000),
        L(K.FINANSIELL_KOSTNAD, "Bankavgifter", 2000),
        L(K.FORDRAN, "Kundfordringar", 30000, opening=25000),
        L(K.FORDRAN, "Förutbetalda kostnader", 20000, opening=15000),
        L(K.KORTFRISTIG_SKULD, "Leverantörsskulder", 150000, opening=120000),
        L(K.KORTFRISTIG_SKULD, "Upplupna kostnader", 60000, opening=80000),
    ],
    figures={
        "opening_anlaggningstillgangar": D(60000),
        "investeringar": D(40000),
        "anlaggningstillgangar": D(80000),
        "opening_kassa": D(1550000),
        "kassa_och_bank": D(1560000),
        "opening_equity": D(1400000),
        "opening_langfristiga_skulder": D(50000),
        "langfristiga_skulder": D(40000),
        "opening_ansvarsforbindelser": D(30000),
        "ansvarsforbindelser": D(35000),
        "ansvarsforbindelser_text": "Pensionsförpliktelser som inte tagits upp bland skulderna",
        "antal_anstallda": 1,
    },
)

DELAR_2025 = PeriodSpec(
    slug=SLUG,
    kind=ReportKind.DELARSRAPPORT,
    year=2025,
    layout="summerad",
    lines=[
        *_income([1400000, 700000, 420000, 280000]),
        L(K.OVRIG_INTAKT, "Försäljning av tjänster", 30000),
        L(K.FINANSIELL_INTAKT, "Ränta", 6000),
        L(K.KOSTNAD, "Insats Steget", 1500000, category=C.INSATS),
        L(K.KOSTNAD, "Insats Vägen", 600000, category=C.INSATS),
        L(K.KOSTNAD, "Kansli", 330000, category=C.KANSLI),
        L(K.PERSONALKOSTNAD, "Personal", 200000),
        L(K.AVSKRIVNING, "Avskrivning inventarier", 13000),
        L(K.FINANSIELL_KOSTNAD, "Bankavgifter", 1000),
        L(K.FORDRAN, "Kundfordringar", 35000, opening=25000),
        L(K.FORDRAN, "Förutbetalda kostnader", 10000, opening=15000),
        L(K.KORTFRISTIG_SKULD, "Leverantörsskulder", 100000, opening=120000),
        L(K.KORTFRISTIG_SKULD, "Upplupna kostnader", 90000, opening=80000),
    ],
    figures={
        "opening_anlaggningstillgangar": D(60000),
        "investeringar": D(40000),
        "anlaggningstillgangar": D(87000),
        "opening_kassa": D(1550000),
        "kassa_och_bank": D(1695000),
        "opening_equity": D(1400000),
        "opening_langfristiga_skulder": D(50000),
        "langfristiga_skulder": D(45000),
        "opening_ansvarsforbindelser": D(30000),
        "ansvarsforbindelser": D(32000),
    },
    end=datetime.date(2025, 8, 31),
)

DELAR_2026 = PeriodSpec(
    slug=SLUG,
    kind=ReportKind.DELARSRAPPORT,
    year=2026,
    layout="summerad",
    lines=[
        *_income([1500000, 750000, 450000, 300000], [1500000, 750000, 450000, 300000]),
        L(K.OVRIG_INTAKT, "Försäljning av tjänster", "24500.50", budget=20000),
        L(K.FINANSIELL_INTAKT, "Ränta", "8400.25", budget=6000),
        L(K.KOSTNAD, "Insats Steget", "1612345.67", budget=1700000, category=C.INSATS),
        L(K.KOSTNAD, "Insats Vägen", "655432.10", budget=700000, category=C.INSATS),
        L(K.KOSTNAD, "Kansli", "344321.99", budget=350000, category=C.KANSLI),
        L(K.PERSONALKOSTNAD, "Personal", 210000, budget=220000),
        L(K.AVSKRIVNING, "Avskrivning inventarier", 18000, budget=18000),
        L(K.JAMFORELSESTORANDE, "Återbetalning av projektmedel", -45000),
        L(K.FINANSIELL_KOSTNAD, "Bankavgifter", 1200),
        L(K.FORDRAN, "Kundfordringar", "41234.56", opening=30000),
        L(K.FORDRAN, "Förutbetalda kostnader", 12000, opening=20000),
        L(K.KORTFRISTIG_SKULD, "Leverantörsskulder", "123456.78", opening=150000),
        L(K.KORTFRISTIG_SKULD, "Upplupna kostnader", 70000, opening=60000),
    ],
    figures={
        "opening_anlaggningstillgangar": D(80000),
        "investeringar": D(25000),
        "anlaggningstillgangar": D(87000),
        "opening_kassa": D(1560000),
        "kassa_och_bank": D("1674823.21"),
        "opening_equity": D(1440000),
        "opening_langfristiga_skulder": D(40000),
        "langfristiga_skulder": D(35000),
        "opening_ansvarsforbindelser": D(35000),
        "ansvarsforbindelser": D(38000),
        "ansvarsforbindelser_text": "Pensionsförpliktelser som inte tagits upp bland skulderna",
        "prognos_intakter": D(4560000),
        "prognos_kostnader": D(4480000),
        "budget_helar_intakter": D(4530000),
        "budget_helar_kostnader": D(4500000),
        "prognos_balanskravsjusteringar": D(-5000),
    },
    end=datetime.date(2026, 8, 31),
)


def build() -> dict[str, ReportPeriod]:
    forbund = Forbund.objects.create(
        name="Samordningsförbundet Älvkusten", slug=SLUG, sate="Strandvik"
    )
    for position, (name, kind) in enumerate(MEMBERS, start=1):
        Member.objects.create(forbund=forbund, name=name, kind=kind, position=position)
    YearHistory.objects.create(
        forbund=forbund,
        year=2024,
        intakter=D(3900000),
        kostnader=D(3850000),
        eget_kapital=D(1400000),
        summa_tillgangar=D(1650000),
        antal_anstallda=1,
    )
    PeriodHistory.objects.create(
        forbund=forbund,
        start=datetime.date(2024, 1, 1),
        end=datetime.date(2024, 8, 31),
        intakter=D(2700000),
        kostnader=D(2600000),
        eget_kapital=D(1450000),
        summa_tillgangar=D(1700000),
    )
    PeriodHistory.objects.create(
        forbund=forbund,
        start=datetime.date(2023, 1, 1),
        end=datetime.date(2023, 8, 31),
        intakter=D(2500000),
        kostnader=D(2550000),
        eget_kapital=D(1300000),
        summa_tillgangar=D(1625000),
    )
    periods = {
        "ar2025": demo._load_period(forbund, AR_2025),
        "delar2025": demo._load_period(forbund, DELAR_2025),
        "delar2026": demo._load_period(forbund, DELAR_2026),
    }
    ReportPeriod.objects.filter(pk=periods["delar2026"].pk).update(
        balance_columns=BalanceColumns.SAMMA_DATUM_OCH_BOKSLUT,
        tkr_tables=["oversikt", "resultatrakning", "balansrakning", "noter"],
    )
    # Fresh from the database (the creation cached the prefilled figures on the objects).
    return {key: ReportPeriod.objects.get(pk=period.pk) for key, period in periods.items()}
