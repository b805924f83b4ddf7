"""The seeds' Verksamhetsplaner, beyond their budgets: the plan year's texts (vision, uppdrag,
målsättningar …), the insatser the plan describes and their goals for the plan year.

Loaded after the insatser (``interventions.demo``), since the plan refers to them. Idempotent.
The insatser of the Verksamhetsplan 2020 of Södra Vätterbygden that ended before 2024 are
created here with their period, so that each year's documents show that year's insatser only.
"""

import datetime

from finsam.models import Forbund
from interventions.demo import _load_goals, _load_insatser
from interventions.models import Insats, InsatsKind
from reports import demo_insjoriket, demo_outline, demo_plan_texts, demo_texts, freeze
from reports.models import DocumentKind, DocumentSubsection, ReportDocument, ReportText

D = datetime.date

# The insatser of the plan 2020 (section 7) that no longer run in 2024. Periods: IT-spåret i
# Eksjö "Finansiärer år 2018-2022"; Efterstöd "förbereda implementering … senast augusti 2020";
# SAMS and SE-N are projects of 2019–2020 resp. 2019–2021 (the plan's budget: SAMS 154 300 kr in
# 2021 and nothing in 2022, SE-N 689 000 kr in 2021 and nothing in 2022).
SODRA_PLAN_2020_INSATSER = [
    {
        "name": "IT-spåret i Eksjö",
        "kind": InsatsKind.INDIVID,
        "responsible_member": "Region Jönköpings län",
        "participants": ["Region Jönköpings län"],
        "start_date": D(2018, 1, 1),
        "planned_end_date": D(2022, 12, 31),
        "malgrupp": "Unga vuxna med stort IT-intresse och högfungerande autism.",
        "position": 6,
    },
    {
        "name": "Projekt SAMS – SAMverkan i Södra Vätterbygden",
        "kind": InsatsKind.STRUKTUR,
        "responsible_member": "Vaggeryds kommun",
        "participants": ["Habo kommun", "Jönköpings kommun", "Mullsjö kommun", "Vaggeryds kommun"],
        "start_date": D(2019, 1, 1),
        "planned_end_date": D(2021, 6, 30),
        "position": 7,
    },
    {
        "name": "Projekt Efterstöd",
        "kind": InsatsKind.INDIVID,
        "responsible_member": "Jönköpings kommun",
        "responsible_other": "AMA Jönköpings kommun",
        "participants": ["Jönköpings kommun"],
        "start_date": D(2019, 1, 1),
        "planned_end_date": D(2021, 6, 30),
        "position": 8,
    },
    {
        "name": "Projekt SE-N, Supported Employment för nyanlända",
        "kind": InsatsKind.INDIVID,
        "responsible_member": "Vaggeryds kommun",
        "responsible_other": "Arbetsmarknadsenheten",
        "participants": ["Vaggeryds kommun"],
        "start_date": D(2019, 1, 1),
        "planned_end_date": D(2021, 12, 31),
        "position": 9,
    },
]

# The vision of the Verksamhetsplan 2024 (sodra-vatterbygden-arsredovisning-2024, 1.1:
# "Förbundets vision enligt Verksamhetsplan 2024 är …").
SODRA_VP_2024 = {
    "vision": "Egenförsörjning och livskvalitet för individen – alla kan tillhöra och tillföra.",
}


def _plan(forbund: Forbund, year: int) -> ReportDocument | None:
    return ReportDocument.objects.filter(
        fiscal_year__forbund=forbund, fiscal_year__year=year, kind=DocumentKind.VERKSAMHETSPLAN
    ).first()


def _save_texts(document: ReportDocument, sections: dict[str, str], insatser: dict) -> None:
    for section, body in sections.items():
        ReportText.objects.update_or_create(
            document=document,
            section=section,
            insats=None,
            defaults={"body": body, "is_draft_copy": False},
        )
    for insats, body in insatser.items():
        ReportText.objects.update_or_create(
            document=document,
            section="insats",
            insats=insats,
            defaults={"body": body, "is_draft_copy": False},
        )


