"""Every computed statement of a report period, in one place: the pages and (later) the PDF both
read these. Plain functions over the stored figures, returning dataclasses of exact Decimals;
rounding to kronor or tkr happens only when a template displays a value.

Each statement also offers ``table``: the rows and columns as printed (costs negative in the
resultaträkning, as in the seeds), so that every page renders the same structure.

Definitions (see shared/domain.md, "Computations"):
- verksamhetens intäkter = driftbidrag + övriga intäkter + öres- och kronutjämning;
  verksamhetens kostnader = kostnader + personalkostnader (depreciation excluded: it is the
  line "Avskrivningar" of its own); verksamhetens resultat = verksamhetens intäkter −
  verksamhetens kostnader − avskrivningar + jämförelsestörande poster (signed);
  årets resultat = verksamhetens resultat + finansiella intäkter − finansiella kostnader.
- Eget kapital vid årets slut = ingående eget kapital + årets resultat.
- Soliditet = eget kapital / summa tillgångar.
- Kassaflödesanalys, indirect method: årets resultat + avskrivningar + ökning av avsättningar
  − ökning av fordringar + ökning av kortfristiga skulder = kassaflöde från den löpande
  verksamheten; − (ökning av anläggningstillgångar + avskrivningar) = investeringsverksamheten.
- Driftredovisning: utfall and budget of the resultaträkning's verksamhetens kostnader and
  intäkter, its separate lines (avskrivningar, jämförelsestörande poster) and finansiella poster
  netto as a line of their own, so that the lines add up to årets resultat; avvikelse is positive
  when the outcome is better than the budget (budget − utfall for kostnader, utfall − budget
  otherwise).
- Five-year overview: the same totals per year, from the year's Årsredovisning in the tool or
  from the entered history of earlier years.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from finsam.models import CostCategory, Forbund
from finsam.money import percent_of
from reports import selectors
from reports.fixed_assets import ansvarsforbindelser_note, fixed_assets, fixed_assets_note
from reports.models import (
    RESULT_KINDS,
    BalanceColumns,
    DriftComparison,
    EquityLayout,
    FigureLine,
    Layout,
    LineKind,
    PeriodFigures,
    ReportKind,
    ReportPeriod,
)

ZERO = Decimal("0.00")

# Cost categories that the "kategori" layout gathers into one line "Verksamhet/insatser".
INSATS_CATEGORIES = frozenset(
    {CostCategory.INSATS, CostCategory.PROJEKTGEMENSAMT, CostCategory.NYA_INSATSER}
)
INSATSER_LABEL = "Verksamhet/insatser"
RESULT_LINE_KINDS = RESULT_KINDS


def _sum(values: Iterable[Decimal | None]) -> Decimal:
    return sum((v for v in values if v is not None), ZERO)


def _sum_or_none(values: Iterable[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, ZERO) if present else None


def _neg(value: Decimal | None) -> Decimal | None:
    return None if value is None else -value


# --- Loaded figures of one period -------------------------------------------------------------


@dataclass
class PeriodData:
    """A period's entered lines and single figures, loaded once."""

    period: ReportPeriod
    lines: list[FigureLine]
    figures: PeriodFigures
    children: dict[int, list[FigureLine]] = field(default_factory=dict)
    supplementary: list = field(default_factory=list)  # SupplementaryNote, rows prefetched

    @classmethod
    def load(cls, period: ReportPeriod) -> PeriodData:
        lines = selectors.lines_of(period)
        children: dict[int, list[FigureLine]] = defaultdict(list)
        for line in lines:
            if line.parent_id is not None:
                children[line.parent_id].append(line)
        return cls(
            period=period,
            lines=lines,
            figures=selectors.figures_of(period),
            children=dict(children),
            supplementary=selectors.supplementary_notes_of(period),
        )

    def top(self, *kinds: str) -> list[FigureLine]:
        return [line for line in self.lines if line.parent_id is None and line.kind in kinds]

    def subs(self, line: FigureLine) -> list[FigureLine]:
        return self.children.get(line.pk, [])

    def amount(self, line: FigureLine) -> Decimal:
        return selectors.line_amount(line, self.subs(line))

    def total(self, *kinds: str) -> Decimal:
        return _sum(self.amount(line) for line in self.top(*kinds))

    def budget_total(self, *kinds: str) -> Decimal | None:
        return _sum_or_none(line.budget for line in self.top(*kinds))

    def operating_budget(self, side: str) -> Decimal | None:
        """The budget of verksamhetens intäkter (``side="intakter"``) or kostnader: the total
        entered for the period when the förbund budgets at that level, else the sum of the
        lines' budgets (``None`` when neither is given)."""
        total = getattr(self.figures, f"budget_{side}", None)
        if total is not None:
            return total
        kinds = OPERATING_INCOME if side == "intakter" else OPERATING_COSTS
        return self.budget_total(*kinds)

    @property
    def has_budget(self) -> bool:
        f = self.figures
        return (
            any(line.budget is not None for line in self.lines)
            or f.budget_intakter is not None
            or f.budget_kostnader is not None
        )

    def balance_total(self, kind: str, *, opening: bool = False) -> Decimal:
        lines = self.top(kind)
        if opening:
            return _sum(line.opening_amount for line in lines)
        return _sum(line.amount for line in lines)

    def has_opening_lines(self, kind: str) -> bool:
        return any(line.opening_amount is not None for line in self.top(kind))


def _data(period: ReportPeriod | PeriodData) -> PeriodData:
    return period if isinstance(period, PeriodData) else PeriodData.load(period)


# --- Generic table for display ------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    label: str
    values: tuple[Decimal | None, ...]
    style: str = ""  # "", "section", "subtotal", "total"
    note: int | None = None
    indent: int = 0
    key: str = ""

    def value(self, column: int) -> Decimal | None:
        return self.values[column]


