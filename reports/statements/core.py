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
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from finsam.models import CostCategory
from finsam.money import percent_of
from reports import selectors
from reports.models import (
    RESULT_KINDS,
    FigureLine,
    LineKind,
    PeriodFigures,
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


def period_data(period: ReportPeriod) -> PeriodData:
    """The saved period's data, read once per data version: ``performance.memo`` caches it, so
    the statements and checks of a page share one read of the period's lines and figures."""
    return PeriodData.load(period)


def _data(period: ReportPeriod | PeriodData) -> PeriodData:
    return period if isinstance(period, PeriodData) else period_data(period)


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


# Verksamhetens kostnader; avskrivningar and jämförelsestörande poster have lines of their own.
OPERATING_COSTS = (LineKind.KOSTNAD, LineKind.PERSONALKOSTNAD)
OPERATING_INCOME = (LineKind.DRIFTBIDRAG, LineKind.OVRIG_INTAKT, LineKind.ORESUTJAMNING)


def _result_word(period: ReportPeriod) -> str:
    return "Årets resultat" if period.is_full_year else "Periodens resultat"


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


COST_KINDS_ALL = (*OPERATING_COSTS, LineKind.AVSKRIVNING, LineKind.FINANSIELL_KOSTNAD)
INCOME_KINDS_ALL = (*OPERATING_INCOME, LineKind.FINANSIELL_INTAKT)
