"""Belopp och antal i formulärfält och mallfilter: svensk inmatning, svenska felmeddelanden,
visning."""

from decimal import Decimal

import pytest
from django import forms
from django.template import Context, Engine

from finsam.forms_fields import (
    ANTAL_FOR_STORT,
    ANTAL_HELTAL,
    ANTAL_NEGATIVT,
    ANTAL_OGILTIGT,
    ANTAL_PUNKT,
    ANTAL_SAKNAS,
    AmountField,
    CountField,
)
from finsam.money import (
    FEL_TUSENTALSGRUPPERING,
    FLERA_TECKEN,
    FOR_MANGA_DECIMALER,
    HELA_KRONOR,
    OGILTIGA_TECKEN,
    PUNKT_I_BELOPP,
)
from finsam.templatetags import money as money_tags

D = Decimal
NBSP = "\u00a0"
MINUS = "\u2212"
EN_DASH = "\u2013"

# --------------------------------------------------------------------------------------------
# Formulärfält
# --------------------------------------------------------------------------------------------



def _form_class():
    class BeloppForm(forms.Form):
        belopp = AmountField()
        frivilligt = AmountField(required=False)
        hela = AmountField(required=False, max_decimals=0)
        antal = CountField(required=False)

    return BeloppForm


def _errors(form, name):
    return form.errors.get(name, [])


def test_amount_field_cleans_swedish_input():
    form = _form_class()(data={"belopp": "1 234,50", "frivilligt": f"{MINUS}480 307"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["belopp"] == D("1234.50")
    assert str(form.cleaned_data["belopp"]) == "1234.50"
    assert form.cleaned_data["frivilligt"] == D("-480307")
    assert form.cleaned_data["hela"] is None
    assert form.cleaned_data["antal"] is None


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1.234", PUNKT_I_BELOPP),
        ("12 34", FEL_TUSENTALSGRUPPERING),
        ("abc", OGILTIGA_TECKEN),
        ("1,234", FOR_MANGA_DECIMALER.format(n=2)),
        ("--5", FLERA_TECKEN),
    ],
)
def test_amount_field_bound_form_shows_swedish_message(typed, message):
    form = _form_class()(data={"belopp": typed})
    assert not form.is_valid()
    assert _errors(form, "belopp") == [message]
    assert form.errors.as_data()["belopp"][0].code == "invalid_amount"
    assert message in str(form["belopp"].errors)
    # Det användaren skrev visas igen oförändrat.
    assert form["belopp"].value() == typed
    assert f'value="{typed}"' in str(form["belopp"])


def test_amount_field_required_message():
    for data in ({}, {"belopp": ""}, {"belopp": "   "}):
        form = _form_class()(data=data)
        assert not form.is_valid()
        assert _errors(form, "belopp") == ["Fyll i ett belopp."]
    assert AmountField.default_error_messages["required"] == "Fyll i ett belopp."