KR = "Belopp i kr"
TKR = "Belopp i tkr"


def unit_of(period: ReportPeriod, table: str) -> str:
    """The table's unit as chosen for the report (``ReportPeriod.tkr_tables``)."""
    return TKR if period.in_tkr(table) else KR


@dataclass(frozen=True)
class Table:
    """Rows and columns as printed. ``unit``: "Belopp i kr" or "Belopp i tkr" (each figure is
    rounded from its exact amount when displayed, a total from the exact total). ``blank``: what
    an unknown figure prints ("" where a column simply has no figure, "–" where one is
    unknown)."""

    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    unit: str = KR
    blank: str = ""

    @property
    def in_tkr(self) -> bool:
        return self.unit == TKR

    def row(self, key_or_label: str) -> Row:
        """The row with this key, or else the first row with this label."""
        for row in self.rows:
            if row.key == key_or_label:
                return row
        for row in self.rows:
            if row.label == key_or_label:
                return row
        raise KeyError(key_or_label)

    def has_row(self, key_or_label: str) -> bool:
        try:
            self.row(key_or_label)
        except KeyError:
            return False
        return True


# --- Resultaträkning ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResultFigures:
    """The result of a period, or its budget (then ``None`` where nothing is budgeted)."""

    driftbidrag: Decimal
    ovriga_intakter: Decimal
    oresutjamning: Decimal
    finansiella_intakter: Decimal
    kostnader: Decimal
    personalkostnader: Decimal
    avskrivningar: Decimal
    finansiella_kostnader: Decimal
    jamforelsestorande: Decimal = ZERO  # signed: income positive, cost negative
    # A budget given as totals (``PeriodFigures.budget_intakter/_kostnader``): the totals stand
    # in for the sums of the lines, which then have no budget of their own.
    intakter_total: Decimal | None = None
    kostnader_total: Decimal | None = None

    @property
    def verksamhetens_intakter(self) -> Decimal:
        if self.intakter_total is not None:
            return self.intakter_total
        return self.driftbidrag + self.ovriga_intakter + self.oresutjamning

    @property
    def verksamhetens_kostnader(self) -> Decimal:
        """Kostnader and personalkostnader; avskrivningar are a line of their own."""
        if self.kostnader_total is not None:
            return self.kostnader_total
        return self.kostnader + self.personalkostnader

    @property
    def resultat(self) -> Decimal:
        """Verksamhetens resultat, before financial items."""
        return (
            self.verksamhetens_intakter
            - self.verksamhetens_kostnader
            - self.avskrivningar
            + self.jamforelsestorande
        )

    @property
    def finansnetto(self) -> Decimal:
        return self.finansiella_intakter - self.finansiella_kostnader

    @property
    def resultat_efter_finansiella_poster(self) -> Decimal:
        return self.resultat + self.finansnetto

    @property
    def arets_resultat(self) -> Decimal:
        return self.resultat_efter_finansiella_poster

    @property
    def summa_intakter(self) -> Decimal:
        """All income, financial income and jämförelsestörande intäkter included
        (driftredovisning, five-year overview): summa intäkter − summa kostnader = resultat."""
        return (
            self.verksamhetens_intakter
            + self.finansiella_intakter
            + max(self.jamforelsestorande, ZERO)
        )

    @property
    def summa_kostnader(self) -> Decimal:
        """All costs: verksamhetens kostnader, avskrivningar, financial costs and
        jämförelsestörande kostnader (driftredovisning, five-year overview)."""
        return (
            self.verksamhetens_kostnader
            + self.avskrivningar
            + self.finansiella_kostnader
            + max(-self.jamforelsestorande, ZERO)
        )


def result_figures(period: ReportPeriod | PeriodData) -> ResultFigures:
    data = _data(period)
    return ResultFigures(
        driftbidrag=data.total(LineKind.DRIFTBIDRAG),
        ovriga_intakter=data.total(LineKind.OVRIG_INTAKT),
        oresutjamning=data.total(LineKind.ORESUTJAMNING),
        finansiella_intakter=data.total(LineKind.FINANSIELL_INTAKT),
        kostnader=data.total(LineKind.KOSTNAD),
        personalkostnader=data.total(LineKind.PERSONALKOSTNAD),
        avskrivningar=data.total(LineKind.AVSKRIVNING),
        finansiella_kostnader=data.total(LineKind.FINANSIELL_KOSTNAD),
        jamforelsestorande=data.total(LineKind.JAMFORELSESTORANDE),
    )


def budget_figures(period: ReportPeriod | PeriodData) -> ResultFigures | None:
    """The period's budget as entered on its lines, or as the totals of verksamhetens intäkter
    and kostnader where the förbund budgets at that level; ``None`` when nothing is budgeted."""
    data = _data(period)
    if not data.has_budget:
        return None

    def budget(kind: str) -> Decimal:
        return data.budget_total(kind) or ZERO

    return ResultFigures(
        driftbidrag=budget(LineKind.DRIFTBIDRAG),
        ovriga_intakter=budget(LineKind.OVRIG_INTAKT),
        oresutjamning=budget(LineKind.ORESUTJAMNING),
        finansiella_intakter=budget(LineKind.FINANSIELL_INTAKT),
        kostnader=budget(LineKind.KOSTNAD),
        personalkostnader=budget(LineKind.PERSONALKOSTNAD),
        avskrivningar=budget(LineKind.AVSKRIVNING),
        finansiella_kostnader=budget(LineKind.FINANSIELL_KOSTNAD),
        jamforelsestorande=budget(LineKind.JAMFORELSESTORANDE),
        intakter_total=data.figures.budget_intakter,
        kostnader_total=data.figures.budget_kostnader,
    )


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


# Verksamhetens kostnader; avskrivningar and jämförelsestörande poster have lines of their own.
OPERATING_COSTS = (LineKind.KOSTNAD, LineKind.PERSONALKOSTNAD)
OPERATING_INCOME = (LineKind.DRIFTBIDRAG, LineKind.OVRIG_INTAKT, LineKind.ORESUTJAMNING)


