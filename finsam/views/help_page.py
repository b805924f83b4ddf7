from django.views.generic import TemplateView

from finsam import help as help_content
from finsam.models import Role
from finsam.permissions import ForbundScopedMixin


class HelpView(ForbundScopedMixin, TemplateView):
    """Hjälp: the user's own role first, then the other roles' steps, and the words explained."""

    template_name = "finsam/help.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        role = context["role"]
        order = [role, *[r for r in Role.values if r != role]] if role else list(Role.values)
        context["title"] = "Hjälp"
        context["sections"] = [
            {
                "role": r,
                "label": Role(r).label,
                "steps": help_content.steps_for(r),
                "own": r == role,
            }
            for r in order
        ]
        context["terms"] = help_content.TERMS
        return context
