from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.generic import FormView, TemplateView

from finsam import selectors, services
from finsam.budget_locks import budget_locked, guard_budget
from finsam.forms import BudgetCreateForm, BudgetForm, BudgetLineFormSet
from finsam.models import Budget, BudgetKind
from finsam.permissions import EditMixin, ForbundScopedMixin
from finsam.versioning import StaleVersionError


class BudgetListView(ForbundScopedMixin, TemplateView):
    template_name = "finsam/budget_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["budgets"] = (
            Budget.objects.filter(fiscal_year__forbund=self.forbund)
            .select_related("fiscal_year")
            .order_by("-fiscal_year__year", "kind")
        )
        return context


class BudgetDetailView(ForbundScopedMixin, TemplateView):
    """The verksamhetsplan's budget table: last year's budget and prognos, this year, plan years."""

    template_name = "finsam/budget_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.kwargs["year"]
        table = selectors.budget_table(self.forbund, year)
        if table is None:
            raise Http404("Ingen budget för året.")
        context["table"] = table
        context["year"] = year
        context["budgets"] = Budget.objects.filter(
            fiscal_year__forbund=self.forbund, fiscal_year__year=year
        )
        context["prognos_previous"] = Budget.objects.filter(
            fiscal_year__forbund=self.forbund, fiscal_year__year=year - 1, kind=BudgetKind.PROGNOS
        ).first()
        budget = next((b for b in context["budgets"] if b.kind == BudgetKind.BUDGET), None)
        lock = budget_locked(budget.fiscal_year_id) if budget is not None else None
        context["budget_frozen"] = lock is not None
        context["frozen_message"] = lock.message if lock is not None else ""
        return context


class BudgetCreateView(EditMixin, FormView):
    form_class = BudgetCreateForm
    template_name = "finsam/form.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "forbund": self.forbund}

    def get_initial(self):
        # The start page links here with ?ar=<year>.
        year = self.request.GET.get("ar", "")
        if year.isdigit():
            return {"year": int(year)}
        return {"year": selectors.next_budget_year(self.forbund)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = "Ny budget eller prognos"
        return context

    def form_valid(self, form):
        budget = services.budget_create(
            forbund=self.forbund,
            year=form.cleaned_data["year"],
            kind=form.cleaned_data["kind"],
            copy_previous=form.cleaned_data["copy_previous"],
        )
        messages.success(self.request, f"{budget} är skapad. Fyll i raderna.")
        return redirect(
            "budget-edit", forbund=self.forbund.slug, year=budget.fiscal_year.year, kind=budget.kind
        )


class BudgetEditView(EditMixin, TemplateView):
    template_name = "finsam/budget_edit.html"

    def get_budget(self) -> Budget:
        budget = get_object_or_404(
            Budget,
            fiscal_year__forbund=self.forbund,
            fiscal_year__year=self.kwargs["year"],
            kind=self.kwargs["kind"],
        )
        if budget.kind == BudgetKind.BUDGET:
            guard_budget(budget.fiscal_year_id)  # an approved plan's budget: 403 with the reason
        return budget

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        budget = kwargs.get("budget") or self.get_budget()
        context["budget"] = budget
        context["form"] = kwargs.get("form") or BudgetForm(instance=budget, prefix="budget")
        context["formset"] = kwargs.get("formset") or BudgetLineFormSet(
            queryset=budget.lines.all(), forbund=self.forbund, prefix="lines"
        )
        context.setdefault("columns", selectors.budget_plan_columns(budget))
        context["live_valid"] = True
        return context

    def post(self, request, *args, **kwargs):
        budget = self.get_budget()
        form = BudgetForm(request.POST, instance=budget, prefix="budget")
        formset = BudgetLineFormSet(
            request.POST, queryset=budget.lines.all(), forbund=self.forbund, prefix="lines"
        )
        if request.GET.get("live"):
            return self.live(form, formset)
        if form.is_valid() and formset.is_valid():
            try:
                services.budget_update(budget=budget, form=form, line_formset=formset)
            except StaleVersionError as stale:
                form.add_error(None, stale.message)
                context = self.get_context_data(budget=budget, form=form, formset=formset)
                return self.render_to_response(context, status=409)
            messages.success(request, f"{budget} är sparad.")
            return redirect(
                "budget-detail", forbund=self.forbund.slug, year=budget.fiscal_year.year
            )
        messages.error(request, "Inget sparades. Rätta de markerade fälten.")
        context = self.get_context_data(budget=budget, form=form, formset=formset)
        return self.render_to_response(context, status=400)

    def live(self, form, formset):
        """htmx while typing: the totals of the unsaved lines; nothing is saved."""
        valid = form.is_valid()
        valid = formset.is_valid() and valid
        columns = []
        if valid:
            lines = [
                f.instance
                for f in formset.forms
                if not (formset.can_delete and formset._should_delete_form(f))
                and (f.instance.pk is not None or f.has_changed())
            ]
            columns = selectors.budget_plan_columns(form.instance, lines)
        context = {"columns": columns, "live_valid": valid}
        return render(self.request, "finsam/_budget_live.html", context)
