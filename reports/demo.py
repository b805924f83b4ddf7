"""Demo data of this app, loaded by ``python manage.py load_demo`` after the core demo data.

The complete figures of three published reports in ``shared/seeds``, entered as a
förbundssekreterare would: each period is created through ``services.report_period_create``
(which prefills driftbidrag, budget lines and opening balances) and the outcome is then typed in.

- finnveden-arsredovisning-2020: Årsredovisning 2020 and 2019 (its comparison year), and the
  five-year history 2016–2018.
- sodra-vatterbygden-arsredovisning-2024: Årsredovisning 2024 and 2023, history 2020–2022, and the
  2024 budget of note 3 (the core demo data has budgets for 2019/2020 only).
- insjoriket-delarsrapport-2018: Delårsrapport jan–aug 2018.

Öre: the bookkeeping holds öre, the seeds print kronor. Where a seed's printed total differs from
the sum of its printed lines (finnveden 2020: cost lines 4 997 139, total 4 997 138), or printed
subtotals only agree with each other after rounding (södra 2023: −205 368 + 147 945 = −57 423, yet
the result prints −57 422), a few lines carry öre, chosen so that every printed line, total,
balance and cash-flow figure of the seeds comes out exactly when rounded to kronor, and the balance
sheets balance exactly. The seeds' plain typing errors are NOT entered here (the demo computes
correctly); tests enter them as printed to show that the checks flag them.

Where a seed does not print a figure that the statements need, the assumption is stated at the
figure (opening balances of the first year in the tool).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from finsam.models import (
    Budget,
    BudgetKind,
    BudgetLine,
    BudgetSection,
    CostCategory,
    FiscalYear,
    Forbund,
)
from reports import services
from reports.models import (
    FigureLine,
    Layout,
    LineKind,
    PeriodFigures,
    ReportKind,
    ReportPeriod,
    StatementOrder,
    SupplementaryNote,
    SupplementaryNoteRow,
    YearHistory,
)

D = Decimal
K = LineKind
C = CostCategory


@dataclass(frozen=True)
class L:
    """One entered line: kind, label, utfall (or utgående balans), and what else it has."""

    kind: str
    label: str
    amount: Decimal | int | str
    budget: Decimal | int | str | None = None
    member: str = ""
    category: str = ""
    group: str = ""
    opening: Decimal | int | str | None = None
    children: tuple[tuple[str, Decimal | int | str], ...] = ()


@dataclass(frozen=True)
class PeriodSpec:
    slug: str
    kind: str
    year: int
    layout: str
    lines: list[L]
    figures: dict = field(default_factory=dict)
    start: datetime.date | None = None
    end: datetime.date | None = None
    # How the report is printed (``services.PRESENTATION_FIELDS``), e.g. the statements' order.
    presentation: dict = field(default_factory=dict)
    # Supplementary notes: (title, text before, rows (label, budget, amount, last year), text
    # after); the rows as the förbund printed them.
    supplementary: list[tuple[str, str, list[tuple], str]] = field(default_factory=list)


# --- finnveden-arsredovisning-2020 ----------------------------------------------------------------

FINNVEDEN_INCOME_LABELS = [
    ("Driftbidrag från staten genom Försäkringskassan", "Försäkringskassan"),
    ("Driftbidrag från Gislaveds kommun", "Gislaveds kommun"),
    ("Driftbidrag från Gnosjö kommun", "Gnosjö kommun"),
    ("Driftbidrag från Värnamo kommun", "Värnamo kommun"),
    ("Driftbidrag från Region Jönköpings län", "Region Jönköpings län"),
]


def _finnveden_income(amounts: list[int], ores: int) -> list[L]:
    """Not 1 Verksamhetens intäkter."""
    lines = [
        L(K.DRIFTBIDRAG, label, amount, member=member)
        for (label, member), amount in zip(FINNVEDEN_INCOME_LABELS, amounts, strict=True)
    ]
    return [*lines, L(K.ORESUTJAMNING, "Öres och kronutjämning", ores)]


def _finnveden_costs(values: dict[str, object], revision: list) -> list[L]:
    """Not 2 Verksamhet/Insatser, the resultaträkning's other cost lines and not 3 Revision."""
    categories = {
        "Gemensamma projektkostnader": C.PROJEKTGEMENSAMT,
        "Utrymme nya projekt": C.NYA_INSATSER,
        "Kompetensutveckling": C.KOMPETENSUTVECKLING,
        "Kansli": C.KANSLI,
        "Information": C.INFORMATION,
        "Ekonomiadministration": C.EKONOMIADMINISTRATION,
        "Styrelsen": C.STYRELSE,
    }
    lines = [
        L(K.KOSTNAD, label, amount, category=categories.get(label, C.INSATS))
        for label, amount in values.items()
    ]
    labels = [
        "Arvode förtroendevalda revisorer",
        "Sakkunnigt biträde förtroendevalda revisorer",
        "Statens revisorer",
    ]
    lines.append(
        L(
            K.KOSTNAD,
            "Revision",
            0,
            category=C.REVISION,
            children=tuple(zip(labels, revision, strict=True)),
        )
    )
    return lines


