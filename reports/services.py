"""Writes of report periods and their figures. Each runs in one transaction: all or nothing."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import transaction

from finsam.models import (
    Budget,
    BudgetKind,
    BudgetSection,
    Driftbidrag,
    FiscalYear,
    Forbund,
    MemberKind,
)
from finsam.money import round_kr
from finsam.selectors import AllocationError, driftbidrag_allocation
from finsam.services import fiscal_year_get_or_create
from finsam.versioning import MISSING_VERSION_MESSAGE, StaleVersionError
from reports import freeze, line_merge, selectors, statements
from reports.freeze import ReportFrozen  # noqa: F401  (the edit views catch it from here)
from reports.models import (
    BALANCE_KINDS,
    COST_KINDS,
    INCOME_KINDS,
    DocumentKind,
    DocumentStatus,
    FigureLine,
    Layout,
    LineKind,
    PeriodFigures,
    ReportDocument,
    ReportKind,
    ReportPeriod,
)

REOPENED_AFTER_CHANGE = (
    "Rapporten var skickad för godkännande; eftersom uppgifter ändrades är den nu ett utkast igen."
)
PERIOD_HAS_APPROVED_VERSIONS = (
    "Rapporten har godkända versioner och kan inte tas bort; de ska bevaras."
)


class PeriodNotDeletable(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def default_dates(kind: str, year: int) -> tuple[datetime.date, datetime.date]:
    """A full calendar year; a Delårsrapport is usually 1 January – 31 August."""
    if kind == ReportKind.ARSREDOVISNING:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return datetime.date(year, 1, 1), datetime.date(year, 8, 31)


@transaction.atomic
def report_period_create(
    *,
    forbund: Forbund,
    kind: str,
    year: int,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    layout: str | None = None,
) -> ReportPeriod:
    """A new period with its lines prefilled, as a sekreterare would start it:

    - driftbidrag per member from the year's driftbidrag allocation (the period's share of it);
    - cost lines from the year's budget, with their budget for the period;
    - the other lines (other income, sub-lines, lines outside the budget) from the same kind of
      report last year, or else last year's Årsredovisning;
    - opening balances (kassa, eget kapital, fordringar, skulder…) from last year's
      Årsredovisning, or eget kapital from the entered history of last year.
    """
    default_start, default_end = default_dates(kind, year)
    start, end = start or default_start, end or default_end
    fiscal_year = fiscal_year_get_or_create(forbund=forbund, year=year)
    previous_year_end = selectors.annual_report(forbund, year - 1)
    template = (
        selectors.periods_of(forbund)
        .filter(kind=kind, fiscal_year__year=year - 1)
        .order_by("-end")
        .first()
        or previous_year_end
    )
    period = ReportPeriod.objects.create(
        fiscal_year=fiscal_year,
        kind=kind,
        start=start,
        end=end,
        layout=layout or (template.layout if template else Layout.KATEGORI),
        **(
            {
                name: getattr(template, name)
                for name in PRESENTATION_FIELDS[1:]
            }
            if template is not None and template.kind == kind
            else {}
        ),
    )
    ReportDocument.objects.create(fiscal_year=fiscal_year, kind=kind, period=period)
    budget = Budget.objects.filter(fiscal_year=fiscal_year, kind=BudgetKind.BUDGET).first()
    figures = PeriodFigures(period=period)
    if template is not None:
        figures.antal_anstallda = selectors.figures_of(template).antal_anstallda
    if previous_year_end is not None:
        closing = statements.closing_balance(previous_year_end)
        figures.opening_equity = closing.eget_kapital
        figures.opening_kassa = closing.kassa_och_bank
        figures.opening_anlaggningstillgangar = closing.anlaggningstillgangar
        figures.opening_avsattningar = closing.avsattningar
        figures.opening_langfristiga_skulder = closing.langfristiga_skulder
        figures.opening_ansvarsforbindelser = closing.ansvarsforbindelser
        figures.ansvarsforbindelser_text = selectors.figures_of(
            previous_year_end
        ).ansvarsforbindelser_text
    else:
        history = selectors.history_of(forbund, year - 1)
        if history is not None:
            figures.opening_equity = history.eget_kapital
    if kind == ReportKind.DELARSRAPPORT and budget is not None:
        income = [line.amount for line in budget.lines.all() if line.section == "intakt"]
        costs = [line.amount for line in budget.lines.all() if line.section == "kostnad"]
        figures.budget_helar_intakter = sum(income, Decimal(0))
        figures.budget_helar_kostnader = sum(costs, Decimal(0))
    figures.save()
    _prefill_lines(period, budget, template, previous_year_end)
    return period


def _share(amount: Decimal | None, period: ReportPeriod) -> Decimal | None:
    if amount is None:
        return None
    if period.is_full_year:
        return amount
    return round_kr(amount * period.months / 12)


def _prefill_lines(
    period: ReportPeriod,
    budget: Budget | None,
    template: ReportPeriod | None,
    previous_year_end: ReportPeriod | None,
) -> None:
    template_lines = selectors.lines_of(template) if template else []
    budget_lines = list(budget.lines.select_related("member")) if budget else []
    position = 0

    def add(**fields) -> FigureLine:
        nonlocal position
        position += 10
        return FigureLine.objects.create(period=period, position=position, **fields)

    def template_line(kind_set, label) -> FigureLine | None:
        return next(
            (x for x in template_lines if x.kind in kind_set and x.label == label and not x.parent),
            None,
        )

    # Driftbidrag per member.
    allocation = {}
    driftbidrag = Driftbidrag.objects.filter(fiscal_year=period.fiscal_year).first()
    if driftbidrag is not None:
        try:
            allocation = {
                row.member: row.amount for row in driftbidrag_allocation(driftbidrag).rows
            }
        except AllocationError:
            allocation = {}
    members = list(period.forbund.members.order_by("position", "name"))
    for member in members:
        budget_line = next(
            (x for x in budget_lines if x.section == BudgetSection.INCOME and x.member == member),
            None,
        )
        previous = next(
            (x for x in template_lines if x.kind == LineKind.DRIFTBIDRAG and x.member == member),
            None,
        )
        if member not in allocation and budget_line is None and previous is None:
            continue
        if member.kind == MemberKind.AF and not allocation.get(member) and previous is None:
            continue
        label = (
            previous.label
            if previous
            else budget_line.label
            if budget_line
            else f"Driftbidrag från {member.name}"
        )
        add(
            kind=LineKind.DRIFTBIDRAG,
            label=label,
            member=member,
            group=previous.group if previous else "",
            amount=_share(allocation.get(member), period) or Decimal(0),
            budget=_share(budget_line.amount, period) if budget_line else None,
            budget_line=budget_line,
        )
    # Other income: the budget's lines without a member, then last year's lines.
    seen: set[tuple[str, str]] = set()
    for budget_line in budget_lines:
        if budget_line.section != BudgetSection.INCOME or budget_line.member:
            continue
        previous = template_line(INCOME_KINDS, budget_line.label)
        kind = previous.kind if previous else LineKind.OVRIG_INTAKT
        add(
            kind=kind,
            label=budget_line.label,
            group=previous.group if previous else "",
            budget=_share(budget_line.amount, period),
            budget_line=budget_line,
        )
        seen.add((kind, budget_line.label))
    for line in template_lines:
        is_other_income = line.kind in INCOME_KINDS and line.kind != LineKind.DRIFTBIDRAG
        if is_other_income and (line.kind, line.label) not in seen:
            add(kind=line.kind, label=line.label, group=line.group)
            seen.add((line.kind, line.label))
    # Costs: the budget's lines, then last year's lines outside the budget; sub-lines follow.
    created: dict[str, FigureLine] = {}
    for budget_line in budget_lines:
        if budget_line.section != BudgetSection.COST:
            continue
        previous = template_line(COST_KINDS, budget_line.label)
        created[budget_line.label] = add(
            kind=previous.kind if previous else LineKind.KOSTNAD,
            label=budget_line.label,
            category=budget_line.category,
            group=previous.group if previous else "",
            budget=_share(budget_line.amount, period),
            budget_line=budget_line,
        )
    for line in template_lines:
        if line.kind in COST_KINDS and line.parent_id is None and line.label not in created:
            created[line.label] = add(
                kind=line.kind, label=line.label, category=line.category, group=line.group
            )
    for line in template_lines:
        if line.parent_id is not None and line.parent.label in created:
            add(kind=line.kind, label=line.label, parent=created[line.parent.label])
    # Balance specification lines, opening at last year's closing balance.
    opening_source = selectors.lines_of(previous_year_end) if previous_year_end else []
    balance_source = opening_source or [x for x in template_lines if x.kind in BALANCE_KINDS]
    for line in balance_source:
        if line.kind in BALANCE_KINDS:
            add(
                kind=line.kind,
                label=line.label,
                opening_amount=line.amount if opening_source else None,
            )


def _lock(period: ReportPeriod, seen_version: int | None) -> tuple[bool, ReportPeriod]:
    """Lock the period and refuse a change to an approved report (the database refuses it too).
    The lock is mandatory (a save without ``seen_version`` is refused); conflicts are decided
    value by value (``reports.line_merge``), so a save after someone else's is not refused for
    that alone. Returns whether a submitted report became a draft again, and the locked period."""
    freeze.ensure_period_editable(period)
    current = ReportPeriod.objects.select_for_update().get(pk=period.pk)
    if seen_version is None:
        raise StaleVersionError(current, MISSING_VERSION_MESSAGE)
    current.version += 1
    current.save(update_fields=["version"])
    period.version = current.version
    return document_back_to_draft(period=period), current


def document_back_to_draft(*, period: ReportPeriod) -> bool:
    """A change to the figures of a submitted report makes it a draft again (the board approves
    what it was sent). Returns True if it was submitted."""
    document = ReportDocument.objects.select_for_update().filter(period=period).first()
    if document is None or document.status != DocumentStatus.INSKICKAD:
        return False
    document.status = DocumentStatus.UTKAST
    document.version += 1
    document.save(update_fields=["status", "version"])
    return True


@transaction.atomic
def report_lines_save(*, period: ReportPeriod, seen_version: int | None, formsets) -> bool:
    """Save the line formsets of one entry page (validated by the caller). Returns True when the
    report was sent for approval before and is a draft again."""
    reopened, _ = _lock(period, seen_version)
    line_merge.merge_formsets(period, formsets)
    return reopened


# How the report is printed, chosen on the page "Personal, balanskrav och prognos".
PRESENTATION_FIELDS = (
    "layout",
    "balance_columns",
    "drift_comparison",
    "tkr_tables",
    "show_zero_lines",
    "income_note_with_financial",
    "statement_order",
    "equity_layout",
)


@transaction.atomic
def report_figures_save(
    *, period: ReportPeriod, seen_version: int | None, form, formsets=()
) -> bool:
    """Save the period's single figures (and optionally line formsets) from one entry page."""
    reopened, current = _lock(period, seen_version)
    line_merge.merge_figures(period, current, form, PRESENTATION_FIELDS)
    line_merge.merge_formsets(period, formsets)
    for name in PRESENTATION_FIELDS:
        setattr(period, name, getattr(current, name))
    return reopened


@transaction.atomic
def report_period_delete(*, period: ReportPeriod) -> None:
    """Delete a period with its document, texts and figures; refused once it was approved."""
    document = ReportDocument.objects.filter(period=period).first()
    if document is not None:
        if document.approved_versions.exists():
            raise PeriodNotDeletable(PERIOD_HAS_APPROVED_VERSIONS)
        document.texts.all().delete()
        document.delete()
    period.delete()


def plan_document(forbund: Forbund, year: int) -> ReportDocument | None:
    """The year's Verksamhetsplan document, created when the year has a budget; ``None`` when it
    has none (there is nothing to plan from)."""
    fiscal_year = FiscalYear.objects.filter(forbund=forbund, year=year).first()
    if fiscal_year is None:
        return None
    document = ReportDocument.objects.filter(
        fiscal_year=fiscal_year, kind=DocumentKind.VERKSAMHETSPLAN
    ).first()
    if document is not None:
        return document
    if not Budget.objects.filter(fiscal_year=fiscal_year, kind=BudgetKind.BUDGET).exists():
        return None
    document, _ = ReportDocument.objects.get_or_create(
        fiscal_year=fiscal_year, kind=DocumentKind.VERKSAMHETSPLAN
    )
    return document
