"""Belopp i svensk form: tolkning av inmatning, avrundning och formatering.

Allt räknas med ``Decimal``; ``float`` avvisas med ``TypeError`` så att misstag syns direkt.

Inmatning (``parse_amount``) godtar t.ex. ``1 234 567``, ``1234567``, ``-480 307``,
``−480 307`` (U+2212), ``– 4`` (tankstreck U+2013), ``1 234,50`` och ``+5``. Som
tusentalsavgränsare godtas vanligt mellanslag, hårt mellanslag (U+00A0), smalt hårt
mellanslag (U+202F) och tunt mellanslag (U+2009). Punkt avvisas eftersom den är tvetydig
(decimaltecken på engelska, tusentalsavgränsare på t.ex. tyska).

Utmatning (``format_amount``) använder vanligt mellanslag som tusentalsavgränsare, komma som
decimaltecken och U+2212 som minustecken.
"""

from __future__ import annotations

from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_UP, Context, Decimal

__all__ = [
    "BELOPP_FOR_STORT",
    "BELOPP_SAKNAS",
    "DECIMALKOMMA_PLACERING",
    "FEL_PLACERAT_TECKEN",
    "FEL_TUSENTALSGRUPPERING",
    "FLERA_DECIMALKOMMAN",
    "FLERA_TECKEN",
    "FOR_MANGA_DECIMALER",
    "FOR_MANGA_DECIMALER_EN",
    "HELA_KRONOR",
    "MAX_HELTALSSIFFROR",
    "MELLANSLAG_I_DECIMALER",
    "MINUS",
    "OGILTIGA_TECKEN",
    "PUNKT_I_BELOPP",
    "SIFFROR_SAKNAS",
    "AmountError",
    "decimals_message",
    "format_amount",
    "format_percent",
    "format_tkr",
    "parse_amount",
    "percent_of",
    "round_kr",
    "round_to_unit",
    "to_tkr",
]

# --- Felmeddelanden (visas för användaren) -------------------------------------------------

BELOPP_SAKNAS = "Fyll i ett belopp."
OGILTIGA_TECKEN = (
    "Beloppet får bara innehålla siffror, mellanslag, decimalkomma och ett inledande minustecken."
)
PUNKT_I_BELOPP = (
    "Använd mellanslag som tusentalsavgränsare och komma som decimaltecken, t.ex. 1 234 567,50."
)
FLERA_DECIMALKOMMAN = "Beloppet får bara innehålla ett decimalkomma."
DECIMALKOMMA_PLACERING = "Skriv siffror både före och efter decimalkommat, t.ex. 0,50."
MELLANSLAG_I_DECIMALER = "Decimalerna efter kommat får inte innehålla mellanslag."
FEL_TUSENTALSGRUPPERING = "Siffrorna ska grupperas tre och tre med mellanslag, t.ex. 1 234 567."
HELA_KRONOR = "Ange beloppet i hela kronor, utan decimaler."
FOR_MANGA_DECIMALER_EN = "Beloppet får ha högst en decimal."
FOR_MANGA_DECIMALER = "Beloppet får ha högst {n} decimaler."
FLERA_TECKEN = "Beloppet får bara ha ett minustecken, och det ska stå först."
FEL_PLACERAT_TECKEN = "Minustecknet ska stå först i beloppet, t.ex. −480 307."
SIFFROR_SAKNAS = "Beloppet saknar siffror."
BELOPP_FOR_STORT = "Beloppet är för stort. Det får ha högst 13 siffror före decimalkommat."

#: Belopp måste vara mindre än 10**MAX_HELTALSSIFFROR i absolutbelopp.
MAX_HELTALSSIFFROR = 13

#: Minustecknet som används vid formatering (U+2212 MINUS SIGN).
MINUS = "\u2212"

_DIGITS = frozenset("0123456789")
_SEPARATORS = frozenset(" \u00a0\u202f\u2009")
_MINUS_SIGNS = frozenset("-\u2212\u2013")
_SIGNS = _MINUS_SIGNS | {"+"}

