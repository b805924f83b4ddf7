"""The fields and messages the insats forms share: percentages typed the Swedish way, a goal's
target or outcome value in its unit, the years to choose from."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from finsam.money import AmountError, parse_amount
from interventions.models import (
    GoalUnit,
)

PROCENT_OGILTIGT = "Ange andelen i procent, t.ex. 62 eller 62,5 %."
PROCENT_INTERVALL = "Andelen ska vara mellan 0 och 100 %."
MALVARDE_OGILTIGT = "Skriv värdet som en procentsats, t.ex. 75 %, eller som ett antal, t.ex. 55."
ENHET_OLIKA = "Målvärde och utfall ska ha samma enhet: båda i procent eller båda som antal."
INSATS_FEL_FORBUND = "Välj en av förbundets insatser."
ANDEL_UTAN_SVARANDE = "Ange antalet svarande för andelen."


# --- Fields ----------------------------------------------------------------------------------


def parse_percent(text: str) -> Decimal:
    """'62 %' / '62' / '62,5' -> Decimal('0.62') / Decimal('0.625'); ValidationError otherwise."""
    raw = text.strip().removesuffix("%").strip()
    try:
        number = parse_amount(raw, max_decimals=2)
    except AmountError as err:
        raise ValidationError(PROCENT_OGILTIGT, code="percent") from err
    if number < 0 or number > 100:
        raise ValidationError(PROCENT_INTERVALL, code="percent")
    return number / 100


def format_percent_input(ratio: Decimal) -> str:
    percent = (ratio * 100).normalize()
    if percent == percent.to_integral():
        percent = percent.quantize(Decimal(1))
    text = format(percent, "f")
    return text.replace(".", ",") + " %"


class PercentField(forms.Field):
    """A share in percent, typed as '62 %' or '62,5'; cleans to a ratio (Decimal('0.62'))."""

    widget = forms.TextInput

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update({"inputmode": "decimal", "autocomplete": "off", "class": "percent"})
        return attrs

    def to_python(self, value: Any) -> Decimal | None:
        if value is None or isinstance(value, Decimal):
            return value
        if not str(value).strip():
            return None
        return parse_percent(str(value))

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal):
            return format_percent_input(value)
        return value


class GoalValueField(forms.Field):
    """'75 %' (a share) or '55' (a count): cleans to ``(value, unit)`` or ``(None, "")``."""

    widget = forms.TextInput

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update({"inputmode": "decimal", "autocomplete": "off"})
        return attrs

    def to_python(self, value: Any) -> tuple[Decimal | None, str]:
        if isinstance(value, tuple):
            return value
        text = str(value or "").strip()
        if not text:
            return (None, "")
        if text.endswith("%"):
            try:
                return (parse_percent(text), GoalUnit.PROCENT)
            except ValidationError as err:
                raise ValidationError(MALVARDE_OGILTIGT, code="goal_value") from err
        try:
            number = parse_amount(text, max_decimals=2)
        except AmountError as err:
            raise ValidationError(MALVARDE_OGILTIGT, code="goal_value") from err
        return (number, GoalUnit.ANTAL)

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, tuple):
            number, unit = value
            if number is None:
                return ""
            if unit == GoalUnit.PROCENT:
                return format_percent_input(number)
            return format(number.normalize(), "f").replace(".", ",")
        return value


def year_choices() -> list[int]:
    return list(range(datetime.date.today().year + 2, 2003, -1))
