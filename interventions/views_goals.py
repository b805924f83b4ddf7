"""The pages of the goals and indicator results: lists, forms, CSV import and export."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views.generic import FormView, TemplateView, View

from finsam.permissions import EditMixin, ForbundScopedMixin
from finsam.views.base import ScopedCreateView, ScopedDeleteView, ScopedUpdateView
from interventions import selectors, services, tables
from interventions.forms import (
    GoalForm,
    IndicatorForm,
    IndicatorImportForm,
)
from interventions.models import (
    Goal,
    IndicatorResult,
    Insats,
)
from interventions.views_base import YearMixin, _detail_url, _table, parse_year

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