def _result_word(period: ReportPeriod) -> str:
    return "Årets resultat" if period.is_full_year else "Periodens resultat"


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
    data = PeriodData.load(period)
    comparison = selectors.comparison_period(period)
    comparison_data = PeriodData.load(comparison) if comparison else None
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


# --- Balansräkning and eget kapital -------------------------------------------------------------


@dataclass(frozen=True)
class BalanceFigures:
    """The balance sheet at one date."""

    anlaggningstillgangar: Decimal
    fordringar: Decimal
    kassa_och_bank: Decimal | None
    eget_kapital: Decimal | None
    avsattningar: Decimal
    kortfristiga_skulder: Decimal
    langfristiga_skulder: Decimal = ZERO
    ansvarsforbindelser: Decimal | None = None  # outside the balance sheet (a note)
    arets_resultat: Decimal | None = None  # "därav årets/periodens resultat" (None: unknown)

    @property
    def omsattningstillgangar(self) -> Decimal:
        return self.fordringar + (self.kassa_och_bank or ZERO)

    @property
    def summa_tillgangar(self) -> Decimal:
        return self.anlaggningstillgangar + self.omsattningstillgangar

    @property
    def summa_eget_kapital_och_skulder(self) -> Decimal:
        return (
            (self.eget_kapital or ZERO)
            + self.avsattningar
            + self.langfristiga_skulder
            + self.kortfristiga_skulder
        )

    @property
    def skulder(self) -> Decimal:
        return self.langfristiga_skulder + self.kortfristiga_skulder

    @property
    def difference(self) -> Decimal:
        return self.summa_tillgangar - self.summa_eget_kapital_och_skulder

    @property
    def kassa_and_equity_known(self) -> bool:
        return self.kassa_och_bank is not None and self.eget_kapital is not None

    @property
    def soliditet(self) -> Decimal | None:
        return percent_of(self.eget_kapital, self.summa_tillgangar)


@dataclass(frozen=True)
class EquityRollforward:
    """Eget kapital: opening + result = closing (and last year's closing, to compare with)."""

    opening: Decimal | None
    result: Decimal
    previous_closing: Decimal | None
    control: Decimal | None

    @property
    def closing(self) -> Decimal | None:
        return None if self.opening is None else self.opening + self.result


def equity_rollforward(period: ReportPeriod | PeriodData) -> EquityRollforward:
    data = _data(period)
    previous = selectors.previous_year_end_period(data.period)
    previous_closing = None
    if previous is not None:
        previous_closing = equity_rollforward(previous).closing
    else:
        history = selectors.history_of(data.period.forbund, data.period.year - 1)
        if history is not None:
            previous_closing = history.eget_kapital
    return EquityRollforward(
        opening=data.figures.opening_equity,
        result=result_figures(data).arets_resultat,
        previous_closing=previous_closing,
        control=data.figures.kontroll_eget_kapital,
    )


def closing_balance(period: ReportPeriod | PeriodData) -> BalanceFigures:
    data = _data(period)
    figures = data.figures
    return BalanceFigures(
        anlaggningstillgangar=figures.anlaggningstillgangar,
        fordringar=data.balance_total(LineKind.FORDRAN),
        kassa_och_bank=figures.kassa_och_bank,
        eget_kapital=equity_rollforward(data).closing,
        avsattningar=figures.avsattningar,
        kortfristiga_skulder=data.balance_total(LineKind.KORTFRISTIG_SKULD),
        langfristiga_skulder=figures.langfristiga_skulder,
        ansvarsforbindelser=figures.ansvarsforbindelser,
        arets_resultat=result_figures(data).arets_resultat,
    )


def opening_balance(period: ReportPeriod | PeriodData) -> BalanceFigures:
    """The balance sheet at the previous year-end, as entered on this period (ingående balans)."""
    data = _data(period)
    figures = data.figures
    return BalanceFigures(
        anlaggningstillgangar=figures.opening_anlaggningstillgangar,
        fordringar=data.balance_total(LineKind.FORDRAN, opening=True),
        kassa_och_bank=figures.opening_kassa,
        eget_kapital=figures.opening_equity,
        avsattningar=figures.opening_avsattningar,
        kortfristiga_skulder=data.balance_total(LineKind.KORTFRISTIG_SKULD, opening=True),
        langfristiga_skulder=figures.opening_langfristiga_skulder,
        ansvarsforbindelser=figures.opening_ansvarsforbindelser,
    )


def soliditet(period: ReportPeriod) -> Decimal | None:
    """Eget kapital / summa tillgångar at the period's end, as a ratio (0.63 for 63 %)."""
    return closing_balance(period).soliditet


@dataclass(frozen=True)
class Balansrakning:
    period: ReportPeriod
    closing: BalanceFigures
    opening: BalanceFigures
    equity: EquityRollforward
    previous_equity: EquityRollforward | None
    table: Table
    """Columns: closing, opening (Årsredovisning) or opening, change, closing (Delårsrapport)."""

    @property
    def opening_title(self) -> str:
        return f"{self.period.opening_date:%Y-%m-%d}"

    @property
    def with_notes(self) -> bool:
        """The note column: an Årsredovisning, or a Delårsrapport in comparison columns."""
        return self.period.is_full_year or self.period.balance_columns != BalanceColumns.FORANDRING


