"""Indikatorer för finansiell samordning: the national survey's answers per insats and measuring
period (November of the year before to October)."""

from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from finsam.versioning import VersionedModel
from interventions.models.insatser import Insats


def share_field(label: str) -> models.DecimalField:
    return models.DecimalField(label, max_digits=5, decimal_places=4, null=True, blank=True)


def measuring_period_label(year: int) -> str:
    """2024 -> 'nov 2023 – okt 2024'."""
    return f"nov {year - 1} – okt {year}"


class IndicatorResult(VersionedModel):
    insats = models.ForeignKey(Insats, on_delete=models.CASCADE, related_name="indicators")
    period_year = models.PositiveSmallIntegerField(
        "mätperiod",
        help_text="Året mätperioden slutar: 2024 betyder november 2023 – oktober 2024.",
    )
    question = models.CharField("fråga", max_length=300)
    respondents = models.PositiveIntegerField("svarande", null=True, blank=True)
    share_positive = share_field("andel positiva")
    respondents_kvinnor = models.PositiveIntegerField("svarande kvinnor", null=True, blank=True)
    share_positive_kvinnor = share_field("andel positiva kvinnor")
    respondents_man = models.PositiveIntegerField("svarande män", null=True, blank=True)
    share_positive_man = share_field("andel positiva män")
    share_positive_national = share_field("andel positiva nationellt")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "indikatorresultat"
        verbose_name_plural = "indikatorer för finansiell samordning"
        ordering = ["insats__position", "insats__name", "-period_year", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["insats", "period_year", "question"],
                name="indicator_one_per_question",
                violation_error_message="Frågan finns redan för insatsen och mätperioden.",
            ),
            *[
                models.CheckConstraint(
                    condition=Q(**{f"{name}__isnull": True})
                    | (Q(**{f"{name}__gte": 0}) & Q(**{f"{name}__lte": 1})),
                    name=f"indicator_{name}_0_1",
                    violation_error_message="Andelen ska vara mellan 0 och 100 procent.",
                )
                for name in (
                    "share_positive",
                    "share_positive_kvinnor",
                    "share_positive_man",
                    "share_positive_national",
                )
            ],
            models.CheckConstraint(
                condition=Q(period_year__gte=2004) & Q(period_year__lte=2100),
                name="indicator_period_year_range",
                violation_error_message="Mätperioden ska vara ett år mellan 2004 och 2100.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.insats}, {self.period_label}: {self.question}"

    @property
    def period_label(self) -> str:
        return measuring_period_label(self.period_year)