FINNVEDEN_2019 = PeriodSpec(
    slug="finnveden",
    kind=ReportKind.ARSREDOVISNING,
    year=2019,
    layout=Layout.KATEGORI,
    lines=[
        *_finnveden_income([2570000, 518800, 170000, 598200, 1287000], 1),
        *_finnveden_costs(
            {
                "Gemensamma projektkostnader": 22000,
                "Stöd till arbete – SE/IPS": 1360983,
                "IT-spåret": 169315,
                "Projekt Samverkan i GGVV": 612680,
                "Nya Vägar": 1058044,
                "Mitt Val": 846806,
                "Utrymme nya projekt": 0,
                "Forskning Arenasamverkan": 323000,
                "Kunskapsatsning Stress": 278324,
                "Kompetensutveckling": 167836,
                "Kansli": 611542,
                "Information": "50497.60",
                "Ekonomiadministration": "78369.60",
                "Styrelsen": 4899,
            },
            [3652, 20700, 15600],
        ),
        L(K.FINANSIELL_KOSTNAD, "Finansiella kostnader", 60),
        # Not 4; the 2018 year-end is not printed per line: its total 107 742 follows from the
        # kassaflödesanalys 2019 (136 334 − 28 592). Assumed: the skattefordran of 202 kr was the
        # same then as in 2019 and 2020.
        L(K.FORDRAN, "Skattefordringar", 202, opening=202),
        L(K.FORDRAN, "Fordran Moms", 136132, opening=107540),
        # 2018: 1 124 700 − 409 901 (kassaflödesanalys 2019).
        L(K.KORTFRISTIG_SKULD, "Kortfristiga skulder", "1124700.20", opening="714799.60"),
    ],
    figures={
        "kassa_och_bank": D("2678137"),
        "opening_kassa": D("2777135.60"),
        "opening_equity": D("2170078"),
        "antal_anstallda": 0,
    },
)

