"""Fields whose values are longer than a phone is wide (issue 15, 390 px): the report layout is a
set of radio buttons whose texts wrap, with "Samma som förra året" as a real choice, and the
förbund's name is a box that wraps, saved as one line."""

import pytest

from finsam.forms import ForbundForm
from reports.forms import OtherFiguresForm, ReportPeriodCreateForm
from reports.models import Layout, ReportPeriod


@pytest.mark.django_db
def test_the_layout_is_chosen_with_radio_buttons_same_as_last_year_by_default(demo_data):
    forbund = demo_data["sodra-vatterbygden"]
    form = ReportPeriodCreateForm(forbund=forbund)
    html = str(form["layout"])
    assert html.count('type="radio"') == 4  # "Samma som förra året" + the 3 layouts
    assert "Samma som förra året" in html and "<select" not in html
    form = ReportPeriodCreateForm({"kind": "arsredovisning", "year": "2031"}, forbund=forbund)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["layout"] == ""  # the view then takes last year's layout
    period = ReportPeriod.objects.filter(fiscal_year__forbund=forbund).first()
    other = OtherFiguresForm(instance=period.figures, prefix="f", period=period)
    assert 'type="radio"' in str(other["layout"])
    assert {value for value, _ in other.fields["layout"].choices} == set(Layout.values)


@pytest.mark.django_db
def test_the_forbunds_name_wraps_on_screen_and_is_saved_as_one_line(demo_data):
    forbund = demo_data["sodra-vatterbygden"]
    form = ForbundForm(forbund=forbund)
    assert '<textarea name="name"' in str(form["name"]) and 'class="one-line"' in str(form["name"])
    data = {name: form[name].value() or "" for name in form.fields}
    data["name"] = "Samordningsförbundet\r\n  Södra Vätterbygden "
    data["founded"] = ""
    bound = ForbundForm(data, forbund=forbund)
    bound.is_valid()
    assert bound.cleaned_data["name"] == "Samordningsförbundet Södra Vätterbygden"
