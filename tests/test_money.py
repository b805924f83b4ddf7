"""Belopp: tolkning, avrundning, formatering, formulärfält och mallfilter."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finsam import money
from finsam.money import (
    BELOPP_FOR_STORT,
    BELOPP_SAKNAS,
    DECIMALKOMMA_PLACERING,
    FEL_PLACERAT_TECKEN,
    FEL_TUSENTALSGRUPPERING,
    FLERA_DECIMALKOMMAN,
    FLERA_TECKEN,
    FOR_MANGA_DECIMALER,
    FOR_MANGA_DECIMALER_EN,
    HELA_KRONOR,
    MELLANSLAG_I_DECIMALER,
    OGILTIGA_TECKEN,
    PUNKT_I_BELOPP,
    SIFFROR_SAKNAS,
    AmountError,
    format_amount,
    format_percent,
    format_tkr,
    parse_amount,
    percent_of,
    round_kr,
    round_to_unit,
    to_tkr,
)

D = Decimal
NBSP = "\u00a0"
NNBSP = "\u202f"
THIN = "\u2009"
MINUS = "\u2212"
EN_DASH = "\u2013"
LIMIT = D(10) ** 13

# --------------------------------------------------------------------------------------------
# parse_amount: godkända värden
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234 567", "1234567"),
        ("1234567", "1234567"),
        (f"1{NBSP}234{NBSP}567", "1234567"),
        (f"1{NNBSP}234{NNBSP}567", "1234567"),
        (f"1{THIN}234{THIN}567", "1234567"),
        (f"1 234{NBSP}567{NNBSP}890", "1234567890"),
        ("-480 307", "-480307"),
        (f"{MINUS}480 307", "-480307"),
        (f"{EN_DASH} 4", "-4"),
        (f"{EN_DASH}4", "-4"),
        (f"{EN_DASH}{NBSP}4", "-4"),
        ("- 4", "-4"),
        ("1 234,50", "1234.50"),
        ("1 234,5", "1234.5"),
        ("0,05", "0.05"),
        ("0", "0"),
        ("000", "0"),
        ("123", "123"),
        ("  12 345  ", "12345"),
        ("\t5\n", "5"),
        (f"{NBSP}7{NBSP}", "7"),
        ("+5", "5"),
        ("+ 1 000", "1000"),
        ("-0", "0"),
        (f"{MINUS}0,00", "0.00"),
        ("9 999 999 999 999,99", "9999999999999.99"),
        ("-9999999999999", "-9999999999999"),
        ("0 000 000 000 000 001", "1"),
    ],
)
def test_parse_amount_accepts(text, expected):
    result = parse_amount(text)
    assert type(result) is Decimal
    # Exakt som inmatat, även antalet decimaler (str jämför exponenten också).
    assert str(result) == expected


def test_parse_amount_negative_zero_is_plain_zero():
    assert not parse_amount("-0").is_signed()
    assert not parse_amount(f"{EN_DASH} 0,00").is_signed()


@pytest.mark.parametrize(
    ("text", "max_decimals", "expected"),
    [
        ("1 234", 0, "1234"),
        ("1,5", 1, "1.5"),
        ("1,2345", 4, "1.2345"),
    ],
)
def test_parse_amount_max_decimals_accepts(text, max_decimals, expected):
    assert str(parse_amount(text, max_decimals=max_decimals)) == expected


# --------------------------------------------------------------------------------------------
# parse_amount: avvisade värden
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message", "code"),
    [
        ("", BELOPP_SAKNAS, "blank"),
        ("   ", BELOPP_SAKNAS, "blank"),
        (f"{NBSP}\t\n", BELOPP_SAKNAS, "blank"),
        ("12 34", FEL_TUSENTALSGRUPPERING, "grouping"),
        ("1 2345", FEL_TUSENTALSGRUPPERING, "grouping"),
        ("1234 567", FEL_TUSENTALSGRUPPERING, "grouping"),
        ("1  234", FEL_TUSENTALSGRUPPERING, "grouping"),
        ("1 234 56", FEL_TUSENTALSGRUPPERING, "grouping"),
        ("1 234 ,50", FEL_TUSENTALSGRUPPERING, "grouping"),
        ("1.234", PUNKT_I_BELOPP, "dot"),
        ("1.5", PUNKT_I_BELOPP, "dot"),
        ("1 234.50", PUNKT_I_BELOPP, "dot"),
        ("1.234.567", PUNKT_I_BELOPP, "dot"),
        ("1,2,3", FLERA_DECIMALKOMMAN, "multiple_commas"),
        ("1,234,567", FLERA_DECIMALKOMMAN, "multiple_commas"),
        ("NaN", OGILTIGA_TECKEN, "invalid_chars"),
        ("nan", OGILTIGA_TECKEN, "invalid_chars"),
        ("Infinity", OGILTIGA_TECKEN, "invalid_chars"),
        ("-Infinity", OGILTIGA_TECKEN, "invalid_chars"),
        ("inf", OGILTIGA_TECKEN, "invalid_chars"),
        ("1e5", OGILTIGA_TECKEN, "invalid_chars"),
        ("1E5", OGILTIGA_TECKEN, "invalid_chars"),
        ("abc", OGILTIGA_TECKEN, "invalid_chars"),
        ("12 kr", OGILTIGA_TECKEN, "invalid_chars"),
        ("0x10", OGILTIGA_TECKEN, "invalid_chars"),
        ("1_000", OGILTIGA_TECKEN, "invalid_chars"),
        ("1'000", OGILTIGA_TECKEN, "invalid_chars"),
        ("(480 307)", OGILTIGA_TECKEN, "invalid_chars"),
        ("\u0661\u0662\u0663", OGILTIGA_TECKEN, "invalid_chars"),  # arabisk-indiska siffror
        ("\uff11\uff12", OGILTIGA_TECKEN, "invalid_chars"),  # fullbreddssiffror
        ("1\t234", OGILTIGA_TECKEN, "invalid_chars"),
        ("1,234", FOR_MANGA_DECIMALER.format(n=2), "too_many_decimals"),
        ("0,001", FOR_MANGA_DECIMALER.format(n=2), "too_many_decimals"),
        ("1,500", FOR_MANGA_DECIMALER.format(n=2), "too_many_decimals"),
        ("-", SIFFROR_SAKNAS, "no_digits"),
        (MINUS, SIFFROR_SAKNAS, "no_digits"),
        (EN_DASH, SIFFROR_SAKNAS, "no_digits"),
        (f"{EN_DASH} ", SIFFROR_SAKNAS, "no_digits"),
        ("+", SIFFROR_SAKNAS, "no_digits"),
        (",", SIFFROR_SAKNAS, "no_digits"),
        ("- ,", SIFFROR_SAKNAS, "no_digits"),
        ("--5", FLERA_TECKEN, "multiple_signs"),
        (f"{MINUS}{MINUS}5", FLERA_TECKEN, "multiple_signs"),
        ("- -5", FLERA_TECKEN, "multiple_signs"),
        (f"{EN_DASH} -5", FLERA_TECKEN, "multiple_signs"),
        ("+-5", FLERA_TECKEN, "multiple_signs"),
        ("-+5", FLERA_TECKEN, "multiple_signs"),
        ("++5", FLERA_TECKEN, "multiple_signs"),
        ("--", FLERA_TECKEN, "multiple_signs"),
        ("5-", FEL_PLACERAT_TECKEN, "sign_position"),
        ("480 307-", FEL_PLACERAT_TECKEN, "sign_position"),
        ("5+3", FEL_PLACERAT_TECKEN, "sign_position"),
        ("1 234,-", FEL_PLACERAT_TECKEN, "sign_position"),
        ("10 000 000 000 000", BELOPP_FOR_STORT, "too_large"),
        ("10000000000000", BELOPP_FOR_STORT, "too_large"),
        ("-10 000 000 000 000", BELOPP_FOR_STORT, "too_large"),
        ("10 000 000 000 000,00", BELOPP_FOR_STORT, "too_large"),
        ("1" + "0" * 40, BELOPP_FOR_STORT, "too_large"),
        (",5", DECIMALKOMMA_PLACERING, "comma_position"),
        ("5,", DECIMALKOMMA_PLACERING, "comma_position"),
        ("-,5", DECIMALKOMMA_PLACERING, "comma_position"),
        ("1,2 3", MELLANSLAG_I_DECIMALER, "decimal_spaces"),
    ],
)
def test_parse_amount_rejects(text, message, code):
    with pytest.raises(AmountError) as excinfo:
        parse_amount(text)
    assert excinfo.value.message == message
    assert str(excinfo.value) == message
    assert excinfo.value.code == code


@pytest.mark.parametrize(
    ("text", "max_decimals", "message"),
    [
        ("1,5", 0, HELA_KRONOR),
        ("1 234,00", 0, HELA_KRONOR),
        ("1,55", 1, FOR_MANGA_DECIMALER_EN),
        ("1,5555", 3, FOR_MANGA_DECIMALER.format(n=3)),
    ],
)
def test_parse_amount_max_decimals_rejects(text, max_decimals, message):
    with pytest.raises(AmountError) as excinfo:
        parse_amount(text, max_decimals=max_decimals)
    assert excinfo.value.message == message


def test_decimals_messages_are_swedish():
    assert FOR_MANGA_DECIMALER.format(n=2) == "Beloppet får ha högst 2 decimaler."
    assert money.decimals_message(2) == FOR_MANGA_DECIMALER.format(n=2)
    assert money.decimals_message(1) == FOR_MANGA_DECIMALER_EN
    assert money.decimals_message(0) == HELA_KRONOR


def test_dot_message_explains_swedish_convention():
    assert "mellanslag" in PUNKT_I_BELOPP
    assert "komma" in PUNKT_I_BELOPP


def test_amount_error_is_value_error():
    with pytest.raises(ValueError):
        parse_amount("abc")


@pytest.mark.parametrize("value", [None, 5, D("5"), 5.0, b"5"])
def test_parse_amount_requires_str(value):
    with pytest.raises(TypeError):
        parse_amount(value)


@pytest.mark.parametrize("max_decimals", [-1])
def test_parse_amount_rejects_negative_max_decimals(max_decimals):
    with pytest.raises(ValueError):
        parse_amount("1", max_decimals=max_decimals)


# --------------------------------------------------------------------------------------------
# format_amount
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1844629, 0, "1 844 629"),
        (D("1844629"), 0, "1 844 629"),
        (D("-480307"), 0, f"{MINUS}480 307"),
        (-480307, 0, f"{MINUS}480 307"),
        (D("1234.5"), 2, "1 234,50"),
        (D("-1234.5"), 2, f"{MINUS}1 234,50"),
        (0, 0, "0"),
        (D("0"), 2, "0,00"),
        (D("0.00"), 0, "0"),
        (None, 0, ""),
        (None, 2, ""),
        (999, 0, "999"),
        (1000, 0, "1 000"),
        (100000, 0, "100 000"),
        (D("2.5"), 0, "3"),
        (D("-2.5"), 0, f"{MINUS}3"),
        (D("2.49"), 0, "2"),
        (D("0.005"), 2, "0,01"),
        (D("-0.4"), 0, "0"),
        (D("-0.004"), 2, "0,00"),
        (D("-0"), 0, "0"),
        (D("1E+3"), 0, "1 000"),
        (D("1234567.891"), 1, "1 234 567,9"),
        (D("9999999999999.995"), 2, "10 000 000 000 000,00"),
        (10**30, 0, "1 000 000 000 000 000 000 000 000 000 000"),
        (D("12"), 3, "12,000"),
    ],
)
def test_format_amount(value, decimals, expected):
    assert format_amount(value, decimals=decimals) == expected


@pytest.mark.parametrize("value", [1.5, 0.0, True, "1234", D("1").as_tuple()])
def test_format_amount_rejects_wrong_types(value):
    with pytest.raises(TypeError):
        format_amount(value)


@pytest.mark.parametrize("value", [D("NaN"), D("Infinity"), D("-Infinity")])
def test_format_amount_rejects_non_finite(value):
    with pytest.raises(ValueError):
        format_amount(value)


def test_format_amount_rejects_bad_decimals():
    with pytest.raises(ValueError):
        format_amount(1, decimals=-1)
    with pytest.raises(TypeError):
        format_amount(1, decimals=1.0)


# --------------------------------------------------------------------------------------------
# Avrundning, tkr och procent
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D("2.5"), D("3")),
        (D("-2.5"), D("-3")),
        (D("2.49"), D("2")),
        (D("1234.50"), D("1235")),
        (D("-0.4"), D("0")),
        (7, D("7")),
    ],
)
def test_round_kr(value, expected):
    result = round_kr(value)
    assert result == expected
    assert result.as_tuple().exponent == 0
    assert not result.is_signed() or result < 0


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (D("1234567"), D("100"), D("1234600")),
        (D("1234549"), D("100"), D("1234500")),
        (D("1234550"), D("100"), D("1234600")),
        (D("-1234550"), D("100"), D("-1234600")),
        (D("-149"), 100, D("-100")),
        (D("-49"), 100, D("0")),
        (D("1844629"), D("1000"), D("1845000")),
        (D("1.25"), D("0.5"), D("1.5")),
        (D("7"), D("3"), D("6")),
        (D("0"), D("100"), D("0")),
    ],
)
def test_round_to_unit(value, unit, expected):
    result = round_to_unit(value, unit)
    assert result == expected
    assert not (result.is_zero() and result.is_signed())


def test_round_to_unit_rejects_bad_unit():
    with pytest.raises(ValueError):
        round_to_unit(D("1"), D("0"))
    with pytest.raises(ValueError):
        round_to_unit(D("1"), D("-100"))
    with pytest.raises(TypeError):
        round_to_unit(D("1"), 100.0)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D("1844629"), D("1845")),
        (D("1499"), D("1")),
        (D("1500"), D("2")),
        (D("-1500"), D("-2")),
        (D("-499"), D("0")),
        (0, D("0")),
        (D("480307"), D("480")),
    ],
)
def test_to_tkr(value, expected):
    result = to_tkr(value)
    assert result == expected
    assert result.as_tuple().exponent == 0


def test_format_tkr():
    assert format_tkr(D("1844629")) == "1 845"
    assert format_tkr(D("-480307")) == f"{MINUS}480"
    assert format_tkr(D("-499")) == "0"
    assert format_tkr(None) == ""
    assert format_tkr(D("1234567890")) == "1 234 568"


@pytest.mark.parametrize(
    ("ratio", "decimals", "expected"),
    [
        (D("0.63"), 0, "63 %"),
        (D("0.625"), 0, "63 %"),
        (D("0.6249"), 0, "62 %"),
        (D("0.625"), 1, "62,5 %"),
        (D("1"), 0, "100 %"),
        (D("12.5"), 0, "1 250 %"),
        (D("-0.05"), 0, f"{MINUS}5 %"),
        (D("-0.004"), 0, "0 %"),
        (0, 0, "0 %"),
        (1, 0, "100 %"),
        (None, 0, EN_DASH),
    ],
)
def test_format_percent(ratio, decimals, expected):
    assert format_percent(ratio, decimals=decimals) == expected


def test_percent_of():
    assert percent_of(D("63"), D("100")) == D("0.63")
    assert percent_of(1, 4) == D("0.25")
    assert percent_of(D("5"), 0) is None
    assert percent_of(D("5"), D("0.00")) is None
    assert percent_of(None, 5) is None
    assert percent_of(5, None) is None
    assert format_percent(percent_of(D("2"), D("3"))) == "67 %"
    assert format_percent(percent_of(D("1"), D("3")), decimals=2) == "33,33 %"
    assert not percent_of(0, D("-5")).is_signed()


@pytest.mark.parametrize(
    "call",
    [
        lambda: round_kr(1.5),
        lambda: round_to_unit(1.5, D("100")),
        lambda: to_tkr(1500.0),
        lambda: format_tkr(1500.0),
        lambda: format_percent(0.63),
        lambda: percent_of(1.0, D("2")),
        lambda: percent_of(D("1"), 2.0),
        lambda: round_kr(True),
    ],
)
def test_floats_are_rejected(call):
    with pytest.raises(TypeError):
        call()


# --------------------------------------------------------------------------------------------
# Egenskapstester (hypothesis)
# --------------------------------------------------------------------------------------------

amounts_2dp = st.decimals(
    min_value=-(LIMIT - D("0.01")),
    max_value=LIMIT - D("0.01"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)
whole_amounts = st.integers(min_value=-(10**13) + 1, max_value=10**13 - 1)

separator_styles = st.sampled_from([" ", NBSP, NNBSP, THIN])
minus_styles = st.sampled_from([MINUS, "-", f"{EN_DASH} ", EN_DASH, f"{EN_DASH}{NBSP}"])


def _restyle(text: str, separator: str, minus: str) -> str:
    return text.replace(" ", separator).replace(MINUS, minus)


@given(amounts_2dp, separator_styles, minus_styles)
def test_format_with_decimals_parses_back(value, separator, minus):
    text = format_amount(value, decimals=2)
    assert parse_amount(text) == value
    assert parse_amount(_restyle(text, separator, minus)) == value


@given(whole_amounts, separator_styles, minus_styles)
def test_format_whole_kronor_parses_back(value, separator, minus):
    text = format_amount(value)
    assert parse_amount(text, max_decimals=0) == value
    assert parse_amount(_restyle(text, separator, minus), max_decimals=0) == value
    assert format_amount(D(value)) == text


@given(amounts_2dp)
def test_prepare_style_formatting_parses_back(value):
    # Som AmountField.prepare_value: öre bara när det finns några.
    has_ore = value != value.to_integral_value()
    text = format_amount(value, decimals=2 if has_ore else 0)
    assert parse_amount(text) == value


def _check_parse_total(text: str) -> None:
    try:
        value = parse_amount(text)
    except AmountError as err:
        assert isinstance(err.message, str) and err.message
        assert err.code
        return
    assert type(value) is Decimal
    assert value.is_finite()
    assert value.as_tuple().exponent >= -2
    assert abs(value) < LIMIT
    assert not (value.is_zero() and value.is_signed())


@settings(max_examples=500)
@given(st.text())
def test_parse_arbitrary_text_is_total(text):
    _check_parse_total(text)


@settings(max_examples=1000)
@given(st.text(alphabet="0123456789 ,.-\u2212\u2013eE+" + NBSP + NNBSP + THIN + "aNnIf\t"))
def test_parse_targeted_alphabet_is_total(text):
    _check_parse_total(text)


@given(st.text(alphabet="0123456789 ,-" + MINUS, max_size=25))
def test_parsed_values_round_trip_through_format(text):
    try:
        value = parse_amount(text)
    except AmountError:
        return
    assert parse_amount(format_amount(value, decimals=2)) == value


@given(
    st.one_of(
        amounts_2dp,
        st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**20), max_value=10**20),
        st.integers(min_value=-(10**20), max_value=10**20),
    ),
    st.integers(min_value=0, max_value=4),
)
def test_format_never_uses_hyphen(value, decimals):
    text = format_amount(value, decimals=decimals)
    assert "-" not in text
    assert text.count(MINUS) <= 1
    rounded = round_to_unit(D(value), D(1).scaleb(-decimals))
    assert text.startswith(MINUS) == (rounded < 0)
    if text.startswith(MINUS):
        assert text[1].isdigit()


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**9), max_value=10**9))
def test_tkr_and_percent_never_use_hyphen(value):
    assert "-" not in format_tkr(value)
    assert "-" not in format_percent(value, decimals=1)
