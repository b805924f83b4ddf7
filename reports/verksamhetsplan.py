"""The Verksamhetsplan med budget: its content, from the core domain and the insatser."""

from finsam import selectors
from finsam.models import Budget, BudgetKind, Forbund
from interventions.selectors import plan_goals, verksamhetsplan_insatser
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
    insatser = verksamhetsplan_insatser(forbund, year)
    goals = plan_goals(forbund, year)
    sections = [{"anchor": "vision", "title": "Vision"}]
    if goals:
        sections.append({"anchor": "mal", "title": f"Mål och åtaganden {year}"})
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
        "member_names": selectors.member_names(forbund),
        "insatser": insatser,
        "plan_goals": goals,
        "sections": sections,
        "budget_number": len(sections),
        "document_title": f"Verksamhetsplan {year} med budget",
        "draft": draft,
    }


def render_verksamhetsplan(forbund: Forbund, year: int, *, draft: bool = True) -> RenderedPdf:
    return html_to_pdf(report_html(TEMPLATE, verksamhetsplan_context(forbund, year, draft=draft)))
