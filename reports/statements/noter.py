"""The notes: their numbering and plan, the redovisningsprinciper, each note's rows, and the notes
that do not sum to their line."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reports import selectors
from reports.models import (
    BalanceColumns,
    FigureLine,
    Layout,
    LineKind,
    ReportPeriod,
)
from reports.statements import core
from reports.statements.anlaggningar import (
    ansvarsforbindelser_note,
    fixed_assets,
    fixed_assets_note,
)
from reports.statements.core import (
    INCOME_KINDS_ALL,
    INSATS_CATEGORIES,
    INSATSER_LABEL,
    OPERATING_COSTS,
    OPERATING_INCOME,
    PeriodData,
    Row,
    Table,
    _sum,
    _sum_or_none,
    result_figures,
    unit_of,
)

# --- Noter ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    number: int
    key: str
    title: str
    table: Table | None
    text: str = ""
    text_after: str = ""
    html: str = ""  # the document's own text (SafeString), printed instead of ``text``


REDOVISNINGSPRINCIPER = (
    "Årsredovisningen är upprättad i enlighet med lag (2018:597) om kommunal bokföring och "
    "redovisning samt rekommendationer från Rådet för kommunal redovisning, i tillämpliga delar. "
    "Tillgångar och skulder har tagits upp till nominella belopp."
)
REDOVISNINGSPRINCIPER_DELAR = (
    "Delårsrapporten är upprättad i enlighet med lag (2018:597) om kommunal bokföring och "
    "redovisning och Rådet för kommunal redovisnings rekommendation R17 Delårsrapport, i "
    "tillämpliga delar. Samma redovisningsprinciper och beräkningsmetoder har tillämpats som i "
    "den senaste årsredovisningen. Tillgångar och skulder har tagits upp till nominella belopp."
)


def redovisningsprinciper(period: ReportPeriod) -> str:
    return REDOVISNINGSPRINCIPER if period.is_full_year else REDOVISNINGSPRINCIPER_DELAR


def _note_plan(data: PeriodData) -> list[tuple[str, str]]:
    """(key, title) of the period's notes in order; which notes exist depends on the layout."""
    layout = data.period.layout
    plan: list[tuple[str, str]] = []
    if layout == Layout.SUMMERAD:
        plan.append(("principer", "Redovisningsprinciper"))
    if layout in (Layout.KATEGORI, Layout.SUMMERAD) and data.top(*OPERATING_INCOME):
        plan.append(("intakter", "Verksamhetens intäkter"))
    if layout == Layout.KATEGORI:
        if any(line.category in INSATS_CATEGORIES for line in data.top(*OPERATING_COSTS)):
            plan.append(("insatser", INSATSER_LABEL))
        for line in data.top(*OPERATING_COSTS):
            if data.subs(line) and line.category not in INSATS_CATEGORIES:
                plan.append(
                    (f"spec:{line.label}", f"Kostnader {line.label[:1].lower()}{line.label[1:]}")
                )
    if layout == Layout.SUMMERAD and data.top(*OPERATING_COSTS):
        plan.append(("kostnader", "Verksamhetens kostnader"))
    if len(data.top(LineKind.FORDRAN)) > 1:
        plan.append(("fordringar", "Fordringar"))
    if len(data.top(LineKind.KORTFRISTIG_SKULD)) > 1:
        plan.append(("skulder", "Kortfristiga skulder"))
    if fixed_assets(data).any:
        plan.append(("anlaggningstillgangar", "Anläggningstillgångar"))
    f = data.figures
    if f.ansvarsforbindelser is not None or f.opening_ansvarsforbindelser is not None:
        plan.append(("ansvarsforbindelser", "Ansvarsförbindelser"))
    # The förbund's own supplementary notes come last, in their order.
    plan += [(f"komplettering:{note.pk}", note.title) for note in data.supplementary]
    return plan


def note_numbers(data: PeriodData) -> dict[str, int]:
    return {key: number for number, (key, _) in enumerate(_note_plan(data), start=1)}


