"""Who may do what: every view names the capability it needs; the role in the förbund decides.

A förbund the user does not belong to answers 404 (its existence is not revealed); a capability the
role lacks answers 403.
"""

from enum import StrEnum

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db.models import F
from django.http import Http404, HttpRequest

from finsam.models import Forbund, Membership, Role


class Capability(StrEnum):
    VIEW = "view"
    EDIT = "edit"
    APPROVE = "approve"


ROLE_CAPABILITIES: dict[str, frozenset[Capability]] = {
    Role.SEKRETERARE: frozenset({Capability.VIEW, Capability.EDIT}),
    Role.STYRELSE: frozenset({Capability.VIEW, Capability.APPROVE}),
    Role.REVISOR: frozenset({Capability.VIEW}),
}

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def role_in(user, forbund: Forbund) -> str | None:
    if not user.is_authenticated:
        return None
    known = getattr(forbund, "_roles", {})
    if user.pk in known:
        return known[user.pk]
    membership = Membership.objects.filter(user=user, forbund=forbund).only("role").first()
    return membership.role if membership else None


def capabilities_of(user, forbund: Forbund) -> frozenset[Capability]:
    role = role_in(user, forbund)
    if role is None:
        return frozenset()
    return ROLE_CAPABILITIES[role]


def forbund_for_user(user, slug: str) -> Forbund:
    """The förbund named in the URL, if the user is a member of it; otherwise 404."""
    forbund = (
        Forbund.objects.filter(slug=slug, memberships__user=user)
        .annotate(user_role=F("memberships__role"))
        .first()
    )
    if forbund is None:
        raise Http404("Förbundet finns inte eller så saknar du behörighet till det.")
    forbund._roles = {user.pk: forbund.user_role}  # read with the förbund: no second query
    return forbund


class ForbundScopedMixin(LoginRequiredMixin):
    """Resolves ``self.forbund`` from the URL and enforces the capabilities the view declares.

    ``read_capability`` applies to GET/HEAD/OPTIONS, ``write_capability`` to every other method.
    """

    read_capability: Capability = Capability.VIEW
    write_capability: Capability = Capability.EDIT
    forbund: Forbund
    capabilities: frozenset[Capability]

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        needed = self.read_capability if request.method in SAFE_METHODS else self.write_capability
        if needed not in set(Capability):
            raise ImproperlyConfigured(f"Okänd behörighet: {needed!r}")
        self.forbund = forbund_for_user(request.user, kwargs["forbund"])
        self.capabilities = capabilities_of(request.user, self.forbund)
        if needed not in self.capabilities:
            raise PermissionDenied("Din roll i förbundet ger inte behörighet till detta.")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["forbund"] = self.forbund
        context["can_edit"] = Capability.EDIT in self.capabilities
        context["can_approve"] = Capability.APPROVE in self.capabilities
        role = role_in(self.request.user, self.forbund)
        context["role"] = role
        context["role_label"] = Role(role).label if role else ""
        return context


class EditMixin(ForbundScopedMixin):
    """Pages whose only purpose is changing data: the form itself needs the edit capability."""

    read_capability = Capability.EDIT
