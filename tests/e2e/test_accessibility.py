"""axe-core's WCAG 2.1 A and AA rules (issue 7): the main pages of each role (``pages_for``, walked
at three sizes with axe by ``test_layout.py``), and here the pages seen before logging in.
"""

from __future__ import annotations

import pytest
from django.urls import reverse, reverse_lazy

from finsam.models import Budget, Driftbidrag
from interventions.models import Insats
from reports.models import ReportKind, ReportPeriod
from reports.views import ENTRY_PAGES, STATEMENT_PAGES
from tests.e2e.axe import axe_context, describe, require_axe, violations
from workspace import demo

SLUG = "sodra-vatterbygden"
ROLES = ("sekreterare", "styrelse", "revisor")


def pages_for(role: str) -> list[tuple[str, str]]:
    """(name, path) of the main pages; edit pages only for the sekreterare."""
    f = {"forbund": SLUG}
    period = ReportPeriod.objects.get(
        fiscal_year__forbund__slug=SLUG, fiscal_year__year=2024, kind=ReportKind.ARSREDOVISNING
    )
    budget = Budget.objects.filter(fiscal_year__forbund__slug=SLUG).order_by("-fiscal_year__year")
    budget = budget.first()
    driftbidrag = (
        Driftbidrag.objects.filter(fiscal_year__forbund__slug=SLUG)
        .order_by("-fiscal_year__year")
        .first()
    )
    insats = Insats.objects.filter(forbund__slug=SLUG).order_by("pk").first()
    p = {**f, "pk": period.pk}
    pages = [
        ("start", reverse("forbund-home", kwargs=f)),
        ("medlemmar", reverse("member-list", kwargs=f)),
        ("invånarantal", reverse("population-list", kwargs=f)),
        ("styrelse", reverse("board-list", kwargs=f)),
        ("budgetlista", reverse("budget-list", kwargs=f)),
        ("budget", reverse("budget-detail", kwargs={**f, "year": budget.fiscal_year.year})),
        ("driftbidragslista", reverse("driftbidrag-list", kwargs=f)),
        (
            "driftbidrag",
            reverse("driftbidrag-detail", kwargs={**f, "year": driftbidrag.fiscal_year.year}),
        ),
        ("rapporter", reverse("report-list", kwargs=f)),
        ("rapport", reverse("report-detail", kwargs=p)),
        *[(label, reverse(name, kwargs=p)) for name, label in STATEMENT_PAGES],
        ("tidigare år", reverse("report-history-list", kwargs=f)),
        ("insatser", reverse("insats-list", kwargs=f)),
        ("insats", reverse("insats-detail", kwargs={**f, "pk": insats.pk})),
        ("deltagare", reverse("insats-participants", kwargs=f)),
        ("mål", reverse("insats-goal-list", kwargs=f)),
        ("indikatorer", reverse("indicator-list", kwargs=f)),
        ("historik", reverse("forbund-history", kwargs=f)),
        ("404", f"/f/{SLUG}/finns-inte/"),
    ]
    if role == "sekreterare":
        pages += [
            ("start (2023)", reverse("forbund-home", kwargs=f) + "?ar=2023"),
            ("förbundets uppgifter", reverse("forbund-edit", kwargs=f)),
            ("ny medlem", reverse("member-create", kwargs=f)),
            (
                "ändra budget",
                reverse(
                    "budget-edit",
                    kwargs={**f, "year": budget.fiscal_year.year, "kind": budget.kind},
                ),
            ),
            (
                "ändra driftbidrag",
                reverse("driftbidrag-edit", kwargs={**f, "year": driftbidrag.fiscal_year.year}),
            ),
            ("ny rapport", reverse("report-create", kwargs=f)),
            *[(f"mata in: {label}", reverse(name, kwargs=p)) for name, label in ENTRY_PAGES],
            ("ändra insats", reverse("insats-edit", kwargs={**f, "pk": insats.pk})),
            (
                "ny deltagaruppföljning",
                reverse("insats-outcome-create", kwargs={**f, "pk": insats.pk}),
            ),
        ]
    return pages


def log_in(page, base_url: str, username: str) -> None:
    page.goto(base_url + "/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{base_url}/f/{SLUG}/")


ANONYMOUS_PAGES = (
    ("inloggning", "/logga-in/"),
    ("glömt lösenord", reverse_lazy("password_reset")),
    ("återställningslänk skickad", reverse_lazy("password_reset_done")),
)


@pytest.mark.django_db(transaction=True)
def test_pages_before_login_have_no_axe_violations(live_server, browser, screenshot_dir):
    """The logged-in pages of every role are checked at three sizes by test_layout.py; this covers
    the pages a visitor sees before logging in, at the same three sizes."""
    require_axe()
    failures: list[str] = []
    checked = 0
    for width, height in ((1366, 768), (1280, 800), (390, 844)):
        context = axe_context(browser)
        try:
            page = context.new_page()
            page.set_viewport_size({"width": width, "height": height})
            for name, path in ANONYMOUS_PAGES:
                response = page.goto(live_server.url + str(path))
                if response is None or response.status != 200:
                    failures.append(f"{name} {width}: HTTP {response and response.status}")
                    continue
                page.screenshot(path=screenshot_dir / f"a11y-{width}-{name.replace(' ', '-')}.png")
                found = violations(page)
                checked += 1
                if found:
                    failures.append(describe(f"{name} {width}×{height} (anonym)", found))
        finally:
            context.close()
    assert checked == 3 * 3  # three pages at three sizes
    assert not failures, "\n\n".join(failures)
