"""Draft PDFs: cached under the hash of what they show, rendered by a worker.

``content_hash`` is the SHA-256 of the draft's HTML and of the print stylesheet; the HTML itself
is computed once per data version of the förbund (``performance.memo``), so asking whether the
stored draft is current costs no rendering. ``current_draft`` reads the stored draft (a GET),
``request_draft`` returns it or queues its render (a POST); ``render_draft`` (the task) renders
the document as it is when the worker runs.
"""

from __future__ import annotations

import hashlib
from functools import cache

from django.db import IntegrityError, transaction
from django.utils import timezone

from performance import memo, versions
from performance.models import DraftPdf, RenderStatus
from reports.models import DocumentStatus, ReportDocument
from reports.rendering import PRINT_CSS, html_to_pdf


@cache
def _stylesheet_hash() -> str:
    return hashlib.sha256(PRINT_CSS.read_bytes()).hexdigest()


def draft_html(document: ReportDocument) -> str:
    from reports.documents import document_html

    return document_html(document, draft=True)


def content_hash(document: ReportDocument) -> str:
    """What the draft shows, as one hash (cached per data version of the förbund)."""
    key = memo.cache_key("performance.drafts.content_hash", (document.fiscal_year.forbund,), {})

    def compute() -> str:
        digest = hashlib.sha256(draft_html(document).encode())
        digest.update(_stylesheet_hash().encode())
        return digest.hexdigest()

    return memo.get_or_compute(f"{key}:{document.pk}", compute)


def stored_draft(document: ReportDocument, digest: str) -> DraftPdf | None:
    return DraftPdf.objects.filter(document=document, content_hash=digest).defer("pdf").first()


def current_draft(document: ReportDocument) -> DraftPdf | None:
    """The draft row of what the document shows now, if one was asked for (reads only: what a
    GET uses)."""
    return stored_draft(document, content_hash(document))


def request_draft(document: ReportDocument) -> DraftPdf:
    """The draft of the document as it stands: stored, or queued (or, with the immediate
    backend, rendered now)."""
    digest = content_hash(document)
    draft = stored_draft(document, digest)
    if draft is not None and draft.status != RenderStatus.FAILED:
        return draft
    if draft is None:
        try:
            with transaction.atomic():
                draft = DraftPdf.objects.create(
                    document=document, content_hash=digest, status=RenderStatus.QUEUED
                )
        except IntegrityError:  # queued at the same moment by another request
            return stored_draft(document, digest)
    else:
        draft.status, draft.error = RenderStatus.QUEUED, ""
        draft.save(update_fields=["status", "error"])
    enqueue_draft(document.pk)
    draft.refresh_from_db(fields=["status", "error", "pages", "finished_at"])
    return draft


def enqueue_draft(document_id: int) -> None:
    from performance.tasks import render_draft

    render_draft.enqueue(document_id)


def render_draft_now(document_id: int) -> DraftPdf | None:
    """Render the document's draft as its data stand now and store it (the task's body)."""
    versions.forget()
    document = (
        ReportDocument.objects.select_related("fiscal_year__forbund", "period")
        .filter(pk=document_id)
        .first()
    )
    if document is None:
        return None
    digest = content_hash(document)
    draft, _ = DraftPdf.objects.get_or_create(
        document=document, content_hash=digest, defaults={"status": RenderStatus.QUEUED}
    )
    if draft.status == RenderStatus.READY:
        return draft
    DraftPdf.objects.filter(pk=draft.pk).update(status=RenderStatus.RUNNING)
    try:
        rendered = html_to_pdf(draft_html(document))
    except Exception as failure:  # noqa: BLE001 - shown to the user, the worker goes on
        DraftPdf.objects.filter(pk=draft.pk).update(
            status=RenderStatus.FAILED, error=str(failure)[:2000], finished_at=timezone.now()
        )
        return draft
    DraftPdf.objects.filter(pk=draft.pk).update(
        status=RenderStatus.READY,
        pdf=rendered.pdf,
        pages=rendered.pages,
        error="",
        finished_at=timezone.now(),
    )
    # Older drafts of the document are superseded.
    DraftPdf.objects.filter(document=document).exclude(pk=draft.pk).delete()
    draft.refresh_from_db()
    return draft


def redraft_after_save(forbund_id: int) -> None:
    """After a committed write: re-render, in the background, the drafts already downloaded
    once of the förbund's documents that are not approved."""
    document_ids = set(
        DraftPdf.objects.filter(document__fiscal_year__forbund_id=forbund_id)
        .exclude(document__status=DocumentStatus.GODKAND)
        .values_list("document_id", flat=True)
    )
    for document_id in sorted(document_ids):
        enqueue_draft(document_id)
