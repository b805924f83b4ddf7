""" "Nytt år": set up a year from the year before in one action (workspace.year_setup). Only the
sekreterare (EditMixin: the page itself needs the edit capability)."""

from django import forms
from django.views.generic import TemplateView

from finsam.permissions import EditMixin
from workspace import year_setup


class YearSetupForm(forms.Form):
    year = forms.IntegerField(
        label="År",
        min_value=2005,
        max_value=2100,
        help_text="Året som ska läggas upp; uppgifterna kopieras från året före.",
        error_messages={
            "required": "Ange vilket år som ska läggas upp.",
            "invalid": "Ange året med fyra siffror, t.ex. 2026.",
            "min_value": year_setup.YEAR_OUT_OF_RANGE,
            "max_value": year_setup.YEAR_OUT_OF_RANGE,
        },
    )
    # No "are you sure" box: the preview above the button says what happens, and the button
    # itself says it ("Lägg upp året"). The one choice is whether amounts are copied.
    copy_amounts = forms.BooleanField(
        label="Kopiera förra årets belopp till budgeten som förslag",
        required=False,
        initial=True,
        help_text=(
            "Årets belopp blir förra årets plan för året, annars förra årets belopp: förslag "
            "att gå igenom innan budgeten fastställs. Utan kryss börjar alla rader på 0 kr."
        ),
    )


class YearSetupView(EditMixin, TemplateView):
    template_name = "finsam/year_setup.html"

    def requested_year(self) -> int:
        try:
            year = int(self.request.GET.get("ar", ""))
        except ValueError:
            return year_setup.default_year(self.forbund)
        return year if 2005 <= year <= 2100 else year_setup.default_year(self.forbund)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = kwargs.get("form") or YearSetupForm(initial={"year": self.requested_year()})
        year = form.initial.get("year") if not form.is_bound else form.cleaned_data.get("year")
        preview, preview_error = None, ""
        if year:
            try:
                preview = year_setup.year_setup_preview(forbund=self.forbund, year=year)
            except year_setup.YearSetupError as error:
                preview_error = error.message
        context.update(title="Nytt år", form=form, preview=preview, preview_error=preview_error)
        return context

    def post(self, request, *args, **kwargs):
        form = YearSetupForm(request.POST)
        if form.is_valid():
            try:
                summary = year_setup.year_setup(
                    forbund=self.forbund,
                    year=form.cleaned_data["year"],
                    user=request.user,
                    copy_amounts=form.cleaned_data["copy_amounts"],
                )
            except year_setup.YearSetupError as error:
                form.add_error("year", error.message)
            else:
                self.template_name = "finsam/year_setup_done.html"
                return self.render_to_response(
                    super().get_context_data(title=f"År {summary.year} är upplagt", summary=summary)
                )
        return self.render_to_response(self.get_context_data(form=form), status=400)
