"""Pages of insatser, participants, goals and indicators. Every view is scoped to the förbund in
the URL; read-only roles see the same pages without edit controls and cannot post."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import TemplateView

from finsam.permissions import EditMixin, ForbundScopedMixin
from finsam.versioning import StaleVersionError
from finsam.views.base import ScopedCreateView, ScopedDeleteView, ScopedUpdateView
from interventions import checks, selectors, services, tables
from interventions.forms import (
    FinancingForm,
    InsatsForm,
    OutcomeForm,
    SocioeconomicForm,
)
from interventions.models import (
    YEAR_FIELDS,
    Insats,
    InsatsFinancing,
    ParticipantOutcome,
    SocioeconomicSetting,
)
from interventions.views_base import (  # noqa: F401
    NOT_SAVED,
    YearMixin,
    _can_edit,
    _detail_url,
    _insats_of,
    _table,
    parse_year,
)
from interventions.views_goals import (  # noqa: F401
    GoalCreateView,
    GoalDeleteView,
    GoalFormMixin,
    GoalListView,
    GoalUpdateView,
    IndicatorCreateView,
    IndicatorDeleteView,
    IndicatorExportView,
    IndicatorFormMixin,
    IndicatorImportView,
    IndicatorListView,
    IndicatorUpdateView,
)

# --- Insatser --------------------------------------------------------------------------------


class InsatsListView(ForbundScopedMixin, YearMixin, TemplateView):
    template_name = "interventions/insats_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.get_year()
        data = selectors.insats_list(self.forbund, year)
        context["table"] = _table(
            self.request, tables.InsatsTable, data.rows, self, totals=data, year=year
        )
        context["title"] = f"Insatser {year}"
        context["tab"] = "insatser"
        other = Insats.objects.filter(forbund=self.forbund).exclude(
            pk__in=[row.insats.pk for row in data.rows]
        )
        context["other_insatser"] = other
        return context


class InsatsFormMixin:
    model = Insats
    form_class = InsatsForm
    list_url_name = "insats-list"

    def get_success_url(self):
        if self.object is None:  # the create page's cancel link
            return reverse("insats-list", kwargs={"forbund": self.forbund.slug})
        return self.object.get_absolute_url()


class InsatsCreateView(InsatsFormMixin, ScopedCreateView):
    title = "Ny insats"
    success_message = "Insatsen är sparad. Lägg till årets deltagaruppgifter och ekonomi."


class InsatsUpdateView(InsatsFormMixin, ScopedUpdateView):
    title = "Ändra insats"
    delete_url_name = "insats-delete"
    success_message = "Insatsen är sparad."

    def get_initial(self):
        initial = super().get_initial()
        year = parse_year(self.request.GET.get("ar"))
        if year:
            initial["from_year"] = year
        return initial

    def form_valid(self, form):
        """The year-scoped details change from the chosen year on (services.insats_year_save),
        the rest of the insats as usual; both or neither are saved."""
        stored = Insats.objects.get(pk=form.instance.pk)
        previous = {name: getattr(stored, name) for name in YEAR_FIELDS}
        with transaction.atomic():
            response = super().form_valid(form)
            if response.status_code == 302:
                changed = {
                    name: getattr(self.object, name)
                    for name in YEAR_FIELDS
                    if getattr(self.object, name) != previous[name]
                }
                if changed:
                    year = form.cleaned_data.get("from_year") or datetime.date.today().year
                    services.insats_year_save(
                        insats=self.object, year=year, values=changed, previous=previous
                    )
        return response


class InsatsDeleteView(ScopedDeleteView):
    model = Insats
    list_url_name = "insats-list"
    template_name = "interventions/insats_confirm_delete.html"


class InsatsDetailView(ForbundScopedMixin, TemplateView):
    """One insats' chapter of Bilaga 2 for a year: description, participants, goals, money."""

    template_name = "interventions/insats_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        insats = _insats_of(self)
        years = selectors.insats_years(insats)
        year = (
            parse_year(self.request.GET.get("ar"))
            or selectors.latest_year_of(insats)
            or selectors.default_year(self.forbund)
        )
        outcomes = []
        for outcome in selectors.outcomes_of(insats, year):
            outcomes.append(
                {
                    "outcome": outcome,
                    "summary": selectors.outcome_summary(outcome),
                    "ages": selectors.age_table(outcome),
                    "exits": selectors.exit_rows(outcome),
                    "has_exits": bool(outcome.exits.all()) or outcome.avslutade is not None,
                    "referrals": selectors.referral_rows(outcome),
                    "has_referrals": bool(outcome.referrals.all()),
                    "problems": checks.outcome_problems(checks.OutcomeFigures.of(outcome)),
                }
            )
        goals = selectors.insats_goals(self.forbund, year, insats)
        context.update(
            {
                "insats": insats,
                "year": year,
                "years": sorted(set(years) | {year}, reverse=True),
                "economy": selectors.insats_economy(insats, year),
                "outcomes": outcomes,
                "breakdown": selectors.member_breakdown_table(insats, year),
                "goal_table": _table(self.request, tables.GoalTable, goals, self, year=year),
                "goal_counts": selectors.goal_counts(goals),
                "indicator_table": _table(
                    self.request,
                    tables.IndicatorTable,
                    list(selectors.indicators_of(self.forbund, year, insats)),
                    self,
                    year=year,
                    exclude=["insats"],
                ),
                "participants": insats.participants.order_by("position"),
                "title": insats.name,
                "tab": "insatser",
            }
        )
        return context


