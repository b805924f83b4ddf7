"""The board's way through (issue 15): the styrelse logs in, sees "Att besluta" first on its start
page, goes straight to the decision page, approves, and downloads the approved PDF, which is the
primary action on the document page afterwards (the draft is secondary and says what it is).

Clicks counted from the start page after logging in: 1 "Granska och besluta", 2 "Godkänn
dokumentet" (after typing the minutes' paragraph), 3 "Ladda ner godkänd PDF" = 3 clicks.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reports.models import ApprovedVersion, DocumentStatus, ReportDocument, ReportKind
from tests import demo_snapshot
from tests.approvals import submit
from workspace import demo


@pytest.mark.django_db(transaction=True)
def test_board_decides_from_its_start_page_and_downloads_the_approved_pdf(
    live_server, page, screenshot_dir
):
    demo_snapshot.load()
    document = ReportDocument.objects.get(
        fiscal_year__forbund__slug="finnveden",
        fiscal_year__year=2020,
        period__kind=ReportKind.ARSREDOVISNING,
    )
    submit(document)  # the sekreterare has sent it to the board
    base = live_server.url
    clicks = 0

    page.goto(base + "/logga-in/")
    page.get_by_label("Användarnamn").fill("finnveden-styrelse")
    page.get_by_label("Lösenord").fill(demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(re.compile(r".*/f/finnveden/$"))

    # "Att besluta" is the first section of the start page, with the submitted document.
    first_heading = page.locator("main h2").first
    assert first_heading.inner_text() == "Att besluta"
    awaiting = page.locator(".card.awaiting")
    assert "Årsredovisning 2020" in awaiting.inner_text()
    # The start page opens on the year of the document awaiting the decision (not next year).
    assert page.locator("#year-heading").inner_text() == "Dokument för 2020"
    page.screenshot(path=screenshot_dir / "board-att-besluta.png", full_page=True)

    awaiting.get_by_role("link", name=re.compile("^Granska och besluta")).click()
    clicks += 1
    page.wait_for_url(re.compile(rf".*/dokument/{document.pk}/godkann/$"))
    page.screenshot(path=screenshot_dir / "board-decision-page.png", full_page=True)
    # The decision's fields (issue 11): date, place and signatories are proposed; the minutes'
    # paragraph is typed (typing, not a click).
    page.get_by_label("Paragraf (§)").fill("5")
    place = page.get_by_label("Ort")
    if not place.input_value():
        place.fill("Värnamo")
    # Approving renders and stores the PDF: seconds on a loaded machine.
    page.get_by_role("button", name=re.compile("^Godkänn")).click(no_wait_after=True)
    clicks += 1
    page.wait_for_url(re.compile(rf".*/dokument/{document.pk}/$"), timeout=90_000)

    document.refresh_from_db()
    assert document.status == DocumentStatus.GODKAND
    version = ApprovedVersion.objects.get(document=document, reopened_at__isnull=True)

    # After approval the approved PDF is the primary action; the draft is secondary, named so.
    primary = page.locator("a.button.primary", has_text="Ladda ner godkänd PDF")
    assert primary.count() == 1
    assert primary.inner_text() == f"Ladda ner godkänd PDF (version {version.number})"
    # The draft is a POST since issue 16 (a GET never writes): a button, secondary.
    draft = page.get_by_role("button", name=re.compile("^Ladda ner utkast"))
    assert "primary" not in (draft.get_attribute("class") or "")
    assert "inte det godkända dokumentet" in draft.inner_text()
    page.screenshot(path=screenshot_dir / "board-approved-document.png", full_page=True)

    with page.expect_download(timeout=60_000) as download:
        primary.click()
        clicks += 1
    path = download.value.path()
    data = Path(path).read_bytes()
    assert data.startswith(b"%PDF")
    assert data == bytes(version.pdf)  # the stored approved version, byte for byte
    assert clicks == 3

    # The start page now offers the approved PDF as the document's step, nothing to decide.
    page.goto(base + "/f/finnveden/?ar=2020")
    assert "Inget dokument väntar" in page.locator(".card.awaiting").inner_text()
    card = page.locator(".doc-card", has_text="Årsredovisning 2020")
    assert card.get_by_role("link", name="Ladda ner godkänd PDF").is_visible()
    # … and the way to what the live data changed since the approval (issue 13's page).
    changed = card.get_by_role("link", name=re.compile("^Ändrat sedan godkännandet"))
    assert (
        changed.get_attribute("href")
        == f"/f/finnveden/dokument/{document.pk}/andrat-sedan-godkannandet/"
    )
