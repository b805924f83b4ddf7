"""A sekreterare mistypes one amount in the balance-sheet form: nothing is saved and the Swedish
message appears next to that field (issue 3, in a real browser)."""

from decimal import Decimal

import pytest

from finsam.money import PUNKT_I_BELOPP
from reports.models import PeriodFigures, ReportKind, ReportPeriod
from tests import demo_snapshot
from workspace import demo


@pytest.mark.django_db(transaction=True)
def test_bad_amount_in_the_balance_form_saves_nothing(live_server, page, screenshot_dir):
    demo_snapshot.load()
    period = ReportPeriod.objects.get(
        fiscal_year__forbund__slug="finnveden",
        fiscal_year__year=2020,
        kind=ReportKind.ARSREDOVISNING,
    )
    page.goto(live_server.url + "/logga-in/")
    page.get_by_label("Användarnamn").fill("finnveden-sekreterare")
    page.get_by_label("Lösenord").fill(demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(live_server.url + "/f/finnveden/")

    page.get_by_role("link", name="Rapporter", exact=True).click()
    page.get_by_role("link", name="Årsredovisning 2020").click()
    page.get_by_role("link", name="Balansräkning", exact=True).last.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Balansräkning"

    equity = page.get_by_label("Eget kapital vid årets början")
    equity.fill("1 700 000")
    kassa = page.get_by_label("Kassa och bank vid periodens slut")
    kassa.fill("2.796.281")
    page.get_by_role("button", name="Spara").click()

    error = page.locator("#id_f-kassa_och_bank_error")
    assert error.inner_text() == PUNKT_I_BELOPP
    assert page.get_by_label("Kassa och bank vid periodens slut").input_value() == "2.796.281"
    page.screenshot(path=screenshot_dir / "reports-bad-amount.png", full_page=True)

    figures = PeriodFigures.objects.get(period=period)
    assert figures.kassa_och_bank == Decimal("2796281")
    assert figures.opening_equity == Decimal("1689770.80")
