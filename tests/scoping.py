"""Concrete URLs for every förbund-scoped page, for tests that walk them all."""

from django.apps import apps
from django.urls import URLPattern, reverse

from finsam import urls_forbund
from finsam.models import BoardMember, Budget, Driftbidrag, Forbund, Member, Population


def _kwargs_for(name: str, forbund: Forbund) -> dict:
    kwargs: dict = {"forbund": forbund.slug}
    objects = {
        "member": Member.objects.filter(forbund=forbund),
        "population": Population.objects.filter(member__forbund=forbund),
        "board-member": BoardMember.objects.filter(forbund=forbund),
    }
    for prefix, queryset in objects.items():
        if name.startswith(prefix + "-") and name.split("-")[-1] in {"edit", "delete"}:
            kwargs["pk"] = queryset.first().pk
    if name.startswith("budget-") and name not in {"budget-list", "budget-create"}:
        budget = Budget.objects.filter(fiscal_year__forbund=forbund).first()
        kwargs["year"] = budget.fiscal_year.year
        if name == "budget-edit":
            kwargs["kind"] = budget.kind
    if name in {"driftbidrag-detail", "driftbidrag-edit"}:
        driftbidrag = Driftbidrag.objects.filter(fiscal_year__forbund=forbund).first()
        kwargs["year"] = driftbidrag.fiscal_year.year
    return kwargs


def scoped_urls(forbund: Forbund) -> list[tuple[str, str]]:
    """(url name, path) for every pattern of the förbund's pages, filled with its own objects."""
    urls = []
    for pattern in urls_forbund.urlpatterns:
        assert isinstance(pattern, URLPattern), pattern
        assert pattern.name, f"URL pattern {pattern.pattern} has no name"
        urls.append(
            (pattern.name, reverse(pattern.name, kwargs=_kwargs_for(pattern.name, forbund)))
        )
    return urls


def database_snapshot() -> dict[str, list[dict]]:
    """Every row of the project's own models, for asserting that nothing changed."""
    snapshot = {}
    for app_label in ("finsam", "reports", "interventions"):
        for model in apps.get_app_config(app_label).get_models():
            snapshot[model._meta.label] = list(model.objects.order_by("pk").values())
    return snapshot
