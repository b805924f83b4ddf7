"""Figures of earlier years and periods that the tool did not produce: the five-year and period
overviews."""

from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from finsam.models import Forbund
from finsam.versioning import VersionedModel
from reports.models.base import amount_field, optional_amount
from reports.models.periods import MONTHS


class YearHistory(VersionedModel):
    """A year before the förbund used the tool, for the five-year overview (figures in kr)."""

    forbund = models.ForeignKey(Forbund, on_delete=models.CASCADE, related_name="year_history")
    year = models.PositiveSmallIntegerField("år")
    intakter = amount_field(
        "verksamhetens intäkter", help_text="Samtliga intäkter, inklusive finansiella."
    )
    kostnader = amount_field(
        "verksamhetens kostnader", help_text="Samtliga kostnader, inklusive finansiella."
    )
    eget_kapital = optional_amount("eget kapital vid årets slut")
    summa_tillgangar = optional_amount("summa tillgångar vid årets slut")
    soliditet_procent = models.SmallIntegerField(
        "soliditet (%)",
        null=True,
        blank=True,
        help_text="Bara om eget kapital och summa tillgångar inte är kända, t.ex. från en "
        "tidigare årsredovisnings femårsöversikt.",
    )
    antal_anstallda = models.PositiveSmallIntegerField("antal anställda", null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "tidigare år"
        verbose_name_plural = "tidigare år"
        ordering = ["forbund", "-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["forbund", "year"],
                name="year_history_unique",
                violation_error_message="Det finns redan uppgifter för det året.",
            ),
            models.CheckConstraint(
                condition=Q(year__gte=2004) & Q(year__lte=2100),
                name="year_history_year_range",
                violation_error_message="Året ska vara mellan 2004 och 2100.",
            ),
            models.CheckConstraint(
                condition=Q(summa_tillgangar__isnull=True) | Q(summa_tillgangar__gt=0),
                name="year_history_assets_positive",
                violation_error_message="Summa tillgångar ska vara större än noll.",
            ),
            models.CheckConstraint(
                condition=Q(soliditet_procent__isnull=True) | Q(soliditet_procent__lte=100),
                name="year_history_soliditet_max_100",
                violation_error_message="Soliditeten kan inte vara över 100 procent.",
            ),
            models.CheckConstraint(
                condition=Q(eget_kapital__isnull=True, summa_tillgangar__isnull=True)
                | Q(eget_kapital__isnull=False, summa_tillgangar__isnull=False),
                name="year_history_equity_with_assets",
                violation_error_message="Ange både eget kapital och summa tillgångar, eller "
                "inget av dem.",
            ),
        ]

    def __str__(self) -> str:
        return str(self.year)

    @property
    def arets_resultat(self):
        return self.intakter - self.kostnader


class PeriodHistory(VersionedModel):
    """An interim period before the förbund used the tool, for a Delårsrapport's period overview
    (the same period's key figures for the last four years; figures in kr)."""

    forbund = models.ForeignKey(Forbund, on_delete=models.CASCADE, related_name="period_history")
    start = models.DateField("från och med")
    end = models.DateField("till och med")
    intakter = amount_field(
        "periodens intäkter", help_text="Samtliga intäkter, inklusive finansiella."
    )
    kostnader = amount_field(
        "periodens kostnader", help_text="Samtliga kostnader, inklusive finansiella."
    )
    eget_kapital = optional_amount("eget kapital vid periodens slut")
    summa_tillgangar = optional_amount("summa tillgångar vid periodens slut")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "tidigare period"
        verbose_name_plural = "tidigare perioder"
        ordering = ["forbund", "-end"]
        constraints = [
            models.UniqueConstraint(
                fields=["forbund", "start", "end"],
                name="period_history_unique",
                violation_error_message="Det finns redan uppgifter för den perioden.",
            ),
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")) & Q(start__year=models.F("end__year")),
                name="period_history_dates_in_one_year",
                violation_error_message="Perioden ska ligga inom ett och samma räkenskapsår.",
            ),
            models.CheckConstraint(
                condition=Q(summa_tillgangar__isnull=True) | Q(summa_tillgangar__gt=0),
                name="period_history_assets_positive",
                violation_error_message="Summa tillgångar ska vara större än noll.",
            ),
            models.CheckConstraint(
                condition=Q(eget_kapital__isnull=True, summa_tillgangar__isnull=True)
                | Q(eget_kapital__isnull=False, summa_tillgangar__isnull=False),
                name="period_history_equity_with_assets",
                violation_error_message="Ange både eget kapital och summa tillgångar, eller "
                "inget av dem.",
            ),
        ]

    def __str__(self) -> str:
        return f"{MONTHS[self.start.month - 1]}–{MONTHS[self.end.month - 1]} {self.end.year}"

    @property
    def year(self) -> int:
        return self.end.year
