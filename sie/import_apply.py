"""Applying an import plan: every figure written in one transaction, recorded in the Historik with
the file's name, SHA-256 and program."""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction

from finsam.models import BudgetLine, CostCategory, Forbund
from reports import freeze, selectors, services
from reports.models import (
    BALANCE_KINDS,
    RESULT_KINDS,
    FigureLine,
    PeriodFigures,
    ReportPeriod,
)
from sie.import_plan import FIGURE_FIELDS, ZERO, ImportPlan, PlanLine, YearPlan, _existing_period
from sie.models import SieImport

# --- applying ------------------------------------------------------------------------------


class ImportBlocked(Exception):
    def __init__(self, messages: list[str]):
        super().__init__("; ".join(messages))
        self.messages = messages


@transaction.atomic
def apply_import(plan: ImportPlan, *, user=None) -> SieImport:
    """Write the plan: the comparison year first (if it is created), then the year."""
    if not plan.ok:
        raise ImportBlocked(plan.blocking)
    if plan.comparison is not None:
        _write(plan.forbund, plan.comparison)
    period = _write(plan.forbund, plan.main)
    sie = plan.sie
    program = " ".join(x for x in (sie.program, sie.program_version) if x)
    parts = [f"{plan.main.label}: {len(plan.main.lines)} rader"]
    if plan.comparison is not None:
        parts.append(f"jämförelseåret {plan.comparison.label} skapat från -1-posterna")
    return SieImport.objects.create(
        forbund=plan.forbund,
        period=period,
        year=plan.year,
        through=plan.through,
        file_name=plan.file_name[:255],
        sha256=plan.sha256,
        program=program[:200],
        generated=sie.gen,
        sietyp=sie.sietyp or "",
        summary="; ".join(parts) + ".",
        imported_by=user if user is not None and user.is_authenticated else None,
    )


def _write(forbund: Forbund, plan: YearPlan) -> ReportPeriod:
    period = _existing_period(forbund, plan.kind, plan.year, plan.end)
    if period is None:
        period = services.report_period_create(
            forbund=forbund, kind=plan.kind, year=plan.year, start=plan.start, end=plan.end
        )
    freeze.ensure_period_editable(period)
    services.document_back_to_draft(period=period)
    members = {m.name: m for m in forbund.members.all()}
    budget_categories = dict(
        BudgetLine.objects.filter(
            budget__fiscal_year=period.fiscal_year, budget__kind="budget", section="kostnad"
        ).values_list("label", "category")
    )
    lines = selectors.lines_of(period)
    touched: set[int] = set()
    position = max((line.position for line in lines), default=0)

    def find(kind, label, parent_id=None, member=None):
        for line in lines:
            if member is not None:
                if line.kind == "driftbidrag" and line.member_id == member.pk:
                    return line
            elif line.kind == kind and line.label == label and line.parent_id == parent_id:
                return line
        return None

    def create(**fields) -> FigureLine:
        nonlocal position
        position += 10
        line = FigureLine.objects.create(period=period, position=position, **fields)
        lines.append(line)
        return line

    def category(plan_line: PlanLine, label: str) -> str:
        if plan_line.rad.kind not in ("kostnad", "personalkostnad"):
            return ""
        if plan_line.insats and not plan_line.parent:
            return CostCategory.INSATS
        from sie.lines import category_for

        return budget_categories.get(label) or category_for(label)

    figures, _ = PeriodFigures.objects.get_or_create(period=period)
    figure_values: dict[str, Decimal] = {}
    for item in plan.lines:
        rad = item.rad
        if rad.key == "ingen":
            continue
        if not rad.is_line:
            if rad.closing_field:
                figure_values[rad.closing_field] = figure_values.get(rad.closing_field, ZERO) + (
                    item.amount
                )
            if rad.opening_field:
                figure_values[rad.opening_field] = figure_values.get(rad.opening_field, ZERO) + (
                    item.opening
                )
            continue
        member = members.get(item.member) if rad.needs_member else None
        parent = None
        if item.parent:
            parent = find(rad.kind, item.parent) or create(
                kind=rad.kind, label=item.parent, category=category(item, item.parent)
            )
            if parent.amount:
                parent.amount = ZERO
                parent.save(update_fields=["amount"])
            touched.add(parent.pk)
        line = find(rad.kind, item.label, parent.pk if parent else None, member)
        opening = item.opening if rad.kind in BALANCE_KINDS else None
        if line is None:
            line = create(
                kind=rad.kind,
                label=item.label,
                member=member,
                parent=parent,
                category="" if parent else category(item, item.label),
                amount=item.amount,
                opening_amount=opening,
            )
        else:
            line.amount, line.opening_amount = item.amount, opening
            line.label = item.label  # a driftbidrag line takes the mapping's name, if it has one
            line.save(update_fields=["amount", "opening_amount", "label"])
        touched.add(line.pk)
    for line in lines:
        if line.pk in touched or line.kind not in (*RESULT_KINDS, *BALANCE_KINDS):
            continue
        opening = ZERO if line.kind in BALANCE_KINDS else None
        if line.amount != 0 or line.opening_amount != opening:
            line.amount, line.opening_amount = ZERO, opening
            line.save(update_fields=["amount", "opening_amount"])
    for closing_field, opening_field in FIGURE_FIELDS:
        for name in (closing_field, opening_field):
            if name is None:
                continue
            if name in figure_values:
                setattr(figures, name, figure_values[name])
            elif not PeriodFigures._meta.get_field(name).null:
                setattr(figures, name, ZERO)
    figures.save()
    return period
