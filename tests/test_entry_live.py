"""Entry pages recompute totals and checks from the unsaved form data (issue 7, htmx): nothing is
saved. Figures: finnveden-arsredovisning-2020, Balansräkning (summa tillgångar 2 906 467, kassa
och bank 2 796 281)."""

from decimal import Decimal

import pytest

from finsam.money import parse_amount
from reports.live import FIX_FIELDS
from reports.models import PeriodFigures, ReportKind, ReportPeriod

pytestmark = pytest.mark.django_db


def form_data(context) -> dict:
    """The POST data a browser sends for the page's forms as shown."""
    data = {}
    forms = [context["version_form"]]
    if context.get("form") is not None:
        forms.append(context["form"])
    for formset in context.get("formsets") or []:
        forms.append(formset.management_form)
        forms.extend(formset.forms)
    for form in forms:
        for bound in form:
            value = bound.value()
            if value is None or value is False:
                continue
            data[bound.html_name] = "on" if value is True else str(value)
    return data


@pytest.fixture
def period(demo_data):
    return ReportPeriod.objects.get(
        fiscal_year__forbund=demo_data["finnveden"],
        fiscal_year__year=2020,
        kind=ReportKind.ARSREDOVISNING,
    )


def test_balance_page_recomputes_without_saving(clients, period):
    client = clients["finnveden-sekreterare"]
    url = f"/f/finnveden/rapporter/{period.pk}/balans/"
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'id="live-summary"' in html
    assert "2 906 467 kr" in html  # saved figures: summa tillgångar per 2020-12-31
    data = form_data(page.context)
    assert data["f-kassa_och_bank"].replace("\u00a0", " ") == "2 796 281"
    data["f-kassa_och_bank"] = "2 796 381"  # 100 kr more
    response = client.post(url + "?live=1", data, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    fragment = response.content.decode()
    assert "<html" not in fragment
    assert "2 906 567 kr" in fragment  # 2 906 467 + 100
    figures = PeriodFigures.objects.get(period=period)
    assert figures.kassa_och_bank == Decimal("2796281")  # nothing saved


def test_bad_input_is_reported_not_saved(clients, period):
    client = clients["finnveden-sekreterare"]
    url = f"/f/finnveden/rapporter/{period.pk}/balans/"
    data = form_data(client.get(url).context)
    data["f-kassa_och_bank"] = "12abc"
    response = client.post(url + "?live=1", data, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert FIX_FIELDS in response.content.decode()
    assert PeriodFigures.objects.get(period=period).kassa_och_bank == Decimal("2796281")


def test_cost_lines_recompute_the_result(clients, period):
    client = clients["finnveden-sekreterare"]
    url = f"/f/finnveden/rapporter/{period.pk}/kostnader/"
    page = client.get(url)
    before = page.context["summary"].resultat
    data = form_data(page.context)
    amount_key = next(
        k for k, v in data.items() if k.endswith("-amount") and v.strip() not in ("", "0")
    )
    data[amount_key] = str(parse_amount(data[amount_key]) + 1000).replace(".", ",")
    response = client.post(url + "?live=1", data, HTTP_HX_REQUEST="true")
    after = response.context["summary"].resultat
    assert after == before - 1000  # one cost line 1 000 kr higher


def test_read_only_roles_cannot_recompute(clients, period):
    url = f"/f/finnveden/rapporter/{period.pk}/balans/?live=1"
    assert clients["finnveden-revisor"].post(url, {}).status_code == 403
    assert clients["finnveden-styrelse"].post(url, {}).status_code == 403


def budget_form_data(context) -> dict:
    data = {}
    forms = [context["form"], context["formset"].management_form, *context["formset"].forms]
    for form in forms:
        for bound in form:
            value = bound.value()
            if value is None or value is False:
                continue
            data[bound.html_name] = "on" if value is True else str(value)
    return data


def test_budget_page_recomputes_without_saving(clients, demo_data):
    # sodra-vatterbygden-verksamhetsplan-2020, section 9: intäkter 7 465 670, kostnader
    # 7 328 800, balanserat resultat 136 870 (domain primer, "The three documents").
    client = clients["sodra-vatterbygden-sekreterare"]
    url = "/f/sodra-vatterbygden/budget/2020/budget/andra/"
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    for figure in ("7 465 670", "7 328 800", "136 870"):
        assert figure in html
    data = budget_form_data(page.context)
    cost = next(f for f in page.context["formset"].forms if f["section"].value() == "kostnad")
    key = cost["amount"].html_name
    data[key] = str(parse_amount(data[key]) + 1000).replace(".", ",")
    response = client.post(url + "?live=1", data, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    fragment = response.content.decode()
    assert "<html" not in fragment
    assert "7 329 800" in fragment and "135 870" in fragment
    cost.instance.refresh_from_db()
    assert parse_amount(data[key]) - 1000 == cost.instance.amount  # nothing saved


def test_read_only_roles_cannot_recompute_the_budget(clients, demo_data):
    url = "/f/sodra-vatterbygden/budget/2020/budget/andra/?live=1"
    assert clients["sodra-vatterbygden-revisor"].post(url, {}).status_code == 403
    # Another förbund's budget does not exist for this user.
    assert clients["finnveden-sekreterare"].post(url, {}).status_code == 404
