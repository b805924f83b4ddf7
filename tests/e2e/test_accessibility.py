"""Every main page passes axe-core's WCAG 2.1 A and AA rules for each role (issue 7).

One live server, one browser, one demo load: each role logs in once and visits its pages; all
violations are collected and reported together. Screenshots of the start page per role go to
test-output/screenshots/a11y-start-<role>.png.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

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


@pytest.mark.django_db(transaction=True)
def test_main_pages_have_no_axe_violations(live_server, browser, screenshot_dir):
    require_axe()
    demo.load()
    base = live_server.url
    failures: list[str] = []
    checked = 0

    context = axe_context(browser)
    try:
        page = context.new_page()
        page.goto(base + "/logga-in/")
        found = violations(page)
        checked += 1
        if found:
            failures.append(describe("login page (anonymous)", found))
    finally:
        context.close()

    for role in ROLES:
        context = axe_context(browser)
        try:
            page = context.new_page()
            log_in(page, base, f"{SLUG}-{role}")
            page.screenshot(path=screenshot_dir / f"a11y-start-{role}.png", full_page=True)
            for name, path in pages_for(role):
                response = page.goto(base + path)
                expected = 404 if name == "404" else 200
                if response is None or response.status != expected:
                    status = response.status if response else "no response"
                    failures.append(f"{role} {name} {path}: HTTP {status}, expected {expected}")
                    continue
                found = violations(page)
                checked += 1
                if found:
                    failures.append(describe(f"{role} {name} {path}", found))
        finally:
            context.close()

    assert checked > 3 * 25
    assert not failures, "\n\n".join(failures)
