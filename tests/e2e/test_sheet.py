"""Spreadsheet-like entry (issue 15, static/js/sheet.js) on a new report's Kostnader page.

1. Keyboard only: 12 lines of the resultaträkning's costs (a label and an utfall each). From the
   first cell: the labels down the Rad column (Enter after each but the last: 11; new rows are
   added by Enter in the last row), Ctrl+ArrowUp back to the first row (1), Tab to the Utfall
   column (5: Kategori, Grupp, Specifikation till, Budget, Utfall), the figures down (11 Enter),
   Ctrl+Enter saves (1): 11 + 1 + 5 + 11 + 1 = 29 keystrokes besides the typed text for 12
   figures, 2.4 a figure (at most 3 required).
2. A 6×2 block copied from a spreadsheet (Budget and Utfall, Swedish numbers, one with
   no-break spaces as LibreOffice copies them, one negative) pasted into the first Budget cell.
3. A bad amount is marked at the field as soon as it is left, with the server's message.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from finsam.models import Forbund
from finsam.money import PUNKT_I_BELOPP
from reports import services
from reports.models import FigureLine, ReportKind
from tests import demo_snapshot
from workspace import demo

LINES = [
    ("Personalkostnader", "1234567"),
    ("Lokalkostnader", "120000"),
    ("Resor", "15500"),
    ("Konsulter", "230000"),
    ("Utbildning", "42000"),
    ("Styrelsearvoden", "98000"),
    ("Revision", "60000"),
    ("Kontorsmaterial", "8500"),
    ("IT och telefoni", "37000"),
    ("Försäkringar", "4200"),
    ("Insats Steget vidare", "800000"),
    ("Insats Unga i arbete", "650000"),
]
# 1 234 567 + 120 000 + 15 500 + 230 000 + 42 000 + 98 000 + 60 000 + 8 500 + 37 000 + 4 200
# + 800 000 + 650 000 = 3 299 767
TOTAL = Decimal("3299767")


@pytest.mark.django_db(transaction=True)
def test_keyboard_entry_of_twelve_lines_paste_of_a_block_and_errors_on_leaving(
    live_server, page, screenshot_dir
):
    demo_snapshot.load()
    forbund = Forbund.objects.get(slug="insjoriket")
    period = services.report_period_create(
        forbund=forbund, kind=ReportKind.ARSREDOVISNING, year=2031
    )
    assert not period.lines.exists()
    base = live_server.url
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(base + "/logga-in/")
    page.get_by_label("Användarnamn").fill("insjoriket-sekreterare")
    page.get_by_label("Lösenord").fill(demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(re.compile(r".*/f/insjoriket/$"))
    url = f"{base}/f/insjoriket/rapporter/{period.pk}/kostnader/"
    page.goto(url)

    keys = 0

    def press(key: str) -> None:
        nonlocal keys
        keys += 1
        page.keyboard.press(key)

    page.locator("input[name=kostnader-0-label]").focus()  # the user clicks the first cell
    for i, (label, _) in enumerate(LINES):
        page.keyboard.type(label)
        if i < len(LINES) - 1:
            press("Enter")
    assert page.locator("input[name=kostnader-TOTAL_FORMS]").input_value() == "12"
    press("Control+ArrowUp")
    assert page.evaluate("document.activeElement.name") == "kostnader-0-label"
    for _ in range(5):
        press("Tab")
    assert page.evaluate("document.activeElement.name") == "kostnader-0-amount"
    for i, (_, amount) in enumerate(LINES):
        page.keyboard.type(amount)
        if i < len(LINES) - 1:
            press("Enter")
    page.screenshot(path=screenshot_dir / "sheet-keyboard-12-lines.png")
    with page.expect_navigation():
        press("Control+Enter")
    page.get_by_text("är sparade").wait_for()
    assert keys == 29  # 2.4 keystrokes a figure besides the typed text
    saved = {line.label: line.amount for line in FigureLine.objects.filter(period=period)}
    assert saved == {label: Decimal(amount) for label, amount in LINES}
    assert sum(saved.values()) == TOTAL
    assert "3 299 767 kr" in page.locator("#live-summary").inner_text()

    # 2. Paste a 6×2 block (Budget, Utfall) into the first line's Budget cell.
    block = (
        "1 300 000\t1 234 567\n"
        "125\u00a0000\t120\u00a0000\n"  # LibreOffice's no-break spaces
        "15000\t15 500\n"
        "−10 000\t-480 307\n"  # negative figures, both minus signs
        "40 000\t42 000,50\n"
        "100 000\t98 000\n"
    )
    first_budget = page.locator("input[name=kostnader-0-budget]")
    first_budget.focus()
    page.evaluate(
        """(text) => { const dt = new DataTransfer(); dt.setData('text/plain', text);
        document.activeElement.dispatchEvent(new ClipboardEvent('paste',
          {clipboardData: dt, bubbles: true, cancelable: true})); }""",
        block,
    )
    # Formatted in Swedish form as they land in the cells.
    assert page.locator("input[name=kostnader-1-budget]").input_value() == "125 000"
    assert page.locator("input[name=kostnader-3-budget]").input_value() == "\u221210 000"
    assert page.locator("input[name=kostnader-3-amount]").input_value() == "\u2212480 307"
    assert page.locator("input[name=kostnader-4-amount]").input_value() == "42 000,50"
    page.screenshot(path=screenshot_dir / "sheet-paste-6x2.png")
    with page.expect_navigation():
        page.get_by_role("button", name="Spara").click()
    lines = {line.label: line for line in FigureLine.objects.filter(period=period)}
    assert [(lines[label].budget, lines[label].amount) for label, _ in LINES[:6]] == [
        (Decimal("1300000"), Decimal("1234567")),
        (Decimal("125000"), Decimal("120000")),
        (Decimal("15000"), Decimal("15500")),
        (Decimal("-10000"), Decimal("-480307")),
        (Decimal("40000"), Decimal("42000.50")),
        (Decimal("100000"), Decimal("98000")),
    ]
    assert lines["Styrelsearvoden"].amount == Decimal("98000")  # rows 7–12 untouched
    assert lines["Revision"].amount == Decimal("60000")

    # 3. A bad amount is marked as soon as the field is left, with the server's own message.
    cell = page.locator("input[name=kostnader-6-amount]")
    cell.fill("60.000")
    cell.press("Tab")
    assert cell.get_attribute("aria-invalid") == "true"
    message = page.locator("#id_kostnader-6-amount_check")
    assert message.inner_text() == PUNKT_I_BELOPP
    cell.fill("60 000")
    cell.press("Tab")
    assert message.count() == 0
    assert cell.get_attribute("aria-invalid") is None