def balansrakning(period: ReportPeriod) -> Balansrakning:
    data = PeriodData.load(period)
    closing = closing_balance(data)
    opening = opening_balance(data)
    equity = equity_rollforward(data)
    previous = selectors.previous_year_end_period(period)
    previous_equity = equity_rollforward(previous) if previous else None
    notes = note_numbers(data)
    inline = period.layout == Layout.RADER

    full_year = period.is_full_year

    def row(label, open_value, close_value, *, style="", note=None, indent=0, key=""):
        change = None
        if open_value is not None and close_value is not None:
            change = close_value - open_value
        # An Årsredovisning prints this year-end and last year-end; a Delårsrapport prints
        # ingående balans, the period's change and utgående balans.
        values = (close_value, open_value) if full_year else (open_value, change, close_value)
        return Row(
            label,
            values,
            style=style,
            note=note,
            indent=indent,
            key=key or label,
        )

    def section(label):
        return Row(label, (None,) * (2 if full_year else 3), style="section", key=label)

    if not full_year and period.balance_columns != BalanceColumns.FORANDRING:
        from reports.balance_columns import interim_balance_table

        table = interim_balance_table(data, notes)
        return Balansrakning(
            period=period,
            closing=closing,
            opening=opening,
            equity=equity,
            previous_equity=previous_equity,
            table=table,
        )
    show_zero = period.show_zero_lines
    rows = [section("Tillgångar")]
    if closing.anlaggningstillgangar or opening.anlaggningstillgangar or show_zero:
        rows.append(section("Anläggningstillgångar"))
        rows.append(
            row(
                "Anläggningstillgångar",
                opening.anlaggningstillgangar,
                closing.anlaggningstillgangar,
                note=notes.get("anlaggningstillgangar"),
                key="anlaggningstillgangar",
            )
        )
    rows.append(section("Omsättningstillgångar"))
    if inline:
        rows.append(section("Fordringar"))
        rows += _balance_line_rows(data, LineKind.FORDRAN, row)
        rows.append(
            row(
                "S:a fordringar",
                opening.fordringar,
                closing.fordringar,
                style="subtotal",
                key="fordringar",
            )
        )
    else:
        rows.append(
            row(
                "Fordringar",
                opening.fordringar,
                closing.fordringar,
                note=notes.get("fordringar"),
                key="fordringar",
            )
        )
    rows.append(
        row("Kassa och bank", opening.kassa_och_bank, closing.kassa_och_bank, key="kassa_och_bank")
    )
    rows.append(
        row(
            "Summa omsättningstillgångar",
            opening.omsattningstillgangar,
            closing.omsattningstillgangar,
            style="subtotal",
            key="omsattningstillgangar",
        )
    )
    rows.append(
        row(
            "Summa tillgångar",
            opening.summa_tillgangar,
            closing.summa_tillgangar,
            style="total",
            key="summa_tillgangar",
        )
    )
    rows.append(section("Eget kapital, avsättningar och skulder"))
    if period.equity_layout == EquityLayout.DARAV:
        # Eget kapital at the date, with the result of the year/period it includes.
        rows.append(
            row(
                "Eget kapital",
                opening.eget_kapital,
                closing.eget_kapital,
                style="subtotal",
                key="eget_kapital",
            )
        )
        previous_result = previous_equity.result if previous_equity else None
        rows.append(
            row(
                f"därav {_result_word(period).lower()}",
                previous_result if full_year else None,
                equity.result,
                indent=1,
                key="arets_resultat",
            )
        )
    else:
        rows += _equity_rollforward_rows(period, equity, previous_equity, opening, closing, row)
    rows += _after_equity_rows(
        period, data, opening, closing, notes, row, section, show_zero=show_zero, inline=inline
    )
    columns = (period.closing_label, f"{period.opening_date:%Y-%m-%d}")
    if not full_year:
        columns = ("Ingående balans", "Periodens förändring", "Utgående balans")
    return Balansrakning(
        period=period,
        closing=closing,
        opening=opening,
        equity=equity,
        previous_equity=previous_equity,
        table=Table(columns, tuple(rows), unit=unit_of(period, "balansrakning")),
    )


def _equity_rollforward_rows(period, equity, previous_equity, opening, closing, row) -> list[Row]:
    """Eget kapital as a roll-forward: ingående eget kapital, the result, summa eget kapital."""
    full_year = period.is_full_year
    width = 2 if full_year else 3
    rows = [Row("Eget kapital", (None,) * width, style="section", key="Eget kapital")]
    if full_year:  # this year's and last year's roll-forward: opening + result = closing
        previous_opening = previous_equity.opening if previous_equity else None
        previous_result = previous_equity.result if previous_equity else None
        rows.append(row("Eget kapital", previous_opening, equity.opening, key="eget_kapital_ib"))
        rows.append(row(_result_word(period), previous_result, equity.result, key="arets_resultat"))
    else:  # the opening equity is unchanged during the period; the result is added to it
        rows.append(row("Eget kapital", equity.opening, equity.opening, key="eget_kapital_ib"))
        rows.append(row(_result_word(period), ZERO, equity.result, key="arets_resultat"))
    rows.append(
        row(
            "Summa eget kapital",
            opening.eget_kapital,
            closing.eget_kapital,
            style="subtotal",
            key="eget_kapital",
        )
    )
    return rows