class FinancingEditView(EditMixin, TemplateView):
    template_name = "finsam/form.html"

    def get_objects(self):
        insats = _insats_of(self)
        year = self.kwargs["year"]
        if not 2004 <= year <= 2100:
            raise Http404("Okänt år.")
        instance = InsatsFinancing.objects.filter(insats=insats, year=year).first()
        return insats, year, instance or InsatsFinancing(insats=insats, year=year)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        insats, year, instance = self.get_objects()
        context["form"] = kwargs.get("form") or FinancingForm(
            instance=instance, insats=insats, year=year
        )
        context["title"] = f"Ekonomi {year}: {insats.name}"
        context["cancel_url"] = _detail_url(insats, year)
        return context

    def post(self, request, *args, **kwargs):
        insats, year, instance = self.get_objects()
        form = FinancingForm(request.POST, instance=instance, insats=insats, year=year)
        if form.is_valid():
            try:
                services.financing_save(insats=insats, year=year, form=form)
            except StaleVersionError as stale:
                form.add_error(None, stale.message)
                return self.render_to_response(self.get_context_data(form=form), status=409)
            messages.success(request, f"Ekonomin för {year} är sparad.")
            return HttpResponseRedirect(_detail_url(insats, year))
        messages.error(request, NOT_SAVED)
        return self.render_to_response(self.get_context_data(form=form), status=400)


# --- Outcomes --------------------------------------------------------------------------------


