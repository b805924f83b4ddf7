import datetime

from finsam.models import Forbund
from interventions.models import (
    ExitCategory,
    Goal,
    IndicatorResult,
    Insats,
    ParticipantOutcome,
    ParticipantTotal,
)


def kwargs_for(name: str, forbund: Forbund) -> dict:
    """Arguments for this app's URL pattern ``name``, filled with the förbund's demo objects."""
    outcome = ParticipantOutcome.objects.filter(insats__forbund=forbund).order_by("pk").first()
    if name in ("insats-outcome-edit", "insats-outcome-delete"):
        return {"pk": outcome.insats_id, "outcome": outcome.pk}
    if name == "insats-financing-edit":
        return {"pk": outcome.insats_id, "year": outcome.period_end.year}
    if name.startswith("insats-outcome-") or name in ("insats-detail", "insats-edit"):
        return {"pk": outcome.insats_id}
    if name == "insats-delete":
        return {"pk": Insats.objects.filter(forbund=forbund).order_by("pk").first().pk}
    if name in ("insats-goal-edit", "insats-goal-delete"):
        return {"pk": Goal.objects.filter(forbund=forbund).order_by("pk").first().pk}
    if name in ("indicator-edit", "indicator-delete"):
        return {
            "pk": IndicatorResult.objects.filter(insats__forbund=forbund).order_by("pk").first().pk
        }
    if name in ("exit-category-edit", "exit-category-delete"):
        # A förbund whose demo data have no own avslutsorsak gets one for the walk.
        category = ExitCategory.objects.filter(forbund=forbund).order_by("pk").first()
        if category is None:
            category = ExitCategory.objects.create(
                forbund=forbund, name="Egen avslutsorsak", national_reason="annat"
            )
        return {"pk": category.pk}
    if name in ("participant-total-edit", "participant-total-delete"):
        total = ParticipantTotal.objects.filter(forbund=forbund).order_by("pk").first()
        if total is None:
            total = ParticipantTotal.objects.create(
                forbund=forbund,
                period_start=datetime.date(2024, 1, 1),
                period_end=datetime.date(2024, 12, 31),
                deltagare=1,
            )
        return {"pk": total.pk}
    if name == "insats-socioeconomic-edit":
        return {"year": 2020}
    return {}
