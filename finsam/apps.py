from django.apps import AppConfig


class FinsamConfig(AppConfig):
    name = "finsam"
    verbose_name = "Förbund"

    def ready(self) -> None:
        from finsam import history
        from finsam.models import (
            BoardMember,
            Budget,
            BudgetLine,
            ContributionOffer,
            Driftbidrag,
            Forbund,
            Member,
            Membership,
            Population,
        )

        history.register(Forbund, "pk")
        history.register(Membership, "forbund")
        history.register(Member, "forbund")
        history.register(Population, "member__forbund")
        history.register(BoardMember, "forbund")
        history.register(Budget, "fiscal_year__forbund")
        history.register(BudgetLine, "budget__fiscal_year__forbund")
        history.register(Driftbidrag, "fiscal_year__forbund")
        history.register(ContributionOffer, "driftbidrag__fiscal_year__forbund")
