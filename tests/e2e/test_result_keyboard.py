"""A 12-line resultaträkning entered with the keyboard only (issue 15, static/js/sheet.js) on the
page "Intäkter och kostnader": the year's lines come prefilled from last year's Årsredovisning
(as every new report starts), the user types this year's utfall straight down the column.

Keystrokes besides the digits, counted one by one:
  Tab (the skip link "Hoppa till innehållet"), Tab ("Hoppa till siffrorna"), Enter (the first
  Utfall cell): 3;
  the 8 income figures: Enter after each of the first 7 (7), then ArrowDown twice to pass the
  table's empty extra row into the first cost row (2): 9;
  the 4 cost figures: Enter after each of the first 3 (3), Ctrl+Enter saves (1): 4.
  3 + 9 + 4 = 16 keystrokes for 12 figures: 1.33 a figure (at most 3 required).
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from finsam.models import Forbund
from reports import services, statements
from reports.models import FigureLine, LineKind, ReportKind
from tests import demo_snapshot
from workspace import demo

# (kind, label, member, this year's utfall as typed)
LINES = [
    (LineKind.DRIFTBIDRAG, "Driftbidrag från Försäkringskassan", "Försäkringskassan", "4000000"),
    (
        LineKind.DRIFTBIDRAG,
        "Driftbidrag från Västra Götalandsregionen",
        "Västra Götalandsregionen",
        "2000000",
    ),
    (LineKind.DRIFTBIDRAG, "Driftbidrag från Mölndals stad", "Mölndals stad", "640000"),
    (LineKind.DRIFTBIDRAG, "Driftbidrag från Partille kommun", "Partille kommun", "380000"),
    (LineKind.DRIFTBIDRAG, "Driftbidrag från Härryda kommun", "Härryda kommun", "370000"),
    (LineKind.DRIFTBIDRAG, "Driftbidrag från Lerums kommun", "Lerums kommun", "420000"),
    (LineKind.DRIFTBIDRAG, "Driftbidrag från Alingsås kommun", "Alingsås kommun", "190000"),
    (LineKind.OVRIG_INTAKT, "Bidrag ESF", None, "125500"),
    (LineKind.PERSONALKOSTNAD, "Personalkostnader", None, "2150000"),
    (LineKind.KOSTNAD, "Insatser", None, "5480000"),
    (LineKind.AVSKRIVNING, "Avskrivningar", None, "36000"),
    (LineKind.FINANSIELL_KOSTNAD, "Bankkostnader", None, "1200"),
]
# Verksamhetens intäkter: 4 000 000 + 2 000 000 + 640 000 + 380 000 + 370 000 + 420 000
#   + 190 000 = 8 000 000 driftbidrag, + 125 500 = 8 125 500
# Verksamhetens kostnader: 2 150 000 + 5 480 000 = 7 630 000
# Verksamhetens resultat: 8 125 500 − 7 630 000 − 36 000 (avskrivningar) = 459 500
# Årets resultat: 459 500 − 1 200 = 458 300
# Summa kostnader (live summary): 7 630 000 + 36 000 + 1 200 = 7 667 200


@pytest.mark.django_db(transaction=True)
def test_a_twelve_line_resultatrakning_by_keyboard_in_16_keystrokes(
    live_server, page, screenshot_dir
):
    demo_snapshot.load()
    forbund = Forbund.objects.get(slug="insjoriket")
    members = {m.name: m for m in forbund.members.all()}
    last_year = services.report_period_create(
        forbund=forbund, kind=ReportKind.ARSREDOVISNING, year=2030
    )
    for position, (kind, label, member, _) in enumerate(LINES, start=1):
        FigureLine.objects.create(
            period=last_year,
            kind=kind,
            label=label,
            member=members.get(member),
            amount=Decimal(1000),
            position=10 * position,
        )
    period = services.report_period_create(
        forbund=forbund, kind=ReportKind.ARSREDOVISNING, year=2031
    )
    prefilled = list(period.lines.order_by("position").values_list("label", "amount"))
    assert prefilled == [(label, Decimal(0)) for _, label, _, _ in LINES]

    base = live_server.url
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(base + "/logga-in/")
    page.get_by_label("Användarnamn").fill("insjoriket-sekreterare")
    page.get_by_label("Lösenord").fill(demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(re.compile(r".*/f/insjoriket/$"))
    page.goto(f"{base}/f/insjoriket/rapporter/{period.pk}/intakter-och-kostnader/")
    assert page.get_by_role("heading", level=1).inner_text() == "Intäkter och kostnader"

    keys = 0

    def press(key: str) -> None:
        nonlocal keys
        keys += 1
        page.keyboard.press(key)

    def active() -> str:
        return page.evaluate("document.activeElement.name || document.activeElement.textContent")

    press("Tab")
    assert active() == "Hoppa till innehållet"
    press("Tab")
    assert active() == "Hoppa till siffrorna"
    press("Enter")
    assert active() == "intakter-0-amount"
    for i, (_, _, _, amount) in enumerate(LINES[:8]):
        assert active() == f"intakter-{i}-amount"
        page.keyboard.type(amount)
        if i < 7:
            press("Enter")
    press("ArrowDown")  # the income table's empty extra row
    assert active() == "intakter-8-amount"
    press("ArrowDown")  # on into the cost table, same column
    for i, (_, _, _, amount) in enumerate(LINES[8:]):
        assert active() == f"kostnader-{i}-amount"
        page.keyboard.type(amount)
        if i < 3:
            press("Enter")
    page.screenshot(path=screenshot_dir / "sheet-resultatrakning-12-lines.png")
    with page.expect_navigation():
        press("Control+Enter")
    page.get_by_text("är sparade").wait_for()
    assert keys == 16  # 16 / 12 = 1.33 keystrokes a figure besides the digits

    saved = {line.label: line.amount for line in period.lines.all()}
    assert saved == {label: Decimal(amount) for _, label, _, amount in LINES}
    assert period.lines.count() == 12  # no empty extra row saved
    result = statements.result_figures(period)
    assert result.verksamhetens_intakter == Decimal("8125500")
    assert result.verksamhetens_kostnader == Decimal("7630000")
    assert result.resultat == Decimal("459500")
    assert result.arets_resultat == Decimal("458300")
    summary = page.locator("#live-summary").inner_text()
    assert "8 125 500 kr" in summary and "7 667 200 kr" in summary and "458 300 kr" in summary
    page.screenshot(path=screenshot_dir / "sheet-resultatrakning-saved.png", full_page=True)
