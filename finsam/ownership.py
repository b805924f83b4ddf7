"""Which förbund a row belongs to, for every model of the project.

Each app registers its models in ``AppConfig.ready`` with the lookup from the model to its förbund
(``"pk"`` for the förbund itself). The audit history and the export/import use this registry, and a
test fails when a model of the project is not registered.
"""

from django.db import models

_LOOKUPS: dict[type[models.Model], str] = {}


def register(model: type[models.Model], forbund_lookup: str) -> None:
    _LOOKUPS[model] = forbund_lookup


def owned_models() -> list[type[models.Model]]:
    return list(_LOOKUPS)


def lookup_of(model: type[models.Model]) -> str:
    return _LOOKUPS[model]


def rows_of(model: type[models.Model], forbund) -> models.QuerySet:
    lookup = _LOOKUPS[model]
    if lookup == "pk":
        return model._default_manager.filter(pk=forbund.pk)
    return model._default_manager.filter(**{lookup: forbund})