def _after_equity_rows(
    period, data, opening, closing, notes, row, section, *, show_zero, inline
) -> list[Row]:
    """Avsättningar, skulder, the total and ansvarsförbindelser of the balansräkning."""
    rows: list[Row] = []
    if closing.avsattningar or opening.avsattningar or show_zero:
        rows.append(
            row("Avsättningar", opening.avsattningar, closing.avsattningar, key="avsattningar")
        )
    rows.append(section("Skulder"))
    if closing.langfristiga_skulder or opening.langfristiga_skulder or show_zero:
        rows.append(
            row(
                "Långfristiga skulder",
                opening.langfristiga_skulder,
                closing.langfristiga_skulder,
                key="langfristiga_skulder",
            )
        )
    if inline:
        rows += _balance_line_rows(data, LineKind.KORTFRISTIG_SKULD, row)
        rows.append(
            row(
                "S:a kortfristiga skulder",
                opening.kortfristiga_skulder,
                closing.kortfristiga_skulder,
                style="subtotal",
                key="kortfristiga_skulder",
            )
        )
    else:
        rows.append(
            row(
                "Kortfristiga skulder",
                opening.kortfristiga_skulder,
                closing.kortfristiga_skulder,
                note=notes.get("skulder"),
                key="kortfristiga_skulder",
            )
        )
    rows.append(
        row(
            "Summa eget kapital, avsättningar och skulder",
            opening.summa_eget_kapital_och_skulder,
            closing.summa_eget_kapital_och_skulder,
            style="total",
            key="summa_eget_kapital_och_skulder",
        )
    )
    if closing.ansvarsforbindelser is not None or opening.ansvarsforbindelser is not None:
        rows.append(
            row(
                "Ansvarsförbindelser",
                opening.ansvarsforbindelser,
                closing.ansvarsforbindelser,
                note=notes.get("ansvarsforbindelser"),
                key="ansvarsforbindelser",
            )
        )
    return rows


def _balance_line_rows(data: PeriodData, kind: str, row) -> list[Row]:
    return [
        row(line.label, line.opening_amount or ZERO, line.amount, indent=1, key=f"rad:{line.label}")
        for line in data.top(kind)
    ]


# --- Kassaflödesanalys ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CashFlow:
    arets_resultat: Decimal
    avskrivningar: Decimal
    forandring_avsattningar: Decimal
    forandring_fordringar: Decimal  # minskning positive (F0 − F1)
    forandring_skulder: Decimal  # ökning positive (S1 − S0)
    investeringar: Decimal  # kassaflöde från investeringsverksamheten (outflow negative)
    finansiering: Decimal
    likvida_medel_borjan: Decimal | None
    kassa_och_bank: Decimal | None  # the balance sheet's figure, to compare with

    @property
    def justering_ej_likviditetspaverkande(self) -> Decimal:
        return self.avskrivningar + self.forandring_avsattningar

    @property
    def medel_fore_rorelsekapital(self) -> Decimal:
        return self.arets_resultat + self.justering_ej_likviditetspaverkande

    @property
    def lopande_verksamheten(self) -> Decimal:
        return self.medel_fore_rorelsekapital + self.forandring_fordringar + self.forandring_skulder

    @property
    def arets_kassaflode(self) -> Decimal:
        return self.lopande_verksamheten + self.investeringar + self.finansiering

    @property
    def likvida_medel_slut(self) -> Decimal | None:
        if self.likvida_medel_borjan is None:
            return None
        return self.likvida_medel_borjan + self.arets_kassaflode


def cash_flow(period: ReportPeriod | PeriodData) -> CashFlow:
    data = _data(period)
    opening = opening_balance(data)
    closing = closing_balance(data)
    result = result_figures(data)
    return CashFlow(
        arets_resultat=result.arets_resultat,
        avskrivningar=result.avskrivningar,
        forandring_avsattningar=closing.avsattningar - opening.avsattningar,
        forandring_fordringar=opening.fordringar - closing.fordringar,
        forandring_skulder=closing.kortfristiga_skulder - opening.kortfristiga_skulder,
        investeringar=-fixed_assets(data).investeringar,
        # Upptagna (+) or amorterade (−) långfristiga skulder.
        finansiering=closing.langfristiga_skulder - opening.langfristiga_skulder,
        likvida_medel_borjan=opening.kassa_och_bank,
        kassa_och_bank=closing.kassa_och_bank,
    )


@dataclass(frozen=True)
class Kassaflodesanalys:
    period: ReportPeriod
    comparison: ReportPeriod | None
    flow: CashFlow
    comparison_flow: CashFlow | None
    table: Table


CASH_FLOW_ROWS = [
    ("arets_resultat", "{resultat}", ""),
    ("justering_ej_likviditetspaverkande", "Justering för ej likviditetspåverkande poster", ""),
    (
        "medel_fore_rorelsekapital",
        "Medel från verksamheten före förändring av rörelsekapital",
        "subtotal",
    ),
    ("forandring_fordringar", "Ökning(−)/minskning(+) kortfristiga fordringar", ""),
    ("forandring_skulder", "Ökning(+)/minskning(−) kortfristiga skulder", ""),
    ("lopande_verksamheten", "Kassaflöde från den löpande verksamheten", "subtotal"),
    ("investeringar", "Kassaflöde från investeringsverksamheten", "subtotal"),
    ("finansiering", "Kassaflöde från finansieringsverksamheten", "subtotal"),
    ("arets_kassaflode", "{word} kassaflöde", "total"),
    ("likvida_medel_borjan", "Likvida medel vid {time} början", ""),
    ("likvida_medel_slut", "Likvida medel vid {time} slut", "total"),
]


def kassaflodesanalys(period: ReportPeriod) -> Kassaflodesanalys:
    flow = cash_flow(period)
    comparison = selectors.comparison_period(period)
    comparison_flow = cash_flow(comparison) if comparison else None
    words = {
        "resultat": _result_word(period),
        "word": "Årets" if period.is_full_year else "Periodens",
        "time": "årets" if period.is_full_year else "periodens",
    }
    rows = []
    for key, label, style in CASH_FLOW_ROWS:
        values: tuple[Decimal | None, ...] = (getattr(flow, key),)
        if comparison_flow is not None:
            values += (getattr(comparison_flow, key),)
        rows.append(Row(label.format(**words), values, style=style, key=key))
    columns: tuple[str, ...] = (
        period.closing_label if period.is_full_year else period.period_label,
    )
    if comparison is not None:
        columns += (
            comparison.closing_label if comparison.is_full_year else comparison.period_label,
        )
    return Kassaflodesanalys(
        period=period,
        comparison=comparison,
        flow=flow,
        comparison_flow=comparison_flow,
        table=Table(columns, tuple(rows), unit=unit_of(period, "kassaflodesanalys")),
    )


