"""Pages of insatser, participants, goals and indicators. Every view is scoped to the förbund in
the URL; read-only roles see the same pages without edit controls and cannot post."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import FormView, TemplateView, View
from django_tables2 import RequestConfig

from finsam.permissions import EditMixin, ForbundScopedMixin
from finsam.versioning import StaleVersionError
from finsam.views.base import ScopedCreateView, ScopedDeleteView, ScopedUpdateView
from interventions import checks, selectors, services, tables
from interventions.forms import (
    FinancingForm,
    GoalForm,
    IndicatorForm,
    IndicatorImportForm,
    InsatsForm,
    OutcomeForm,
    SocioeconomicForm,
)
from interventions.models import (
    YEAR_FIELDS,
    Goal,
    IndicatorResult,
    Insats,
    InsatsFinancing,
    ParticipantOutcome,
    SocioeconomicSetting,
)

NOT_SAVED = "Inget sparades. Rätta de markerade fälten."


def parse_year(value: str | None) -> int | None:
    if value and value.isdigit() and 2004 <= int(value) <= 2100:
        return int(value)
    return None


class YearMixin:
    """The year of the page: ``?ar=2024``, else the latest year with data."""

    def get_year(self) -> int:
        if not hasattr(self, "_year"):
            self._year = parse_year(self.request.GET.get("ar")) or selectors.default_year(
                self.forbund
            )
        return self._year

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.get_year()
        context["year"] = year
        years = set(selectors.years_with_data(self.forbund)) | {year}
        context["years"] = sorted(years, reverse=True)
        return context


def _table(request, table_class, data, view, **kwargs):
    table = table_class(data, forbund=view.forbund, can_edit=_can_edit(view), **kwargs)
    RequestConfig(request, paginate=False).configure(table)
    return table


def _can_edit(view) -> bool:
    from finsam.permissions import Capability

    return Capability.EDIT in view.capabilities


def _detail_url(insats: Insats, year: int | None = None) -> str:
    url = insats.get_absolute_url()
    return f"{url}?ar={year}" if year else url


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


def _insats_of(view) -> Insats:
    return get_object_or_404(
        Insats.objects.select_related("forbund", "responsible_member"),
        forbund=view.forbund,
        pk=view.kwargs["pk"],
    )


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


# --- Goals ---------------------------------------------------------------------------------------


class GoalListView(ForbundScopedMixin, YearMixin, TemplateView):
    template_name = "interventions/goal_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.get_year()
        plan = selectors.plan_goals(self.forbund, year)
        per_insats = selectors.insats_goals(self.forbund, year)
        counts = selectors.goal_counts(plan)
        context.update(
            {
                "plan_table": _table(self.request, tables.GoalTable, plan, self, year=year),
                "insats_table": _table(
                    self.request, tables.InsatsGoalTable, per_insats, self, year=year
                ),
                "counts": counts,
                "sentence": selectors.goal_summary_sentence(counts, year) if plan else "",
                "insats_counts": selectors.goal_counts(per_insats),
                "title": f"Mål och åtaganden {year}",
                "tab": "mal",
            }
        )
        return context


class GoalFormMixin:
    model = Goal
    form_class = GoalForm
    list_url_name = "insats-goal-list"

    def get_success_url(self):
        goal = self.object
        if goal is None:  # the create page's cancel link
            return reverse("insats-goal-list", kwargs={"forbund": self.forbund.slug})
        if goal.insats_id:
            return _detail_url(goal.insats, goal.year)
        url = reverse("insats-goal-list", kwargs={"forbund": self.forbund.slug})
        return f"{url}?ar={goal.year}"


class GoalCreateView(GoalFormMixin, ScopedCreateView):
    title = "Nytt mål"
    success_message = "Målet är sparat."

    def get_initial(self):
        initial = super().get_initial()
        initial["year"] = parse_year(self.request.GET.get("ar")) or datetime.date.today().year
        insats = self.request.GET.get("insats", "")
        if insats.isdigit():
            initial["insats"] = Insats.objects.filter(forbund=self.forbund, pk=insats).first()
        return initial


class GoalUpdateView(GoalFormMixin, ScopedUpdateView):
    title = "Ändra mål"
    delete_url_name = "insats-goal-delete"
    success_message = "Målet är sparat."


class GoalDeleteView(ScopedDeleteView):
    model = Goal
    list_url_name = "insats-goal-list"


# --- Indicators ------------------------------------------------------------------------------


class IndicatorListView(ForbundScopedMixin, YearMixin, TemplateView):
    template_name = "interventions/indicator_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.get_year()
        results = list(selectors.indicators_of(self.forbund, year))
        context.update(
            {
                "table": _table(self.request, tables.IndicatorTable, results, self, year=year),
                "title": f"Indikatorer för finansiell samordning {year}",
                "period": f"november {year - 1} – oktober {year}",
                "tab": "indikatorer",
            }
        )
        return context


class IndicatorFormMixin:
    model = IndicatorResult
    form_class = IndicatorForm
    list_url_name = "indicator-list"
    scope_field = "insats__forbund"

    def get_success_url(self):
        url = reverse("indicator-list", kwargs={"forbund": self.forbund.slug})
        return f"{url}?ar={self.object.period_year}" if self.object else url


class IndicatorCreateView(IndicatorFormMixin, ScopedCreateView):
    title = "Nytt indikatorresultat"
    success_message = "Resultatet är sparat."

    def get_initial(self):
        initial = super().get_initial()
        initial["period_year"] = (
            parse_year(self.request.GET.get("ar")) or datetime.date.today().year
        )
        return initial


class IndicatorUpdateView(IndicatorFormMixin, ScopedUpdateView):
    title = "Ändra indikatorresultat"
    delete_url_name = "indicator-delete"
    success_message = "Resultatet är sparat."


class IndicatorDeleteView(ScopedDeleteView):
    model = IndicatorResult
    scope_field = "insats__forbund"
    list_url_name = "indicator-list"


class IndicatorImportView(EditMixin, FormView):
    form_class = IndicatorImportForm
    template_name = "interventions/indicator_import.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = "Importera indikatorer från CSV"
        context["header"] = services.IMPORT_HEADER
        context["cancel_url"] = reverse("indicator-list", kwargs={"forbund": self.forbund.slug})
        return context

    def form_valid(self, form):
        raw = form.cleaned_data["file"].read()
        try:
            result = services.indicator_import_csv(forbund=self.forbund, raw=raw)
        except services.IndicatorImportError as error:
            for message in error.errors:
                form.add_error("file", message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            f"Importen är klar: {result.created} nya och {result.updated} ändrade resultat.",
        )
        return HttpResponseRedirect(
            reverse("indicator-list", kwargs={"forbund": self.forbund.slug})
        )

    def form_invalid(self, form):
        messages.error(self.request, "Inget importerades. Rätta filen och försök igen.")
        return self.render_to_response(self.get_context_data(form=form), status=400)


class IndicatorExportView(ForbundScopedMixin, YearMixin, View):
    def get(self, request, *args, **kwargs):
        year = self.get_year()
        results = selectors.indicators_of(self.forbund, year)
        response = HttpResponse(
            "\ufeff" + services.indicator_csv(results), content_type="text/csv; charset=utf-8"
        )
        filename = f"indikatorer-{self.forbund.slug}-{year}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


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
