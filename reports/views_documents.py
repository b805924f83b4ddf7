"""Documents and their approval: the document page (status, checks, actions for the role,
approved versions), confirmation pages for submit/approve/return/reopen, PDF downloads and the
document's Historik. Views stay thin: ``reports.approval`` decides and writes."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.html import escape
from django.utils.http import content_disposition_header
from django.views import View
from django.views.generic import TemplateView

from finsam.permissions import Capability, EditMixin, ForbundScopedMixin
from finsam.versioning import StaleVersionError
from reports import approval, snapshot
from reports.decisions import DecisionError
from reports.forms_decision import DecisionForm
from reports.models import DocumentKind, ReportDocument


class ConfirmForm(forms.Form):
    """A confirmation: the document's version as shown, so a stale page is refused."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput)


class ReturnForm(ConfirmForm):
    comment = forms.CharField(
        label="Kommentar till förbundssekreteraren",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Vad ska ändras innan dokumentet skickas in igen?",
        error_messages={"required": approval.COMMENT_REQUIRED},
    )


class ReopenForm(ConfirmForm):
    reason = forms.CharField(
        label="Skäl till återöppning",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Sparas med den godkända versionen och visas i historiken.",
        error_messages={"required": approval.REASON_REQUIRED},
    )


def documents_of(forbund):
    return ReportDocument.objects.filter(fiscal_year__forbund=forbund).select_related(
        "fiscal_year__forbund", "period", "submitted_by"
    )


def document_title(document: ReportDocument) -> str:
    try:
        from reports.documents import document_title as title
    except ImportError:
        return str(document)
    return str(title(document))


def pdf_filename(document: ReportDocument, suffix: str) -> str:
    """'Årsredovisning 2020 – Samordningsförbundet Finnveden, version 1.pdf'."""
    name = f"{document_title(document)} – {document.forbund.name}, {suffix}.pdf"
    return name.replace("/", "-").replace("\\", "-")


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Content-Length"] = str(len(pdf))
    response["Cache-Control"] = "private, no-store"
    return response


class DocumentMixin:
    """Resolves ``self.document`` within the current förbund (another förbund's: 404)."""

    def get_document(self) -> ReportDocument:
        if not hasattr(self, "document"):
            self.document = get_object_or_404(documents_of(self.forbund), pk=self.kwargs["pk"])
        return self.document

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.get_document()
        context["document"] = document
        context["document_title"] = document_title(document)
        context["frozen"] = document.status == "godkand"
        return context

    def detail_url(self) -> str:
        return self.get_document().get_absolute_url()


class DocumentListView(ForbundScopedMixin, TemplateView):
    """Every document of the förbund. A year with a budget has its Verksamhetsplan document."""

    template_name = "reports/document_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Read only: a year's plan document is created with its budget (``ReportsConfig``).
        context["documents"] = documents_of(self.forbund).order_by("-fiscal_year__year", "kind")
        context["title"] = "Dokument och godkännande"
        return context


class DocumentDetailView(DocumentMixin, ForbundScopedMixin, TemplateView):
    template_name = "reports/document_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.get_document()
        context["title"] = context["document_title"]
        context["counts"] = approval.check_counts(document)
        context["allowed"] = approval.allowed_actions(document, self.capabilities)
        context["versions"] = document.approved_versions.select_related(
            "approved_by", "reopened_by", "submitted_by", "decision"
        ).defer("pdf")
        context["in_force"] = document.version_in_force
        context["is_plan"] = document.kind == DocumentKind.VERKSAMHETSPLAN
        return context