FINNVEDEN_2020 = PeriodSpec(
    slug="finnveden",
    kind=ReportKind.ARSREDOVISNING,
    year=2020,
    layout=Layout.KATEGORI,
    lines=[
        *_finnveden_income([2576000, 519700, 168500, 599800, 1288000], -4),
        *_finnveden_costs(
            {
                "Gemensamma projektkostnader": 47080,
                "Stöd till arbete – SE/IPS": 1459434,
                "IT-spåret": 177952,
                "Projekt Samverkan i GGVV": "630700.60",
                "Nya Vägar": 1210777,
                "Mitt Val": 525356,
                "Utrymme nya projekt": 0,
                "Forskning Arenasamverkan": 0,
                "Kunskapsatsning Stress": 0,
                "Kompetensutveckling": "204288.60",
                "Kansli": 588959,
                "Information": 15270,
                "Ekonomiadministration": 82752,
                "Styrelsen": 2309,
            },
            [4760, 19500, 28000],
        ),
        L(K.FINANSIELL_KOSTNAD, "Finansiella kostnader", 0),
        L(K.FORDRAN, "Skattefordringar", 202, opening=202),
        L(K.FORDRAN, "Fordran Moms", 109984, opening=136132),
        L(K.KORTFRISTIG_SKULD, "Kortfristiga skulder", "1061838.40", opening="1124700.20"),
    ],
    figures={
        "kassa_och_bank": D("2796281"),
        "opening_kassa": D("2678137"),
        "opening_equity": D("1689770.80"),
        "antal_anstallda": 0,
    },
)

# 1.1 Översikt över verksamhetens utveckling (tkr), the years before the tool: (year, intäkter,
# kostnader, eget kapital, summa tillgångar, soliditet %, anställda). 2018's balance follows from
# the kassaflödesanalys 2019 (likvida medel 2 777 136, fordringar 107 742, skulder 714 800).
FINNVEDEN_HISTORY = [
    (2018, 5236000, 4001000, D("2170078"), D("2884877.60"), None, 0),
    (2017, 4070000, 3995000, None, None, 51, 0),
    (2016, 4070000, 4376000, None, None, 43, 0),
]

# --- sodra-vatterbygden-arsredovisning-2024 ---------------------------------------------------

SODRA_DRIFTBIDRAG = [
    ("Driftbidrag från staten via Försäkringskassan", "Försäkringskassan"),
    ("Driftbidrag från Habo kommun", "Habo kommun"),
    ("Driftbidrag från Jönköping kommun", "Jönköpings kommun"),
    ("Driftbidrag från Mullsjö kommun", "Mullsjö kommun"),
    ("Driftbidrag från Vaggeryds kommun", "Vaggeryds kommun"),
    ("Driftbidrag från Region Jönköpings Län", "Region Jönköpings län"),
]
SODRA_OTHER_INCOME = [
    "Försäljning delade kostnader Finnveden",
    "Övriga försäljningar",
    "Erhållna bidrag personal",
    "Övriga ersättningar och intäkter",
]
# Not 3: label, category, budget 2024.
SODRA_COST_LINES = [
    ("Enter", C.INSATS, 3197000),
    ("NOVA", C.INSATS, 4200000),
    ("Funktionsnedsatta i arbete (FIA)", C.INSATS, 698000),
    ("IT-spåret", C.INSATS, 562500),
    ("Verksamhetsutvecklare", C.INSATS, 849000),
    ("Samverkansmodell", C.INSATS, 490000),
    ("Projektgemensamt", C.PROJEKTGEMENSAMT, 70000),
    ("Kompetensutveckling", C.KOMPETENSUTVECKLING, 200000),
    ("Kansli", C.KANSLI, 870000),
    ("Information", C.INFORMATION, 30000),
    ("Styrelse", C.STYRELSE, 35000),
    ("Revision", C.REVISION, 55000),
    ("Ekonomihantering", C.EKONOMIADMINISTRATION, 100000),
]
SODRA_FORDRINGAR = [
    "Kundfordringar",
    "Skattekonto",
    "Fordran Moms",
    "Förutbetalda hyror",
    "Övriga interimfordringar",
]
SODRA_SKULDER = [
    "Leverantörsskulder",
    "Skatteskulder",
    "Moms redovisningskonto",
    "Personalskatt",
    "Avräkning lagstadgade sociala avgifter",
    "Upplupna semesterlöner",
    "Beräknade upplupna lagstadgade sociala avgifter",
    "Övriga interimsskulder",
]


