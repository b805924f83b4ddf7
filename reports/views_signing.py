"""Signing, signed copies and attachments of a document: one page (progress, the sign form for a
signatory, the upload of an externally signed copy, the attachments, the package download) and
the POST actions. Views stay thin: ``reports.signing``, ``reports.signed_copies`` and
``reports.attachments`` decide and write."""

from __future__ import annotations

import datetime

from django import forms
from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views import View
from django.views.generic import TemplateView

from finsam.permissions import Capability, ForbundScopedMixin
from reports import attachments, signed_copies, signing
from reports.approval import Event
from reports.models import AttachmentKind, ReportDocument, SignedCopySource, SigningAccount
from reports.views_documents import DocumentMixin, pdf_filename, pdf_response


class SignForm(forms.Form):
    password = forms.CharField(
        label="Ditt lösenord",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="Ange lösenordet igen för att bekräfta att det är du som signerar.",
        error_messages={"required": "Ange ditt lösenord för att signera."},
    )


class CopyForm(forms.Form):
    prefix = "kopia"
    file = forms.FileField(
        label="Signerad PDF",
        help_text="PDF:en från e-signeringstjänsten, högst 20 MB.",
        error_messages={"required": signed_copies.EMPTY},
    )


class AttachmentForm(forms.Form):
    prefix = "bilaga"
    kind = forms.ChoiceField(label="Bilaga", choices=AttachmentKind.choices)
    file = forms.FileField(
        label="PDF-fil",
        help_text="Högst 10 MB.",
        error_messages={"required": attachments.EMPTY},
    )


def signing_url(document: ReportDocument) -> str:
    return reverse("report-document-signing", args=[document.fiscal_year.forbund.slug, document.pk])


class SigningView(DocumentMixin, ForbundScopedMixin, TemplateView):
    template_name = "reports/document_signing.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.get_document()
        version = document.version_in_force
        context["title"] = f"Signering och bilagor – {context['document_title']}"
        context["version"] = version
        context["can_sign"] = Capability.APPROVE in self.capabilities
        context["can_upload_copy"] = Capability.APPROVE in self.capabilities
        context["can_upload_attachment"] = Capability.EDIT in self.capabilities
        if version is not None:
            progress = signing.signing_progress(version)
            me = signing.signatory_for(self.request.user, version)
            context["progress"] = progress
            context["me"] = me
            context["my_signature"] = next(
                (r.signature for r in progress.rows if me and r.person.pk == me.pk), None
            )
            context["copies"] = version.signed_copies.defer("pdf").select_related("created_by")
            linked = set(
                SigningAccount.objects.filter(board_member__forbund=self.forbund).values_list(
                    "board_member__name", flat=True
                )
            )
            context["unlinked"] = {
                row.person.name
                for row in progress.rows
                if row.signature is None
                and not any(name.casefold() == row.person.name.casefold() for name in linked)
            }
        context["sign_form"] = kwargs.get("sign_form") or SignForm()
        context["copy_form"] = kwargs.get("copy_form") or CopyForm()
        context["attachment_form"] = kwargs.get("attachment_form") or AttachmentForm()
        context["attachments"] = document.attachments.defer("pdf").select_related("uploaded_by")
        return context


class _PostView(DocumentMixin, ForbundScopedMixin, View):
    """A POST action of the signing page; a refusal shows the page again with the reason."""

    write_capability = Capability.APPROVE  # each action names its capability
    http_method_names = ["post"]

    def page(self, request, status: int = 400, **forms_):
        view = SigningView(request=request, kwargs=self.kwargs, args=self.args)
        view.forbund, view.capabilities, view.document = (
            self.forbund,
            self.capabilities,
            self.get_document(),
        )
        context = view.get_context_data(**forms_)
        return view.render_to_response(context, status=status)

    def version_or_404(self):
        version = self.get_document().version_in_force
        if version is None:
            raise signing.SigningError("Dokumentet har ingen godkänd version att signera.")
        return version


class SignView(_PostView):
    write_capability = Capability.APPROVE

    def post(self, request, *args, **kwargs):
        form = SignForm(request.POST)
        if not form.is_valid():
            return self.page(request, sign_form=form)
        try:
            outcome = signing.sign_version(
                version=self.version_or_404(),
                user=request.user,
                password=form.cleaned_data["password"],
            )
        except signing.SigningError as error:
            form.add_error("password" if "Lösenordet" in error.message else None, error.message)
            return self.page(request, sign_form=form)
        messages.success(
            request,
            signing.SIGNED.format(document=self.get_document(), progress=outcome.progress.label),
        )
        if outcome.sealed is not None:
            messages.success(request, outcome.sealed.verdict)
        elif outcome.seal_error:
            messages.error(request, outcome.seal_error)
        return HttpResponseRedirect(signing_url(self.get_document()))


class SealView(_PostView):
    """Retry the seal once every signatory has signed (e.g. after the certificate was set up)."""

    write_capability = Capability.APPROVE

    def post(self, request, *args, **kwargs):
        try:
            sealed, error = signing.seal_if_complete(self.version_or_404())
        except signing.SigningError as refused:
            sealed, error = None, refused.message
        if sealed is not None:
            messages.success(request, sealed.verdict)
        elif error:
            messages.error(request, error)
        return HttpResponseRedirect(signing_url(self.get_document()))


