"""Formulärfält för belopp och antal i svensk form."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms

from finsam.money import FEL_TUSENTALSGRUPPERING, AmountError, format_amount, parse_amount

__all__ = [
    "ANTAL_FOR_STORT",
    "ANTAL_HELTAL",
    "ANTAL_NEGATIVT",
    "ANTAL_OGILTIGT",
    "ANTAL_PUNKT",
    "ANTAL_SAKNAS",
    "AmountField",
    "CountField",
]

ANTAL_SAKNAS = "Fyll i ett antal."
ANTAL_OGILTIGT = "Ange antalet som ett heltal med siffror, t.ex. 1 234."
ANTAL_NEGATIVT = "Antalet kan inte vara negativt."
ANTAL_HELTAL = "Ange antalet som ett heltal, utan decimaler."
ANTAL_PUNKT = "Använd mellanslag som tusentalsavgränsare, t.ex. 1 234."
ANTAL_FOR_STORT = "Antalet är för stort."

#: Största värde som ryms i Djangos PositiveIntegerField på alla databaser.
MAX_COUNT = 2_147_483_647


def _default_attr(widget: forms.Widget, attrs: dict[str, Any], name: str, value: str) -> None:
    # Field.__init__ gör widget.attrs.update(attrs): skriv inte över det anroparen angett.
    if name not in widget.attrs:
        attrs[name] = value


def _add_class(widget: forms.Widget, attrs: dict[str, Any], css_class: str) -> None:
    classes = str(widget.attrs.get("class", "")).split()
    if css_class not in classes:
        classes.append(css_class)
    attrs["class"] = " ".join(classes)


class AmountField(forms.Field):
    """Belopp i kronor, t.ex. ``1 234 567``, ``−480 307`` eller ``1 234,50``.

    ``clean`` ger ``Decimal`` (exakt som inmatat) eller ``None`` om fältet är tomt och inte
    obligatoriskt. Ett obundet formulär visar startvärdet i svensk form; ett bundet visar det
    användaren skrev.
    """

    widget = forms.TextInput
    default_error_messages = {"required": "Fyll i ett belopp."}

    def __init__(self, *, max_decimals: int = 2, **kwargs: Any) -> None:
        if isinstance(max_decimals, bool) or not isinstance(max_decimals, int):
            raise TypeError("max_decimals must be an int")
        if max_decimals < 0:
            raise ValueError("max_decimals must be >= 0")
        self.max_decimals = max_decimals
        super().__init__(**kwargs)

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.TextInput):
            _default_attr(widget, attrs, "inputmode", "decimal")
            _default_attr(widget, attrs, "autocomplete", "off")
            _add_class(widget, attrs, "amount")
        return attrs

    def to_python(self, value: Any) -> Decimal | None:
        if value is None:
            return None
        if isinstance(value, Decimal):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return Decimal(value)
        if not isinstance(value, str):
            raise TypeError(f"AmountField cannot clean {type(value).__name__}")
        if not value.strip():
            return None
        try:
            return parse_amount(value, max_decimals=self.max_decimals)
        except AmountError as err:
            raise forms.ValidationError(err.message, code="invalid_amount") from err

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal) and value.is_finite():
            has_ore = value != value.to_integral_value()
            return format_amount(value, decimals=2 if has_ore else 0)
        if isinstance(value, int) and not isinstance(value, bool):
            return format_amount(value)
        return value


class CountField(forms.Field):
    """Antal (t.ex. deltagare): icke-negativt heltal, ``1 234`` godtas. ``clean`` ger ``int``."""

    widget = forms.TextInput
    default_error_messages = {"required": ANTAL_SAKNAS}

    def __init__(self, *, max_value: int | None = MAX_COUNT, **kwargs: Any) -> None:
        self.max_value = max_value
        super().__init__(**kwargs)

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.TextInput):
            _default_attr(widget, attrs, "inputmode", "numeric")
            _default_attr(widget, attrs, "autocomplete", "off")
            _add_class(widget, attrs, "count")
        return attrs

    def to_python(self, value: Any) -> int | None:
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            if not isinstance(value, str):
                raise TypeError(f"CountField cannot clean {type(value).__name__}")
            if not value.strip():
                return None
            try:
                # Godta decimaler här för att kunna ge ett tydligare meddelande nedan.
                amount = parse_amount(value, max_decimals=len(value))
            except AmountError as err:
                raise forms.ValidationError(_count_message(err), code="invalid_count") from err
            if amount < 0:
                raise forms.ValidationError(ANTAL_NEGATIVT, code="invalid_count")
            if "," in value:
                raise forms.ValidationError(ANTAL_HELTAL, code="invalid_count")
            number = int(amount)
        if number < 0:
            raise forms.ValidationError(ANTAL_NEGATIVT, code="invalid_count")
        if self.max_value is not None and number > self.max_value:
            raise forms.ValidationError(ANTAL_FOR_STORT, code="invalid_count")
        return number

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return format_amount(value)
        return value


def _count_message(err: AmountError) -> str:
    if err.code == "dot":
        return ANTAL_PUNKT
    if err.code == "grouping":
        return FEL_TUSENTALSGRUPPERING
    if err.code == "too_large":
        return ANTAL_FOR_STORT
    return ANTAL_OGILTIGT


def static_choices(field: forms.ModelChoiceField, objects) -> None:
    """Render a select from objects already read (once per formset), instead of one query per
    form; validation still looks the submitted value up in the field's queryset."""
    choices = [(obj.pk, field.label_from_instance(obj)) for obj in objects]
    if field.empty_label is not None:
        choices.insert(0, ("", field.empty_label))
    field.widget.choices = choices
