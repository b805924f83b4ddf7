"""Pages of a document's narrative texts: the list of its sections with their status, and one
edit page per section (or per insats for Bilaga 2). Everyone in the förbund reads; only the
sekreterare writes (ForbundScopedMixin: a POST by another role answers 403)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import TemplateView

from finsam.permissions import EditMixin, ForbundScopedMixin
from finsam.versioning import StaleVersionError
from interventions.models import Insats
from reports import freeze, texts
from reports.freeze import ReportFrozen
from reports.models import DocumentStatus, ReportDocument, ReportText

NOTHING_SAVED = "Inget sparades. Rätta texten och spara igen."


class TextForm(forms.Form):
    body = forms.CharField(
        label="Text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 18, "class": "text-body"}),
    )
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def clean_body(self) -> str:
        try:
            return texts.validate_body(self.cleaned_data["body"])
        except texts.TextError as error:
            raise forms.ValidationError(error.message) from None


class DocumentMixin:
    """The document named in the URL, among the förbund's own documents (others: 404)."""

    def get_document(self) -> ReportDocument:
        if not hasattr(self, "_document"):
            self._document = get_object_or_404(
                ReportDocument.objects.select_related("fiscal_year__forbund", "period"),
                pk=self.kwargs["pk"],
                fiscal_year__forbund=self.forbund,
            )
        return self._document


class TextDocumentListView(ForbundScopedMixin, TemplateView):
    """Every document of the förbund, with how many of its texts are written."""

    template_name = "reports/text_documents.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        documents = (
            ReportDocument.objects.filter(fiscal_year__forbund=self.forbund)
            .select_related("fiscal_year", "period")
            .order_by("-fiscal_year__year", "kind", "period__start")
        )
        rows = []
        for document in documents:
            statuses = [row.status for row in texts.text_rows(document)]
            rows.append(
                {
                    "document": document,
                    "url": texts.document_url(document),
                    "written": statuses.count(texts.TextStatus.WRITTEN),
                    "drafts": statuses.count(texts.TextStatus.DRAFT_COPY),
                    "total": len(statuses),
                }
            )
        context.update(title="Texter", rows=rows)
        return context


class TextListView(DocumentMixin, ForbundScopedMixin, TemplateView):
    template_name = "reports/text_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.get_document()
        rows = texts.text_rows(document)
        context.update(
            title=f"Texter – {document}",
            document=document,
            section_rows=[row for row in rows if row.insats is None],
            insats_rows=[row for row in rows if row.insats is not None],
            drafts=sum(row.status == texts.TextStatus.DRAFT_COPY for row in rows),
            previous=texts.previous_document(document),
        )
        return context


class TextCopyView(DocumentMixin, EditMixin, TemplateView):
    """Fetch last year's texts of the same kind of document as drafts (after a confirmation)."""

    template_name = "reports/text_copy.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.get_document()
        context.update(
            title=f"Hämta förra årets texter – {document}",
            document=document,
            previous=texts.previous_document(document),
            list_url=texts.document_url(document),
        )
        return context

    def post(self, request, *args, **kwargs):
        document = self.get_document()
        try:
            copied = texts.texts_copy_from_previous(document=document)
        except ReportFrozen as error:
            messages.error(request, error.message)
            return self.render_to_response(self.get_context_data(), status=409)
        messages.success(request, texts.COPIED.format(count=copied))
        return redirect(texts.document_url(document))


class TextEditView(DocumentMixin, ForbundScopedMixin, TemplateView):
    """One text: a textarea for the sekreterare, the rendered text below (for everyone)."""

    template_name = "reports/text_edit.html"

    def get_target(self) -> tuple[str, str, str, Insats | None]:
        """(section key, title, help, insats) from the URL; 404 for what the document lacks."""
        document = self.get_document()
        if "insats_pk" in self.kwargs:
            if document.kind not in texts.INSATS_KINDS:
                raise_404()
            insats = get_object_or_404(Insats, pk=self.kwargs["insats_pk"], forbund=self.forbund)
            return texts.INSATS_SECTION, insats.name, texts.INSATS_TEXT_HELP, insats
        section = texts.section_for(document, self.kwargs["section"])
        if section is None:
            raise_404()
        return section.key, section.title, section.help, None

    def get_text(self, key: str, insats: Insats | None) -> ReportText | None:
        return ReportText.objects.filter(
            document=self.get_document(), section=key, insats=insats
        ).first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.get_document()
        key, title, help_text, insats = self.get_target()
        text = self.get_text(key, insats)
        if "form" not in kwargs:
            context["form"] = TextForm(
                initial={"body": text.body if text else "", "seen_version": _version(text)}
            )
        default = None
        if insats is None:
            default = texts.SECTIONS_BY_KEY[key].default_for(document.kind)
        context["form"].fields["body"].help_text = help_text
        saved_body = text.body if text and text.body.strip() else ""
        context.update(
            title=f"{title} – {document}",
            heading=title,
            document=document,
            insats=insats,
            text=text,
            default=default,
            preview=texts.markup_to_html(saved_body or default or ""),
            preview_is_default=not saved_body and bool(default),
            markup_help=texts.MARKUP_HELP,
            max_length=f"{texts.MAX_BODY_LENGTH:,}".replace(",", " "),
            list_url=texts.document_url(document),
            editable=document.status != DocumentStatus.GODKAND
            and not freeze.document_frozen(document.pk),
        )
        return context

    def post(self, request, *args, **kwargs):
        document = self.get_document()
        key, title, _, insats = self.get_target()
        form = TextForm(request.POST)
        if not form.is_valid():
            messages.error(request, NOTHING_SAVED)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        was_submitted = document.status == DocumentStatus.INSKICKAD
        try:
            texts.report_text_save(
                document=document,
                section=key,
                insats=insats,
                body=form.cleaned_data["body"],
                seen_version=form.cleaned_data["seen_version"],
            )
        except StaleVersionError as stale:
            form.add_error(None, stale.message)
            return self.render_to_response(self.get_context_data(form=form), status=409)
        except ReportFrozen as error:
            form.add_error(None, error.message)
            return self.render_to_response(self.get_context_data(form=form), status=409)
        except texts.TextError as error:
            form.add_error("body", error.message)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        messages.success(request, texts.SAVED.format(title=title))
        if was_submitted:
            messages.warning(request, texts.BACK_TO_DRAFT)
        return redirect(texts.document_url(document))


def _version(text: ReportText | None) -> int:
    return text.version if text else 0


def raise_404():
    raise Http404("Dokumentet har inget sådant avsnitt.")
