"""Insatser (interventions) the förbund finances, their yearly financing and the settings of the
socioekonomisk effekt."""

import re
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from finsam.models import BudgetLine, Forbund, Member
from finsam.versioning import VersionedModel

#: The age bands of Bilaga 2 unless an insats uses its own (e.g. NOVA: 16–29 / 30–64).
DEFAULT_AGE_BANDS = "16–29, 30–49, 50–64"

#: Samordningsförbundet Göteborg Centrum's model, as finnveden-arsredovisning-2020 prints it:
#: 10 500 kr lower costs + 5 700 kr new tax income per person and month.
DEFAULT_MONTHLY_SCHABLON = Decimal("16200")

AGE_BANDS_INVALID = "Skriv åldersgrupperna som t.ex. ”16–29, 30–49, 50–64”."
AGE_BANDS_ORDER = "Åldersgrupperna ska stå i stigande ordning och inte överlappa."
AGE_BANDS_RANGE = "Åldrarna ska ligga mellan 0 och 120, och grupperna börja på den lägre åldern."
DATES_ORDER = "Slutdatum kan inte vara före startdatum."

_BAND = re.compile(r"^\s*(\d{1,3})\s*[-–—]\s*(\d{1,3})\s*$")


def parse_age_bands(text: str) -> list[tuple[int, int]]:
    """``"16–29, 30–64"`` -> ``[(16, 29), (30, 64)]``; else ``ValidationError`` (Swedish)."""
    parts = [part for part in re.split(r"[,;/]", text or "") if part.strip()]
    if not parts:
        raise ValidationError(AGE_BANDS_INVALID, code="age_bands")
    bands = []
    for part in parts:
        match = _BAND.match(part)
        if not match:
            raise ValidationError(AGE_BANDS_INVALID, code="age_bands")
        low, high = int(match[1]), int(match[2])
        if low > high or high > 120:
            raise ValidationError(AGE_BANDS_RANGE, code="age_bands")
        if bands and low <= bands[-1][1]:
            raise ValidationError(AGE_BANDS_ORDER, code="age_bands")
        bands.append((low, high))
    return bands


def format_age_band(low: int, high: int) -> str:
    return f"{low}–{high}"


def validate_age_bands(text: str) -> None:
    parse_age_bands(text)


class InsatsKind(models.TextChoices):
    INDIVID = "individ", "Individinriktad"
    STRUKTUR = "struktur", "Strukturinriktad"


