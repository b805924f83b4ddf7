"""The kassaflödesanalys: the cash flow computed from the result and the balance sheets, and the
printed statement."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reports import selectors
from reports.models import (
    ReportPeriod,
)
from reports.statements.anlaggningar import fixed_assets
from reports.statements.core import (
    PeriodData,
    Row,
    Table,
    _data,
    _result_word,
    closing_balance,
    opening_balance,
    result_figures,
    unit_of,
)

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
