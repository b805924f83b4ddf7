"""The Verksamhetsplan med budget: its content, from the core domain (and insatser when present)."""

from finsam import selectors
from finsam.models import Budget, BudgetKind, Forbund
from reports.rendering import RenderedPdf, html_to_pdf, report_html

TEMPLATE = "pdf/verksamhetsplan.html"


class NoBudget(LookupError):
    pass


def verksamhetsplan_context(forbund: Forbund, year: int, *, draft: bool = True) -> dict:
    table = selectors.budget_table(forbund, year)
    if table is None:
        raise NoBudget(f"Det finns ingen budget för {year}.")
    budget = Budget.objects.get(
        fiscal_year__forbund=forbund, fiscal_year__year=year, kind=BudgetKind.BUDGET
    )
    members = [m.name for m in selectors.members_of(forbund)]
    member_names = ", ".join(members[:-1]) + (" och " + members[-1] if len(members) > 1 else "")
    insatser = _insatser(forbund, year)
    sections = [{"anchor": "vision", "title": "Vision"}]
    if insatser:
        sections.append({"anchor": "insatser", "title": f"Insatser och mål {year}"})
    sections.append({"anchor": "budget", "title": f"Budget {year}"})
    for number, section in enumerate(sections, start=1):
        section["number"] = number
    return {
        "forbund": forbund,
        "year": year,
        "budget": budget,
        "table": table,
        "member_names": member_names,
        "insatser": insatser,
        "sections": sections,
        "budget_number": len(sections),
        "document_title": f"Verksamhetsplan {year} med budget",
        "draft": draft,
    }


def _insatser(forbund: Forbund, year: int) -> list[dict]:
    """Insatser with their goals for the year, when the interventions app provides them."""
    try:
        from interventions.selectors import verksamhetsplan_insatser
    except ImportError:
        return []
    return verksamhetsplan_insatser(forbund, year)


def render_verksamhetsplan(forbund: Forbund, year: int, *, draft: bool = True) -> RenderedPdf:
    return html_to_pdf(report_html(TEMPLATE, verksamhetsplan_context(forbund, year, draft=draft)))