class Insats(VersionedModel):
    forbund = models.ForeignKey(Forbund, on_delete=models.CASCADE, related_name="insatser")
    name = models.CharField("namn", max_length=200)
    kind = models.CharField(
        "typ", max_length=10, choices=InsatsKind.choices, default=InsatsKind.INDIVID
    )
    responsible_member = models.ForeignKey(
        Member,
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="responsible_for",
        verbose_name="ansvarig medlem",
    )
    responsible_other = models.CharField(
        "ansvarig organisation eller enhet",
        max_length=200,
        blank=True,
        help_text="T.ex. ”Arbetsmarknadsavdelningen” eller en organisation som inte är medlem.",
    )
    participants = models.ManyToManyField(
        Member, blank=True, related_name="insatser", verbose_name="deltagande medlemmar"
    )
    start_date = models.DateField("start", null=True, blank=True)
    planned_end_date = models.DateField("planerat slut", null=True, blank=True)
    ended_date = models.DateField("avslutad", null=True, blank=True)
    malgrupp = models.TextField("målgrupp", blank=True)
    bemanning = models.TextField("bemanning", blank=True)
    metod = models.TextField("metod och arbetssätt", blank=True)
    age_bands = models.CharField(
        "åldersgrupper",
        max_length=100,
        default=DEFAULT_AGE_BANDS,
        validators=[validate_age_bands],
        help_text="Som deltagarstatistiken redovisas, t.ex. ”16–29, 30–49, 50–64” eller "
        "”16–29, 30–64”.",
    )
    structural_placement = models.CharField(
        "strukturinsatsens redovisning",
        max_length=12,
        choices=[("forvaltning", "I förvaltningsberättelsen (1.4)"), ("bilaga", "I bilagan")],
        default="forvaltning",
        help_text="Var årsredovisningen redovisar en strukturinriktad insats.",
    )
    position = models.PositiveSmallIntegerField("ordning", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "insats"
        verbose_name_plural = "insatser"
        ordering = ["forbund", "position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["forbund", "name"],
                name="insats_name_unique",
                violation_error_message="Det finns redan en insats med det namnet.",
            ),
            models.CheckConstraint(condition=Q(kind__in=InsatsKind.values), name="insats_kind"),
            models.CheckConstraint(
                condition=Q(planned_end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(planned_end_date__gte=F("start_date")),
                name="insats_planned_end_after_start",
                violation_error_message=DATES_ORDER,
            ),
            models.CheckConstraint(
                condition=Q(ended_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(ended_date__gte=F("start_date")),
                name="insats_ended_after_start",
                violation_error_message=DATES_ORDER,
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("insats-detail", kwargs={"forbund": self.forbund.slug, "pk": self.pk})

    @property
    def responsible_label(self) -> str:
        """'Jönköpings kommun (Arbetsmarknadsavdelningen)', or whichever of the two is known."""
        if self.responsible_member_id and self.responsible_other:
            return f"{self.responsible_member} ({self.responsible_other})"
        if self.responsible_member_id:
            return str(self.responsible_member)
        return self.responsible_other

    @property
    def age_band_list(self) -> list[tuple[int, int]]:
        try:
            return parse_age_bands(self.age_bands)
        except ValidationError:
            return parse_age_bands(DEFAULT_AGE_BANDS)

    def period_label(self) -> str:
        def fmt(day):
            return day.isoformat() if day else "…"

        if not (self.start_date or self.planned_end_date or self.ended_date):
            return ""
        end = self.ended_date or self.planned_end_date
        label = f"{fmt(self.start_date)} – {fmt(end)}"
        if self.planned_end_date and not self.ended_date:
            label += " (planerat)"
        return label

    def active_in(self, year: int) -> bool:
        end = self.ended_date or self.planned_end_date
        return (self.start_date is None or self.start_date.year <= year) and (
            end is None or end.year >= year
        )


class InsatsFinancing(VersionedModel):
    """A year's money for an insats: beviljat max, the budget's cost line, the line of the cost
    note that holds the utfall (the årsredovisning's figures are the reports app's)."""

    insats = models.ForeignKey(Insats, on_delete=models.CASCADE, related_name="financing")
    year = models.PositiveSmallIntegerField("år")
    granted_max = models.DecimalField(
        "beviljat max", max_digits=15, decimal_places=2, null=True, blank=True
    )
    budget_line = models.ForeignKey(
        BudgetLine,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="insats_financing",
        verbose_name="budgetrad",
    )
    cost_label = models.CharField(
        "rad i kostnadsnoten",
        max_length=200,
        blank=True,
        help_text="Raden i årsredovisningens not över insatsernas kostnader där utfallet står. "
        "Lämna tomt om den heter som budgetraden (eller som insatsen).",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "insatsens ekonomi"
        verbose_name_plural = "insatsernas ekonomi"
        ordering = ["insats", "-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["insats", "year"],
                name="insats_financing_one_per_year",
                violation_error_message="Insatsen har redan ekonomiuppgifter för året.",
            ),
            models.CheckConstraint(
                condition=Q(year__gte=2004) & Q(year__lte=2100),
                name="insats_financing_year",
                violation_error_message="Året ska vara mellan 2004 och 2100.",
            ),
            models.CheckConstraint(
                condition=Q(granted_max__isnull=True) | Q(granted_max__gte=0),
                name="insats_financing_granted_not_negative",
                violation_error_message="Beviljat belopp kan inte vara negativt.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.insats} {self.year}"

    @property
    def effective_cost_label(self) -> str:
        if self.cost_label:
            return self.cost_label
        if self.budget_line_id:
            return self.budget_line.label
        return self.insats.name


class SocioeconomicSetting(VersionedModel):
    """The schablon of the socioekonomisk effekt for a förbund from a year on; optionally the
    number of persons to work that an earlier årsredovisning reported (years before the
    förbund's participant figures are in the system)."""

    forbund = models.ForeignKey(
        Forbund, on_delete=models.CASCADE, related_name="socioeconomic_settings"
    )
    year = models.PositiveSmallIntegerField("år")
    monthly_schablon = models.DecimalField(
        "schablon per person och månad",
        max_digits=15,
        decimal_places=2,
        default=DEFAULT_MONTHLY_SCHABLON,
        help_text="Minskade kostnader plus ökade samhällsintäkter per person och månad när en "
        "deltagare går från offentlig försörjning till arbete. Gäller från året och framåt.",
    )
    reported_persons_to_work = models.PositiveIntegerField(
        "antal till arbete enligt tidigare redovisning",
        null=True,
        blank=True,
        help_text="Bara för år vars deltagaruppgifter inte finns här: det antal som "
        "årsredovisningen redovisade. Lämna tomt så räknas antalet fram ur deltagaruppgifterna.",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "socioekonomisk schablon"
        verbose_name_plural = "socioekonomiska schabloner"
        ordering = ["forbund", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["forbund", "year"], name="socioeconomic_one_per_year"),
            models.CheckConstraint(
                condition=Q(monthly_schablon__gt=0),
                name="socioeconomic_schablon_positive",
                violation_error_message="Schablonen måste vara större än noll.",
            ),
        ]

    def __str__(self) -> str:
        return f"Socioekonomisk schablon {self.year}"
