"""A new förbund's first year in the tool, as its users would go through it (issue 7).

A förbundssekreterare of a förbund that has nothing yet sets up members, populations, board and
budget, enters the year's figures and one insats with its outcome, sees a check fail, fixes it,
previews the report and submits it; a styrelse member approves it and downloads the PDF; a revisor
opens the report and its history and finds no way to change anything. Every page visited is
checked with axe-core (WCAG 2.1 A/AA) and photographed into test-output/screenshots/first-year-*.
"""

import datetime
import hashlib
import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from finsam.models import Forbund, Membership
from reports.models import ApprovedVersion, ReportDocument
from tests.e2e.axe import axe_context, describe, violations

PASSWORD = "Nybygden-2026!"
F = "/f/nybygden"
MEMBERS = [
    ("Staten via Försäkringskassan", "Försäkringskassan"),
    ("Arbetsförmedlingen", "Arbetsförmedlingen"),
    ("Region", "Region Nyland"),
    ("Kommun", "Norrby kommun"),
    ("Kommun", "Söderby kommun"),
]
BOARD = [
    ("Anna Andersson", "Ordförande", "Region Nyland"),
    ("Bertil Berg", "Vice ordförande", "Norrby kommun"),
    ("Cecilia Ceder", "Ledamot", "Försäkringskassan"),
    ("David Dahl", "Ersättare", "Söderby kommun"),
]
# Budget lines in the order the first budget proposes them: driftbidrag per member (not
# Arbetsförmedlingen, whose part comes through Försäkringskassan), then the common costs.
BUDGET = ["1 000 000", "500 000", "375 000", "125 000"] + [
    "1 200 000",
    "100 000",
    "50 000",
    "40 000",
    "60 000",
    "50 000",
]
COSTS = ["1 150 000", "80 000", "40 000", "35 000", "60 000", "50 000", "480 000"]


class Walk:
    """The browser session of one user: every page gets a screenshot and an axe check."""

    def __init__(self, browser, live_server, screenshot_dir, problems: list[str]):
        self.context = axe_context(browser)
        self.page = self.context.new_page()
        self.base = live_server.url
        self.screenshot_dir = screenshot_dir
        self.problems = problems

    def check(self, name: str) -> None:
        self.page.wait_for_load_state("networkidle")
        self.page.screenshot(path=self.screenshot_dir / f"first-year-{name}.png", full_page=True)
        found = violations(self.page)
        if found:
            self.problems.append(describe(f"{name} ({self.page.url})", found))

    def log_in(self, username: str) -> None:
        self.page.goto(self.base + "/logga-in/")
        self.page.get_by_label("Användarnamn").fill(username)
        self.page.get_by_label("Lösenord").fill(PASSWORD)
        self.page.get_by_role("button", name="Logga in").click()
        self.page.wait_for_url(re.compile(rf".*{F}/$"))

    def nav(self, name: str) -> None:
        self.page.get_by_role("navigation", name="Förbundets sidor").get_by_role(
            "link", name=name, exact=True
        ).click()

    def save(self) -> str:
        self.page.get_by_role("button", name="Spara").click()
        return " ".join(self.page.locator(".message").all_inner_texts())

    def close(self) -> None:
        self.context.close()


def create_forbund_and_users() -> None:
    """What a superuser does before the förbund's staff take over."""
    forbund = Forbund.objects.create(
        name="Samordningsförbundet Nybygden",
        slug="nybygden",
        organisationsnummer="222000-9999",
        sate="Norrby",
        founded=datetime.date(2012, 1, 1),
        vision="Alla som behöver samordnat stöd får det.",
    )
    for role in ("sekreterare", "styrelse", "revisor"):
        user = get_user_model().objects.create_user(f"nybygden-{role}", password=PASSWORD)
        Membership.objects.create(user=user, forbund=forbund, role=role)


