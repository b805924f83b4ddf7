"""The reconciliation of an import plan as text (the command prints it; the page shows the same
figures as a table)."""

from __future__ import annotations

from finsam.money import format_amount
from sie.importing import ImportPlan, YearPlan


def _kr(value) -> str:
    if value is None:
        return "–"
    return format_amount(value, decimals=0 if value == value.to_integral() else 2)


def year_lines(plan: YearPlan) -> list[str]:
    state = "finns" if plan.period is not None else "skapas"
    lines = [f"== {plan.label} ({state}) =="]
    for item in plan.lines:
        row = f"{item.rad.statement[:2].upper()} {item.title}: {_kr(item.amount)}"
        if item.rad.statement == "balansräkning":
            row += f" (ingående {_kr(item.opening)})"
        if item.difference is not None:
            row += f"; inmatat {_kr(item.current)}, skillnad {_kr(item.difference)}"
        lines.append(row)
        for source in item.sources:
            objekt = f" objekt {source.objekt}" if source.objekt else ""
            lines.append(f"    {source.account} {source.name}{objekt}: {_kr(source.amount)}")
    lines.append(f"Årets resultat enligt raderna: {_kr(plan.result)}")
    return lines


def reconciliation_lines(plan: ImportPlan) -> list[str]:
    lines = []
    for year_plan in (plan.comparison, plan.main):
        if year_plan is not None:
            lines += year_lines(year_plan)
    for item in plan.unmapped:
        amounts = ", ".join(f"{record} {_kr(value)}" for record, value in item.amounts)
        lines.append(f"Saknar koppling: {item.account} {item.name} ({amounts})")
    return lines