def load(forbund_by_slug: dict[str, Forbund]) -> None:
    sodra = forbund_by_slug["sodra-vatterbygden"]
    _load_insatser(sodra, SODRA_PLAN_2020_INSATSER)
    by_name = {insats.name: insats for insats in Insats.objects.filter(forbund=sodra)}
    for name, goals in demo_plan_texts.SODRA_VP_2020_INSATS_GOALS.items():
        _load_goals(sodra, 2020, [(text, None, None, "", "") for text in goals], by_name[name])
    plan_2020 = _plan(sodra, 2020)
    if plan_2020 is not None and not freeze.document_frozen(plan_2020.pk):
        _save_texts(
            plan_2020,
            {**demo_texts.SODRA_VP_2020, **demo_plan_texts.SODRA_VP_2020_SECTIONS},
            {
                by_name[name]: body
                for name, body in demo_plan_texts.SODRA_VP_2020_INSATS_TEXTS.items()
            },
        )
    plan_2024 = _plan(sodra, 2024)
    if plan_2024 is not None and not freeze.document_frozen(plan_2024.pk):
        _save_texts(plan_2024, SODRA_VP_2024, {})

    _load_outline(
        forbund_by_slug["finnveden"],
        2020,
        demo_outline.FINNVEDEN_2020_HUSHALLNING,
        demo_outline.FINNVEDEN_2020_HUSHALLNING_SUBSECTIONS,
    )
    _load_outline(
        sodra,
        2024,
        demo_outline.SODRA_2024_HUSHALLNING,
        demo_outline.SODRA_2024_HUSHALLNING_SUBSECTIONS,
    )
    _load_insjoriket(forbund_by_slug["insjoriket"])


def _load_outline(forbund: Forbund, year: int, text: str, subsections: list) -> None:
    """1.4 of an Årsredovisning: its text and its subsections (titles, texts, data blocks)."""
    document = ReportDocument.objects.filter(
        fiscal_year__forbund=forbund, fiscal_year__year=year, kind=DocumentKind.ARSREDOVISNING
    ).first()
    if document is None or freeze.document_frozen(document.pk):
        return
    section = "god_ekonomisk_hushallning"
    _save_texts(document, {section: text}, {})
    for position, (title, body, block) in enumerate(subsections, start=1):
        DocumentSubsection.objects.update_or_create(
            document=document,
            section=section,
            position=position,
            defaults={"title": title, "body": body, "block": block},
        )


def _load_subsections(document: ReportDocument, rows: list[tuple[str, str, str, str]]) -> None:
    """The document's subsections exactly as ``rows`` (section, title, text, data block) list
    them, numbered per section in their order."""
    positions: dict[str, int] = {}
    keep = []
    for section, title, body, block in rows:
        positions[section] = positions.get(section, 0) + 1
        row, _ = DocumentSubsection.objects.update_or_create(
            document=document,
            section=section,
            position=positions[section],
            defaults={"title": title, "body": body, "block": block},
        )
        keep.append(row.pk)
    DocumentSubsection.objects.filter(document=document).exclude(pk__in=keep).delete()


def _load_insjoriket(forbund: Forbund) -> None:
    """insjoriket-delarsrapport-2018: the förvaltningsberättelse's outline and the insatser's
    texts (``reports.demo_insjoriket``)."""
    document = ReportDocument.objects.filter(
        fiscal_year__forbund=forbund, fiscal_year__year=2018, kind=DocumentKind.DELARSRAPPORT
    ).first()
    if document is None or freeze.document_frozen(document.pk):
        return
    by_name = {insats.name: insats for insats in Insats.objects.filter(forbund=forbund)}
    _save_texts(
        document,
        {"organisation": demo_insjoriket.INSJORIKET_2018_ORGANISATION},
        {
            by_name[name]: body
            for name, body in demo_insjoriket.INSJORIKET_2018_INSATS_TEXTS.items()
        },
    )
    _load_subsections(document, demo_insjoriket.INSJORIKET_2018_SUBSECTIONS)
