"""What a check of a report says: its severity, its name and its Swedish message, and the result row
the pages and the PDF show."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from finsam.money import format_amount

ZERO = Decimal("0.00")
HALF = Decimal("0.5")


class Severity(StrEnum):
    FEL = "fel"
    VARNING = "varning"
    AVRUNDNING = "avrundning"

    @property
    def label(self) -> str:
        return SEVERITY_LABELS[self]


SEVERITY_LABELS = {
    Severity.FEL: "Fel",
    Severity.VARNING: "Varning",
    Severity.AVRUNDNING: "Avrundning",
}

# Check codes
BALANSRAKNING = "balansrakning"
EGET_KAPITAL = "eget-kapital"
KASSAFLODE = "kassaflode"
INGAENDE_BALANS = "ingaende-balans"
KONTROLLSUMMA = "kontrollsumma"
NOT_SUMMA = "not-summa"
AVVIKELSE = "driftredovisning-avvikelse"
DRIFTBIDRAG_ANDELAR = "driftbidrag-andelar"
KOMMUNFORDELNING = "driftbidrag-kommuner"
BUDGET_SAKNAS = "budget-saknas"
UPPGIFT_SAKNAS = "uppgift-saknas"
NOT_RAD = "not-rad"
ANLAGGNINGAR = "anlaggningstillgangar"
BUDGET_TOTAL = "budget-total"
CHECK_NAMES = {
    BALANSRAKNING: "Balansräkningen balanserar",
    EGET_KAPITAL: "Eget kapital rullas fram",
    KASSAFLODE: "Kassaflödet stämmer med kassa och bank",
    INGAENDE_BALANS: "Ingående balans = föregående års utgående",
    KONTROLLSUMMA: "Kontrollsumma från bokföringen",
    NOT_SUMMA: "Notens rader = raden i räkningen",
    AVVIKELSE: "Driftredovisningens avvikelse",
    DRIFTBIDRAG_ANDELAR: "Driftbidragets andelar 50/25/25",
    KOMMUNFORDELNING: "Kommunernas fördelning",
    BUDGET_SAKNAS: "Budget finns",
    UPPGIFT_SAKNAS: "Uppgift finns",
    NOT_RAD: "Notens summa = raden den hör till",
    ANLAGGNINGAR: "Anläggningstillgångar rullas fram",
    BUDGET_TOTAL: "Budgetens rader = budgetens summa",
}

# Messages (Swedish; the tests import them)
MSG_BALANCE = (
    "Balansräkningen {when} balanserar inte: summa tillgångar {assets} kr, summa eget kapital, "
    "avsättningar och skulder {liabilities} kr: skillnad {diff} kr."
)
MSG_EQUITY = (
    "Eget kapital vid periodens slut i bokföringen {control} kr, beräknat {opening} kr + "
    "resultat {result} kr = {computed} kr: skillnad {diff} kr."
)
MSG_CASH_FLOW = (
    "Kassaflödesanalysen slutar på likvida medel {flow} kr, men kassa och bank i "
    "balansräkningen är {kassa} kr: skillnad {diff} kr."
)
MSG_OPENING = (
    "{what} vid årets början {opening} kr, men {source} {previous} kr: skillnad {diff} kr."
)
MSG_CONTROL = "{what} i bokföringen {control} kr, beräknat {computed} kr: skillnad {diff} kr."
MSG_NOTE = (
    "Noten {what}: specifikationen summerar till {computed} kr, balansräkningens post i "
    "bokföringen är {control} kr: skillnad {diff} kr."
)
MSG_AVVIKELSE = (
    "Driftredovisningens avvikelse för kostnaderna anges till {control} kr, men budget "
    "{budget} kr − utfall {utfall} kr = {computed} kr: skillnad {diff} kr."
)
MSG_SHARES = (
    "Driftbidraget från {who} är {amount} kr, {percent} av driftbidragen {total} kr; enligt lagen "
    "ska det vara {share} ({expected} kr): skillnad {diff} kr."
)
MSG_KOMMUN = (
    "Driftbidraget från {kommun} är {amount} kr, enligt fördelningen mellan kommunerna i "
    "förbundsordningen {expected} kr: skillnad {diff} kr."
)
MSG_BUDGET_LINE = "Kostnadsraden ”{label}” har utfall {amount} kr men ingen budget."
MSG_BUDGET_TOTAL = (
    "Budgeten för verksamhetens {side} är angiven som summa {total} kr, men radernas budget "
    "summerar till {lines} kr: skillnad {diff} kr."
)
MSG_BUDGET_NONE = "Ingen budget är angiven för perioden, så budgetkolumnerna blir tomma."
MSG_NOTE_LINE = (
    "Not {number} {title} summerar till {note} kr, men raden ”{line}” i {statement} är "
    "{amount} kr: skillnad {diff} kr."
)
MSG_FIXED_ASSETS = (
    "Anläggningstillgångar vid periodens slut {closing} kr, men ingående {opening} kr + "
    "investeringar {investeringar} kr − avskrivningar {avskrivningar} kr = {computed} kr: "
    "skillnad {diff} kr."
)
MSG_MISSING = "{what} saknas."
MSG_ROUNDING = " Skillnaden ryms i avrundning till hela kronor."


@dataclass(frozen=True)
class CheckResult:
    code: str
    severity: Severity
    message: str
    fix_url: str
    fix_label: str
    difference: Decimal | None = None

    @property
    def name(self) -> str:
        return CHECK_NAMES.get(self.code, self.code)

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.FEL


def kr(value: Decimal | None) -> str:
    """An amount in a message: whole kronor, or with öre when it has öre."""
    if value is None:
        return "–"
    has_ore = value != value.to_integral_value()
    return format_amount(value, decimals=2 if has_ore else 0)


def severity_of(difference: Decimal, terms: Iterable[Decimal | None]) -> Severity | None:
    """``None`` when there is no difference; AVRUNDNING when rounding each whole-krona figure
    involved (by at most 0,50 kr) can explain it; otherwise FEL."""
    if difference == 0:
        return None
    whole = sum(1 for t in terms if t is not None and t != 0 and t == t.to_integral_value())
    if abs(difference) <= HALF * whole:
        return Severity.AVRUNDNING
    return Severity.FEL
