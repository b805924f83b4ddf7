from django.apps import AppConfig


class InterventionsConfig(AppConfig):
    name = "interventions"
    verbose_name = "Insatser"

    def ready(self) -> None:
        from finsam import ownership
        from interventions.models import (
            AgeBandCount,
            ExitCount,
            Goal,
            IndicatorResult,
            Insats,
            InsatsFinancing,
            MemberBreakdown,
            ParticipantOutcome,
            ReferralCount,
            SocioeconomicSetting,
        )
        from interventions.models.reporting import (
            ExitCategory,
            InsatsYear,
            OrganisationCount,
            ParticipantTotal,
        )

        ownership.register(Insats, "forbund")
        ownership.register(InsatsFinancing, "insats__forbund")
        ownership.register(SocioeconomicSetting, "forbund")
        ownership.register(ParticipantOutcome, "insats__forbund")
        ownership.register(ExitCount, "outcome__insats__forbund")
        ownership.register(ReferralCount, "outcome__insats__forbund")
        ownership.register(AgeBandCount, "outcome__insats__forbund")
        ownership.register(MemberBreakdown, "outcome__insats__forbund")
        ownership.register(Goal, "forbund")
        ownership.register(IndicatorResult, "insats__forbund")
        ownership.register(ExitCategory, "forbund")
        ownership.register(OrganisationCount, "outcome__insats__forbund")
        ownership.register(ParticipantTotal, "forbund")
        ownership.register(InsatsYear, "insats__forbund")
