"""The statements of a report – resultaträkning, balansräkning, kassaflödesanalys, driftredovisning,
noter, balanskravsutredning and the overviews – one module each over a small shared core (``core``:
the period's data, rows and tables). Pages and the PDF import them from here: ``from reports import
statements``."""

# The fixed-asset roll-forward and its notes (``anlaggningar``), as the statements always offered
# them (``statements.fixed_assets(data)``).
from reports.statements.anlaggningar import (  # noqa: F401, E402
    ansvarsforbindelser_note,
    fixed_assets,
    fixed_assets_note,
)
from reports.statements.balanskrav import (  # noqa: F401
    RESTORE_WITHIN_YEARS,
    Balanskravsutredning,
    Deficit,
    Prognos,
    _deficits,
    balanskrav_figures,
    balanskravsutredning,
    helarsprognos,
)
from reports.statements.balansrakning import (  # noqa: F401
    Balansrakning,
    _after_equity_rows,
    _balance_line_rows,
    _equity_rollforward_rows,
    balansrakning,
)
from reports.statements.core import (  # noqa: F401
    COST_KINDS_ALL,
    INCOME_KINDS_ALL,
    INSATS_CATEGORIES,
    INSATSER_LABEL,
    KR,
    OPERATING_COSTS,
    OPERATING_INCOME,
    RESULT_LINE_KINDS,
    TKR,
    ZERO,
    BalanceFigures,
    EquityRollforward,
    PeriodData,
    ResultFigures,
    Row,
    Table,
    _data,
    _neg,
    _result_word,
    _sum,
    _sum_or_none,
    budget_figures,
    closing_balance,
    equity_rollforward,
    opening_balance,
    period_data,
    result_figures,
    soliditet,
    unit_of,
)
from reports.statements.driftredovisning import (  # noqa: F401
    Driftredovisning,
    DriftRow,
    drift_comparison_period,
    driftredovisning,
)
from reports.statements.kassaflodesanalys import (  # noqa: F401
    CASH_FLOW_ROWS,
    CashFlow,
    Kassaflodesanalys,
    cash_flow,
    kassaflodesanalys,
)
from reports.statements.noter import (  # noqa: F401
    REDOVISNINGSPRINCIPER,
    REDOVISNINGSPRINCIPER_DELAR,
    Note,
    NoteMismatch,
    _balance_note,
    _note_lines,
    _note_plan,
    _result_note,
    _supplementary_note,
    note_line_mismatches,
    note_numbers,
    noter,
    redovisningsprinciper,
)
from reports.statements.oversikter import (  # noqa: F401
    FiveYearOverview,
    YearFigures,
    five_year_overview,
    year_figures,
)
from reports.statements.resultatrakning import (  # noqa: F401
    Resultatrakning,
    _finansnetto_budget,
    _grouped_items,
    _Item,
    _merge,
    _result_items,
    _separate_items,
    _shown,
    column_titles,
    resultatrakning,
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
