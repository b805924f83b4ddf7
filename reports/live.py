"""Running totals and check results of an entry page while the user types, before anything is
saved: the unsaved form data replace the saved figures in memory and the ordinary statement and
check functions compute from them (the one place where totals are computed)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from reports import checks, statements
from reports.models import ReportPeriod
from reports.statements import PeriodData

FIX_FIELDS = "Rätta de markerade fälten för att se summorna."


@dataclass(frozen=True)
class LiveSummary:
    valid: bool
    intakter: Decimal | None = None
    kostnader: Decimal | None = None
    resultat: Decimal | None = None
    summa_tillgangar: Decimal | None = None
    summa_eget_kapital_och_skulder: Decimal | None = None
    balance_difference: Decimal | None = None
    likvida_medel_slut: Decimal | None = None
    counts: dict | None = None
    errors: tuple[checks.CheckResult, ...] = ()
    invalid_fields: int = 0


def unsaved_data(period: ReportPeriod, form, formsets) -> PeriodData:
    """The period's data with the (validated, unsaved) form and formsets applied in memory."""
    data = statements.period_data(period)
    figures = form.instance if form is not None else data.figures
    covered = {f.instance.pk for fs in formsets for f in fs.initial_forms if f.instance.pk}
    lines = [line for line in data.lines if line.pk not in covered]
    for formset in formsets:
        for f in formset.forms:
            if formset.can_delete and formset._should_delete_form(f):
                continue
            if f.instance.pk is None and not f.has_changed():
                continue
            lines.append(f.instance)
    lines.sort(key=lambda line: (line.position, line.pk or 0))
    children: dict[int, list] = defaultdict(list)
    for line in lines:
        if line.parent_id is not None:
            children[line.parent_id].append(line)
    return PeriodData(period=period, lines=lines, figures=figures, children=dict(children))


def summary(period: ReportPeriod, form, formsets) -> LiveSummary:
    """Validate the forms (nothing is saved) and compute the summary from them."""
    valid = form.is_valid() if form is not None else True
    valid = all([fs.is_valid() for fs in formsets]) and valid
    if not valid:
        invalid = len(form.errors) if form is not None else 0
        invalid += sum(len(f.errors) for fs in formsets for f in fs.forms)
        invalid += sum(1 for fs in formsets if fs.non_form_errors())
        return LiveSummary(valid=False, invalid_fields=invalid)
    return summary_of(period, unsaved_data(period, form, formsets))


def summary_of(period: ReportPeriod, data: PeriodData | None = None) -> LiveSummary:
    """The summary of the saved figures, or of ``data``."""
    data = data if data is not None else statements.period_data(period)
    result = statements.result_figures(data)
    balance = statements.closing_balance(data)
    flow = statements.cash_flow(data)
    results = checks.run_checks(period, data=data)
    return LiveSummary(
        valid=True,
        intakter=result.summa_intakter,
        kostnader=result.summa_kostnader,
        resultat=result.arets_resultat,
        summa_tillgangar=balance.summa_tillgangar,
        summa_eget_kapital_och_skulder=balance.summa_eget_kapital_och_skulder,
        balance_difference=balance.difference,
        likvida_medel_slut=flow.likvida_medel_slut,
        counts=checks.counts(results),
        errors=tuple(r for r in results if r.is_error),
    )
