"""A förbundssekreterare adds an insats and its year's outcome in the browser and finds it in the
förbund's participant table; a revisor opens the same pages and finds no edit controls (issue 4).
That a revisor's POST is refused is tested with Django's client in tests/interventions."""

import re

import pytest

from tests import demo_snapshot
from workspace import demo

NAME = "Steget vidare"


def log_in(page, live_server, username: str) -> None:
    page.goto(live_server.url + "/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(re.compile(r".*/f/finnveden/$"))


def cell_texts(row) -> list[str]:
    return [text.strip() for text in row.locator("td").all_inner_texts()]


@pytest.mark.django_db(transaction=True)
def test_sekreterare_adds_an_insats_and_outcome_revisor_only_reads(
    live_server, page, screenshot_dir
):
    demo_snapshot.load()

    def shot(name: str) -> None:
        page.screenshot(path=screenshot_dir / f"insats-{name}.png", full_page=True)

    # --- The sekreterare adds the insats ------------------------------------------------------
    log_in(page, live_server, "finnveden-sekreterare")
    page.get_by_role("navigation", name="Förbundets sidor").get_by_role(
        "link", name="Insatser"
    ).click()
    assert page.get_by_role("heading", level=1).inner_text() == "Insatser 2020"
    shot("01-insatser")

    page.get_by_role("link", name="Lägg till insats").click()
    page.get_by_label("Namn").fill(NAME)
    page.get_by_label("Typ").select_option(label="Individinriktad")
    page.get_by_label("Ansvarig medlem").select_option(label="Värnamo kommun")
    page.get_by_label("Värnamo kommun").check()  # deltagande medlemmar
    page.get_by_role("textbox", name="Start").fill("2020-01-01")
    page.get_by_role("textbox", name="Planerat slut").fill("2021-12-31")
    page.get_by_label("Målgrupp").fill("Unga vuxna med försörjningsstöd")
    shot("02-ny-insats")
    page.get_by_role("button", name="Spara").click()
    assert page.get_by_role("heading", level=1).inner_text() == NAME
    shot("03-insatsen")

    # --- ... and its outcome of 2020, validated field by field while typing -------------------
    page.get_by_role("link", name="Lägg till deltagaruppgifter").click()
    assert page.get_by_role("textbox", name="Period från").input_value() == "2020-01-01"
    men = page.get_by_label("Deltagare, män", exact=True)
    men.fill("4,5")
    men.blur()
    error = page.locator("#id_deltagare_man_errors")
    error.get_by_text("Ange antalet som ett heltal, utan decimaler.").wait_for()
    shot("04-fel-direkt")
    men.fill("4")
    men.blur()
    error.locator(".error").wait_for(state="detached")

    page.get_by_label("Deltagare, kvinnor", exact=True).fill("5")
    page.get_by_label("Varav nya, totalt").fill("9")
    avslutade = page.get_by_label("Avslutade, totalt")
    avslutade.fill("3")
    page.get_by_label("Arbete utan subvention, totalt").fill("2")
    studier = page.get_by_label("Studier, totalt")
    studier.fill("5")
    studier.blur()
    # The live check sees 2 + 5 reasons for 3 avslutade.
    page.locator("#outcome-checks").get_by_text(
        "Avslutsorsakerna summerar till 7 men de avslutade är 3 (skillnad 4)."
    ).wait_for()
    shot("05-kontroll-direkt")
    studier.fill("1")
    studier.blur()
    page.locator("#outcome-checks").get_by_text("Siffrorna stämmer med varandra.").wait_for()
    page.get_by_role("button", name="Spara").click()

    page.get_by_text("Deltagaruppgifterna för 2020-01-01 – 2020-12-31 är sparade.").wait_for()
    counts = page.locator("table.counts").first
    assert cell_texts(counts.locator("tr", has_text="Deltagare")) == ["5", "4", "", "9"]
    assert page.get_by_text("Till arbete eller studier: 3 av 3 avslutade (100 %).").is_visible()
    shot("06-sparad")

    # --- The förbund's participant table of 2020 has the new row and the new totals -----------
    page.get_by_role("navigation", name="Insatser och uppföljning").get_by_role(
        "link", name="Deltagare"
    ).click()
    table = page.locator("table.participant-table")
    assert cell_texts(table.locator("tbody tr", has_text=NAME)) == [
        NAME,
        "5",
        "4",
        "",
        "9",
        "9",
        "3",
        "2",
        "1",
        "",
        "",
        "",
    ]
    # Expected totals: finnveden-arsredovisning-2020's figures as entered in the demo (SE/IPS 51
    # kvinnor, 56 män, 42 nya, 56 avslutade, 15 arbete, 5 studier, 21 annat; IT-spåret 1 and
    # Mitt Val 8 of unknown gender, Mitt Val 8 nya, 8 avslutade, 4 egen begäran; Nya Vägar 28
    # kvinnor, 8 män, 21 avslutade, 10 arb.rehab, 2 sjukdom, 9 annat) plus the row typed above.
    assert cell_texts(table.locator("tfoot tr")) == [
        "Totalt",
        "84",
        "68",
        "9",
        "161",
        "59",
        "88",
        "17",
        "6",
        "10",
        "2",
        "34",
    ]
    # Socioekonomisk effekt: (15 + 2) × 16 200 × 12 = 3 304 800.
    assert "3 304 800" in page.locator("table.socio").inner_text()
    shot("07-deltagare-2020")
    page.get_by_role("link", name=NAME).click()
    detail_url = page.url

    page.get_by_role("button", name="Logga ut").click()

    # --- The revisor reads the same pages and finds no edit controls ---------------------------
    log_in(page, live_server, "finnveden-revisor")
    for number, url in enumerate(
        [
            live_server.url + "/f/finnveden/insatser/?ar=2020",
            detail_url,
            live_server.url + "/f/finnveden/insatser/deltagare/?ar=2020",
            live_server.url + "/f/finnveden/insatser/mal/?ar=2020",
            live_server.url + "/f/finnveden/insatser/indikatorer/?ar=2020",
        ],
        start=8,
    ):
        page.goto(url)
        main = page.locator("main")
        assert main.get_by_role("button").count() == 0, url
        assert main.locator("input, select, textarea").count() == 0, url
        assert (
            main.get_by_role("link", name=re.compile("Lägg till|Ändra|Ta bort|Import")).count() == 0
        )
        shot(f"{number:02d}-revisor")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Indikatorer")
