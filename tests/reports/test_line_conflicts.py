"""Conflicts per line and per value, not per period (issue 13): two people saving different
lines of the same report both succeed; only a true conflict on the same value is refused, naming
what the other person saved; the optimistic lock stays mandatory.

Two sekreterare open the same entry page of finnveden's Årsredovisning 2020 (the data each
browser would post is built from the page as it was shown), then save one after the other."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from finsam.models import Membership, Role
from finsam.versioning import MISSING_VERSION_MESSAGE
from reports import forms as report_forms
from reports.line_merge import CONFLICT_MESSAGE
from reports.models import FigureLine, LineKind, PeriodFigures
from tests.reports.test_forms import balance_page_data, post_data, url

D = Decimal
pytestmark = pytest.mark.django_db


@pytest.fixture
def two(seeded_data, finnveden_2020) -> tuple[Client, Client]:
    """Anna and Bengt, both sekreterare of finnveden."""
    clients = []
    for name in ("anna", "bengt"):
        user = get_user_model().objects.create_user(username=name)
        Membership.objects.create(user=user, forbund=finnveden_2020.forbund, role=Role.SEKRETERARE)
        client = Client()
        client.force_login(user)
        clients.append(client)
    return clients[0], clients[1]


def cost_page(period) -> tuple[dict, dict]:
    """What the costs page posts unchanged, and the index of each line by its label."""
    formset = report_forms.cost_formset(period)
    data = post_data(
        report_forms.VersionForm(initial={"seen_version": period.version}, prefix="v"), formset
    )
    return data, {f.instance.label: i for i, f in enumerate(formset) if f.instance.pk}


def amount(period, label: str) -> Decimal:
    return FigureLine.objects.get(period=period, label=label, parent=None).amount


def test_two_people_saving_different_lines_both_succeed(two, finnveden_2020):
    anna, bengt = two
    kansli_before = amount(finnveden_2020, "Kansli")
    information_before = amount(finnveden_2020, "Information")
    page_anna, index = cost_page(finnveden_2020)
    page_bengt, _ = cost_page(finnveden_2020)  # both opened the page before either saved

    page_anna[f"kostnader-{index['Kansli']}-amount"] = "600 000"
    assert anna.post(url(finnveden_2020, "kostnader"), page_anna).status_code == 302
    page_bengt[f"kostnader-{index['Information']}-amount"] = "50 000"
    response = bengt.post(url(finnveden_2020, "kostnader"), page_bengt)
    assert response.status_code == 302, response.content.decode()

    # Both changes stand; Bengt's page still showed Kansli's old amount, which did not win.
    assert amount(finnveden_2020, "Kansli") == D("600000") != kansli_before
    assert amount(finnveden_2020, "Information") == D("50000") != information_before


def test_two_people_changing_different_values_of_one_line_both_succeed(two, finnveden_2020):
    anna, bengt = two
    page_anna, index = cost_page(finnveden_2020)
    page_bengt, _ = cost_page(finnveden_2020)
    row = index["Kansli"]
    page_anna[f"kostnader-{row}-amount"] = "600 000"
    assert anna.post(url(finnveden_2020, "kostnader"), page_anna).status_code == 302
    page_bengt[f"kostnader-{row}-budget"] = "610 000"
    assert bengt.post(url(finnveden_2020, "kostnader"), page_bengt).status_code == 302
    line = FigureLine.objects.get(period=finnveden_2020, label="Kansli", parent=None)
    assert (line.amount, line.budget) == (D("600000"), D("610000"))


def test_a_true_conflict_on_the_same_value_is_refused_naming_what_the_other_saved(
    two, finnveden_2020
):
    anna, bengt = two
    information_before = amount(finnveden_2020, "Information")
    page_anna, index = cost_page(finnveden_2020)
    page_bengt, _ = cost_page(finnveden_2020)
    page_anna[f"kostnader-{index['Kansli']}-amount"] = "600 000"
    assert anna.post(url(finnveden_2020, "kostnader"), page_anna).status_code == 302

    page_bengt[f"kostnader-{index['Kansli']}-amount"] = "650 000"
    page_bengt[f"kostnader-{index['Information']}-amount"] = "50 000"
    response = bengt.post(url(finnveden_2020, "kostnader"), page_bengt)
    assert response.status_code == 409
    html = response.content.decode()
    expected = CONFLICT_MESSAGE.format(saved="Raden ”Kansli”: Utfall 600 000")
    assert expected in html
    # Nothing of Bengt's save was written, not even his other line.
    assert amount(finnveden_2020, "Kansli") == D("600000")
    assert amount(finnveden_2020, "Information") == information_before

    # The same value saved twice is no conflict.
    page_same, _ = cost_page(finnveden_2020)
    page_late = dict(page_bengt)
    page_late[f"kostnader-{index['Kansli']}-amount"] = "600 000"
    page_late[f"kostnader-{index['Information']}-amount"] = page_same[
        f"kostnader-{index['Information']}-amount"
    ]
    assert bengt.post(url(finnveden_2020, "kostnader"), page_late).status_code == 302


def test_a_line_deleted_after_someone_changed_it_is_refused(two, finnveden_2020):
    anna, bengt = two
    page_anna, index = cost_page(finnveden_2020)
    page_bengt, _ = cost_page(finnveden_2020)
    page_anna[f"kostnader-{index['Information']}-amount"] = "50 000"
    assert anna.post(url(finnveden_2020, "kostnader"), page_anna).status_code == 302
    page_bengt[f"kostnader-{index['Information']}-DELETE"] = "on"
    response = bengt.post(url(finnveden_2020, "kostnader"), page_bengt)
    assert response.status_code == 409
    assert "Raden ”Information”: Utfall 50 000" in response.content.decode()
    assert amount(finnveden_2020, "Information") == D("50000")


def test_single_figures_merge_by_value_too(two, finnveden_2020):
    """The balance page: Anna changes kassa och bank, Bengt (from the same page) a fordran and
    then, in a second stale save, kassa och bank too: the first two stand, the last is refused."""
    anna, bengt = two
    page_anna = balance_page_data(finnveden_2020)
    page_bengt = balance_page_data(finnveden_2020)
    page_anna["f-kassa_och_bank"] = "2 800 000"
    assert anna.post(url(finnveden_2020, "balans"), page_anna).status_code == 302
    fordran = report_forms.balance_formset(finnveden_2020, LineKind.FORDRAN).forms[0]
    page_bengt["fordran-0-amount"] = "111 111"
    response = bengt.post(url(finnveden_2020, "balans"), page_bengt)
    assert response.status_code == 302, response.content.decode()
    figures = PeriodFigures.objects.get(period=finnveden_2020)
    assert figures.kassa_och_bank == D("2800000")
    assert FigureLine.objects.get(pk=fordran.instance.pk).amount == D("111111")

    page_bengt["f-kassa_och_bank"] = "1"
    response = bengt.post(url(finnveden_2020, "balans"), page_bengt)
    assert response.status_code == 409
    saved = "Periodens uppgifter: Kassa och bank vid periodens slut 2 800 000"
    assert CONFLICT_MESSAGE.format(saved=saved) in response.content.decode()
    assert PeriodFigures.objects.get(period=finnveden_2020).kassa_och_bank == D("2800000")


def test_a_save_without_its_versions_is_refused(two, finnveden_2020):
    anna, _ = two
    kansli_before = amount(finnveden_2020, "Kansli")
    page, index = cost_page(finnveden_2020)
    page[f"kostnader-{index['Kansli']}-amount"] = "600 000"
    without_period_version = {k: v for k, v in page.items() if k != "v-seen_version"}
    response = anna.post(url(finnveden_2020, "kostnader"), without_period_version)
    assert response.status_code == 409
    assert MISSING_VERSION_MESSAGE in response.content.decode()
    without_line_values = {
        k: v for k, v in page.items() if k != f"kostnader-{index['Kansli']}-seen"
    }
    response = anna.post(url(finnveden_2020, "kostnader"), without_line_values)
    assert response.status_code == 409
    assert MISSING_VERSION_MESSAGE in response.content.decode()
    assert amount(finnveden_2020, "Kansli") == kansli_before
