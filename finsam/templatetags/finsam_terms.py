"""Short explanations of the app's jargon beside where it is used, from the one list of terms
that the Hjälp page shows (``finsam.help.TERMS``):

``{% term_help "Avrundning" %}`` gives ``<p class="help term-help"><strong>Avrundning:</strong>
En skillnad på …</p>``.
"""

from __future__ import annotations

from django import template
from django.utils.html import format_html

from finsam.help import TERMS

register = template.Library()

_BY_NAME = {t.term.lower(): t for t in TERMS}


@register.simple_tag
def term_help(name: str) -> str:
    term = _BY_NAME.get(name.lower())
    if term is None:  # a template asking for a term that is not in the list: a coding error
        raise template.TemplateSyntaxError(f"Okänd term: {name}")
    return format_html(
        '<p class="help term-help"><strong>{}:</strong> {}</p>', term.term, term.explanation
    )
