"""The Verksamhetsplan med budget: its content, from the core domain, the insatser and the plan
year's own texts (the Verksamhetsplan document of that year).

The outline is the plan's skeleton in fixed order (``PLAN_OUTLINE``). A section is printed when
it has something to show: its texts, or computed content (the year's insatser with their goals,
the budget). Inledning and Budget are always printed. Everything comes from the plan year:
the vision and the texts are the year's document's, the insatser those active that year and the
goals those set for that year.
"""

from dataclasses import dataclass

from django.utils.safestring import SafeString

from finsam import selectors
from finsam.models import Budget, BudgetKind, Forbund
from interventions.reporting import verksamhetsplan_insatser
from interventions.selectors import plan_goals
from reports.rendering import RenderedPdf, html_to_pdf, report_html

TEMPLATE = "pdf/verksamhetsplan.html"


class NoBudget(LookupError):
    pass


@dataclass(frozen=True)
class PlanSection:
    """One numbered section of the plan: its texts (keys of ``reports.texts.SECTIONS``) and
    whether it always prints."""

    anchor: str
    title: str
    texts: tuple[str, ...]
    always: bool = False


PLAN_OUTLINE: tuple[PlanSection, ...] = (
    PlanSection("inledning", "Inledning", ("inledning",), always=True),
    PlanSection("vision", "Vision", ("vision", "verksamhetside")),
    PlanSection("uppgifter", "Samordningsförbundets uppgifter", ("uppdrag",)),
    PlanSection("malgrupper", "Målgrupper", ("malgrupper",)),
    PlanSection("inriktning", "Inriktning på samverkansarbetet", ("inriktning",)),
    PlanSection("organisation", "Samordningsförbundets organisation", ("organisation_plan",)),
    PlanSection("malsattningar", "Målsättningar", ("malsattningar", "finansiella_mal")),
    PlanSection("verksamhet", "Verksamhet under {year}", ("verksamhet",)),
    PlanSection("budget", "Budget {year}", ("budget_motivering",), always=True),
)


def plan_document(forbund: Forbund, year: int):
    from reports.models import DocumentKind, ReportDocument

    return ReportDocument.objects.filter(
        fiscal_year__forbund=forbund, fiscal_year__year=year, kind=DocumentKind.VERKSAMHETSPLAN
    ).first()


def plan_texts(forbund: Forbund, year: int) -> dict[str, SafeString]:
    """The plan year's texts as HTML (empty when the year has no Verksamhetsplan document)."""
    from reports import texts

    document = plan_document(forbund, year)
    return texts.texts_for(document) if document is not None else {}


def year_vision(forbund: Forbund, year: int) -> str:
    """The vision of ``year``'s plan as plain text ("" when that year has none): the cover of
    the year's Årsredovisning and Delårsrapport print it, never another year's vision."""
    from reports.models import ReportText

    document = plan_document(forbund, year)
    if document is None:
        return ""
    body = (
        ReportText.objects.filter(document=document, section="vision", insats__isnull=True)
        .values_list("body", flat=True)
        .first()
    )
    return " ".join((body or "").replace("*", "").split())


def plan_outline(
    year: int,
    section_texts: dict[str, SafeString],
    *,
    has_goals: bool,
    has_insatser: bool,
    subsections: dict[str, list] | None = None,
) -> list[dict]:
    """The sections to print, numbered from 1, each with its texts' HTML in order and the
    förbund's own subsections (``reports.outline``) of its text sections."""
    subsections = subsections or {}
    outline = []
    for section in PLAN_OUTLINE:
        bodies = [section_texts[key] for key in section.texts if section_texts.get(key)]
        subs = [sub for key in section.texts for sub in subsections.get(key, [])]
        computed = section.anchor == "malsattningar" and (has_goals or has_insatser)
        if not (section.always or bodies or computed or subs):
            continue
        outline.append(
            {
                "anchor": section.anchor,
                "title": section.title.format(year=year),
                "number": len(outline) + 1,
                "subs": subs,
            }
        )
    return outline


def verksamhetsplan_context(
    forbund: Forbund,
    year: int,
    *,
    draft: bool = True,
    section_texts: dict[str, SafeString] | None = None,
    insats_texts: dict[int, SafeString] | None = None,
    subsections: dict[str, list] | None = None,
) -> dict:
    table = selectors.budget_table(forbund, year)
    if table is None:
        raise NoBudget(f"Det finns ingen budget för {year}.")
    budget = Budget.objects.get(
        fiscal_year__forbund=forbund, fiscal_year__year=year, kind=BudgetKind.BUDGET
    )
    if section_texts is None:
        section_texts = plan_texts(forbund, year)
    if insats_texts is None:
        document = plan_document(forbund, year)
        if document is not None:
            from reports import texts

            insats_texts = texts.insats_texts_for(document)
    insatser = verksamhetsplan_insatser(forbund, year)
    for insats in insatser:
        insats["text"] = (insats_texts or {}).get(insats["pk"])
    goals = plan_goals(forbund, year)
    outline = plan_outline(
        year,
        section_texts,
        has_goals=bool(goals),
        has_insatser=bool(insatser),
        subsections=subsections,
    )
    return {
        "forbund": forbund,
        "year": year,
        "budget": budget,
        "table": table,
        "member_names": selectors.member_names(forbund),
        "insatser": insatser,
        "plan_goals": goals,
        "sections": outline,
        "numbers": {section["anchor"]: section["number"] for section in outline},
        "texts": section_texts,
        "vision": year_vision(forbund, year),
        "document_title": f"Verksamhetsplan {year} med budget",
        "draft": draft,
    }


def render_verksamhetsplan(forbund: Forbund, year: int, *, draft: bool = True) -> RenderedPdf:
    return html_to_pdf(report_html(TEMPLATE, verksamhetsplan_context(forbund, year, draft=draft)))