def _sodra_lines(
    driftbidrag, other, ranta, ores, costs, kansli, fordringar, skulder, openings
) -> list[L]:
    lines = [
        L(K.DRIFTBIDRAG, label, amount, member=member)
        for (label, member), amount in zip(SODRA_DRIFTBIDRAG, driftbidrag, strict=True)
    ]
    lines += [
        L(K.OVRIG_INTAKT, label, amount)
        for label, amount in zip(SODRA_OTHER_INCOME, other, strict=True)
    ]
    lines += [
        L(K.FINANSIELL_INTAKT, "Ränta", ranta),
        L(K.ORESUTJAMNING, "Öres och kronutjämning", ores),
    ]
    for (label, category, _), amount in zip(SODRA_COST_LINES, costs, strict=True):
        children = ()
        if label == "Kansli":
            children = (("Rörelsens kostnader", kansli[0]), ("Personalkostnader", kansli[1]))
        lines.append(L(K.KOSTNAD, label, amount or 0, category=category, children=children))
    opening_f, opening_s = openings
    lines += [
        L(K.FORDRAN, label, amount, opening=opening)
        for label, amount, opening in zip(SODRA_FORDRINGAR, fordringar, opening_f, strict=False)
    ]
    lines += [
        L(K.KORTFRISTIG_SKULD, label, amount, opening=opening)
        for label, amount, opening in zip(SODRA_SKULDER, skulder, opening_s, strict=False)
    ]
    return lines


SODRA_F_2023 = [101524, 89782, 8366, 5253, 17800]
SODRA_S_2023 = [790342, 60432, 0, 24864, "28805.45", 36199, 11374, 774383]

SODRA_2023 = PeriodSpec(
    slug="sodra-vatterbygden",
    kind=ReportKind.ARSREDOVISNING,
    year=2023,
    layout=Layout.SUMMERAD,
    # The seed prints the resultaträkning, balansräkning and kassaflödesanalys before the
    # driftredovisning, and the redovisningsprinciper as Not 1.
    presentation={"statement_order": StatementOrder.DRIFT_SIST},
    lines=[
        *_sodra_lines(
            driftbidrag=[4446000, 161300, 1786000, 92600, 183100, 2223000],
            other=["475188.05", 195054, "27394.49", 107],
            ranta="147945.49",
            ores=-7,
            costs=[
                2234328,
                3335991,
                649385,
                562500,
                108188,
                432000,
                58000,
                289141,
                None,
                22685,
                5600,
                0,
                "105423.49",
            ],
            kansli=(222840, "1769023.02"),
            fordringar=SODRA_F_2023,
            skulder=SODRA_S_2023,
            openings=([None] * 5, [None] * 8),
        ),
        # The 2022 year-end is not printed per line; its totals follow from the
        # kassaflödesanalys 2023: fordringar 222 725 + 258 065, skulder 1 726 399 − 229 106.
        L(K.FORDRAN, "Fordringar (ospecificerade)", 0, opening="480790.02"),
        L(K.KORTFRISTIG_SKULD, "Kortfristiga skulder (ospecificerade)", 0, opening=1497293),
    ],
    figures={
        "kassa_och_bank": D("3783275.48"),
        "opening_kassa": D("3353526.49"),
        "opening_equity": D("2337023.51"),
        "antal_anstallda": 2,
    },
)

