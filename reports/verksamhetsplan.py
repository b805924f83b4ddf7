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
    from interventions.selectors import plan_goals

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
        "member_names": member_names,
        "insatser": insatser,
        "plan_goals": goals,
        "sections": sections,
        "budget_number": len(sections),
        "document_title": f"Verksamhetsplan {year} med budget",
        "draft": draft,
    }


def _insatser(forbund: Forbund, year: int) -> list[dict]:
    from interventions.selectors import verksamhetsplan_insatser

    return verksamhetsplan_insatser(forbund, year)


def render_verksamhetsplan(forbund: Forbund, year: int, *, draft: bool = True) -> RenderedPdf:
    return html_to_pdf(report_html(TEMPLATE, verksamhetsplan_context(forbund, year, draft=draft)))