class OutcomeFormView(EditMixin, TemplateView):
    """Create (no outcome in the URL) or change an outcome record. Each field is validated as it
    is changed (htmx posts the form to the validate URL); without JavaScript the whole form is
    validated on submit."""

    template_name = "interventions/outcome_form.html"

    def get_instance(self, insats: Insats) -> ParticipantOutcome | None:
        if "outcome" not in self.kwargs:
            return None
        return get_object_or_404(
            selectors.outcomes_prefetched(ParticipantOutcome.objects.all()),
            insats=insats,
            pk=self.kwargs["outcome"],
        )

    def build(self, insats: Insats, data=None) -> OutcomeForm:
        validate_url = reverse(
            "insats-outcome-validate", kwargs={"forbund": self.forbund.slug, "pk": insats.pk}
        )
        return OutcomeForm(
            data,
            insats=insats,
            instance=self.get_instance(insats),
            year=parse_year(self.request.GET.get("ar")),
            validate_url=validate_url,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        insats = _insats_of(self)
        form = kwargs.get("form") or self.build(insats)
        instance = form.instance if form.instance.pk else None
        year = instance.year if instance else parse_year(self.request.GET.get("ar"))
        context.update(
            {
                "insats": insats,
                "form": form,
                "instance": instance,
                "problems": self.problems(form),
                "title": (
                    f"Deltagaruppgifter: {insats.name}"
                    if instance is None
                    else f"Deltagaruppgifter {instance.period_label}: {insats.name}"
                ),
                "cancel_url": _detail_url(insats, year),
                "delete_url": reverse(
                    "insats-outcome-delete",
                    kwargs={"forbund": self.forbund.slug, "pk": insats.pk, "outcome": instance.pk},
                )
                if instance
                else "",
            }
        )
        return context

    @staticmethod
    def problems(form: OutcomeForm) -> list[checks.Problem]:
        if form.is_bound:
            return checks.outcome_problems(form.figures())
        if form.instance.pk:
            return checks.outcome_problems(checks.OutcomeFigures.of(form.instance))
        return []

    def post(self, request, *args, **kwargs):
        insats = _insats_of(self)
        form = self.build(insats, request.POST)
        if not form.is_valid():
            messages.error(request, NOT_SAVED)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        instance = form.instance if form.instance.pk else None
        try:
            outcome = services.outcome_save(insats=insats, form=form, outcome=instance)
        except StaleVersionError as stale:
            form.add_error(None, stale.message)
            return self.render_to_response(self.get_context_data(form=form), status=409)
        messages.success(request, f"Deltagaruppgifterna för {outcome.period_label} är sparade.")
        for problem in self.problems(form):
            level = messages.ERROR if problem.severity == checks.Severity.FEL else messages.WARNING
            messages.add_message(request, level, f"Kontrollera: {problem.message}")
        return HttpResponseRedirect(_detail_url(insats, outcome.year))


class OutcomeValidateView(EditMixin, TemplateView):
    """htmx: validates the outcome form as the user types and answers with the changed field's
    error fragment plus the other fields' fragments and the live checks (out of band)."""

    template_name = "interventions/_outcome_validation.html"
    http_method_names = ["post", "options"]  # only the form's htmx requests

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = kwargs.get("form")
        context["problems"] = kwargs.get("problems", [])
        return context

    def post(self, request, *args, **kwargs):
        insats = _insats_of(self)
        instance = None
        outcome_pk = request.POST.get("outcome_pk", "")
        if outcome_pk.isdigit():
            instance = get_object_or_404(
                selectors.outcomes_prefetched(ParticipantOutcome.objects.all()),
                insats=insats,
                pk=int(outcome_pk),
            )
        form = OutcomeForm(request.POST, insats=insats, instance=instance)
        form.is_valid()
        problems = checks.outcome_problems(form.figures())
        trigger = request.headers.get("HX-Trigger-Name", "")
        fields = [form[name] for name in form.fields if name != "seen_version"]
        context = self.get_context_data(form=form, problems=problems)
        context["fields"] = fields
        context["trigger"] = trigger
        return self.render_to_response(context)


class OutcomeDeleteView(ScopedDeleteView):
    model = ParticipantOutcome
    scope_field = "insats__forbund"
    pk_url_kwarg = "outcome"

    def get_queryset(self):
        return super().get_queryset().filter(insats_id=self.kwargs["pk"])

    def get_success_url(self):
        return _detail_url(self.object.insats, self.object.year)


# --- Participants and socioekonomisk effekt ----------------------------------------------------


class ParticipantsView(ForbundScopedMixin, YearMixin, TemplateView):
    template_name = "interventions/participants.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.get_year()
        table = selectors.participant_table(self.forbund, year)
        context.update(
            {
                "participants": table,
                "table": _table(
                    self.request,
                    tables.ParticipantTable,
                    table.rows,
                    self,
                    totals=table.totals,
                    year=year,
                    show_unknown_gender=table.has_unknown_gender,
                ),
                "effects": [
                    selectors.socioeconomic_effect(self.forbund, year),
                    selectors.socioeconomic_effect(self.forbund, year - 1),
                ],
                "title": f"Deltagare {year}",
                "tab": "deltagare",
            }
        )
        return context


class SocioeconomicEditView(EditMixin, TemplateView):
    template_name = "finsam/form.html"

    def get_instance(self) -> SocioeconomicSetting:
        year = self.kwargs["year"]
        if not 2004 <= year <= 2100:
            raise Http404("Okänt år.")
        setting = SocioeconomicSetting.objects.filter(forbund=self.forbund, year=year).first()
        return setting or SocioeconomicSetting(
            forbund=self.forbund,
            year=year,
            monthly_schablon=selectors.monthly_schablon(self.forbund, year),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.kwargs["year"]
        context["form"] = kwargs.get("form") or SocioeconomicForm(instance=self.get_instance())
        context["title"] = f"Socioekonomisk effekt {year}"
        context["cancel_url"] = self.success_url()
        return context

    def success_url(self) -> str:
        url = reverse("insats-participants", kwargs={"forbund": self.forbund.slug})
        return f"{url}?ar={self.kwargs['year']}"

    def post(self, request, *args, **kwargs):
        form = SocioeconomicForm(request.POST, instance=self.get_instance())
        if form.is_valid():
            try:
                services.socioeconomic_setting_save(
                    forbund=self.forbund, year=self.kwargs["year"], form=form
                )
            except StaleVersionError as stale:
                form.add_error(None, stale.message)
                return self.render_to_response(self.get_context_data(form=form), status=409)
            messages.success(request, "Schablonen är sparad.")
            return HttpResponseRedirect(self.success_url())
        messages.error(request, NOT_SAVED)
        return self.render_to_response(self.get_context_data(form=form), status=400)


# --- Checks ----------------------------------------------------------------------------------


class CheckListView(ForbundScopedMixin, YearMixin, TemplateView):
    template_name = "interventions/check_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.get_year()
        results = checks.run_checks(self.forbund, year)
        context.update(
            {
                "results": results,
                "errors": sum(1 for r in results if r.is_error),
                "warnings": sum(1 for r in results if not r.is_error),
                "title": f"Kontroller av insatser {year}",
                "tab": "kontroller",
            }
        )
        return context