# --- Driftredovisning -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DriftRow:
    key: str
    label: str
    utfall: Decimal | None
    budget: Decimal | None
    comparison: Decimal | None
    favourable_when_lower: bool = False  # costs: avvikelse = budget − utfall

    @property
    def avvikelse(self) -> Decimal | None:
        if self.utfall is None or self.budget is None:
            return None
        if self.favourable_when_lower:
            return self.budget - self.utfall
        return self.utfall - self.budget


@dataclass(frozen=True)
class Driftredovisning:
    period: ReportPeriod
    comparison: ReportPeriod | None
    rows: tuple[DriftRow, ...]
    lines: tuple[DriftRow, ...]  # per cost line, so that budget and utfall line up

    def row(self, key: str) -> DriftRow:
        return next(row for row in self.rows if row.key == key)

    @property
    def unit(self) -> str:
        return unit_of(self.period, "driftredovisning")

    @property
    def in_tkr(self) -> bool:
        return self.unit == TKR

    blank = ""

    @property
    def columns(self) -> tuple[str, ...]:
        period, comparison = self.period, self.comparison
        titles = (
            f"Utfall {period.period_label}",
            f"Aktuell budget {period.period_label}",
            "Avvikelse",
        )
        if comparison is not None:
            if comparison.is_full_year:
                titles += (f"Bokslut helår {comparison.year}",)
            else:
                titles += (f"Utfall {comparison.period_label}",)
        return titles


def drift_comparison_period(period: ReportPeriod) -> ReportPeriod | None:
    """Same period last year, or (a Delårsrapport choosing so) last year's full-year outcome."""
    if not period.is_full_year and period.drift_comparison == DriftComparison.HELAR:
        return selectors.previous_year_end_period(period)
    return selectors.comparison_period(period)


def driftredovisning(period: ReportPeriod) -> Driftredovisning:
    data = PeriodData.load(period)
    comparison = drift_comparison_period(period)
    comparison_data = PeriodData.load(comparison) if comparison else None
    result = result_figures(data)
    budget = budget_figures(data)
    previous = result_figures(comparison_data) if comparison_data else None
    previous_balance = closing_balance(comparison_data) if comparison_data else None
    balance = closing_balance(data)

    def prev(attribute: str, kind: str | None = None) -> Decimal | None:
        """The comparison's figure; unknown when it has no lines of a separate ``kind``."""
        if previous is None or (kind is not None and not comparison_data.top(kind)):
            return None
        return getattr(previous, attribute)

    # The same figures as the resultaträkning: verksamhetens kostnader and intäkter, the
    # separate lines (avskrivningar, jämförelsestörande poster) and finansiella poster netto.
    rows = [
        DriftRow(
            "kostnader",
            "Verksamhetens kostnader",
            result.verksamhetens_kostnader,
            data.operating_budget("kostnader"),
            prev("verksamhetens_kostnader"),
            favourable_when_lower=True,
        ),
        DriftRow(
            "intakter",
            "Verksamhetens intäkter",
            result.verksamhetens_intakter,
            data.operating_budget("intakter"),
            prev("verksamhetens_intakter"),
        ),
    ]
    if _shown(data, LineKind.AVSKRIVNING):
        rows.append(
            DriftRow(
                "avskrivningar",
                "Avskrivningar",
                result.avskrivningar,
                data.budget_total(LineKind.AVSKRIVNING),
                prev("avskrivningar", LineKind.AVSKRIVNING),
                favourable_when_lower=True,
            )
        )
    if _shown(data, LineKind.JAMFORELSESTORANDE):
        rows.append(
            DriftRow(
                "jamforelsestorande",
                "Jämförelsestörande poster",
                result.jamforelsestorande,
                data.budget_total(LineKind.JAMFORELSESTORANDE),
                prev("jamforelsestorande", LineKind.JAMFORELSESTORANDE),
            )
        )
    financial = (LineKind.FINANSIELL_INTAKT, LineKind.FINANSIELL_KOSTNAD)
    if data.top(*financial) or (comparison_data and comparison_data.top(*financial)):
        rows.append(
            DriftRow(
                "finansiella_poster",
                "Finansiella poster",
                result.finansnetto,
                _finansnetto_budget(data),
                prev("finansnetto"),
            )
        )
        # The gross totals many förbund print (all costs, all income), below the lines that
        # equal the resultaträkning.
        rows += [
            DriftRow(
                "summa_kostnader",
                "Summa kostnader inklusive finansiella poster",
                result.summa_kostnader,
                _sum_or_none(
                    [
                        data.operating_budget("kostnader"),
                        data.budget_total(LineKind.AVSKRIVNING, LineKind.FINANSIELL_KOSTNAD),
                    ]
                ),
                prev("summa_kostnader"),
                favourable_when_lower=True,
            ),
            DriftRow(
                "summa_intakter",
                "Summa intäkter inklusive finansiella poster",
                result.summa_intakter,
                _sum_or_none(
                    [
                        data.operating_budget("intakter"),
                        data.budget_total(LineKind.FINANSIELL_INTAKT),
                    ]
                ),
                prev("summa_intakter"),
            ),
        ]
    rows += [
        DriftRow(
            "resultat",
            _result_word(period),
            result.arets_resultat,
            None if budget is None else budget.arets_resultat,
            prev("arets_resultat"),
        ),
        DriftRow(
            "eget_kapital",
            "Utgående eget kapital",
            balance.eget_kapital,
            None,
            None if previous_balance is None else previous_balance.eget_kapital,
        ),
        DriftRow(
            "likvida_medel",
            "Likvida medel",
            balance.kassa_och_bank,
            None,
            None if previous_balance is None else previous_balance.kassa_och_bank,
        ),
    ]
    comparison_amounts = {}
    if comparison_data is not None:
        comparison_amounts = {
            line.label: comparison_data.amount(line)
            for line in comparison_data.top(*COST_KINDS_ALL)
        }
    lines = tuple(
        DriftRow(
            f"rad:{line.label}",
            line.label,
            data.amount(line),
            line.budget,
            comparison_amounts.get(line.label),
            favourable_when_lower=True,
        )
        for line in data.top(*COST_KINDS_ALL)
    )
    return Driftredovisning(period=period, comparison=comparison, rows=tuple(rows), lines=lines)