SODRA_2024 = PeriodSpec(
    slug="sodra-vatterbygden",
    kind=ReportKind.ARSREDOVISNING,
    year=2024,
    layout=Layout.SUMMERAD,
    # The seed prints the resultaträkning, balansräkning and kassaflödesanalys before the
    # driftredovisning, and the redovisningsprinciper as Not 1.
    presentation={"statement_order": StatementOrder.DRIFT_SIST},
    lines=_sodra_lines(
        driftbidrag=[5574000, 204100, 2238400, 116000, 228500, 2787000],
        other=[544171, 69393, 596, 1921],
        ranta=170927,
        ores=-13,
        costs=[
            3163365,
            4281965,
            579243,
            562500,
            41951,
            480000,
            63733,
            274836,
            None,
            25620,
            "46895.10",
            28250,
            109580,
        ],
        kansli=(259546, "1901754.48"),
        fordringar=[237426, 61342, 57296, 5340, 76979],
        skulder=[1957741, 65788, 0, 28376, 32455, "58086.49", "18251.02", 99089],
        openings=(SODRA_F_2023, SODRA_S_2023),
    ),
    figures={
        "kassa_och_bank": D("4216760.96"),
        "opening_kassa": D("3783275.48"),
        "opening_equity": D("2279601.03"),
        "antal_anstallda": 2,
    },
    supplementary=[
        (
            "Kompletterande nettouppgifter jämförda med budget",
            "Ovanstående redovisning har skett utifrån Nationella Rådets mall samt lagstiftning "
            "och regler i enlighet med not 1. Det innebär att fler inkomster än i förbundets "
            "budget redovisas under intäkter, i not 2. Även kostnaderna i not 3 redovisas "
            "brutto.\n\n"
            "Hela lönen för förbundschef ingår i posten Personalkostnader i not 3 medan den "
            "ersättning som vårt förbund får från Finnvedens SF för 35% av tjänsten finns med "
            "som intäkt av försäljning i not 2. På samma sätt täcks en hel del av kostnaderna "
            "för gemensam kompetensutveckling och hälften av de gemensamma administrativa "
            "kostnaderna på kansliet av ersättning från Finnvedens SF.\n\n"
            "Lönekostnaderna för verksamhetsutvecklarens tjänst ingår i personalkostnader "
            "(kansli) i not 3, medan verksamhetsutvecklaren är en egen post i budgeten.\n\n"
            "För att göra det möjligt att jämföra kostnaderna med budget för året följer här tre "
            "kompletterande uppgifter, som inte är del av den formella ekonomiska redovisningen.",
            [
                ("Verksamhetsutvecklare totalt", 849000, 790218, 689562),
                ("Kompetensutveckling netto", 200000, 197963, 198395),
                ("Kansli netto", 870000, 873826, 816987),
            ],
            "Nettokostnaderna för VU ligger klart under budget medan nettokostnaderna för "
            "kompetensutveckling och kansli motsvarar budgeten för året.\n\n"
            "De lägre kostnaderna för VU beror på att både lönekostnaderna och omkostnaderna "
            "blev lägre än beräknat.",
        )
    ],
)

SODRA_HISTORY = [
    (2022, 8649000, 8585000, D("2337023.51"), D("3834316.51"), None, 2),
    (2021, 7902000, 7466000, None, None, 61, 2),
    (2020, 7451000, 6604000, None, None, 56, 2),
]

# --- insjoriket-delarsrapport-2018 ------------------------------------------------------------

INTAKTER = "Övriga rörelseintäkter"
VERKSAMHET = "Verksamhetsanknutna kostnader"
OVRIGA = "Övriga kostnader"

