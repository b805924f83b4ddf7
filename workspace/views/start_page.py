"""The start page of a förbund (computed by ``workspace.dashboard``): the year's documents, their
state and next step, what is waiting for the board's decision, and the förbund at a glance."""

import datetime

from django.views.generic import TemplateView

from finsam import selectors
from finsam.models import Budget, Driftbidrag
from finsam.permissions import ForbundScopedMixin
from workspace import dashboard


class ForbundHomeView(ForbundScopedMixin, TemplateView):
    template_name = "finsam/forbund_home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        forbund = self.forbund
        chosen = self.request.GET.get("ar", "")
        today = datetime.date.today()
        awaiting = dashboard.awaiting_decision(forbund, context["role"])
        context["awaiting"] = awaiting
        context["decide_label"] = dashboard.STEP_DECIDE
        context["draft_label"] = dashboard.STEP_DRAFT_FOR_DECISION
        year = dashboard.default_year(forbund, today)
        if awaiting and context["can_approve"]:
            # The board opens on the year of the first document waiting for its decision.
            year = awaiting[0].year
        if chosen.isdigit() and dashboard.FIRST_YEAR <= int(chosen) <= dashboard.LAST_YEAR:
            year = int(chosen)
        context["year"] = year
        context["years"] = sorted({*dashboard.available_years(forbund, today), year}, reverse=True)
        context["documents"] = dashboard.year_overview(forbund, year, context["role"])
        context["members"] = selectors.members_of(forbund)
        context["budgets"] = Budget.objects.filter(fiscal_year__forbund=forbund).select_related(
            "fiscal_year"
        )
        context["driftbidrag_years"] = (
            Driftbidrag.objects.filter(fiscal_year__forbund=forbund)
            .select_related("fiscal_year")
            .order_by("-fiscal_year__year")
        )
        context["board_now"] = selectors.board_signatories(forbund, today)
        return context
