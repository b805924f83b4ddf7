from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = "Rapporter"

    def ready(self) -> None:
        from finsam import ownership
        from reports.models import (
            ApprovedVersion,
            BoardDecision,
            DocumentSubsection,
            FigureLine,
            PeriodFigures,
            PeriodHistory,
            ReportDocument,
            ReportPeriod,
            ReportText,
            SupplementaryNote,
            SupplementaryNoteRow,
            YearHistory,
        )

        ownership.register(ReportPeriod, "fiscal_year__forbund")
        ownership.register(FigureLine, "period__fiscal_year__forbund")
        ownership.register(PeriodFigures, "period__fiscal_year__forbund")
        ownership.register(YearHistory, "forbund")
        ownership.register(PeriodHistory, "forbund")
        ownership.register(ReportDocument, "fiscal_year__forbund")
        ownership.register(ApprovedVersion, "document__fiscal_year__forbund")
        ownership.register(ReportText, "document__fiscal_year__forbund")
        ownership.register(BoardDecision, "version__document__fiscal_year__forbund")
        ownership.register(DocumentSubsection, "document__fiscal_year__forbund")
        ownership.register(SupplementaryNote, "period__fiscal_year__forbund")
        ownership.register(SupplementaryNoteRow, "note__period__fiscal_year__forbund")

        from interventions.selectors import register_cost_outcome_provider
        from reports.selectors import cost_line_outcome

        register_cost_outcome_provider(cost_line_outcome)
        from reports.models.signing import register_ownership

        register_ownership()

        from django.db.models.signals import post_save, pre_delete, pre_save

        from finsam import transfer_hooks as transfer
        from reports import (
            import_checks,
            snapshot_sections,  # noqa: F401  (registers the snapshot's sections)
        )

        transfer.register_verifier(import_checks.verify_forbund)
        transfer.register_integrity_check(import_checks.verify_integrity)

        from finsam import budget_locks
        from finsam.models import Budget, BudgetLine
        from reports import freeze

        # An approved Verksamhetsplan freezes its year's budget (the budget pages ask the hook).
        budget_locks.register(
            budget_locks.BudgetLock(
                is_locked=freeze.budget_frozen,
                guard=freeze.guard_budget,
                message=freeze.BUDGET_FROZEN_MESSAGE,
            )
        )

        # A cascade (deleting an insats deletes its texts) must not bypass the freeze either.
        pre_delete.connect(_guard_row, sender=ReportText, dispatch_uid="reports-freeze-text-d")
        pre_delete.connect(_guard_row, sender=FigureLine, dispatch_uid="reports-freeze-line-d")
        # A year's Verksamhetsplan document exists as soon as it has a budget (created here, on
        # the write, so that listing the documents never writes).
        post_save.connect(_plan_document, sender=Budget, dispatch_uid="reports-plan-document")
        pre_save.connect(_guard_budget, sender=Budget, dispatch_uid="reports-freeze-budget")
        pre_delete.connect(_guard_budget, sender=Budget, dispatch_uid="reports-freeze-budget-d")
        pre_save.connect(_guard_budget_line, sender=BudgetLine, dispatch_uid="reports-freeze-bl")
        pre_delete.connect(
            _guard_budget_line, sender=BudgetLine, dispatch_uid="reports-freeze-bl-d"
        )


def _plan_document(sender, instance, created, raw=False, **kwargs) -> None:
    from finsam.purge import is_purging
    from reports import services

    if created and not raw and instance.kind == "budget" and not is_purging():
        fiscal_year = instance.fiscal_year
        services.plan_document(fiscal_year.forbund, fiscal_year.year)


def _guard_row(sender, instance, **kwargs) -> None:
    from reports import freeze

    freeze.guard_instance(instance, deleting=True)


def _guard_budget(sender, instance, **kwargs) -> None:
    """An approved Verksamhetsplan freezes its year's budget (the database refuses it too)."""
    from reports import freeze

    if instance.kind == "budget":
        freeze.guard_budget(instance.fiscal_year_id)
        if instance.pk is not None:
            stored = sender._base_manager.filter(pk=instance.pk).values("fiscal_year_id").first()
            if stored:
                freeze.guard_budget(stored["fiscal_year_id"])


def _guard_budget_line(sender, instance, **kwargs) -> None:
    from finsam.models import Budget
    from reports import freeze

    budget_ids = {instance.budget_id}
    if instance.pk is not None:
        stored = sender._base_manager.filter(pk=instance.pk).values("budget_id").first()
        if stored:
            budget_ids.add(stored["budget_id"])
    for fiscal_year_id in Budget.objects.filter(pk__in=budget_ids, kind="budget").values_list(
        "fiscal_year_id", flat=True
    ):
        freeze.guard_budget(fiscal_year_id)