# Kontext för exakta operationer (quantize, scaleb, divmod till heltal, multiplikation):
# precisionen räcker alltid, så inget avrundas i smyg. Används aldrig för division.
_EXACT = Context(prec=MAX_PREC, rounding=ROUND_HALF_UP, Emax=MAX_EMAX, Emin=MIN_EMIN)
# Kontext för kvoter (percent_of).
_RATIO = Context(prec=28, rounding=ROUND_HALF_UP)

_ONE = Decimal(1)


class AmountError(ValueError):
    """Ogiltigt belopp. ``message`` är ett svenskt meddelande för användaren, ``code`` en kort
    maskinläsbar orsak (t.ex. ``"dot"``, ``"grouping"``)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def decimals_message(max_decimals: int) -> str:
    """Meddelandet när fler än ``max_decimals`` decimaler har angetts."""
    if max_decimals == 0:
        return HELA_KRONOR
    if max_decimals == 1:
        return FOR_MANGA_DECIMALER_EN
    return FOR_MANGA_DECIMALER.format(n=max_decimals)


def _check_decimals_arg(decimals: int, name: str) -> None:
    if isinstance(decimals, bool) or not isinstance(decimals, int):
        raise TypeError(f"{name} must be an int, got {type(decimals).__name__}")
    if decimals < 0:
        raise ValueError(f"{name} must be >= 0, got {decimals}")


def parse_amount(text: str, *, max_decimals: int = 2) -> Decimal:
    """Tolka ett belopp skrivet på svenska. Returnerar exakt det som skrevs som ``Decimal``
    (``"1 234,5"`` -> ``Decimal("1234.5")``); negativ nolla blir ``0``.

    Kastar ``AmountError`` (med svenskt ``message``) för allt som inte är ett giltigt belopp,
    även tom text – anroparen avgör om fältet är obligatoriskt.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_amount expects str, got {type(text).__name__}")
    _check_decimals_arg(max_decimals, "max_decimals")

    s = text.strip()
    if not s:
        raise AmountError(BELOPP_SAKNAS, "blank")

    has_dot = False
    for ch in s:
        if ch in _DIGITS or ch in _SEPARATORS or ch in _SIGNS or ch == ",":
            continue
        if ch == ".":
            has_dot = True
            continue
        raise AmountError(OGILTIGA_TECKEN, "invalid_chars")
    if has_dot:
        raise AmountError(PUNKT_I_BELOPP, "dot")

    negative = False
    i = 0
    if s[0] in _SIGNS:
        negative = s[0] in _MINUS_SIGNS
        i = 1
        while i < len(s) and s[i] in _SEPARATORS:  # "– 4"
            i += 1
    body = s[i:]
    if not any(ch in _DIGITS for ch in body):
        if body and body[0] in _SIGNS:
            raise AmountError(FLERA_TECKEN, "multiple_signs")
        raise AmountError(SIFFROR_SAKNAS, "no_digits")
    if body[0] in _SIGNS:
        raise AmountError(FLERA_TECKEN, "multiple_signs")
    if any(ch in _SIGNS for ch in body):
        raise AmountError(FEL_PLACERAT_TECKEN, "sign_position")

    if body.count(",") > 1:
        raise AmountError(FLERA_DECIMALKOMMAN, "multiple_commas")
    int_part, comma, frac = body.partition(",")
    if comma and (not int_part or not frac):
        raise AmountError(DECIMALKOMMA_PLACERING, "comma_position")
    if any(ch in _SEPARATORS for ch in frac):
        raise AmountError(MELLANSLAG_I_DECIMALER, "decimal_spaces")

    groups = _split_groups(int_part)
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise AmountError(FEL_TUSENTALSGRUPPERING, "grouping")
    int_digits = "".join(groups)

    if len(frac) > max_decimals:
        raise AmountError(decimals_message(max_decimals), "too_many_decimals")
    if len(int_digits.lstrip("0")) > MAX_HELTALSSIFFROR:
        raise AmountError(BELOPP_FOR_STORT, "too_large")

    value = Decimal(f"{'-' if negative else ''}{int_digits}{'.' + frac if frac else ''}")
    return _no_negative_zero(value)


def _split_groups(int_part: str) -> list[str]:
    groups: list[str] = []
    current: list[str] = []
    for ch in int_part:
        if ch in _SEPARATORS:
            groups.append("".join(current))
            current = []
        else:
            current.append(ch)
    groups.append("".join(current))
    return groups


