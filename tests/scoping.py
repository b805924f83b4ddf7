"""Concrete URLs for every förbund-scoped page, for tests that walk them all.

Each app's URL module has an example builder in ``tests/url_examples/<app>.py``: a function
``kwargs_for(name, forbund) -> dict`` that fills a pattern's arguments with the förbund's own
(demo) objects. A pattern the builder cannot fill makes the walking tests fail, so no page is left
out of them.
"""

from importlib import import_module

from django.apps import apps
from django.urls import URLPattern, reverse

from finsam.models import Forbund

SCOPED_URL_MODULES = [
    "workspace.urls_forbund",
    "finsam.urls_forbund",
    "reports.urls",
    "interventions.urls",
    "performance.urls",
    "sie.urls",
]
# URL arguments that name a row (a year or a kind alone does not).
OBJECT_KEYS = {"pk", "insats_pk", "outcome", "token"}


def scoped_urls(forbund: Forbund, objects_of: Forbund | None = None) -> list[tuple[str, str]]:
    """(url name, path) for every pattern of the förbund's pages, filled with its own objects, or
    with the objects of ``objects_of`` (then only the patterns that take an object)."""
    urls = []
    for module_name in SCOPED_URL_MODULES:
        app = module_name.split(".")[0]
        builder = import_module(f"tests.url_examples.{app}")
        for pattern in import_module(module_name).urlpatterns:
            assert isinstance(pattern, URLPattern), pattern
            assert pattern.name, f"URL pattern {pattern.pattern} has no name"
            objects = builder.kwargs_for(pattern.name, objects_of or forbund)
            if objects_of is not None and not any(key in OBJECT_KEYS for key in objects):
                continue
            kwargs = {"forbund": forbund.slug, **objects}
            urls.append((pattern.name, reverse(pattern.name, kwargs=kwargs)))
    return urls


def database_snapshot() -> dict[str, list[dict]]:
    """Every row of the project's own models (not their audit history)."""
    snapshot = {}
    for app_label in ("finsam", "reports", "interventions"):
        for model in apps.get_app_config(app_label).get_models():
            if model._meta.object_name.startswith("Historical"):
                continue
            snapshot[model._meta.label] = list(model.objects.order_by("pk").values())
    return snapshot
