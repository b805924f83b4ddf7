from django.apps import AppConfig


class FinsamConfig(AppConfig):
    name = "finsam"
    verbose_name = "Förbund"

    def ready(self) -> None:
        from finsam import membership_log, ownership  # noqa: F401  (the log's signals)
        from finsam.models import (
            BoardMember,
            Budget,
            BudgetLine,
            ContributionOffer,
            Driftbidrag,
            FiscalYear,
            Forbund,
            Member,
            Membership,
            MembershipPeriod,
            Population,
        )

        ownership.register(Forbund, "pk")
        ownership.register(Membership, "forbund")
        ownership.register(MembershipPeriod, "forbund")
        ownership.register(Member, "forbund")
        ownership.register(Population, "member__forbund")
        ownership.register(BoardMember, "forbund")
        ownership.register(FiscalYear, "forbund")
        ownership.register(Budget, "fiscal_year__forbund")
        ownership.register(BudgetLine, "budget__fiscal_year__forbund")
        ownership.register(Driftbidrag, "fiscal_year__forbund")
        ownership.register(ContributionOffer, "driftbidrag__fiscal_year__forbund")

        from finsam import transfer_hooks as transfer

        transfer.register_verifier(membership_log.verify_imported_log)
