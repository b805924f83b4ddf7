from django.views.generic import TemplateView

from finsam import history
from finsam.permissions import ForbundScopedMixin


class HistoryView(ForbundScopedMixin, TemplateView):
    """Every change to the förbund's figures and texts, for auditors (read-only for all roles)."""

    template_name = "finsam/history.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        kinds = history.registered_kinds()
        chosen = self.request.GET.get("typ", "")
        context["kinds"] = kinds
        context["chosen"] = chosen
        context["entries"] = history.history_entries(
            self.forbund, kinds=[chosen] if chosen in kinds else None
        )
        return context
