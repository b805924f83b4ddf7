"""The entry page of a period's supplementary notes ("Kompletterande noter"): one note at a time
(``?not=<id>``; without it a new note), its heading, texts and rows. Saved like the other entry
pages: validated first, locked against lost updates, refused once the report is approved."""

from __future__ import annotations

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.forms.utils import ErrorDict
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from finsam.versioning import StaleVersionError
from reports import freeze, live, services, supplementary
from reports.freeze import ReportFrozen
from reports.models import SupplementaryNote
from reports.views import MAX_ROWS, NOTHING_SAVED, EntryView, VersionForm

NOTE_CONFLICT = "Inget sparades: noten har redan en rad med samma namn, eller perioden en not med "
NOTE_CONFLICT += "samma rubrik. Rätta och spara igen."


class SupplementaryNotesView(EntryView):
    title = "Kompletterande noter"
    template_name = "reports/notes_entry.html"
    intro = (
        "Noter som inte är del av den formella redovisningen, t.ex. kompletterande "
        "nettouppgifter jämförda med budget. Raderna skrivs ut som de anges, med budget, "
        "periodens utfall och föregående år; texten före och efter tabellen förklarar dem."
    )

    def note(self) -> SupplementaryNote:
        period = self.get_period()
        chosen = self.request.GET.get("not", "")
        if chosen.isdigit():
            return get_object_or_404(SupplementaryNote, period=period, pk=int(chosen))
        return SupplementaryNote(period=period)

    def build(self, data=None):
        note = self.note()
        form = supplementary.SupplementaryNoteForm(data, instance=note, prefix="f")
        return form, [supplementary.row_formset(note, data)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period = self.get_period()
        context["notes"] = list(period.supplementary_notes.order_by("position", "id"))
        context["note"] = self.note()
        context["page_url"] = reverse(
            "report-notes-edit", kwargs={"forbund": self.forbund.slug, "pk": period.pk}
        )
        return context

    def post(self, request, *args, **kwargs):
        period = self.get_period()
        if request.GET.get("live"):
            context = {
                "summary": live.summary_of(period),
                "period": period,
                "fix_fields": live.FIX_FIELDS,
            }
            return render(request, "reports/_live_summary.html", context)
        if freeze.period_frozen(period.pk):
            messages.error(request, freeze.FROZEN_MESSAGE)
            return self.render_to_response(self.get_context_data(), status=409)
        if request.POST.get("add_row"):
            return self._add_row(request)
        form, formsets = self.build(request.POST)
        version = VersionForm(request.POST, prefix="v")
        valid = all([version.is_valid(), form.is_valid(), formsets[0].is_valid()])
        context = {"form": form, "formsets": formsets, "version_form": version}
        if not valid:
            messages.error(request, NOTHING_SAVED)
            return self.render_to_response(self.get_context_data(**context), status=400)
        try:
            with transaction.atomic():
                reopened = services.report_lines_save(
                    period=period,
                    seen_version=version.cleaned_data.get("seen_version"),
                    formsets=[],
                )
                note = supplementary.supplementary_note_save(
                    period=period, form=form, formset=formsets[0]
                )
        except (StaleVersionError, ReportFrozen) as refused:
            messages.error(request, refused.message)
            return self.render_to_response(self.get_context_data(**context), status=409)
        except IntegrityError:
            messages.error(request, NOTE_CONFLICT)
            return self.render_to_response(self.get_context_data(**context), status=400)
        if note is None:
            messages.success(request, "Noten är borttagen.")
        else:
            messages.success(request, f"Noten ”{note.title}” för {period} är sparad.")
        if reopened:
            messages.warning(request, services.REOPENED_AFTER_CHANGE)
        url = reverse("report-notes-edit", kwargs={"forbund": self.forbund.slug, "pk": period.pk})
        return HttpResponseRedirect(url if note is None else f"{url}?not={note.pk}")

    def _add_row(self, request):
        data = request.POST.copy()
        total = "rader-TOTAL_FORMS"
        if data.get(total, "").isdigit() and int(data[total]) < MAX_ROWS:
            data[total] = str(int(data[total]) + 1)
        form, formsets = self.build(data)
        form._errors = ErrorDict()
        for row_form in formsets[0].forms:
            row_form._errors = ErrorDict()
        formsets[0]._errors = []
        formsets[0]._non_form_errors = formsets[0].error_class()
        version = VersionForm(request.POST, prefix="v")
        version.is_valid()
        context = {"form": form, "formsets": formsets, "version_form": version}
        return self.render_to_response(self.get_context_data(**context))