def _no_negative_zero(value: Decimal) -> Decimal:
    return value.copy_abs() if value.is_zero() else value


def _to_decimal(value: object, name: str = "value") -> Decimal:
    """Decimal eller int (inte bool, inte float) -> ändlig Decimal."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"{name} must be Decimal or int, got {type(value).__name__}")
    d = Decimal(value) if isinstance(value, int) else value
    if not d.is_finite():
        raise ValueError(f"{name} must be finite, got {d}")
    return d


def _quantize(value: Decimal, decimals: int) -> Decimal:
    quantum = _ONE.scaleb(-decimals, context=_EXACT)
    return _no_negative_zero(value.quantize(quantum, rounding=ROUND_HALF_UP, context=_EXACT))


def round_kr(value: Decimal | int) -> Decimal:
    """Avrunda till hela kronor, halvor uppåt (bort från noll): 2,50 -> 3, −2,50 -> −3."""
    return _quantize(_to_decimal(value), 0)


def round_to_unit(value: Decimal | int, unit: Decimal | int) -> Decimal:
    """Avrunda till närmaste multipel av ``unit`` (t.ex. 100 kr), halvor bort från noll."""
    d = _to_decimal(value)
    u = _to_decimal(unit, "unit")
    if u <= 0:
        raise ValueError(f"unit must be > 0, got {u}")
    quotient = _EXACT.divide_int(d, u)  # trunkerat mot noll
    remainder = _EXACT.remainder(d, u)  # samma tecken som d
    if _EXACT.multiply(_EXACT.abs(remainder), 2) >= u:
        quotient = _EXACT.add(quotient, 1 if d > 0 else -1)
    return _no_negative_zero(_EXACT.multiply(quotient, u))


def to_tkr(value: Decimal | int) -> Decimal:
    """Kronor -> hela tusental kronor (tkr), halvor uppåt: 1 500 -> 2, 1 499 -> 1."""
    d = _to_decimal(value)
    return _quantize(d.scaleb(-3, context=_EXACT), 0)


def format_amount(value: Decimal | int | None, *, decimals: int = 0) -> str:
    """Formatera ett belopp på svenska: ``"1 844 629"``, ``"−480 307"``, ``"1 234,50"``.

    Avrundar halvor uppåt till ``decimals`` decimaler. Vanligt mellanslag (U+0020) som
    tusentalsavgränsare, komma som decimaltecken, U+2212 som minustecken. ``None`` -> ``""``.
    """
    _check_decimals_arg(decimals, "decimals")
    if value is None:
        return ""
    q = _quantize(_to_decimal(value), decimals)
    text = format(q.copy_abs(), "f")
    int_part, _, frac = text.partition(".")
    groups = []
    while len(int_part) > 3:
        groups.append(int_part[-3:])
        int_part = int_part[:-3]
    groups.append(int_part)
    result = " ".join(reversed(groups))
    if frac:
        result += "," + frac
    if q < 0:
        result = MINUS + result
    return result


def format_tkr(value: Decimal | int | None) -> str:
    """Belopp i kronor formaterat som hela tkr: 1 844 629 -> ``"1 845"``. ``None`` -> ``""``."""
    if value is None:
        return ""
    return format_amount(to_tkr(value))


def format_percent(ratio: Decimal | int | None, *, decimals: int = 0) -> str:
    """Formatera en kvot som procent: ``Decimal("0.63")`` -> ``"63 %"``. ``None`` -> ``"–"``."""
    _check_decimals_arg(decimals, "decimals")
    if ratio is None:
        return "\u2013"
    percent = _to_decimal(ratio, "ratio").scaleb(2, context=_EXACT)
    return f"{format_amount(percent, decimals=decimals)} %"


def percent_of(part: Decimal | int | None, whole: Decimal | int | None) -> Decimal | None:
    """Kvoten ``part / whole`` (t.ex. ``Decimal("0.63")`` för 63 %), avsedd för
    ``format_percent``. ``None`` om ``whole`` är 0 eller något av värdena saknas."""
    if part is None or whole is None:
        return None
    p = _to_decimal(part, "part")
    w = _to_decimal(whole, "whole")
    if w.is_zero():
        return None
    return _no_negative_zero(_RATIO.divide(p, w))
