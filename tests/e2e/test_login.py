"""A person logs in and lands on the förbund's dashboard (issue 2)."""

import pytest

from tests import demo_snapshot
from workspace import demo


@pytest.mark.django_db(transaction=True)
def test_sekreterare_logs_in_and_sees_the_dashboard(live_server, page, screenshot_dir):
    demo_snapshot.load()
    page.goto(live_server.url + "/")
    assert page.url.endswith("/logga-in/")
    page.screenshot(path=screenshot_dir / "01-login.png")

    page.get_by_label("Användarnamn").fill("finnveden-sekreterare")
    page.get_by_label("Lösenord").fill("fel-lösenord")
    page.get_by_role("button", name="Logga in").click()
    assert page.get_by_role("alert").is_visible()

    page.get_by_label("Lösenord").fill(demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(live_server.url + "/f/finnveden/")
    assert page.get_by_role("heading", level=1).inner_text() == "Finnvedens samordningsförbund"
    assert page.get_by_text("Gislaveds kommun").first.is_visible()
    assert page.get_by_text("Inga-Maj Eleholt, ordförande").is_visible()
    page.screenshot(path=screenshot_dir / "02-dashboard.png", full_page=True)

    page.get_by_role("link", name="Driftbidrag", exact=True).click()
    page.get_by_role("link", name="2020").click()
    assert page.get_by_text("599 800").is_visible()
    page.screenshot(path=screenshot_dir / "03-driftbidrag.png", full_page=True)
