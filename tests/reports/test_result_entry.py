"""The page "Intäkter och kostnader" (issue 15): the resultaträkning's income and cost lines in one
form, saved together in one transaction; one bad cell in either table saves nothing. Jargon on the
entry and Kontroller pages is explained beside it, from the Hjälp page's list of terms."""

from decimal import Decimal

import pytest

from finsam.money import PUNKT_I_BELOPP
from reports import forms as report_forms
from tests.reports.test_forms import login, post_data, url
from tests.scoping import database_snapshot

D = Decimal


@pytest.fixture
def sekreterare(seeded_data):
    return login("finnveden-sekreterare")


def page_data(period):
    income = report_forms.income_formset(period)
    costs = report_forms.cost_formset(period)
    data = post_data(
        report_forms.VersionForm(initial={"seen_version": period.version}, prefix="v"),
        income,
        costs,
    )
    at_income = {f.instance.label: i for i, f in enumerate(income)}
    at_costs = {f.instance.label: i for i, f in enumerate(costs)}
    return data, at_income, at_costs


@pytest.mark.django_db
def test_income_and_costs_on_one_page_are_saved_together(sekreterare, finnveden_2020):
    response = sekreterare.get(url(finnveden_2020, "intakter-och-kostnader"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h2>Intäkter</h2>" in html and "<h2>Kostnader</h2>" in html
    assert 'data-sheet-start>Hoppa till siffrorna</a>' in html
    assert "<strong>Specifikation till:</strong> En rad som specificerar en annan rad" in html

    data, at_income, at_costs = page_data(finnveden_2020)
    data[f"intakter-{at_income['Driftbidrag från Gnosjö kommun']}-amount"] = "168 400"
    data[f"kostnader-{at_costs['Kansli']}-amount"] = "600 000"
    response = sekreterare.post(url(finnveden_2020, "intakter-och-kostnader"), data)
    assert response.status_code == 302, response.content.decode()
    assert response["Location"] == url(finnveden_2020, "intakter-och-kostnader")
    lines = {line.label: line.amount for line in finnveden_2020.lines.filter(parent=None)}
    assert lines["Driftbidrag från Gnosjö kommun"] == D("168400")
    assert lines["Kansli"] == D("600000")
    assert lines["Information"] == D("15270")  # the seed's figure, untouched


@pytest.mark.django_db
def test_one_bad_cost_saves_no_income_either(sekreterare, finnveden_2020):
    data, at_income, at_costs = page_data(finnveden_2020)
    data[f"intakter-{at_income['Driftbidrag från Gnosjö kommun']}-amount"] = "168 400"
    bad = at_costs["Information"]
    data[f"kostnader-{bad}-amount"] = "15.270"
    before = database_snapshot()
    response = sekreterare.post(url(finnveden_2020, "intakter-och-kostnader"), data)
    assert response.status_code == 400
    assert database_snapshot() == before
    html = response.content.decode()
    assert f'<p class="error" id="id_kostnader-{bad}-amount_error">{PUNKT_I_BELOPP}</p>' in html


@pytest.mark.django_db
def test_kontroller_explains_avrundning_beside_it(sekreterare, finnveden_2020):
    html = sekreterare.get(url(finnveden_2020, "kontroller")).content.decode()
    assert "<strong>Avrundning:</strong> En skillnad på några kronor" in html