@pytest.mark.django_db(transaction=True)
def test_a_new_forbunds_first_year(live_server, browser, screenshot_dir):
    create_forbund_and_users()
    problems: list[str] = []

    # --- The sekreterare sets up the förbund ------------------------------------------------
    walk = Walk(browser, live_server, screenshot_dir, problems)
    page = walk.page
    walk.log_in("nybygden-sekreterare")
    walk.check("01-start")

    walk.nav("Medlemmar")
    for position, (kind, name) in enumerate(MEMBERS, start=1):
        page.get_by_role("link", name="Lägg till").click()
        page.get_by_label("Typ").select_option(label=kind)
        page.get_by_label("Namn").fill(name)
        page.get_by_label("Ordning").fill(str(position))
        if position == 1:
            walk.check("02-ny-medlem")
        walk.save()
    walk.check("03-medlemmar")

    for kommun, inhabitants in [("Norrby kommun", "30 000"), ("Söderby kommun", "10 000")]:
        walk.nav("Invånarantal")
        page.get_by_role("link", name="Lägg till").click()
        page.get_by_label("Kommun").select_option(label=kommun)
        page.get_by_role("textbox", name="Per datum").fill("2025-11-01")
        page.get_by_label("Invånarantal").fill(inhabitants)
        walk.save()
    walk.check("04-invanarantal")

    for name, role, appointed_by in BOARD:
        walk.nav("Styrelse")
        page.get_by_role("link", name="Lägg till").click()
        page.get_by_label("Namn").fill(name)
        page.get_by_label("Roll").select_option(label=role)
        page.get_by_label("Utsedd av").select_option(label=appointed_by)
        page.get_by_role("textbox", name="Från").fill("2023-01-01")
        walk.save()
    walk.check("05-styrelse")

    walk.nav("Budget")
    page.get_by_role("link", name="Ny budget eller prognos").click()
    page.get_by_role("spinbutton", name="År").fill("2026")
    walk.check("06-ny-budget")
    assert "Budget 2026 är skapad" in walk.save()
    page.get_by_label("Balanserat resultat", exact=True).fill("300 000")
    for row, amount in enumerate(BUDGET):
        for column in ("amount", "plan_year_1", "plan_year_2"):
            page.locator(f"[name=lines-{row}-{column}]").fill(amount)
    insats_row = len(BUDGET)
    page.locator(f"[name=lines-{insats_row}-section]").select_option(index=2)  # Kostnad
    page.locator(f"[name=lines-{insats_row}-label]").fill("Steget vidare")
    page.locator(f"[name=lines-{insats_row}-category]").select_option(label="Insats")
    for column in ("amount", "plan_year_1", "plan_year_2"):
        page.locator(f"[name=lines-{insats_row}-{column}]").fill("500 000")
    walk.check("07-budget-ifylld")
    assert "Budget 2026 är sparad" in walk.save()
    summa = page.get_by_role("row", name=re.compile("^Summa kostnader"))
    assert "2 000 000" in summa.inner_text()
    walk.check("08-budget")

    # --- The year's figures ------------------------------------------------------------------
    walk.nav("Rapporter")
    page.get_by_role("link", name="Ny rapport").click()
    page.get_by_label("Typ").select_option(label="Årsredovisning")
    page.get_by_role("spinbutton", name="År").fill("2026")
    assert "Årsredovisning 2026 är skapad" in walk.save()
    report_url = page.url
    walk.check("09-rapport")

    page.get_by_role("link", name="Intäkter", exact=True).click()
    for row, amount in enumerate(BUDGET[:4]):
        page.locator(f"[name=intakter-{row}-amount]").fill(amount)
    walk.check("10-intakter")
    walk.save()
    page.get_by_role("link", name="Kostnader", exact=True).click()
    for row, amount in enumerate(COSTS):
        page.locator(f"[name=kostnader-{row}-amount]").fill(amount)
    walk.check("11-kostnader")
    walk.save()

    # A typing error in kassa och bank: 445 000 instead of 455 000.
    page.get_by_role("link", name="Balansräkning", exact=True).last.click()
    page.get_by_label("Likvida medel vid årets början").fill("350 000")
    page.get_by_label("Kassa och bank vid periodens slut").fill("445 000")
    page.get_by_label("Eget kapital vid årets början").fill("300 000")
    page.locator("[name=kortfristig_skuld-0-label]").fill("Leverantörsskulder")
    page.locator("[name=kortfristig_skuld-0-opening_amount]").fill("50 000")
    page.locator("[name=kortfristig_skuld-0-amount]").fill("50 000")
    walk.save()
    page.get_by_role("link", name="Kontroller", exact=True).click()
    checks = page.locator("main")
    assert re.search(r"Fel: 2\b", checks.inner_text())
    assert "balanserar inte" in checks.inner_text()
    assert "skillnad −10 000 kr" in checks.inner_text()
    walk.check("12-kontroll-fel")

    page.get_by_role("link", name="Balansräkning", exact=True).last.click()
    page.get_by_label("Kassa och bank vid periodens slut").fill("455 000")
    walk.save()
    page.get_by_role("link", name="Kontroller", exact=True).click()
    assert re.search(r"Fel: 0\b", page.locator("main").inner_text())
    walk.check("13-kontroller-ok")
    page.get_by_role("link", name="Resultaträkning", exact=True).click()
    assert "105 000" in page.get_by_role("row", name=re.compile("^Årets resultat")).inner_text()
    walk.check("14-resultatrakning")

    # --- One insats and its outcome ----------------------------------------------------------
    walk.nav("Insatser")
    page.get_by_role("link", name="Lägg till insats").click()
    page.get_by_label("Namn").fill("Steget vidare")
    page.get_by_label("Typ").select_option(label="Individinriktad")
    page.get_by_label("Ansvarig medlem").select_option(label="Norrby kommun")
    page.get_by_label("Norrby kommun").check()
    page.get_by_role("textbox", name="Start").fill("2026-01-01")
    page.get_by_label("Målgrupp").fill("Unga vuxna med försörjningsstöd")
    walk.check("15-ny-insats")
    walk.save()
    page.get_by_role("link", name="Lägg till deltagaruppgifter").click()
    page.get_by_label("Deltagare, kvinnor", exact=True).fill("12")
    page.get_by_label("Deltagare, män", exact=True).fill("9")
    page.get_by_label("Varav nya, totalt").fill("21")
    page.get_by_label("Avslutade, totalt").fill("6")
    page.get_by_label("Arbete utan subvention, totalt").fill("4")
    page.get_by_label("Studier, totalt").fill("2")
    walk.check("16-deltagare")
    walk.save()
    assert "21" in page.locator("main").inner_text()
    walk.check("17-insatsen")

    # --- The statutory texts (the completeness gate refuses the report without them) ----------
    document = ReportDocument.objects.get(
        fiscal_year__forbund__slug="nybygden", kind="arsredovisning"
    )
    for section, body in [
        ("viktiga_forhallanden", "Arbetsmarknaden i Norrby har varit stabil under året."),
        ("personal", "Förbundet har inga anställda; förbundschefen köps av Norrby kommun."),
        ("forvantad_utveckling", "Medlemmarnas bidrag väntas vara oförändrade nästa år."),
    ]:
        page.goto(f"{live_server.url}/f/nybygden/dokument/{document.pk}/texter/{section}/")
        page.get_by_label("Text", exact=True).fill(body)
        page.get_by_role("button", name="Spara").click()

    # --- Preview and submit --------------------------------------------------------------------
    page.goto(report_url)
    page.get_by_role("link", name=re.compile("Förhandsvisning|Förhandsvisa")).first.click()
    preview = page.locator("body").inner_text()
    assert "Årsredovisning 2026" in preview and "Resultaträkning" in preview
    walk.check("18-forhandsvisning")

    page.get_by_role("link", name="← Tillbaka till dokumentet").click()
    page.get_by_role("link", name="Skicka för godkännande…").click()
    walk.check("19-skicka-in")
    page.get_by_role("button", name="Skicka för godkännande").click()
    assert "Inskickad" in page.locator("main").inner_text()
    walk.check("20-inskickad")
    walk.close()

    # --- A styrelse member approves and downloads ----------------------------------------------
    walk = Walk(browser, live_server, screenshot_dir, problems)
    page = walk.page
    walk.log_in("nybygden-styrelse")
    walk.check("21-styrelsen-start")
    walk.nav("Dokument och godkännande")
    page.get_by_role("link", name="Årsredovisning 2026").first.click()
    page.get_by_role("link", name=re.compile("^Godkänn")).click()
    walk.check("22-godkann")
    page.get_by_label("Paragraf (§)").fill("5")
    page.get_by_role("button", name=re.compile("^Godkänn")).click(no_wait_after=True)
    # Approval renders and stores the PDF before it answers: seconds on a busy machine.
    expect(page).not_to_have_url(re.compile(r".*/godkann/$"), timeout=90_000)
    expect(page.locator("main")).to_contain_text("Godkänd")
    approved = ApprovedVersion.objects.get(document__fiscal_year__forbund__slug="nybygden")
    assert approved.sha256 in page.locator("main").inner_text()
    walk.check("23-godkand")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Ladda ner version 1 (PDF)").click()
    pdf = download_info.value.path().read_bytes()
    assert pdf.startswith(b"%PDF") and hashlib.sha256(pdf).hexdigest() == approved.sha256
    walk.close()

    # --- The revisor reads, with history, and can change nothing --------------------------------
    walk = Walk(browser, live_server, screenshot_dir, problems)
    page = walk.page
    walk.log_in("nybygden-revisor")
    walk.check("24-revisorn-start")
    page.goto(report_url)
    walk.check("25-revisorn-rapport")
    for link in ("Resultaträkning", "Balansräkning"):
        page.get_by_role("link", name=link, exact=True).first.click()
        assert page.locator("main form[method=post], main form[method=POST]").count() == 0
    walk.nav("Dokument och godkännande")
    page.get_by_role("link", name="Årsredovisning 2026").first.click()
    assert approved.sha256 in page.locator("main").inner_text()
    assert (
        page.get_by_role("button").filter(has_text=re.compile("Godkänn|Återöppna|Skicka")).count()
        == 0
    )
    page.get_by_role("link", name="Historik", exact=True).last.click()
    history = page.locator("main").inner_text()
    assert "Godkänd" in history and approved.sha256 in history
    walk.check("26-historik")
    assert page.locator("main form[method=post], main form[method=POST]").count() == 0
    walk.close()

    assert not problems, "\n\n".join(problems)
