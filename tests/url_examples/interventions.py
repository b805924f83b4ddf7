from finsam.models import Forbund
from interventions.models import Goal, IndicatorResult, Insats, ParticipantOutcome


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
    if name == "insats-socioeconomic-edit":
        return {"year": 2020}
    return {}