COST_KINDS_ALL = (*OPERATING_COSTS, LineKind.AVSKRIVNING, LineKind.FINANSIELL_KOSTNAD)
INCOME_KINDS_ALL = (*OPERATING_INCOME, LineKind.FINANSIELL_INTAKT)


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
    data = PeriodData.load(period)
    comparison = selectors.comparison_period(period)
    comparison_data = PeriodData.load(comparison) if comparison else None
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
                from reports.balance_columns import interim_balance_note

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


# --- Balanskravsutredning -------------------------------------------------------------------------


@dataclass(frozen=True)
class Deficit:
    year: int
    amount: Decimal  # the negative balanskravsresultat, as a positive amount
    restored: Decimal
    restore_by: int

    @property
    def remaining(self) -> Decimal:
        return self.amount - self.restored


@dataclass(frozen=True)
class Balanskravsutredning:
    period: ReportPeriod
    rows: tuple[Row, ...]
    resultat_efter_balanskravsjusteringar: Decimal
    balanskravsresultat: Decimal
    deficits: tuple[Deficit, ...]
    blank = ""

    @property
    def unit(self) -> str:
        return unit_of(self.period, "balanskrav")

    @property
    def in_tkr(self) -> bool:
        return self.unit == TKR


def balanskrav_figures(
    period: ReportPeriod | PeriodData,
) -> tuple[tuple[Row, ...], Decimal, Decimal]:
    data = _data(period)
    f = data.figures
    result = result_figures(data).arets_resultat
    adjusted = (
        result
        - f.realisationsvinster
        + f.realisationsvinster_undantag
        + f.realisationsforluster_undantag
        + f.orealiserade_vardepapper
        + f.aterforing_orealiserade
    )
    balanskrav = adjusted - f.rur_reservation + f.rur_anvandning
    word = "Årets" if data.period.is_full_year else "Periodens"
    rows = (
        Row(f"{word} resultat enligt resultaträkningen", (result,), key="arets_resultat"),
        Row("− Samtliga realisationsvinster", (-f.realisationsvinster,), key="realisationsvinster"),
        Row(
            "+ Realisationsvinster enligt undantagsmöjlighet",
            (f.realisationsvinster_undantag,),
            key="realisationsvinster_undantag",
        ),
        Row(
            "+ Realisationsförluster enligt undantagsmöjlighet",
            (f.realisationsforluster_undantag,),
            key="realisationsforluster_undantag",
        ),
        Row(
            "−/+ Orealiserade vinster och förluster i värdepapper",
            (f.orealiserade_vardepapper,),
            key="orealiserade_vardepapper",
        ),
        Row(
            "+/− Återföring av orealiserade vinster och förluster i värdepapper",
            (f.aterforing_orealiserade,),
            key="aterforing_orealiserade",
        ),
        Row(
            f"= {word} resultat efter balanskravsjusteringar",
            (adjusted,),
            style="subtotal",
            key="resultat_efter_balanskravsjusteringar",
        ),
        Row(
            "− Reservering till resultatutjämningsreserv",
            (-f.rur_reservation,),
            key="rur_reservation",
        ),
        Row(
            "+ Användning av medel från resultatutjämningsreserv",
            (f.rur_anvandning,),
            key="rur_anvandning",
        ),
        Row("= Balanskravsresultat", (balanskrav,), style="total", key="balanskravsresultat"),
    )
    return rows, adjusted, balanskrav


RESTORE_WITHIN_YEARS = 3


def balanskravsutredning(period: ReportPeriod) -> Balanskravsutredning:
    rows, adjusted, balanskrav = balanskrav_figures(period)
    return Balanskravsutredning(
        period=period,
        rows=rows,
        resultat_efter_balanskravsjusteringar=adjusted,
        balanskravsresultat=balanskrav,
        deficits=tuple(_deficits(period.forbund, period.year if period.is_full_year else None)),
    )


def _deficits(forbund: Forbund, through_year: int | None) -> list[Deficit]:
    """Negative balanskravsresultat of the last three years' Årsredovisningar not yet restored
    by later positive ones (oldest restored first), up to and including ``through_year``."""
    if through_year is None:
        return []
    results: list[tuple[int, Decimal]] = []
    for year in range(through_year - RESTORE_WITHIN_YEARS, through_year + 1):
        report = selectors.annual_report(forbund, year)
        if report is not None:
            results.append((year, balanskrav_figures(report)[2]))
    open_deficits: list[list] = []  # [year, amount, restored]
    for year, value in results:
        if value < 0:
            open_deficits.append([year, -value, ZERO])
            continue
        surplus = value
        for deficit in open_deficits:
            take = min(surplus, deficit[1] - deficit[2])
            deficit[2] += take
            surplus -= take
    return [
        Deficit(year=year, amount=amount, restored=restored, restore_by=year + RESTORE_WITHIN_YEARS)
        for year, amount, restored in open_deficits
        if restored < amount and year + RESTORE_WITHIN_YEARS >= through_year
    ]


# --- Helårsprognos (Delårsrapport) --------------------------------------------------------------