def noter(period: ReportPeriod) -> list[Note]:
    data = core.period_data(period)
    comparison = selectors.comparison_period(period)
    comparison_data = core.period_data(comparison) if comparison else None
    current_title = period.closing_label if period.is_full_year else period.period_label
    previous_title = None
    if comparison is not None:
        previous_title = (
            comparison.closing_label if comparison.is_full_year else comparison.period_label
        )
    notes = []
    for number, (key, title) in enumerate(_note_plan(data), start=1):
        if key == "principer":
            notes.append(Note(number, key, title, None, redovisningsprinciper(period)))
            continue
        if key.startswith("komplettering:"):
            notes.append(_supplementary_note(data, number, key, title))
            continue
        if key == "anlaggningstillgangar":
            table = fixed_assets_note(data)
        elif key == "ansvarsforbindelser":
            table = ansvarsforbindelser_note(data)
        elif key in ("fordringar", "skulder"):
            kind = LineKind.FORDRAN if key == "fordringar" else LineKind.KORTFRISTIG_SKULD
            if not period.is_full_year and period.balance_columns != BalanceColumns.FORANDRING:
                from reports.statements.balance_columns import interim_balance_note

                table = interim_balance_note(data, kind)
            else:
                table = _balance_note(data, kind, current_title)
        else:
            table = _result_note(data, comparison_data, key, current_title, previous_title)
        notes.append(Note(number, key, title, table))
    return notes


def _supplementary_note(data: PeriodData, number: int, key: str, title: str) -> Note:
    """A supplementary note: its rows as entered, in the columns it has (budget, this period,
    last year), with its texts before and after the table. No total: its rows are separate
    figures, not the parts of one."""
    note = next(n for n in data.supplementary if f"komplettering:{n.pk}" == key)
    period = data.period
    current = period.closing_label if period.is_full_year else period.period_label
    columns: tuple[str, ...] = (current,)
    if note.with_budget:
        budget_title = period.year if period.is_full_year else period.period_label
        columns = (f"Budget {budget_title}", *columns)
    if note.with_comparison:
        previous = (
            f"{period.end.year - 1}-12-31"
            if period.is_full_year
            else f"{period.period_label[:-4]}{period.end.year - 1}"
        )
        columns += (previous,)
    rows = []
    for row in note.rows.all():
        values: tuple[Decimal | None, ...] = (row.amount,)
        if note.with_budget:
            values = (row.budget, *values)
        if note.with_comparison:
            values += (row.comparison_amount,)
        rows.append(Row(row.label, values, key=f"rad:{row.label}"))
    table = Table(columns, tuple(rows), unit=unit_of(period, "noter"), blank="–") if rows else None
    return Note(number, key, title, table, note.text_before, note.text_after)


@dataclass(frozen=True)
class NoteMismatch:
    """A note whose total differs from the resultaträkning line it is attached to."""

    number: int
    key: str
    title: str
    kind: str  # "intakter" or "kostnader"
    line_label: str
    line_amount: Decimal
    note_total: Decimal
    terms: tuple[Decimal, ...]


def note_line_mismatches(data: PeriodData) -> list[NoteMismatch]:
    """Notes of verksamhetens intäkter or kostnader that do not sum to their line (exactly);
    e.g. a note of intäkter that also lists financial income under the line of verksamhetens
    intäkter."""
    figures = result_figures(data)
    layout = data.period.layout
    attached = {
        "intakter": (
            "intakter",
            "Intäkter totalt" if layout == Layout.KATEGORI else "Verksamhetens intäkter",
            figures.verksamhetens_intakter,
            data.top(*OPERATING_INCOME),
        ),
        "kostnader": (
            "kostnader",
            "Verksamhetens kostnader",
            figures.verksamhetens_kostnader,
            data.top(*OPERATING_COSTS),
        ),
    }
    mismatches = []
    for number, (key, title) in enumerate(_note_plan(data), start=1):
        if key not in attached:
            continue
        kind, label, amount, line_lines = attached[key]
        lines = _note_lines(data, key)
        total = _sum(data.amount(line) for line in lines)
        if total != amount:
            terms = tuple(data.amount(line) for line in lines) + tuple(
                data.amount(line) for line in line_lines
            )
            mismatches.append(
                NoteMismatch(number, key, title, kind, label, amount, total, terms)
            )
    return mismatches