def test_amount_field_max_decimals():
    form = _form_class()(data={"belopp": "1", "hela": "1,50"})
    assert not form.is_valid()
    assert _errors(form, "hela") == [HELA_KRONOR]
    form = _form_class()(data={"belopp": "1", "hela": "1 500"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["hela"] == D("1500")


def test_amount_field_widget_attrs():
    html = str(_form_class()()["belopp"])
    assert 'inputmode="decimal"' in html
    assert 'autocomplete="off"' in html
    assert 'class="amount"' in html
    assert 'type="text"' in html

    field = AmountField(widget=forms.TextInput(attrs={"class": "wide", "inputmode": "text"}))
    assert field.widget.attrs["class"] == "wide amount"
    assert field.widget.attrs["inputmode"] == "text"


def test_amount_field_unbound_shows_swedish_format():
    form = _form_class()(
        initial={"belopp": D("-480307"), "frivilligt": D("1234.5"), "hela": D("1234.00")}
    )
    assert form["belopp"].value() == f"{MINUS}480 307"
    assert form["frivilligt"].value() == "1 234,50"
    assert form["hela"].value() == "1 234"
    assert f'value="{MINUS}480 307"' in str(form["belopp"])


def test_amount_field_initial_value_round_trips():
    initial = {"belopp": D("1234.5")}
    unbound = _form_class()(initial=initial)
    data = {"belopp": unbound["belopp"].value()}
    bound = _form_class()(data=data, initial=initial)
    assert bound.is_valid(), bound.errors
    assert bound.cleaned_data["belopp"] == D("1234.5")
    assert not bound.has_changed()
    changed = _form_class()(data={"belopp": "1 235"}, initial=initial)
    assert changed.has_changed()


def test_amount_field_prepare_value():
    field = AmountField()
    assert field.prepare_value(D("1234.50")) == "1 234,50"
    assert field.prepare_value(D("1234.00")) == "1 234"
    assert field.prepare_value(1234) == "1 234"
    assert field.prepare_value("1.234") == "1.234"
    assert field.prepare_value(None) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1 234", 1234), ("0", 0), (" 12 ", 12), (f"1{NBSP}234", 1234), ("+3", 3), ("", None)],
)
def test_count_field_accepts(typed, expected):
    form = _form_class()(data={"belopp": "1", "antal": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["antal"] == expected
    if expected is not None:
        assert type(form.cleaned_data["antal"]) is int


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-5", ANTAL_NEGATIVT),
        (f"{MINUS}5", ANTAL_NEGATIVT),
        (f"{EN_DASH} 1,5", ANTAL_NEGATIVT),
        ("1,5", ANTAL_HELTAL),
        ("1,0", ANTAL_HELTAL),
        ("abc", ANTAL_OGILTIGT),
        ("12 st", ANTAL_OGILTIGT),
        ("-", ANTAL_OGILTIGT),
        ("1.234", ANTAL_PUNKT),
        ("12 34", FEL_TUSENTALSGRUPPERING),
        ("3 000 000 000", ANTAL_FOR_STORT),
        ("10 000 000 000 000", ANTAL_FOR_STORT),
    ],
)
def test_count_field_rejects(typed, message):
    form = _form_class()(data={"belopp": "1", "antal": typed})
    assert not form.is_valid()
    assert _errors(form, "antal") == [message]


def test_count_field_required_and_widget():
    field = CountField()
    with pytest.raises(forms.ValidationError) as excinfo:
        field.clean("")
    assert excinfo.value.messages == [ANTAL_SAKNAS]
    assert field.widget.attrs["inputmode"] == "numeric"
    assert field.widget.attrs["class"] == "count"
    assert field.prepare_value(1234) == "1 234"


# --------------------------------------------------------------------------------------------
# Mallfilter
# --------------------------------------------------------------------------------------------


def test_filters_directly():
    assert money_tags.kr(D("1844629")) == "1 844 629"
    assert money_tags.kr(D("-480307.4")) == f"{MINUS}480 307"
    assert money_tags.kr2(D("1234.5")) == "1 234,50"
    assert money_tags.tkr(D("1844629")) == "1 845"
    assert money_tags.procent(D("0.63")) == "63 %"
    assert money_tags.procent(D("0.625"), "1") == "62,5 %"
    assert money_tags.kr(None) == ""
    assert money_tags.kr("") == ""
    assert money_tags.procent(None) == EN_DASH
    with pytest.raises(TypeError):
        money_tags.kr(1.5)


def test_filters_in_template():
    engine = Engine(libraries={"money": "finsam.templatetags.money"})
    template = engine.from_string(
        "{% load money %}{{ a|kr }}|{{ b|kr2 }}|{{ c|tkr }}|{{ d|procent }}|"
        "{{ d|procent:1 }}|{{ saknas|kr }}|{{ e|kr }}"
    )
    rendered = template.render(
        Context({"a": D("1844629"), "b": D("1234.5"), "c": 1844629, "d": D("0.625"), "e": None})
    )
    assert rendered == "1 844 629|1 234,50|1 845|63 %|62,5 %||"
