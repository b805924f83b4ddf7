"""Draft PDFs stored under the hash of what they show, served with ETag/304, and approval carried
out by the task worker (here the immediate backend; tests/test_worker.py runs a real worker)."""

import hashlib

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from performance import drafts
from performance.models import ApprovalJob, DraftPdf, RenderStatus
from reports import approval, rendering, services
from reports.models import DocumentStatus, ReportDocument
from tests.approvals import submit
from tests.pdf.pdftext import pages_text


def decision(plan) -> dict:
    """The board's decision as the approval page posts it (Verksamhetsplan 2020, Finnveden)."""
    return {
        "seen_version": plan.version,
        "decided_on": "2019-11-19",
        "paragraph": "7",
        "place": "Värnamo",
        "signatories": "Inga-Maj Eleholt, Ordförande",
    }


pytestmark = pytest.mark.django_db


def client(role: str) -> Client:
    c = Client()
    c.force_login(get_user_model().objects.get(username=f"finnveden-{role}"))
    return c


@pytest.fixture
def plan(demo_data) -> ReportDocument:
    return services.plan_document(demo_data["finnveden"], 2020)


@pytest.fixture
def renders(monkeypatch) -> list[int]:
    """Counts the PDF renders (the real ones still run)."""
    counted: list[int] = []
    real = rendering.html_to_pdf

    def counting(html, **kwargs):
        counted.append(1)
        return real(html, **kwargs)

    monkeypatch.setattr(drafts, "html_to_pdf", counting)
    return counted


def draft_url(document) -> str:
    return f"/f/finnveden/dokument/{document.pk}/utkast.pdf"


def download(c: Client, document, **headers):
    """“Ladda ner utkast” as the document page's button does it: POST (queues the render; the
    immediate backend renders at once), redirected to the GET that serves the stored bytes."""
    asked = c.post(draft_url(document))
    assert (asked.status_code, asked["Location"]) == (302, draft_url(document))
    return c.get(draft_url(document), **headers)


def test_a_get_of_the_draft_writes_nothing_and_offers_the_button(plan, settings):
    """GET never writes: without a stored draft it shows the button that asks for one (a POST);
    with the database backend and no worker, the POST queues one task and the GETs then show
    the progress, polled by htmx, still writing nothing."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    revisor = client("revisor")
    page = revisor.get(draft_url(plan))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-draft-status="none"' in html
    assert f'<form method="post" action="{draft_url(plan)}">' in html
    assert "Skapa utkast (PDF)" in html
    assert revisor.get(f"/f/finnveden/dokument/{plan.pk}/utkast/status/").status_code == 200
    assert (DraftPdf.objects.count(), DBTaskResult.objects.count()) == (0, 0)

    assert revisor.post(draft_url(plan)).status_code == 302
    assert (DraftPdf.objects.count(), DBTaskResult.objects.count()) == (1, 1)
    queued = revisor.get(draft_url(plan))
    assert queued.status_code == 202
    assert 'data-draft-status="queued"' in queued.content.decode()
    assert "hx-get" in queued.content.decode()
    status = revisor.get(f"/f/finnveden/dokument/{plan.pk}/utkast/status/").content.decode()
    assert 'data-draft-status="queued"' in status
    # A second POST while queued queues nothing more; the GETs wrote nothing.
    assert revisor.post(draft_url(plan)).status_code == 302
    assert (DraftPdf.objects.count(), DBTaskResult.objects.count()) == (1, 1)


def test_an_unchanged_draft_is_served_from_storage_with_etag_and_304(plan, renders):
    revisor = client("revisor")
    first = download(revisor, plan)
    assert first.status_code == 200
    assert "UTKAST" in " ".join(pages_text(first.content))
    (stored,) = DraftPdf.objects.filter(document=plan)
    assert stored.status == RenderStatus.READY
    assert first["ETag"] == f'"{stored.content_hash}"'
    assert first["Cache-Control"] == "private, no-cache"
    assert len(renders) == 1

    second = download(client("styrelse"), plan)  # another user, same content
    assert second.content == first.content
    assert len(renders) == 1  # not rendered again

    again = revisor.get(draft_url(plan), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert len(renders) == 1


def test_a_change_to_what_the_draft_shows_renders_it_again(plan, renders):
    revisor = client("revisor")
    first = download(revisor, plan)
    budget = plan.fiscal_year.budgets.get(kind="budget")
    budget.diarienummer = "2019:99"
    budget.save()
    # the stored draft no longer shows the document: the GET offers a new one
    assert 'data-draft-status="none"' in revisor.get(draft_url(plan)).content.decode()
    second = download(revisor, plan, HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200
    assert second["ETag"] != first["ETag"]
    assert len(renders) == 2
    # the superseded draft is gone, the new one stored
    assert DraftPdf.objects.filter(document=plan).count() == 1


def test_the_approved_pdf_answers_304_to_its_sha256(plan):
    submit(plan)
    plan.refresh_from_db()
    response = client("styrelse").post(f"/f/finnveden/dokument/{plan.pk}/godkann/", decision(plan))
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == DocumentStatus.GODKAND
    version = plan.approved_versions.get()
    job = ApprovalJob.objects.get(document=plan)
    assert (job.status, job.version_number) == (RenderStatus.READY, 1)
    url = f"/f/finnveden/dokument/{plan.pk}/version/1/pdf/"
    response = client("revisor").get(url)
    assert response["ETag"] == f'"{version.sha256}"'
    assert hashlib.sha256(response.content).hexdigest() == version.sha256
    assert "immutable" in response["Cache-Control"]
    assert client("revisor").get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    assert client("revisor").get(url, HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_a_failed_approval_render_leaves_the_document_inskickad_with_the_error(plan, monkeypatch):
    submit(plan)
    plan.refresh_from_db()

    def broken(document, **kwargs):
        raise RuntimeError("Typsnittet DejaVu Sans saknas.")

    monkeypatch.setattr(approval, "render_pdf", broken)
    styrelse = client("styrelse")
    response = styrelse.post(f"/f/finnveden/dokument/{plan.pk}/godkann/", decision(plan))
    assert response.status_code == 400
    assert "Typsnittet DejaVu Sans saknas." in response.content.decode()
    plan.refresh_from_db()
    assert plan.status == DocumentStatus.INSKICKAD
    assert not plan.approved_versions.exists()
    job = ApprovalJob.objects.get(document=plan)
    assert job.status == RenderStatus.FAILED
    page = styrelse.get(f"/f/finnveden/dokument/{plan.pk}/").content.decode()
    assert "Godkännandet kunde inte slutföras: Typsnittet DejaVu Sans saknas." in page
    assert 'data-status="inskickad"' in page
