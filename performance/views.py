"""The document pages that use the worker: the draft download (stored bytes or a queued render
with its progress, polled with htmx), the approved PDF with ETag, and approval in the worker.

They take over the URLs of ``reports.views_documents`` (``workspace/urls.py`` includes
``performance.urls`` first) and subclass its views, so permissions and scoping are the same.
"""

from __future__ import annotations

from django.http import HttpResponseNotModified
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views import View

from finsam.permissions import Capability, ForbundScopedMixin
from performance import approvals, drafts
from performance.models import DraftPdf, RenderStatus
from reports import approval
from reports.views_documents import (
    ApproveView,
    DocumentDetailView,
    DocumentMixin,
    pdf_filename,
    pdf_response,
)

# Stored bytes: the browser keeps them and asks again with If-None-Match (304 when unchanged).
DRAFT_CACHE_CONTROL = "private, no-cache"
APPROVED_CACHE_CONTROL = "private, max-age=31536000, immutable"


def _etag(value: str) -> str:
    return f'"{value}"'


def _not_modified(request, etag: str) -> bool:
    sent = request.headers.get("If-None-Match", "")
    return etag in [tag.strip().removeprefix("W/") for tag in sent.split(",")] or sent == "*"


def stored_pdf_response(request, pdf_bytes_of, tag: str, filename: str, cache_control: str):
    etag = _etag(tag)
    if _not_modified(request, etag):
        response = HttpResponseNotModified()
    else:
        response = pdf_response(pdf_bytes_of(), filename)
    response["ETag"] = etag
    response["Cache-Control"] = cache_control
    return response


class VersionPdfView(DocumentMixin, ForbundScopedMixin, View):
    """The approved PDF exactly as stored at approval; its ETag is its SHA-256."""

    def get(self, request, *args, **kwargs):
        document = self.get_document()
        version = get_object_or_404(
            document.approved_versions.defer("pdf"), number=self.kwargs["number"]
        )
        return stored_pdf_response(
            request,
            lambda: bytes(type(version).objects.values_list("pdf", flat=True).get(pk=version.pk)),
            version.sha256,
            pdf_filename(document, f"version {version.number}"),
            APPROVED_CACHE_CONTROL,
        )


class DraftPdfView(DocumentMixin, ForbundScopedMixin, View):
    """“Ladda ner utkast”. GET (never writes): the stored draft when nothing it shows has changed,
    otherwise a page with its progress, or with the button that asks for it. POST (every reader
    may ask; it changes no data): queues the render unless the stored draft is current, then
    redirects to the GET."""

    write_capability = Capability.VIEW

    def get(self, request, *args, **kwargs):
        document = self.get_document()
        draft = drafts.current_draft(document)
        if draft is not None and draft.status == RenderStatus.READY:
            today = timezone.localdate()
            return stored_pdf_response(
                request,
                lambda: bytes(DraftPdf.objects.values_list("pdf", flat=True).get(pk=draft.pk)),
                draft.content_hash,
                pdf_filename(document, f"utkast {today:%Y-%m-%d}"),
                DRAFT_CACHE_CONTROL,
            )
        context = progress_context(self, document, draft)
        # 202 while a render is on its way; 200 for the page that offers to start one.
        busy = draft is not None and draft.status in (RenderStatus.QUEUED, RenderStatus.RUNNING)
        return render(
            request, "performance/draft_progress.html", context, status=202 if busy else 200
        )

    def post(self, request, *args, **kwargs):
        drafts.request_draft(self.get_document())
        return redirect(
            "report-document-draft-pdf", forbund=self.forbund.slug, pk=self.kwargs["pk"]
        )


def progress_context(view, document, draft: DraftPdf | None) -> dict:
    from reports.views_documents import document_title

    slug = view.forbund.slug
    return {
        "forbund": view.forbund,
        "document": document,
        "title": f"Utkast – {document_title(document)}",
        "document_title": document_title(document),
        "draft": draft,
        "status_url": reverse(
            "report-document-draft-status", kwargs={"forbund": slug, "pk": document.pk}
        ),
        "pdf_url": reverse(
            "report-document-draft-pdf", kwargs={"forbund": slug, "pk": document.pk}
        ),
    }


class DraftStatusView(DocumentMixin, ForbundScopedMixin, View):
    """The progress fragment that the progress page polls (htmx, every second; reads only)."""

    def get(self, request, *args, **kwargs):
        document = self.get_document()
        context = progress_context(self, document, drafts.current_draft(document))
        return render(request, "performance/_draft_status.html", context)


class WorkerApproveView(ApproveView):
    """The board's approval: checked now, carried out by the worker (``performance.approvals``)."""

    def act(self, form) -> str:
        job = approvals.request_approval(
            document=self.get_document(),
            user=self.request.user,
            seen_version=form.cleaned_data["seen_version"],
            decision=form.decision(),
        )
        if job.status == RenderStatus.FAILED:
            raise approval.WorkflowError(approvals.RENDER_FAILED.format(error=job.error))
        if job.status == RenderStatus.READY:
            return approval.APPROVED.format(document=job.document, number=job.version_number)
        return approvals.QUEUED.format(document=job.document)


class WorkerDocumentDetailView(DocumentDetailView):
    """The document page, with the state of an approval carried out by the worker."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = approvals.latest_job(self.get_document())
        if job is not None and job.status != RenderStatus.READY:
            context["approval_job"] = job
        return context
