"""The forms of the figures of earlier years and periods (the five-year and period overviews)."""

from __future__ import annotations

from finsam.forms import DATE_WIDGET, ForbundOwnedForm
from finsam.forms_fields import AmountField, CountField
from finsam.versioning import VersionedFormMixin
from reports.forms_messages import (
    DATE_OUTSIDE_YEAR,
    END_BEFORE_START,
    EQUITY_AND_ASSETS,
    HISTORY_HAS_REPORT,
    PERIOD_HISTORY_HAS_REPORT,
)
from reports.models import (
    PeriodHistory,
    ReportKind,
    ReportPeriod,
    YearHistory,
)

# --- Earlier years ---------------------------------------------------------------------------


class YearHistoryForm(VersionedFormMixin, ForbundOwnedForm):
    intakter = AmountField(
        label="Verksamhetens intäkter", help_text=YearHistory._meta.get_field("intakter").help_text
    )
    kostnader = AmountField(
        label="Verksamhetens kostnader",
        help_text=YearHistory._meta.get_field("kostnader").help_text,
    )
    eget_kapital = AmountField(label="Eget kapital vid årets slut", required=False)
    summa_tillgangar = AmountField(label="Summa tillgångar vid årets slut", required=False)
    antal_anstallda = CountField(label="Antal anställda", required=False)

    class Meta:
        model = YearHistory
        fields = [
            "year",
            "intakter",
            "kostnader",
            "eget_kapital",
            "summa_tillgangar",
            "soliditet_procent",
            "antal_anstallda",
        ]

    def clean(self):
        cleaned = super().clean()
        year = cleaned.get("year")
        if (
            year
            and ReportPeriod.objects.filter(
                fiscal_year__forbund=self.instance.forbund,
                fiscal_year__year=year,
                kind=ReportKind.ARSREDOVISNING,
            ).exists()
        ):
            self.add_error("year", HISTORY_HAS_REPORT.format(year=year))
        if (cleaned.get("eget_kapital") is None) != (cleaned.get("summa_tillgangar") is None):
            missing = (
                "summa_tillgangar" if cleaned.get("summa_tillgangar") is None else "eget_kapital"
            )
            self.add_error(missing, EQUITY_AND_ASSETS)
        return cleaned


class PeriodHistoryForm(VersionedFormMixin, ForbundOwnedForm):
    """An interim period before the tool, for a Delårsrapport's period overview."""

    intakter = AmountField(
        label="Periodens intäkter", help_text=PeriodHistory._meta.get_field("intakter").help_text
    )
    kostnader = AmountField(
        label="Periodens kostnader",
        help_text=PeriodHistory._meta.get_field("kostnader").help_text,
    )
    eget_kapital = AmountField(label="Eget kapital vid periodens slut", required=False)
    summa_tillgangar = AmountField(label="Summa tillgångar vid periodens slut", required=False)

    class Meta:
        model = PeriodHistory
        fields = ["start", "end", "intakter", "kostnader", "eget_kapital", "summa_tillgangar"]
        widgets = {"start": DATE_WIDGET, "end": DATE_WIDGET}

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end <= start:
                self.add_error("end", END_BEFORE_START)
            elif start.year != end.year:
                self.add_error("end", DATE_OUTSIDE_YEAR.format(year=start.year))
            elif ReportPeriod.objects.filter(
                fiscal_year__forbund=self.instance.forbund,
                kind=ReportKind.DELARSRAPPORT,
                start=start,
                end=end,
            ).exists():
                self.add_error("end", PERIOD_HISTORY_HAS_REPORT)
        if (cleaned.get("eget_kapital") is None) != (cleaned.get("summa_tillgangar") is None):
            missing = (
                "summa_tillgangar" if cleaned.get("summa_tillgangar") is None else "eget_kapital"
            )
            self.add_error(missing, EQUITY_AND_ASSETS)
        return cleaned
