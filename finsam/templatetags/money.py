"""Mallfilter för belopp: ``{% load money %}`` och sedan ``{{ belopp|kr }}``.

- ``kr``: hela kronor, ``1 844 629``
- ``kr2``: med öre, ``1 234,50``
- ``tkr``: hela tusental kronor, ``1 845``
- ``procent``: kvot som procent, ``{{ kvot|procent }}`` -> ``63 %``, ``{{ kvot|procent:1 }}``

Tomt värde (``None`` eller ``""``, t.ex. en saknad variabel) ger tom text (``procent``: ``–``).
Felaktiga typer (t.ex. ``float``) ger ``TypeError`` så att misstaget syns i tester.
"""

from __future__ import annotations

from decimal import Decimal

from django import template

from finsam.money import format_amount, format_percent, format_tkr

register = template.Library()


def _value(value: Decimal | int | str | None) -> Decimal | int | None:
    if value is None or value == "":
        return None
    return value  # type: ignore[return-value]  # övriga typer kontrolleras av money


@register.filter(is_safe=True)
def kr(value: Decimal | int | str | None) -> str:
    return format_amount(_value(value))


@register.filter(is_safe=True)
def kr2(value: Decimal | int | str | None) -> str:
    return format_amount(_value(value), decimals=2)


@register.filter(is_safe=True)
def tkr(value: Decimal | int | str | None) -> str:
    return format_tkr(_value(value))


@register.filter(is_safe=True)
def procent(value: Decimal | int | str | None, decimals: int | str = 0) -> str:
    return format_percent(_value(value), decimals=int(decimals))