def _note_lines(data: PeriodData, key: str) -> list[FigureLine]:
    if key == "intakter":
        if data.period.income_note_with_financial:
            return data.top(*INCOME_KINDS_ALL)
        return data.top(*OPERATING_INCOME)
    if key == "insatser":
        return [x for x in data.top(*OPERATING_COSTS) if x.category in INSATS_CATEGORIES]
    if key == "kostnader":
        return data.top(*OPERATING_COSTS)
    if key.startswith("spec:"):
        label = key.removeprefix("spec:")
        parent = next((x for x in data.top(*OPERATING_COSTS) if x.label == label), None)
        return data.subs(parent) if parent else []
    return []


def _result_note(
    data: PeriodData,
    comparison: PeriodData | None,
    key: str,
    current_title: str,
    previous_title: str | None,
) -> Table:
    lines = _note_lines(data, key)
    previous_lines = _note_lines(comparison, key) if comparison else []
    # A budget column where the lines have budgets, or (the note of verksamhetens kostnader)
    # where the budget is given as the total: then only the total row has a budget.
    total_budget = data.figures.budget_kostnader if key == "kostnader" else None
    with_budget = key in ("insatser", "kostnader") and (
        any(line.budget is not None for line in lines) or total_budget is not None
    )

    def flat(source: PeriodData | None, lines: list[FigureLine]) -> list[tuple[str, Decimal, int]]:
        result = []
        for line in lines:
            result.append((line.label, source.amount(line), 0))
            if key == "kostnader":
                result += [(f"- {sub.label}", sub.amount, 1) for sub in source.subs(line)]
        return result

    current = flat(data, lines)
    budgets = {line.label: line.budget for line in lines}
    previous = {label: amount for label, amount, _ in flat(comparison, previous_lines)}
    labels = [label for label, _, _ in current]
    extra = [
        (label, amount, indent)
        for label, amount, indent in flat(comparison, previous_lines)
        if label not in labels
    ]
    rows = []
    for label, amount, indent in current + [(label, None, indent) for label, _, indent in extra]:
        values: tuple[Decimal | None, ...] = (amount,)
        if previous_title is not None:
            values += (previous.get(label),)
        if with_budget:
            values = (budgets.get(label),) + values
        rows.append(Row(label, values, indent=indent, key=f"rad:{label}"))
    totals: tuple[Decimal | None, ...] = (_sum(data.amount(line) for line in lines),)
    if previous_title is not None:
        totals += (
            _sum(comparison.amount(line) for line in previous_lines) if comparison else None,
        )
    if with_budget:
        budget_total = total_budget
        if budget_total is None:
            budget_total = _sum_or_none(line.budget for line in lines)
        totals = (budget_total,) + totals
    total_label = "Summa" if key == "intakter" else "Totalt"
    rows.append(Row(total_label, totals, style="total", key="summa"))
    columns: tuple[str, ...] = (current_title,)
    if previous_title is not None:
        columns += (previous_title,)
    if with_budget:
        budget_title = data.period.year if data.period.is_full_year else data.period.period_label
        columns = (f"Budget {budget_title}", *columns)
    return Table(columns, tuple(rows), unit=unit_of(data.period, "noter"))


def _balance_note(data: PeriodData, kind: str, current_title: str) -> Table:
    lines = data.top(kind)
    rows = [
        Row(line.label, (line.amount, line.opening_amount), key=f"rad:{line.label}")
        for line in lines
    ]
    rows.append(
        Row(
            "Summa",
            (data.balance_total(kind), data.balance_total(kind, opening=True)),
            style="total",
            key="summa",
        )
    )
    return Table(
        (current_title, f"{data.period.opening_date:%Y-%m-%d}"),
        tuple(rows),
        unit=unit_of(data.period, "noter"),
    )
