"""A förbundssekreterare imports the bookkeeping's SIE file in the browser (issue 14): uploads it
(with a progress bar), maps the one account the förbund's mapping does not know, sees the
reconciliation and applies it; the import is then in the Historik."""

import re

import pytest

from reports.models import FigureLine
from sie.models import AccountMapping, SieImport
from tests import demo_snapshot
from workspace import demo
from workspace.demo_files import SODRA_SIE


def file_with_a_new_account(tmp_path):
    """The demo file, with 500 kr of 6440 Ekonomitjänster booked on a new account 6450."""
    text = SODRA_SIE.read_bytes().decode("cp437")
    text = text.replace("#RES 0 6440 109580.00", "#RES 0 6440 109080.00\r\n#RES 0 6450 500.00")
    text = text.replace(
        '#KONTO 6440 "Ekonomitjänster"',
        '#KONTO 6440 "Ekonomitjänster"\r\n#KONTO 6450 "Bankavgifter"',
    )
    path = tmp_path / "sodra-2024-export.se"
    path.write_bytes(text.encode("cp437"))
    return path


@pytest.mark.django_db(transaction=True)
def test_upload_map_the_unmapped_account_reconcile_and_apply(
    live_server, page, screenshot_dir, tmp_path
):
    demo_snapshot.load()
    path = file_with_a_new_account(tmp_path)

    def shot(name: str) -> None:
        page.screenshot(path=screenshot_dir / f"sie-{name}.png", full_page=True)

    page.goto(live_server.url + "/logga-in/")
    page.get_by_label("Användarnamn").fill("sodra-vatterbygden-sekreterare")
    page.get_by_label("Lösenord").fill(demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(re.compile(r".*/f/sodra-vatterbygden/$"))
    page.get_by_role("navigation", name="Förbundets sidor").get_by_role(
        "link", name="Bokföringen (SIE)"
    ).click()
    assert page.get_by_role("heading", level=1).inner_text() == "Kontokoppling"
    page.get_by_role("link", name="Importera SIE-fil").click()

    page.get_by_label("SIE-fil").set_input_files(str(path))
    page.locator("#id_year").fill("2024")
    shot("01-upload")
    page.get_by_role("button", name="Ladda upp och kontrollera").click()
    page.wait_for_url(re.compile(r".*/bokforing/[0-9a-f]{32}/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Avstämning: sodra-2024-export.se"
    # The one unmapped account blocks the import: no apply button yet.
    unmapped = page.locator("form.unmapped")
    assert unmapped.count() == 1
    assert "6450 Bankavgifter" in unmapped.inner_text()
    assert page.get_by_role("button", name="Tillämpa importen").count() == 0
    shot("02-unmapped")

    form = page.locator('form.unmapped[data-account="6450"]')
    # Kommun-Bas proposes class 6 as a cost; the förbund puts it on Ekonomihantering.
    assert form.get_by_label("Rad i rapporten").input_value() == "kostnad"
    form.get_by_label("Radens namn").fill("Ekonomihantering")
    form.get_by_role("button", name="Spara kopplingen").click()
    page.wait_for_url(re.compile(r".*/bokforing/[0-9a-f]{32}/$"))

    # The reconciliation: Ekonomihantering 109 080 + 500 = 109 580, as entered: difference 0.
    row = page.locator("table.reconciliation tr", has_text="Ekonomihantering")
    cells = [c.strip() for c in row.locator("td").all_inner_texts()]
    assert "6440 Ekonomitjänster: 109 080,00" in cells[0]
    assert "6450 Bankavgifter: 500,00" in cells[0]
    assert cells[1:] == ["109 580,00", "–", "109 580,00", "0,00"]
    assert page.locator("table.reconciliation tr.differs").count() == 0
    shot("03-reconciliation")

    page.get_by_role("button", name="Tillämpa importen").click()
    page.wait_for_url(re.compile(r".*/rapporter/\d+/$"))
    assert "är ifylld från sodra-2024-export.se" in page.locator(".messages").inner_text()
    shot("04-applied")

    record = SieImport.objects.get(forbund__slug="sodra-vatterbygden")
    assert record.program == "Raindance Ekonomi 2024.2"
    assert AccountMapping.objects.filter(
        forbund__slug="sodra-vatterbygden", konto="6450", line="Ekonomihantering"
    ).exists()
    line = FigureLine.objects.get(
        period=record.period, label="Ekonomihantering", parent__isnull=True
    )
    assert str(line.amount) == "109580.00"

    page.get_by_role("navigation", name="Förbundets sidor").get_by_role(
        "link", name="Historik"
    ).click()
    assert record.sha256 in page.locator("main").inner_text()
