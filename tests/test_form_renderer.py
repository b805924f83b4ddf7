"""The fast form renderer writes exactly the markup of Django's widget templates (issue 16)."""

import datetime
import re

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates

from finsam.form_renderer import FastTemplates
from reports.models import ReportPeriod
from tests.conftest import client_for


class EveryWidget(forms.Form):
    text = forms.CharField(
        widget=forms.TextInput(
            attrs={"class": "wide", "readonly": True, "hidden": False, "data-x": '<"&>'}
        )
    )
    number = forms.IntegerField(widget=forms.NumberInput(attrs={"min": 0}))
    hidden = forms.CharField(widget=forms.HiddenInput())
    day = forms.DateField(widget=forms.DateInput(attrs={"placeholder": "ÅÅÅÅ-MM-DD"}))
    checked = forms.BooleanField(required=False)
    choice = forms.ChoiceField(
        choices=[("", "–"), ("a", "A & B"), ("Grupp <1>", [("b", "B"), ("c", "C")])]
    )
    multiple = forms.MultipleChoiceField(choices=[(1, "Ett"), (2, "Två")], required=False)


INITIAL = {
    "text": 'Kansli "Ö" <b>',
    "number": 0,
    "hidden": "",
    "day": datetime.date(2020, 1, 31),
    "checked": True,
    "choice": "c",
    "multiple": [2],
}


@pytest.mark.parametrize("data", [None, {"text": "x", "number": "-3", "choice": "a"}])
def test_every_plain_widget_is_written_as_djangos_template_writes_it(data):
    fast = EveryWidget(data, initial=INITIAL, renderer=FastTemplates())
    slow = EveryWidget(data, initial=INITIAL, renderer=DjangoTemplates())
    for name in EveryWidget.base_fields:
        assert str(fast[name]) == str(slow[name]), name
    assert 'data-x="&lt;&quot;&amp;&gt;"' in str(fast["text"])
    assert " readonly " in str(fast["text"]) or str(fast["text"]).endswith(" readonly>")


@pytest.mark.django_db
def test_the_kostnader_page_is_the_same_with_either_renderer(demo_data, settings):
    """The whole entry page (about 200 fields), byte for byte."""
    period = (
        ReportPeriod.objects.filter(fiscal_year__forbund=demo_data["finnveden"])
        .order_by("-start")
        .first()
    )
    client = client_for("finnveden-sekreterare")
    path = f"/f/finnveden/rapporter/{period.pk}/kostnader/"

    def page() -> str:
        html = client.get(path).content.decode()
        return re.sub(r"[A-Za-z0-9]{64}", "CSRF", html)  # the token differs per render

    fast = page()
    settings.FORM_RENDERER = "django.forms.renderers.DjangoTemplates"
    from django.forms import renderers

    renderers.get_default_renderer.cache_clear()
    try:
        slow = page()
    finally:
        renderers.get_default_renderer.cache_clear()
    assert fast.count("<input") > 100
    assert fast == slow
