from finsam.models import Forbund
from reports.models import ReportPeriod, YearHistory


def kwargs_for(name: str, forbund: Forbund) -> dict:
    """Arguments for this app's URL pattern ``name``, filled with the förbund's demo objects."""
    if name in ("report-list", "report-create", "report-history-list", "report-history-create"):
        return {}
    if name in ("report-history-edit", "report-history-delete"):
        return {"pk": YearHistory.objects.filter(forbund=forbund).first().pk}
    period = ReportPeriod.objects.filter(fiscal_year__forbund=forbund).order_by("-start").first()
    return {"pk": period.pk}
