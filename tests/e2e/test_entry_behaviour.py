"""Entry pages in a real browser (issue 7): amounts formatted on leaving a field, totals and
checks recomputed by the server while typing (nothing saved), a warning before leaving a page
with unsaved changes (none when saving), the start page's documents, and the PDF progress
message. Figures: finnveden-arsredovisning-2020 (summa tillgångar 2 906 467)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from reports.models import DocumentKind, PeriodFigures, ReportDocument, ReportKind, ReportPeriod
from tests import demo_snapshot
from workspace import demo


def log_in(page, base: str, username: str) -> None:
    page.goto(base + "/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(re.compile(r".*/f/finnveden/$"))


@pytest.mark.django_db(transaction=True)
def test_start_page_entry_keyboard_live_totals_unsaved_warning_and_pdf_progress(
    live_server, page, screenshot_dir
):
    demo_snapshot.load()
    base = live_server.url
    period = ReportPeriod.objects.get(
        fiscal_year__forbund__slug="finnveden",
        fiscal_year__year=2020,
        kind=ReportKind.ARSREDOVISNING,
    )
    log_in(page, base, "finnveden-sekreterare")

    # The start page: the year's documents with their state and one next step each.
    page.goto(base + "/f/finnveden/?ar=2020")
    documents = page.locator(".doc-card")
    assert documents.count() == 3
    assert documents.nth(2).get_by_role("heading").inner_text() == "Årsredovisning 2020"
    assert documents.nth(2).locator(".status-pill").inner_text().startswith("Utkast – ")
    assert documents.nth(1).locator(".status-pill").inner_text() == "Ej påbörjad"
    assert documents.nth(1).get_by_role("link", name="Skapa delårsrapporten").is_visible()
    page.screenshot(path=screenshot_dir / "start-finnveden-2020.png", full_page=True)

    url = f"{base}/f/finnveden/rapporter/{period.pk}/balans/"
    page.goto(url)
    # Tab order follows the statement: DOM order, no positive tabindex anywhere.
    assert page.locator("[tabindex]:not([tabindex='0']):not([tabindex='-1'])").count() == 0
    summary = page.locator("#live-summary")
    assert "2 906 467 kr" in summary.inner_text()

    kassa = page.get_by_label("Kassa och bank vid periodens slut")
    kassa.fill("2796381")
    # While typing, the server recomputes from the unsaved figures: 100 kr more in the bank …
    summary.get_by_text("2 906 567 kr", exact=True).wait_for()
    # … and its checks: the balance sheet no longer balances.
    assert "balanserar inte" in summary.locator(".live-errors").inner_text()
    assert kassa.evaluate("el => el === document.activeElement")
    kassa.press("Tab")  # leaving the field formats the amount
    assert kassa.input_value() == "2 796 381"
    page.screenshot(path=screenshot_dir / "entry-live-totals.png")
    assert PeriodFigures.objects.get(period=period).kassa_och_bank == Decimal("2796281")

    # Leaving with unsaved changes asks first; staying keeps what was typed.
    dialogs = []

    def dismiss(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.get_by_role("link", name="Avbryt").click()
    page.wait_for_timeout(300)
    assert dialogs == ["beforeunload"]
    assert page.url == url
    assert kassa.input_value() == "2 796 381"

    # Saving is not "leaving": no question, the figure is saved.
    page.get_by_role("button", name="Spara").click()
    page.wait_for_load_state()
    page.get_by_text("är sparade").wait_for()
    assert dialogs == ["beforeunload"]
    assert PeriodFigures.objects.get(period=period).kassa_och_bank == Decimal("2796381")

    # (Same test, to load the demo only once.) A PDF download shows its progress.
    document = ReportDocument.objects.filter(
        fiscal_year__forbund__slug="finnveden", kind=DocumentKind.VERKSAMHETSPLAN
    ).first()
    assert document is not None, "the demo has a Verksamhetsplan document for finnveden"
    page.goto(f"{base}/f/finnveden/dokument/{document.pk}/")
    link = page.get_by_role("button", name="Ladda ner utkast (PDF)")  # a POST (issue 16)
    status = page.locator(".pdf-status").first
    assert status.get_attribute("aria-live") == "polite"

    with page.expect_download(timeout=60_000) as download:
        link.click()
        assert status.inner_text() == "Skapar PDF …"
        assert link.get_attribute("aria-disabled") == "true"
    assert download.value.suggested_filename.endswith(".pdf")
    status.get_by_text("PDF:en är klar.").wait_for()
    assert link.get_attribute("aria-disabled") is None

    # A failed render: a Swedish message, the link usable again.
    page.route("**/utkast.pdf", lambda route: route.fulfill(status=500, body="Serverfel"))
    link.click()
    status.get_by_text("PDF:en kunde inte skapas").wait_for()
    assert link.get_attribute("aria-disabled") is None