class CopyUploadView(_PostView):
    write_capability = Capability.APPROVE

    def post(self, request, *args, **kwargs):
        form = CopyForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.page(request, copy_form=form)
        upload = form.cleaned_data["file"]
        if upload.size > signed_copies.MAX_UPLOAD_BYTES:
            form.add_error(
                "file",
                signed_copies.TOO_LARGE.format(
                    size=round(upload.size / 2**20, 1),
                    limit=signed_copies.MAX_UPLOAD_BYTES // 2**20,
                ),
            )
            return self.page(request, copy_form=form)
        try:
            copy, verdict = signed_copies.upload_signed_copy(
                version=self.version_or_404(),
                user=request.user,
                data=upload.read(),
                filename=upload.name,
            )
        except (signed_copies.CopyRefused, signing.SigningError) as refused:
            form.add_error("file", f"Kopian togs inte emot. {refused.message}")
            return self.page(request, copy_form=form)
        messages.success(request, verdict.text)
        return HttpResponseRedirect(signing_url(self.get_document()))


class AttachmentUploadView(_PostView):
    write_capability = Capability.EDIT

    def post(self, request, *args, **kwargs):
        form = AttachmentForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.page(request, attachment_form=form)
        upload = form.cleaned_data["file"]
        if upload.size > attachments.MAX_ATTACHMENT_BYTES:
            form.add_error(
                "file",
                attachments.TOO_LARGE.format(
                    size=round(upload.size / 2**20, 1),
                    limit=attachments.MAX_ATTACHMENT_BYTES // 2**20,
                ),
            )
            return self.page(request, attachment_form=form)
        try:
            attachment, pages = attachments.upload_attachment(
                document=self.get_document(),
                user=request.user,
                kind=form.cleaned_data["kind"],
                data=upload.read(),
                filename=upload.name,
            )
        except attachments.AttachmentRefused as refused:
            form.add_error("file", refused.message)
            return self.page(request, attachment_form=form)
        messages.success(
            request,
            attachments.UPLOADED.format(
                kind=attachment.get_kind_display(), name=attachment.filename, pages=pages
            ),
        )
        return HttpResponseRedirect(signing_url(self.get_document()))


class SignedCopyPdfView(DocumentMixin, ForbundScopedMixin, View):
    def get(self, request, *args, **kwargs):
        document = self.get_document()
        copy = get_object_or_404(
            signed_copies.SignedCopy.objects.filter(version__document=document),
            pk=self.kwargs["copy"],
        )
        suffix = f"version {copy.version.number} signerad"
        if copy.source == SignedCopySource.EXTERN:
            suffix += f" extern {copy.pk}"
        return pdf_response(bytes(copy.pdf), pdf_filename(document, suffix))


class AttachmentPdfView(DocumentMixin, ForbundScopedMixin, View):
    def get(self, request, *args, **kwargs):
        attachment = get_object_or_404(
            self.get_document().attachments, pk=self.kwargs["attachment"]
        )
        return pdf_response(bytes(attachment.pdf), attachment.filename)


class PackageView(DocumentMixin, ForbundScopedMixin, View):
    """The approved (or, with ?signerad=<id>, the signed) report with every attachment, as zip."""

    def get(self, request, *args, **kwargs):
        document = self.get_document()
        version = get_object_or_404(document.approved_versions, number=self.kwargs["number"])
        signed = None
        if request.GET.get("signerad"):
            if not request.GET["signerad"].isdigit():
                return HttpResponse("Ogiltig signerad kopia.", status=400)
            signed = get_object_or_404(version.signed_copies, pk=int(request.GET["signerad"]))
        report_name = pdf_filename(document, f"version {version.number}")[: -len(".pdf")]
        data = attachments.package_zip(version, report_name, signed)
        response = HttpResponse(data, content_type="application/zip")
        response["Content-Disposition"] = content_disposition_header(True, report_name + ".zip")
        response["Cache-Control"] = "private, no-store"
        return response


def signing_events(document: ReportDocument) -> list[Event]:
    """Signatures, seals, signed copies and attachments for the document's Historik (UTC)."""
    from reports.models import Signature, SignedCopy

    def name(user) -> str:
        if user is None:
            return "Systemet"
        return user.get_full_name() or user.get_username()

    events = []
    for signature in Signature.objects.filter(version__document=document).select_related(
        "user", "version"
    ):
        events.append(
            Event(
                signature.signed_at,
                name(signature.user),
                f"Signerad, version {signature.version.number}",
                f"{signature.name} ({signature.role}): {signature.get_method_display()}",
                "",
                signature.version.number,
            )
        )
    for copy in (
        SignedCopy.objects.filter(version__document=document)
        .select_related("created_by", "version")
        .defer("pdf")
    ):
        action = (
            f"Förseglad, version {copy.version.number}"
            if copy.source == SignedCopySource.APP
            else f"Signerad kopia uppladdad, version {copy.version.number}"
        )
        signers = ", ".join(s.get("name", "") for s in copy.signers)
        events.append(Event(copy.created_at, name(copy.created_by), action, signers, copy.sha256))
    for attachment in document.attachments.select_related("uploaded_by").defer("pdf"):
        events.append(
            Event(
                attachment.uploaded_at,
                name(attachment.uploaded_by),
                f"{attachment.get_kind_display()} uppladdad",
                f"{attachment.filename}, {attachment.size // 1024 or 1} kB",
                attachment.sha256,
            )
        )
    return [
        Event(e.when.astimezone(datetime.UTC), e.who, e.action, e.detail, e.sha256, e.number)
        for e in events
    ]