INSJORIKET_2018 = PeriodSpec(
    slug="insjoriket",
    kind=ReportKind.DELARSRAPPORT,
    year=2018,
    layout=Layout.RADER,
    start=datetime.date(2018, 1, 1),
    end=datetime.date(2018, 8, 31),
    lines=[
        L(K.DRIFTBIDRAG, "Bidrag FK/Af", 5352667, 5532000, "Försäkringskassan", group=INTAKTER),
        L(
            K.DRIFTBIDRAG,
            "Bidrag VG-region",
            2667015,
            2677000,
            "Västra Götalandsregionen",
            group=INTAKTER,
        ),
        L(K.DRIFTBIDRAG, "Bidrag Mölndals stad", 784000, 784000, "Mölndals stad", group=INTAKTER),
        L(
            K.DRIFTBIDRAG,
            "Bidrag Partille kommun",
            455000,
            455000,
            "Partille kommun",
            group=INTAKTER,
        ),
        L(K.DRIFTBIDRAG, "Bidrag Härryda kommun", 452000, 452000, "Härryda kommun", group=INTAKTER),
        L(K.DRIFTBIDRAG, "Bidrag Lerums kommun", 495000, 495000, "Lerums kommun", group=INTAKTER),
        L(
            K.DRIFTBIDRAG,
            "Bidrag Alingsås kommun",
            490000,
            490000,
            "Alingsås kommun",
            group=INTAKTER,
        ),
        L(K.OVRIG_INTAKT, "Bidrag ESF", 292660, 333000, group=INTAKTER),
        L(K.OVRIG_INTAKT, "Bidrag MUCF", 799000, 799000, group=INTAKTER),
        L(K.OVRIG_INTAKT, "Övriga intäkter", 336738, 60000, group=INTAKTER),
        L(
            K.PERSONALKOSTNAD,
            "Verksamhetsanknutna personalkostnader",
            8091800,
            8000000,
            group=VERKSAMHET,
        ),
        L(K.KOSTNAD, "Verksamhetsanknutna lokalkostnader", 360103, 360000, group=VERKSAMHET),
        L(K.KOSTNAD, "Verksamhetsanknutna kostnader, övrigt", 599718, 600000, group=VERKSAMHET),
        L(K.KOSTNAD, "Verksamhetsanknutna kostnader Grön Rehab", 265000, 265000, group=VERKSAMHET),
        L(K.KOSTNAD, "Arvoden", 69213, 80000, group=OVRIGA),
        L(K.PERSONALKOSTNAD, "Övriga personalkostnader", 989951, 1063000, group=OVRIGA),
        L(K.KOSTNAD, "Lokalkostnad kansli", 147693, 147000, group=OVRIGA),
        L(K.KOSTNAD, "Övriga kostnader", 897382, 900000, group=OVRIGA),
        L(K.FINANSIELL_KOSTNAD, "Finansiella kostnader", 187),
        # Balansrapport: fordringar and kortfristiga skulder with ingående and utgående balans.
        L(K.FORDRAN, "Kundfordringar", 267962, opening=58932),
        L(K.FORDRAN, "Avräkn skatter och avgifter", 27294, opening=48176),
        L(K.FORDRAN, "Fordran moms", "43718.49", opening=703300),
        L(K.FORDRAN, "Övriga kortfristiga fordringar", 0, opening=0),
        L(K.FORDRAN, "Upplupna intäkter", "832632.49", opening="981662.51"),
        L(K.KORTFRISTIG_SKULD, "Leverantörsskulder", "1270936.03", opening="2519164.51"),
        L(K.KORTFRISTIG_SKULD, "Personalens källskatt", 23929, opening=22682),
        L(K.KORTFRISTIG_SKULD, "Avräkning sociala avgifter", 22951, opening=21565),
        L(K.KORTFRISTIG_SKULD, "Avräkning särsk lönesk pens", 33339, opening=38266),
        L(K.KORTFRISTIG_SKULD, "Upplupna semlöner", 16621, opening=22161),
        L(K.KORTFRISTIG_SKULD, "Beräknade upplupna soc. avg.", "5221.95", opening=6963),
        L(K.KORTFRISTIG_SKULD, "Upplupna avtalade soc. avg.", 0, opening=27827),
        L(K.KORTFRISTIG_SKULD, "Övriga förutbetalda intäkter", 3904500, opening=1065000),
        L(K.KORTFRISTIG_SKULD, "Upplupna kostnader", 2409084, opening=1287837),
    ],
    figures={
        "kassa_och_bank": D("8959340"),
        "opening_kassa": D("4960727"),
        # Eget kapital 1 304 331 + årets resultat 2017 437 001 (the seed's ingående balans).
        "opening_equity": D("1741332"),
        # "Nettokostnad och finansnetto": the full-year prognos shows "en positiv
        # budgetavvikelse med totalt 250 tkr". The seed states nothing more (no full-year
        # budget, income or costs), so only the deviation is entered; the rest is unknown.
        "prognos_budgetavvikelse": D("250000"),
        "prognos_intakter": None,
        "prognos_kostnader": None,
        "budget_helar_intakter": None,
        "budget_helar_kostnader": None,
    },
)

