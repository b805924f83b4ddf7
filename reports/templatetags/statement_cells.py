"""``{% load statement_cells %}``: ``{{ value|cell:table }}`` prints a statement figure in its
table's unit (kr or tkr, rounded from the exact amount) and an unknown figure as the table's
``blank`` ("" or "–")."""

from django import template

from finsam.money import format_amount, format_tkr

register = template.Library()


@register.filter(is_safe=True)
def cell(value, table) -> str:
    if value is None or value == "":
        return getattr(table, "blank", "")
    if getattr(table, "in_tkr", False):
        return format_tkr(value)
    return format_amount(value)
