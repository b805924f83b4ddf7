"""Django's form renderer, with the plain widgets written out in Python (issue 16).

Django renders every widget through a template (``input.html`` including ``attrs.html``; a select
includes ``select_option.html`` once per option). On the entry pages that is several hundred
template renders per page (the kostnader page: about 200 fields and 400 options) and most of the
page's time. ``FastTemplates`` writes exactly the markup of those templates (same order, spacing
and escaping) for the templates it knows, and leaves every other template to Django.
"""

from __future__ import annotations

from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

WIDGETS = "django/forms/widgets/"
INPUT_TEMPLATES = {
    f"{WIDGETS}{name}.html"
    for name in (
        "input",
        "text",
        "number",
        "email",
        "url",
        "password",
        "hidden",
        "date",
        "datetime",
        "time",
        "search",
        "tel",
        "color",
        "checkbox",
    )
}


def _s(value) -> str:
    """``{{ value|stringformat:'s' }}`` with autoescaping."""
    return conditional_escape(value if isinstance(value, SafeData) else str(value))


def _attrs(attrs: dict) -> str:
    """``django/forms/widgets/attrs.html``."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            parts.append(f" {conditional_escape(name)}")
        else:
            parts.append(f' {conditional_escape(name)}="{_s(value)}"')
    return "".join(parts)


def render_input(widget: dict) -> str:
    value = widget["value"]
    shown = f' value="{_s(value)}"' if value is not None else ""
    return (
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"{shown}{_attrs(widget["attrs"])}>'
    )


def render_option(option: dict) -> str:
    return (
        f'<option value="{_s(option["value"])}"{_attrs(option["attrs"])}>'
        f"{conditional_escape(option['label'])}</option>"
    )


def render_select(widget: dict) -> str:
    parts = [f'<select name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
        for option in group_choices:
            if option["template_name"] != f"{WIDGETS}select_option.html":
                return ""  # a custom option template: leave the whole select to Django
            parts.append("\n  " + render_option(option) + "\n")  # the include ends in one
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


class FastTemplates(DjangoTemplates):
    """``FORM_RENDERER``: inputs and selects in Python, everything else by Django's templates."""

    def render(self, template_name, context, request=None):
        widget = context.get("widget") if isinstance(context, dict) else None
        if widget is not None:
            if template_name in INPUT_TEMPLATES:
                return mark_safe(render_input(widget))
            if template_name == f"{WIDGETS}select.html":
                html = render_select(widget)
                if html:
                    return mark_safe(html)
        return super().render(template_name, context, request)
