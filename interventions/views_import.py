"""Participant files: upload, preview of what will change, confirmation; and the participant
table as CSV or XLSX. Only the aggregated counts ever reach the session or the database."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views.generic import FormView, View

from finsam.permissions import EditMixin, ForbundScopedMixin
from interventions import exports, participant_import, selectors
from interventions.forms import ParticipantImportForm
from interventions.views import YearMixin

SESSION_KEY = "participant-import"
NOTHING_SAVED = "Inget sparades. Rätta filen och försök igen."
EXPIRED = "Förhandsvisningen har gått ut. Ladda upp filen igen."


class ParticipantImportView(EditMixin, FormView):
    form_class = ParticipantImportForm
    template_name = "interventions/participant_import.html"

    def _participants_url(self, year: int | None = None) -> str:
        url = reverse("insats-participants", kwargs={"forbund": self.forbund.slug})
        return f"{url}?ar={year}" if year else url

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = "Importera deltagare från fil"
        context["cancel_url"] = self._participants_url()
        context["tab"] = "deltagare"
        return context

    def post(self, request, *args, **kwargs):
        if request.POST.get("confirm"):
            return self._confirm()
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            parsed = participant_import.parse_participant_file(
                forbund=self.forbund,
                raw=upload.read(),
                period_start=form.cleaned_data["period_start"],
                period_end=form.cleaned_data["period_end"],
                filename=upload.name,
            )
        except participant_import.ParticipantFileError as error:
            for message in error.errors:
                form.add_error("file", message)
            return self.form_invalid(form)
        if not parsed.insatser:
            form.add_error("file", "Ingen rad i filen gäller den valda perioden.")
            return self.form_invalid(form)
        self.request.session[SESSION_KEY] = {"forbund": self.forbund.pk, **parsed.as_json()}
        return self.render_to_response(
            self.get_context_data(
                form=form,
                parsed=parsed,
                preview=participant_import.preview(self.forbund, parsed),
                labels=participant_import.LABELS,
            )
        )

    def form_invalid(self, form):
        messages.error(self.request, NOTHING_SAVED)
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def _confirm(self):
        data = self.request.session.pop(SESSION_KEY, None)
        if not data or data.get("forbund") != self.forbund.pk:
            messages.error(self.request, EXPIRED)
            return HttpResponseRedirect(self.request.path)
        parsed = participant_import.ParsedFile.from_json(data)
        try:
            written = participant_import.apply_import(self.forbund, parsed)
        except participant_import.ParticipantFileError as error:
            messages.error(self.request, f"{NOTHING_SAVED} {' '.join(error.errors)}")
            return HttpResponseRedirect(self.request.path)
        messages.success(
            self.request,
            f"Importen är klar: deltagaruppgifter för {written} insatser, perioden "
            f"{parsed.period_start.isoformat()} – {parsed.period_end.isoformat()}. "
            "Filens rader sparades inte, bara antalen.",
        )
        return HttpResponseRedirect(self._participants_url(parsed.period_end.year))


class ParticipantExportView(ForbundScopedMixin, YearMixin, View):
    """``?format=xlsx`` for Excel, else CSV."""

    def get(self, request, *args, **kwargs):
        year = self.get_year()
        table = selectors.participant_table(self.forbund, year)
        rows = exports.participant_rows(table)
        filename = f"deltagare-{self.forbund.slug}-{year}"
        if request.GET.get("format") == "xlsx":
            content = exports.to_xlsx(exports.PARTICIPANT_HEADER, rows, f"Deltagare {year}")
            response = HttpResponse(content, content_type=exports.XLSX_TYPE)
            filename += ".xlsx"
        else:
            content = exports.to_csv(exports.PARTICIPANT_HEADER, rows)
            response = HttpResponse(content, content_type=exports.CSV_TYPE)
            filename += ".csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
