"""Statement pages that the approved document's HTML does not hold as a section of its own.

The femår (five-year overview, or a Delårsrapport's period overview) and the balanskrav pages show
more than the document prints (all five years, the deficits to restore), so at approval each page
body is rendered once and stored in the snapshot (``snapshot["pages"]``). The approved report's
pages then serve exactly those bytes, like the preview, statements, Kontroller and Historik; live
data (Tidigare år, earlier reports) may move on.

The views and the capture share the context functions below, so the stored page is what the page
showed at approval.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import render_to_string

from reports import overview, statements
from reports.models import ApprovedVersion, ReportDocument, ReportPeriod

# An approval made before the pages were stored: the page says so instead of showing live data.
PAGE_NOT_STORED = (
    '<p class="message">Den här sidan sparades inte i den godkända versionens ögonblicksbild '
    "(den godkändes innan sidan sparades). Det som godkändes finns i den godkända versionens "
    "förhandsgranskning och PDF.</p>"
)


def femar_context(period: ReportPeriod) -> dict:
    context = {"statement": statements.five_year_overview(period.forbund, period.year)}
    if not period.is_full_year:
        context["period_overview"] = overview.period_overview(period)
    return context


def balanskrav_context(period: ReportPeriod) -> dict:
    return {"statement": statements.balanskravsutredning(period)}


@dataclass(frozen=True)
class Page:
    template: str
    context: Callable[[ReportPeriod], dict]


PAGES: dict[str, Page] = {
    "femar": Page("reports/_femar.html", femar_context),
    "balanskrav": Page("reports/_balanskrav.html", balanskrav_context),
}


def render_page(key: str, period: ReportPeriod, context: dict | None = None) -> str:
    page = PAGES[key]
    full = {"period": period, "forbund": period.forbund, **(context or page.context(period))}
    return render_to_string(page.template, full)


def capture_pages(document: ReportDocument) -> dict[str, str]:
    """Every page body as the approved document shows it (none for a Verksamhetsplan)."""
    if document.period_id is None:
        return {}
    period = document.period
    return {key: render_page(key, period) for key in PAGES}


def approved_page(version: ApprovedVersion, key: str) -> str:
    """The stored page body, or a notice for a version approved before pages were stored."""
    return version.snapshot.get("pages", {}).get(key) or PAGE_NOT_STORED
