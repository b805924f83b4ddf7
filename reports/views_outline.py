"""The sekreterare's outline page of a document (``reports.outline``): every section of the
statutory skeleton in print order with the förbund's own subsections, which the sekreterare
adds, renames, rewrites, moves and removes (after a confirmation), each optionally with a data
block from the catalogue. Everyone in the förbund reads; only the sekreterare writes (EditMixin:
the forms answer 403 to other roles). GET never writes: moving and removing are POSTs.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import TemplateView

from finsam.permissions import EditMixin, ForbundScopedMixin
from finsam.versioning import StaleVersionError
from reports import freeze, outline, texts
from reports.freeze import ReportFrozen
from reports.models import DocumentStatus, DocumentSubsection
from reports.views_texts import DocumentMixin

NOTHING_SAVED = "Inget sparades. Rätta uppgifterna och spara igen."
ADDED = "Underavsnittet ”{title}” är tillagt under {section}."
SAVED = "Underavsnittet ”{title}” är sparat."
REMOVED = "Underavsnittet ”{title}” är borttaget."
MOVED = "Underavsnittet ”{title}” är flyttat."
BLOCK_HELP = (
    "En beräknad tabell som skrivs ut under texten, med samma siffror som rapportens övriga "
    "sidor. Ett block som placeras här skrivs inte ut på sin vanliga plats."
)


class SubsectionForm(forms.Form):
    section = forms.ChoiceField(label="Avsnitt")
    title = forms.CharField(label="Rubrik", max_length=outline.MAX_TITLE)
    body = forms.CharField(
        label="Text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12, "class": "text-body"}),
        help_text=texts.MARKUP_HELP,
    )
    block = forms.ChoiceField(label="Datablock", required=False, help_text=BLOCK_HELP)
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, document, with_section: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = [
            (s.key, s.title) for s in outline.outline_sections(document.kind)
        ]
        self.fields["block"].choices = [("", "Inget"), *outline.blocks_for(document.kind)]
        if not with_section:
            del self.fields["section"]
        self.fields["title"].error_messages["required"] = outline.TITLE_REQUIRED
        self.fields["title"].error_messages["max_length"] = outline.TITLE_TOO_LONG.format(
            limit=outline.MAX_TITLE
        )


def outline_url(document) -> str:
    return reverse(
        "report-outline", kwargs={"forbund": document.fiscal_year.forbund.slug, "pk": document.pk}
    )


def _editable(document) -> bool:
    return document.status != DocumentStatus.GODKAND and not freeze.document_frozen(document.pk)


class OutlineView(DocumentMixin, ForbundScopedMixin, TemplateView):
    template_name = "reports/outline.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.get_document()
        labels = dict(outline.blocks_for(document.kind))
        sections = [
            {
                "key": section.key,
                "title": section.title,
                "rows": [
                    {
                        "row": row,
                        "html": texts.markup_to_html(row.body),
                        "block": labels.get(row.block, ""),
                        "first": index == 0,
                        "last": index == len(rows) - 1,
                    }
                    for index, row in enumerate(rows)
                ],
            }
            for section, rows in outline.ordered_rows(document)
        ]
        context.update(
            title=f"Disposition – {document}",
            document=document,
            sections=sections,
            editable=_editable(document),
            text_list_url=texts.document_url(document),
        )
        return context


class SubsectionMixin(DocumentMixin):
    def get_subsection(self) -> DocumentSubsection:
        return get_object_or_404(
            DocumentSubsection, pk=self.kwargs["sub"], document=self.get_document()
        )


def _refuse(view, form, error, status):
    form.add_error(getattr(error, "field", None), error.message)
    messages.error(view.request, NOTHING_SAVED)
    return view.render_to_response(view.get_context_data(form=form), status=status)


class SubsectionAddView(DocumentMixin, EditMixin, TemplateView):
    template_name = "reports/subsection_form.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.get_document()
        if "form" not in kwargs:
            section = self.request.GET.get("avsnitt", "")
            context["form"] = SubsectionForm(
                document=document, with_section=True, initial={"section": section}
            )
        context.update(
            title=f"Nytt underavsnitt – {document}",
            heading="Nytt underavsnitt",
            document=document,
            outline_url=outline_url(document),
        )
        return context

    def post(self, request, *args, **kwargs):
        document = self.get_document()
        form = SubsectionForm(request.POST, document=document, with_section=True)
        if not form.is_valid():
            messages.error(request, NOTHING_SAVED)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        data = form.cleaned_data
        try:
            row = outline.subsection_add(
                document=document,
                section=data["section"],
                title=data["title"],
                body=data["body"],
                block=data["block"],
            )
        except outline.OutlineError as error:
            return _refuse(self, form, error, 400)
        except ReportFrozen as error:
            return _refuse(self, form, error, 409)
        section = outline.section_title(document.kind, row.section)
        messages.success(request, ADDED.format(title=row.title, section=section))
        return redirect(outline_url(document) + f"#avsnitt-{row.section}")


class SubsectionEditView(SubsectionMixin, EditMixin, TemplateView):
    template_name = "reports/subsection_form.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document, row = self.get_document(), self.get_subsection()
        if "form" not in kwargs:
            context["form"] = SubsectionForm(
                document=document,
                with_section=False,
                initial={
                    "title": row.title,
                    "body": row.body,
                    "block": row.block,
                    "seen_version": row.version,
                },
            )
        context.update(
            title=f"{row.title} – {document}",
            heading=f"Ändra underavsnitt under {outline.section_title(document.kind, row.section)}",
            document=document,
            subsection=row,
            outline_url=outline_url(document),
        )
        return context

    def post(self, request, *args, **kwargs):
        document, row = self.get_document(), self.get_subsection()
        form = SubsectionForm(request.POST, document=document, with_section=False)
        if not form.is_valid():
            messages.error(request, NOTHING_SAVED)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        data = form.cleaned_data
        try:
            outline.subsection_update(
                document=document,
                subsection=row,
                title=data["title"],
                body=data["body"],
                block=data["block"],
                seen_version=data["seen_version"],
            )
        except outline.OutlineError as error:
            return _refuse(self, form, error, 400)
        except (StaleVersionError, ReportFrozen) as error:
            return _refuse(self, form, error, 409)
        messages.success(request, SAVED.format(title=row.title))
        return redirect(outline_url(document) + f"#avsnitt-{row.section}")


class SubsectionMoveView(SubsectionMixin, EditMixin, TemplateView):
    """POST only (``riktning`` upp/ned): a GET answers 405 and changes nothing."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        document, row = self.get_document(), self.get_subsection()
        step = {"upp": -1, "ned": 1}.get(request.POST.get("riktning", ""))
        if step is None:
            raise Http404("Okänd riktning.")
        try:
            outline.subsection_move(document=document, subsection=row, step=step)
        except ReportFrozen as error:
            messages.error(request, error.message)
        else:
            messages.success(request, MOVED.format(title=row.title))
        return redirect(outline_url(document) + f"#avsnitt-{row.section}")


class SubsectionDeleteView(SubsectionMixin, EditMixin, TemplateView):
    """A confirmation page (GET), then the removal (POST)."""

    template_name = "reports/subsection_delete.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document, row = self.get_document(), self.get_subsection()
        context.update(
            title=f"Ta bort ”{row.title}” – {document}",
            document=document,
            subsection=row,
            section_title=outline.section_title(document.kind, row.section),
            outline_url=outline_url(document),
        )
        return context

    def post(self, request, *args, **kwargs):
        document, row = self.get_document(), self.get_subsection()
        try:
            outline.subsection_delete(document=document, subsection=row)
        except ReportFrozen as error:
            messages.error(request, error.message)
            return self.render_to_response(self.get_context_data(), status=409)
        messages.success(request, REMOVED.format(title=row.title))
        return redirect(outline_url(document) + f"#avsnitt-{row.section}")
