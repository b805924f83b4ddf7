"""The resultaträkning: its lines grouped and ordered as printed, with the budget and comparison
columns, and the column titles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reports import selectors
from reports.models import (
    FigureLine,
    Layout,
    LineKind,
    ReportPeriod,
)
from reports.statements import core
from reports.statements.core import (
    INSATS_CATEGORIES,
    INSATSER_LABEL,
    OPERATING_COSTS,
    OPERATING_INCOME,
    ZERO,
    PeriodData,
    ResultFigures,
    Row,
    Table,
    _neg,
    _result_word,
    _sum,
    _sum_or_none,
    budget_figures,
    result_figures,
    unit_of,
)
from reports.statements.noter import note_numbers


@dataclass(frozen=True)
class _Item:
    """One row of the resultaträkning for one period (before columns are merged)."""

    key: str
    label: str
    amount: Decimal | None
    budget: Decimal | None = None
    style: str = ""
    note: str = ""  # key of the note the row refers to
    indent: int = 0


def _result_items(data: PeriodData, layout: str) -> list[_Item]:
    figures = result_figures(data)
    budget = budget_figures(data)

    def b(attribute: str) -> Decimal | None:
        return None if budget is None else getattr(budget, attribute)

    items: list[_Item] = []
    if layout == Layout.SUMMERAD:
        items += [
            _Item(
                "verksamhetens_intakter",
                "Verksamhetens intäkter",
                figures.verksamhetens_intakter,
                b("verksamhetens_intakter"),
                note="intakter",
            ),
            _Item(
                "verksamhetens_kostnader",
                "Verksamhetens kostnader",
                -figures.verksamhetens_kostnader,
                _neg(b("verksamhetens_kostnader")),
                note="kostnader",
            ),
        ]
    elif layout == Layout.RADER:
        items += _grouped_items(data, OPERATING_INCOME, sign=1, heading="Rörelsens intäkter")
        items.append(
            _Item(
                "verksamhetens_intakter",
                "S:a Rörelsens intäkter",
                figures.verksamhetens_intakter,
                b("verksamhetens_intakter"),
                style="total",
            )
        )
        items += _grouped_items(data, OPERATING_COSTS, sign=-1, heading="Rörelsens kostnader")
        items.append(
            _Item(
                "verksamhetens_kostnader",
                "S:a Rörelsens kostnader",
                -figures.verksamhetens_kostnader,
                _neg(b("verksamhetens_kostnader")),
                style="total",
            )
        )
        items += _separate_items(data, figures, b)
        items.append(
            _Item(
                "finansiella_poster",
                "Finansiella poster",
                figures.finansnetto,
                _finansnetto_budget(data),
            )
        )
        items.append(
            _Item(
                "arets_resultat",
                _result_word(data.period).upper(),
                figures.arets_resultat,
                b("arets_resultat"),
                style="total",
            )
        )
        return items
    else:  # Layout.KATEGORI
        items.append(_Item("intakter", "Intäkter", None, style="section"))
        drift = data.top(LineKind.DRIFTBIDRAG)
        if drift:
            items.append(
                _Item(
                    "driftbidrag",
                    "Driftbidrag",
                    figures.driftbidrag,
                    data.budget_total(LineKind.DRIFTBIDRAG),
                    note="intakter",
                )
            )
        for line in data.top(LineKind.OVRIG_INTAKT, LineKind.ORESUTJAMNING):
            items.append(_Item(f"rad:{line.label}", line.label, data.amount(line), line.budget))
        items.append(
            _Item(
                "verksamhetens_intakter",
                "Intäkter totalt",
                figures.verksamhetens_intakter,
                b("verksamhetens_intakter"),
                style="subtotal",
            )
        )
        items.append(_Item("kostnader", "Kostnader", None, style="section"))
        insatser_done = False
        for line in data.top(*OPERATING_COSTS):
            if line.category in INSATS_CATEGORIES:
                if insatser_done:
                    continue
                insatser_done = True
                lines = [x for x in data.top(*OPERATING_COSTS) if x.category in INSATS_CATEGORIES]
                items.append(
                    _Item(
                        "insatser",
                        INSATSER_LABEL,
                        -_sum(data.amount(x) for x in lines),
                        _neg(_sum_or_none(x.budget for x in lines)),
                        note="insatser",
                    )
                )
                continue
            items.append(
                _Item(
                    f"rad:{line.label}",
                    line.label,
                    -data.amount(line),
                    _neg(line.budget),
                    note=f"spec:{line.label}" if data.subs(line) else "",
                )
            )
        items.append(
            _Item(
                "verksamhetens_kostnader",
                "Kostnader totalt",
                -figures.verksamhetens_kostnader,
                _neg(b("verksamhetens_kostnader")),
                style="subtotal",
            )
        )
    items += _separate_items(data, figures, b)
    items += [
        _Item("resultat", "Resultat", figures.resultat, b("resultat"), style="subtotal"),
        _Item(
            "finansiella_intakter",
            "Finansiella intäkter",
            figures.finansiella_intakter,
            data.budget_total(LineKind.FINANSIELL_INTAKT),
        ),
        _Item(
            "finansiella_kostnader",
            "Finansiella kostnader",
            -figures.finansiella_kostnader,
            _neg(data.budget_total(LineKind.FINANSIELL_KOSTNAD)),
        ),
        _Item(
            "resultat_efter_finansiella_poster",
            "Resultat efter finansiella poster",
            figures.resultat_efter_finansiella_poster,
            b("resultat_efter_finansiella_poster"),
            style="subtotal",
        ),
        _Item(
            "arets_resultat",
            _result_word(data.period),
            figures.arets_resultat,
            b("arets_resultat"),
            style="total",
        ),
    ]
    return items


def _shown(data: PeriodData, kind: str) -> bool:
    """A separate line is printed when the period has such lines (or the förbund shows zero
    lines too)."""
    return bool(data.top(kind)) or data.period.show_zero_lines


def _separate_items(data: PeriodData, figures: ResultFigures, b) -> list[_Item]:
    """Avskrivningar and jämförelsestörande poster: lines of their own between verksamhetens
    kostnader and verksamhetens resultat, in every layout."""
    items = []
    if _shown(data, LineKind.AVSKRIVNING):
        items.append(
            _Item(
                "avskrivningar",
                "Avskrivningar",
                -figures.avskrivningar,
                _neg(data.budget_total(LineKind.AVSKRIVNING)),
                note="anlaggningstillgangar",
            )
        )
    if _shown(data, LineKind.JAMFORELSESTORANDE):
        items.append(
            _Item(
                "jamforelsestorande",
                "Jämförelsestörande poster",
                figures.jamforelsestorande,
                data.budget_total(LineKind.JAMFORELSESTORANDE),
            )
        )
    return items


def _finansnetto_budget(data: PeriodData) -> Decimal | None:
    income = data.budget_total(LineKind.FINANSIELL_INTAKT)
    costs = data.budget_total(LineKind.FINANSIELL_KOSTNAD)
    if income is None and costs is None:
        return None
    return (income or ZERO) - (costs or ZERO)


def _grouped_items(
    data: PeriodData, kinds: Sequence[str], *, sign: int, heading: str
) -> list[_Item]:
    """Every line, in groups with subtotals (the "rader" layout)."""
    items = [_Item(f"rubrik:{heading}", heading, None, style="section")]
    lines = data.top(*kinds)
    groups: dict[str, list[FigureLine]] = {}
    for line in lines:
        groups.setdefault(line.group, []).append(line)
    for group, members in groups.items():
        if group:
            items.append(_Item(f"grupp:{group}", group, None, style="section", indent=1))
        for line in members:
            items.append(
                _Item(
                    f"rad:{line.label}",
                    line.label,
                    sign * data.amount(line),
                    None if line.budget is None else sign * line.budget,
                    indent=1,
                )
            )
        if group:
            budget = _sum_or_none(line.budget for line in members)
            items.append(
                _Item(
                    f"summa:{group}",
                    f"S:a {group}",
                    sign * _sum(data.amount(line) for line in members),
                    None if budget is None else sign * budget,
                    style="subtotal",
                    indent=1,
                )
            )
    return items


def _merge(
    current: list[_Item], comparison: list[_Item] | None
) -> list[tuple[_Item, Decimal | None]]:
    """Rows of the current period with the comparison period's value of the same row; rows that
    only the comparison period has are inserted after the previous common row."""
    if comparison is None:
        return [(item, None) for item in current]
    previous = {item.key: item for item in comparison}
    merged = [
        (item, previous[item.key].amount if item.key in previous else None) for item in current
    ]
    keys = {item.key for item in current}
    for index, item in enumerate(comparison):
        if item.key in keys:
            continue
        # Insert after the row that precedes it in the comparison period.
        anchor = next(
            (comparison[i].key for i in range(index - 1, -1, -1) if comparison[i].key in keys),
            None,
        )
        position = 0
        for i, (row, _) in enumerate(merged):
            if row.key == anchor:
                position = i + 1
        merged.insert(position, (_Item(item.key, item.label, None, style=item.style), item.amount))
        keys.add(item.key)
    return merged


@dataclass(frozen=True)
class Resultatrakning:
    period: ReportPeriod
    comparison: ReportPeriod | None
    figures: ResultFigures
    budget: ResultFigures | None
    comparison_figures: ResultFigures | None
    table: Table


def column_titles(period: ReportPeriod, comparison: ReportPeriod | None) -> tuple[str, ...]:
    """Budget, this period, the comparison period: "Budget 2020", "2020-12-31", "2019-12-31"
    for a year; "Budget jan–aug 2018", "Utfall jan–aug 2018", … for an interim period."""
    if period.is_full_year:
        titles = [f"Budget {period.year}", period.closing_label]
        if comparison is not None:
            titles.append(comparison.closing_label)
    else:
        titles = [f"Budget {period.period_label}", f"Utfall {period.period_label}"]
        if comparison is not None:
            titles.append(f"Utfall {comparison.period_label}")
    return tuple(titles)


def resultatrakning(period: ReportPeriod) -> Resultatrakning:
    data = core.period_data(period)
    comparison = selectors.comparison_period(period)
    comparison_data = core.period_data(comparison) if comparison else None
    items = _result_items(data, period.layout)
    comparison_items = _result_items(comparison_data, period.layout) if comparison_data else None
    notes = note_numbers(data)
    rows = []
    for item, previous in _merge(items, comparison_items):
        values: tuple[Decimal | None, ...] = (item.budget, item.amount)
        if comparison is not None:
            values += (previous,)
        rows.append(
            Row(
                item.label,
                values,
                style=item.style,
                note=notes.get(item.note),
                indent=item.indent,
                key=item.key,
            )
        )
    return Resultatrakning(
        period=period,
        comparison=comparison,
        figures=result_figures(data),
        budget=budget_figures(data),
        comparison_figures=result_figures(comparison_data) if comparison_data else None,
        table=Table(
            column_titles(period, comparison),
            tuple(rows),
            unit=unit_of(period, "resultatrakning"),
        ),
    )