ALL_PERIODS = [FINNVEDEN_2019, FINNVEDEN_2020, SODRA_2023, SODRA_2024, INSJORIKET_2018]


def load(forbund_by_slug: dict[str, Forbund]) -> None:
    """Idempotent: loading twice leaves the same data."""
    for slug, history in (("finnveden", FINNVEDEN_HISTORY), ("sodra-vatterbygden", SODRA_HISTORY)):
        _load_history(forbund_by_slug[slug], history)
    _load_sodra_budget_2024(forbund_by_slug["sodra-vatterbygden"])
    for spec in ALL_PERIODS:
        _load_period(forbund_by_slug[spec.slug], spec)
    for budget in Budget.objects.filter(
        fiscal_year__forbund__in=forbund_by_slug.values(), kind=BudgetKind.BUDGET
    ).select_related("fiscal_year__forbund"):
        services.plan_document(budget.fiscal_year.forbund, budget.fiscal_year.year)
    _load_texts(forbund_by_slug)


def _load_history(forbund: Forbund, rows) -> None:
    for year, intakter, kostnader, equity, assets, soliditet, staff in rows:
        YearHistory.objects.update_or_create(
            forbund=forbund,
            year=year,
            defaults={
                "intakter": D(intakter),
                "kostnader": D(kostnader),
                "eget_kapital": equity,
                "summa_tillgangar": assets,
                "soliditet_procent": soliditet,
                "antal_anstallda": staff,
            },
        )


def _load_sodra_budget_2024(forbund: Forbund) -> None:
    """Budget 2024 as printed in the resultaträkning (intäkter 11 148 000) and in not 3."""
    fiscal_year, _ = FiscalYear.objects.get_or_create(forbund=forbund, year=2024)
    budget, _ = Budget.objects.update_or_create(
        fiscal_year=fiscal_year, kind=BudgetKind.BUDGET, defaults={}
    )
    members = {m.name: m for m in forbund.members.all()}
    amounts = [5574000, 204100, 2238400, 116000, 228500, 2787000]
    position = 0
    for (label, member), amount in zip(SODRA_DRIFTBIDRAG, amounts, strict=True):
        position += 1
        BudgetLine.objects.update_or_create(
            budget=budget,
            section=BudgetSection.INCOME,
            label=label,
            defaults={"member": members[member], "amount": D(amount), "position": position},
        )
    for label, category, amount in SODRA_COST_LINES:
        position += 1
        BudgetLine.objects.update_or_create(
            budget=budget,
            section=BudgetSection.COST,
            label=label,
            defaults={"category": category, "amount": D(amount), "position": position},
        )