class ActionView(DocumentMixin, ForbundScopedMixin, TemplateView):
    """A confirmation page (GET) and the action itself (POST)."""

    template_name = "reports/document_confirm.html"
    form_class = ConfirmForm
    heading = ""
    explanation = ""
    button = ""
    button_class = "primary"
    allowed_attr = ""

    def get_form(self, data=None):
        return self.form_class(
            data, initial={"seen_version": self.get_document().version}, prefix=None
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.get_document()
        context["form"] = kwargs.get("form") or self.get_form()
        context["heading"] = self.heading.format(document=context["document_title"])
        context["title"] = context["heading"]
        context["explanation"] = self.explanation
        context["button"] = self.button
        context["button_class"] = self.button_class
        allowed = approval.allowed_actions(document, self.capabilities)
        context["possible"] = getattr(allowed, self.allowed_attr)
        context["cancel_url"] = self.detail_url()
        return context

    def act(self, form) -> str:
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        try:
            message = self.act(form)
        except StaleVersionError as stale:
            messages.error(request, stale.message)
            return self.render_to_response(self.get_context_data(form=form), status=409)
        except approval.WorkflowError as refused:
            messages.error(request, refused.message)
            return self.render_to_response(
                self.get_context_data(form=form, errors=refused.errors), status=400
            )
        messages.success(request, message)
        return HttpResponseRedirect(self.detail_url())


class SubmitView(EditMixin, ActionView):
    heading = "Skicka {document} för godkännande"
    explanation = (
        "Dokumentet skickas till styrelsen, som godkänner det eller skickar tillbaka det. "
        "Ändras uppgifterna innan beslutet blir dokumentet ett utkast igen."
    )
    button = "Skicka för godkännande"
    allowed_attr = "submit"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["errors"] = kwargs.get("errors") or approval.blocking_errors(self.get_document())
        return context

    def act(self, form) -> str:
        document = approval.document_submit(
            document=self.get_document(),
            user=self.request.user,
            seen_version=form.cleaned_data["seen_version"],
        )
        return approval.SUBMITTED.format(document=document)


class ApproveView(ActionView):
    read_capability = Capability.APPROVE
    write_capability = Capability.APPROVE
    heading = "Godkänn {document}"
    explanation = (
        "Styrelsens beslut: dokumentet skapas som PDF utan utkastmarkering, med beslutsdatum på "
        "försättsbladet, och sparas. Därefter kan uppgifterna och texterna inte ändras förrän "
        "dokumentet återöppnas. Det tar några sekunder."
    )
    button = "Godkänn dokumentet"
    allowed_attr = "approve"

    def get_form(self, data=None):
        document = self.get_document()
        return DecisionForm(
            data, initial=DecisionForm.initial_for(document), document=document, prefix=None
        )

    def act(self, form) -> str:
        version = approval.document_approve(
            document=self.get_document(),
            user=self.request.user,
            seen_version=form.cleaned_data["seen_version"],
            decision=form.decision(),
        )
        return approval.APPROVED.format(document=version.document, number=version.number)

    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except DecisionError as error:
            form = self.get_form(request.POST)
            form.is_valid()
            form.add_decision_errors(error)
            return self.render_to_response(self.get_context_data(form=form), status=400)


class ReturnView(ActionView):
    read_capability = Capability.APPROVE
    write_capability = Capability.APPROVE
    form_class = ReturnForm
    heading = "Skicka tillbaka {document} till utkast"
    explanation = "Förbundssekreteraren ser kommentaren på dokumentets sida."
    button = "Skicka tillbaka"
    button_class = "danger"
    allowed_attr = "return_"

    def act(self, form) -> str:
        document = approval.document_return(
            document=self.get_document(),
            user=self.request.user,
            seen_version=form.cleaned_data["seen_version"],
            comment=form.cleaned_data["comment"],
        )
        return approval.RETURNED.format(document=document)


class ReopenView(EditMixin, ActionView):
    form_class = ReopenForm
    heading = "Återöppna {document}"
    explanation = (
        "Den godkända versionen, dess PDF och kontrollsumma finns kvar oförändrade. Dokumentet "
        "blir ett utkast igen; nästa godkännande blir en ny version."
    )
    button = "Återöppna dokumentet"
    button_class = "danger"
    allowed_attr = "reopen"

    def act(self, form) -> str:
        version = approval.document_reopen(
            document=self.get_document(),
            user=self.request.user,
            reason=form.cleaned_data["reason"],
            seen_version=form.cleaned_data["seen_version"],
        )
        return approval.REOPENED.format(document=version.document, number=version.number)


class VersionPdfView(DocumentMixin, ForbundScopedMixin, View):
    """The approved PDF exactly as stored at approval."""

    def get(self, request, *args, **kwargs):
        document = self.get_document()
        version = get_object_or_404(document.approved_versions, number=self.kwargs["number"])
        return pdf_response(bytes(version.pdf), pdf_filename(document, f"version {version.number}"))


class DraftPdfView(DocumentMixin, ForbundScopedMixin, View):
    """The document as it stands now, rendered on request with the UTKAST watermark."""

    def get(self, request, *args, **kwargs):
        document = self.get_document()
        rendered = approval.render_pdf(document, draft=True)
        today = timezone.localdate()
        return pdf_response(rendered.pdf, pdf_filename(document, f"utkast {today:%Y-%m-%d}"))


class PreviewView(DocumentMixin, ForbundScopedMixin, View):
    """The document in the browser: the PDF's template and content, with screen styles."""

    def get(self, request, *args, **kwargs):
        from reports.documents import document_html

        document = self.get_document()
        in_force = document.version_in_force
        if snapshot.has_snapshot(in_force):
            # The approved document as the board approved it, whatever happened to live data.
            html = snapshot.approved_html(in_force)
        else:
            html = document_html(document, draft=document.status != "godkand", preview=True)
        html = html.replace("<!--back-url-->", escape(document.get_absolute_url()))
        return HttpResponse(html)