@dataclass(frozen=True)
class Prognos:
    """The full-year forecast of a Delårsrapport, as entered (never derived by scaling the
    period), beside the year's budget; the balanskrav is assessed on the forecast. A report that
    states the forecast only as a deviation from the budgeted result enters just that
    (``entered_budgetavvikelse``); the figures it does not state are unknown and print "–"."""

    intakter: Decimal | None
    kostnader: Decimal | None
    budget_intakter: Decimal | None
    budget_kostnader: Decimal | None
    balanskravsjusteringar: Decimal = ZERO
    year: int = 0
    unit: str = KR
    entered_budgetavvikelse: Decimal | None = None

    @property
    def balanskravsresultat(self) -> Decimal | None:
        """Prognos för årets balanskravsresultat: the forecast result + expected adjustments."""
        if self.resultat is None:
            return None
        return self.resultat + self.balanskravsjusteringar

    @property
    def table(self) -> Table:
        def diff(a, b):
            return None if a is None or b is None else a - b

        budget_result = self.budget_resultat
        rows = (
            Row(
                "Verksamhetens intäkter",
                (self.intakter, self.budget_intakter, diff(self.intakter, self.budget_intakter)),
                key="intakter",
            ),
            Row(
                "Verksamhetens kostnader",
                (
                    _neg(self.kostnader),
                    _neg(self.budget_kostnader),
                    diff(self.budget_kostnader, self.kostnader),
                ),
                key="kostnader",
            ),
            Row(
                "Resultat helår",
                (self.resultat, budget_result, self.budgetavvikelse),
                style="subtotal",
                key="resultat",
            ),
            Row(
                "Balanskravsjusteringar",
                (self.balanskravsjusteringar, None, None),
                key="balanskravsjusteringar",
            ),
            Row(
                "Balanskravsresultat helår",
                (self.balanskravsresultat, None, None),
                style="total",
                key="balanskravsresultat",
            ),
        )
        columns = (f"Prognos helår {self.year}", f"Budget helår {self.year}", "Avvikelse")
        return Table(columns, rows, unit=self.unit, blank="–")

    @property
    def resultat(self) -> Decimal | None:
        if self.intakter is None or self.kostnader is None:
            return None
        return self.intakter - self.kostnader

    @property
    def budget_resultat(self) -> Decimal | None:
        if self.budget_intakter is None or self.budget_kostnader is None:
            return None
        return self.budget_intakter - self.budget_kostnader

    @property
    def budgetavvikelse(self) -> Decimal | None:
        """Prognosticated result − budgeted result for the full year (positive = better); the
        entered deviation when the report states only that."""
        budget = self.budget_resultat
        if budget is None or self.resultat is None:
            return self.entered_budgetavvikelse
        return self.resultat - budget


def helarsprognos(period: ReportPeriod) -> Prognos | None:
    if period.kind != ReportKind.DELARSRAPPORT:
        return None
    f = selectors.figures_of(period)
    complete = f.prognos_intakter is not None and f.prognos_kostnader is not None
    if not complete and f.prognos_budgetavvikelse is None:
        return None
    return Prognos(
        intakter=f.prognos_intakter,
        kostnader=f.prognos_kostnader,
        budget_intakter=f.budget_helar_intakter,
        budget_kostnader=f.budget_helar_kostnader,
        balanskravsjusteringar=f.prognos_balanskravsjusteringar or ZERO,
        year=period.year,
        unit=unit_of(period, "prognos"),
        entered_budgetavvikelse=f.prognos_budgetavvikelse,
    )


# --- Five-year overview ---------------------------------------------------------------------------


@dataclass(frozen=True)
class YearFigures:
    year: int
    intakter: Decimal | None
    kostnader: Decimal | None
    soliditet: Decimal | None
    antal_anstallda: int | None
    source: str  # "rapport", "historik" or "" (nothing known)

    @property
    def arets_resultat(self) -> Decimal | None:
        if self.intakter is None or self.kostnader is None:
            return None
        return self.intakter - self.kostnader


@dataclass(frozen=True)
class FiveYearOverview:
    years: tuple[YearFigures, ...]

    def year(self, year: int) -> YearFigures:
        return next(y for y in self.years if y.year == year)


def year_figures(forbund: Forbund, year: int) -> YearFigures:
    report = selectors.annual_report(forbund, year)
    if report is not None:
        data = PeriodData.load(report)
        result = result_figures(data)
        return YearFigures(
            year=year,
            intakter=result.summa_intakter,
            kostnader=result.summa_kostnader,
            soliditet=closing_balance(data).soliditet,
            antal_anstallda=data.figures.antal_anstallda,
            source="rapport",
        )
    history = selectors.history_of(forbund, year)
    if history is not None:
        if history.eget_kapital is not None:
            ratio = percent_of(history.eget_kapital, history.summa_tillgangar)
        elif history.soliditet_procent is not None:
            ratio = Decimal(history.soliditet_procent) / 100
        else:
            ratio = None
        return YearFigures(
            year=year,
            intakter=history.intakter,
            kostnader=history.kostnader,
            soliditet=ratio,
            antal_anstallda=history.antal_anstallda,
            source="historik",
        )
    return YearFigures(year, None, None, None, None, "")


def five_year_overview(forbund: Forbund, year: int) -> FiveYearOverview:
    """Verksamhetens intäkter, kostnader, årets resultat, soliditet and antal anställda for
    ``year`` and the four years before it (newest first)."""
    return FiveYearOverview(
        years=tuple(year_figures(forbund, y) for y in range(year, year - 5, -1))
    )


__all__ = [
    "Balanskravsutredning",
    "Balansrakning",
    "CashFlow",
    "Driftredovisning",
    "EquityRollforward",
    "FiveYearOverview",
    "Kassaflodesanalys",
    "Note",
    "PeriodData",
    "Resultatrakning",
    "balanskravsutredning",
    "balansrakning",
    "cash_flow",
    "closing_balance",
    "driftredovisning",
    "equity_rollforward",
    "five_year_overview",
    "helarsprognos",
    "kassaflodesanalys",
    "noter",
    "opening_balance",
    "result_figures",
    "resultatrakning",
    "soliditet",
]