def _load_period(forbund: Forbund, spec: PeriodSpec) -> ReportPeriod:
    start, end = services.default_dates(spec.kind, spec.year)
    start, end = spec.start or start, spec.end or end
    period = ReportPeriod.objects.filter(
        fiscal_year__forbund=forbund, kind=spec.kind, start=start, end=end
    ).first()
    if period is None:
        period = services.report_period_create(
            forbund=forbund,
            kind=spec.kind,
            year=spec.year,
            start=start,
            end=end,
            layout=spec.layout,
        )
    if period.layout != spec.layout:
        period.layout = spec.layout
        period.save(update_fields=["layout"])
    changed = [name for name, value in spec.presentation.items() if getattr(period, name) != value]
    if changed:
        for name in changed:
            setattr(period, name, spec.presentation[name])
        period.save(update_fields=changed)
    members = {m.name: m for m in forbund.members.all()}
    keep: set[int] = set()
    for position, line in enumerate(spec.lines, start=1):
        defaults = {
            "position": position * 10,
            "amount": D(line.amount),
            "budget": None if line.budget is None else D(line.budget),
            "category": line.category,
            "group": line.group,
            "opening_amount": None if line.opening is None else D(line.opening),
        }
        if line.budget is None:  # keep the budget prefilled from the förbund's budget, if any
            del defaults["budget"]
        if line.kind == K.DRIFTBIDRAG:
            saved, _ = FigureLine.objects.update_or_create(
                period=period,
                kind=line.kind,
                member=members[line.member],
                defaults={**defaults, "label": line.label},
            )
        else:
            saved, _ = FigureLine.objects.update_or_create(
                period=period, kind=line.kind, label=line.label, parent=None, defaults=defaults
            )
        keep.add(saved.pk)
        for sub_position, (label, amount) in enumerate(line.children, start=1):
            child, _ = FigureLine.objects.update_or_create(
                period=period,
                parent=saved,
                label=label,
                defaults={
                    "kind": line.kind,
                    "position": position * 10 + sub_position,
                    "amount": D(amount),
                },
            )
            keep.add(child.pk)
    FigureLine.objects.filter(period=period, parent__isnull=False).exclude(pk__in=keep).delete()
    FigureLine.objects.filter(period=period).exclude(pk__in=keep).delete()
    PeriodFigures.objects.update_or_create(period=period, defaults=spec.figures)
    _load_supplementary(period, spec.supplementary)
    return period


def _load_supplementary(period: ReportPeriod, notes) -> None:
    keep = []
    for position, (title, before, rows, after) in enumerate(notes, start=1):
        note, _ = SupplementaryNote.objects.update_or_create(
            period=period,
            title=title,
            defaults={"position": position, "text_before": before, "text_after": after},
        )
        keep.append(note.pk)
        labels = []
        for row_position, (label, budget, amount, previous) in enumerate(rows, start=1):
            SupplementaryNoteRow.objects.update_or_create(
                note=note,
                label=label,
                defaults={
                    "position": row_position,
                    "budget": None if budget is None else D(budget),
                    "amount": None if amount is None else D(amount),
                    "comparison_amount": None if previous is None else D(previous),
                },
            )
            labels.append(label)
        note.rows.exclude(label__in=labels).delete()
    SupplementaryNote.objects.filter(period=period).exclude(pk__in=keep).delete()


def _load_texts(forbund_by_slug: dict[str, Forbund]) -> None:
    """The seeds' narrative texts for their documents (reports.demo_texts); idempotent. The
    documents are fetched or created on their natural key (year, kind, period)."""
    from reports import demo_texts, freeze
    from reports.models import DocumentKind, ReportDocument, ReportText

    plans = [("sodra-vatterbygden", 2020, demo_texts.SODRA_VP_2020)]
    annual = [
        ("finnveden", 2020, demo_texts.FINNVEDEN_2020),
        ("sodra-vatterbygden", 2024, demo_texts.SODRA_2024),
    ]
    targets = []
    for slug, year, texts in plans:
        fiscal_year, _ = FiscalYear.objects.get_or_create(forbund=forbund_by_slug[slug], year=year)
        document, _ = ReportDocument.objects.get_or_create(
            fiscal_year=fiscal_year, kind=DocumentKind.VERKSAMHETSPLAN, period=None
        )
        targets.append((document, texts))
    for slug, year, texts in annual:
        period = ReportPeriod.objects.get(
            fiscal_year__forbund=forbund_by_slug[slug],
            fiscal_year__year=year,
            kind=ReportKind.ARSREDOVISNING,
        )
        document, _ = ReportDocument.objects.get_or_create(
            fiscal_year=period.fiscal_year, kind=DocumentKind.ARSREDOVISNING, period=period
        )
        targets.append((document, texts))
    for document, texts in targets:
        if freeze.document_frozen(document.pk):
            continue
        for section, body in texts.items():
            ReportText.objects.update_or_create(
                document=document,
                section=section,
                insats=None,
                defaults={"body": body, "is_draft_copy": False},
            )
