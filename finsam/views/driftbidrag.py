from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import TemplateView

from finsam import selectors, services
from finsam.forms import DriftbidragForm, OfferFormSet
from finsam.models import ContributionOffer, Driftbidrag
from finsam.permissions import EditMixin, ForbundScopedMixin
from finsam.versioning import StaleVersionError


class DriftbidragListView(ForbundScopedMixin, TemplateView):
    template_name = "finsam/driftbidrag_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = []
        for driftbidrag in (
            Driftbidrag.objects.filter(fiscal_year__forbund=self.forbund)
            .select_related("fiscal_year")
            .order_by("-fiscal_year__year")
        ):
            try:
                allocation = selectors.driftbidrag_allocation(driftbidrag)
                error = ""
            except selectors.AllocationError as exc:
                allocation, error = None, str(exc)
            rows.append({"driftbidrag": driftbidrag, "allocation": allocation, "error": error})
        context["rows"] = rows
        return context


class DriftbidragDetailView(ForbundScopedMixin, TemplateView):
    template_name = "finsam/driftbidrag_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        driftbidrag = get_object_or_404(
            Driftbidrag, fiscal_year__forbund=self.forbund, fiscal_year__year=self.kwargs["year"]
        )
        context["driftbidrag"] = driftbidrag
        try:
            context["allocation"] = selectors.driftbidrag_allocation(driftbidrag)
        except selectors.AllocationError as exc:
            context["allocation_error"] = str(exc)
        return context


class DriftbidragEditView(EditMixin, TemplateView):
    """Create (no year in the URL) or change a year's driftbidrag and the members' offers."""

    template_name = "finsam/driftbidrag_edit.html"

    def get_instance(self) -> Driftbidrag | None:
        if "year" not in self.kwargs:
            return None
        return get_object_or_404(
            Driftbidrag, fiscal_year__forbund=self.forbund, fiscal_year__year=self.kwargs["year"]
        )

    def build(self, data=None):
        instance = self.get_instance()
        form = DriftbidragForm(data, instance=instance, forbund=self.forbund, prefix="db")
        queryset = instance.offers.all() if instance else ContributionOffer.objects.none()
        formset = OfferFormSet(data, queryset=queryset, forbund=self.forbund, prefix="offers")
        return instance, form, formset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if "form" not in kwargs:
            context["instance"], context["form"], context["formset"] = self.build()
        return context

    def post(self, request, *args, **kwargs):
        instance, form, formset = self.build(request.POST)
        if form.is_valid() and formset.is_valid():
            try:
                driftbidrag = services.driftbidrag_save(
                    forbund=self.forbund, form=form, offer_formset=formset
                )
            except StaleVersionError as stale:
                form.add_error(None, stale.message)
                context = self.get_context_data(instance=instance, form=form, formset=formset)
                return self.render_to_response(context, status=409)
            messages.success(request, f"{driftbidrag} är sparat.")
            return redirect(
                "driftbidrag-detail", forbund=self.forbund.slug, year=driftbidrag.fiscal_year.year
            )
        messages.error(request, "Inget sparades. Rätta de markerade fälten.")
        context = self.get_context_data(instance=instance, form=form, formset=formset)
        return self.render_to_response(context, status=400)
