"""``{% load reports_extras %}``: ``{{ message|amounts_nowrap }}`` keeps each amount in a check's
message on one line (``10 695 682`` never breaks after ``10``)."""

import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

AMOUNT = re.compile(r"\u2212?\d{1,3}(?: \d{3})+(?:,\d+)?(?: kr)?")


@register.filter(needs_autoescape=True)
def amounts_nowrap(text: str, autoescape: bool = True) -> str:
    escaped = str(conditional_escape(text) if autoescape else text)
    # Escaped above; only our own markup is added.
    return mark_safe(
        AMOUNT.sub(
            lambda m: str(format_html('<span class="nowrap">{}</span>', m.group(0))), escaped
        )
    )


@register.filter
def count_cell(summary, attribute: str) -> str:
    """``{{ row|count_cell:"arbete" }}``: a participant count as printed ("–" when unknown,
    "12*" for a total over partly unknown rows; ``OutcomeSummary.cell``)."""
    cell = getattr(summary, "cell", None)
    if cell is None:
        value = getattr(summary, attribute, None)
        return "" if value is None else str(value)
    return cell(attribute)
