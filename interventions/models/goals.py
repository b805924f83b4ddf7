"""Goals: the verksamhetsplan's åtaganden (Bilaga 1) and each insats' own goals (Bilaga 2)."""

from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from finsam.models import Forbund
from finsam.money import format_amount, format_percent
from finsam.versioning import VersionedModel
from interventions.models.insatser import Insats


class GoalStatus(models.TextChoices):
    UPPFYLLT = "uppfyllt", "Uppfyllt"
    DELVIS = "delvis", "Delvis uppfyllt"
    EJ_UPPFYLLT = "ej_uppfyllt", "Ej uppfyllt"
    EJ_BEDOMT = "ej_bedomt", "Ej bedömt"


class GoalUnit(models.TextChoices):
    PROCENT = "procent", "Procent"
    ANTAL = "antal", "Antal"
    INDEX = "index", "Index"


class Goal(VersionedModel):
    forbund = models.ForeignKey(Forbund, on_delete=models.CASCADE, related_name="goals")
    year = models.PositiveSmallIntegerField("år")
    insats = models.ForeignKey(
        Insats,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="goals",
        verbose_name="insats",
        help_text="Lämna tomt för ett åtagande i verksamhetsplanen (Bilaga 1).",
    )
    position = models.PositiveSmallIntegerField("ordning", default=0)
    text = models.TextField("mål eller åtagande")
    target_value = models.DecimalField(
        "målvärde", max_digits=15, decimal_places=4, null=True, blank=True
    )
    target_unit = models.CharField("enhet", max_length=10, choices=GoalUnit.choices, blank=True)
    outcome_text = models.TextField("utfall och kommentar", blank=True)
    outcome_value = models.DecimalField(
        "utfall (värde)", max_digits=15, decimal_places=4, null=True, blank=True
    )
    status = models.CharField(
        "måluppfyllelse", max_length=20, choices=GoalStatus.choices, blank=True
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "mål"
        verbose_name_plural = "mål"
        ordering = ["forbund", "year", "insats__position", "insats__name", "position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="") | Q(status__in=GoalStatus.values), name="goal_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(target_unit="") | Q(target_unit__in=GoalUnit.values),
                name="goal_unit_valid",
            ),
            models.CheckConstraint(
                condition=~Q(target_unit="")
                | (Q(target_value__isnull=True) & Q(outcome_value__isnull=True)),
                name="goal_values_have_unit",
                violation_error_message="Ange en enhet för målvärdet och utfallet.",
            ),
            models.CheckConstraint(
                condition=Q(year__gte=2004) & Q(year__lte=2100),
                name="goal_year_range",
                violation_error_message="Året ska vara mellan 2004 och 2100.",
            ),
        ]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    def format_value(self, value) -> str:
        """``75 %`` or ``55``: the target and outcome as the goal's unit prints them."""
        if value is None:
            return ""
        if self.target_unit == GoalUnit.PROCENT:
            decimals = 0 if (value * 100) == (value * 100).to_integral_value() else 1
            return format_percent(value, decimals=decimals)
        decimals = 0 if value == value.to_integral_value() else 2
        return format_amount(value, decimals=decimals)

    @property
    def target_display(self) -> str:
        return self.format_value(self.target_value)

    @property
    def outcome_display(self) -> str:
        return self.format_value(self.outcome_value)
