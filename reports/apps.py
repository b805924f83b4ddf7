from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = "Rapporter"

    def ready(self) -> None:
        from finsam import ownership
        from reports.models import (
            ApprovedVersion,
            FigureLine,
            PeriodFigures,
            ReportDocument,
            ReportPeriod,
            ReportText,
            YearHistory,
        )

        ownership.register(ReportPeriod, "fiscal_year__forbund")
        ownership.register(FigureLine, "period__fiscal_year__forbund")
        ownership.register(PeriodFigures, "period__fiscal_year__forbund")
        ownership.register(YearHistory, "forbund")
        ownership.register(ReportDocument, "fiscal_year__forbund")
        ownership.register(ApprovedVersion, "document__fiscal_year__forbund")
        ownership.register(ReportText, "document__fiscal_year__forbund")
