"""What the published reports print about insatser beyond one outcome record: the förbund's own
avslutsorsaker (mapped to the national ones), strukturinsatser's participants by organisation,
the förbund's total of unique individuals, and an insats' year-scoped details (name, ansvar,
period, målgrupp, bemanning), so that renaming an insats in 2021 leaves 2018's report as it was.
"""

from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from finsam.models import Forbund, Member
from finsam.versioning import VersionedModel
from interventions.models.insatser import DATES_ORDER, Insats
from interventions.models.outcomes import ExitReason, ParticipantOutcome, count_field


class ExitCategory(VersionedModel):
    """One of the förbund's own avslutsorsaker, e.g. "Jobb, studier eller aktivt arbetssökande",
    mapped to the national category the förbund-wide tables group it under."""

    forbund = models.ForeignKey(Forbund, on_delete=models.CASCADE, related_name="exit_categories")
    name = models.CharField("avslutsorsak", max_length=200)
    national_reason = models.CharField(
        "motsvarande nationell avslutsorsak",
        max_length=40,
        choices=ExitReason.choices,
        help_text="Tabellerna över alla insatser räknar orsaken hit.",
    )
    position = models.PositiveSmallIntegerField("ordning", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "förbundets avslutsorsak"
        verbose_name_plural = "förbundets avslutsorsaker"
        ordering = ["forbund", "position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["forbund", "name"],
                name="exit_category_unique_name",
                violation_error_message="Förbundet har redan en avslutsorsak med det namnet.",
            ),
            models.CheckConstraint(
                condition=Q(national_reason__in=ExitReason.values),
                name="exit_category_national_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class OrganisationCount(models.Model):
    """Participants of a strukturinsats from one organisation, by gender (e.g. a
    kompetensutveckling attended by 12 from Arbetsförmedlingen, 7 women and 5 men)."""

    outcome = models.ForeignKey(
        ParticipantOutcome, on_delete=models.CASCADE, related_name="organisations"
    )
    organisation = models.CharField("organisation", max_length=200)
    position = models.PositiveSmallIntegerField("ordning", default=0)
    deltagare = models.PositiveIntegerField("deltagare")
    kvinnor = count_field("kvinnor")
    man = count_field("män")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "deltagare per organisation"
        verbose_name_plural = "deltagare per organisation"
        ordering = ["outcome", "position", "organisation"]
        constraints = [
            models.UniqueConstraint(
                fields=["outcome", "organisation"], name="organisation_count_one_per_name"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation}: {self.deltagare}"


class ParticipantTotal(VersionedModel):
    """The förbund's participants in a period counted as unique individuals (a person in two
    insatser counts once), as the follow-up system reports them: finnveden 2020's "Total 176
    personer ..., varav 83 kvinnor, 65 män och 28 där vi saknar uppgift om kön"."""

    forbund = models.ForeignKey(
        Forbund, on_delete=models.CASCADE, related_name="participant_totals"
    )
    period_start = models.DateField("period från")
    period_end = models.DateField("period till och med")
    deltagare = models.PositiveIntegerField("unika deltagare")
    kvinnor = count_field("kvinnor")
    man = count_field("män")
    okant = count_field("uppgift om kön saknas")
    source = models.CharField("källa", max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "förbundets deltagare (unika individer)"
        verbose_name_plural = "förbundets deltagare (unika individer)"
        ordering = ["forbund", "-period_end"]
        constraints = [
            models.UniqueConstraint(
                fields=["forbund", "period_start", "period_end"],
                name="participant_total_one_per_period",
                violation_error_message="Förbundet har redan ett totalt antal för perioden.",
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="participant_total_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.forbund}: {self.deltagare} ({self.period_start} – {self.period_end})"


class StructuralPlacement(models.TextChoices):
    FORVALTNING = "forvaltning", "I förvaltningsberättelsen (1.4)"
    BILAGA = "bilaga", "I bilagan"


class InsatsYear(VersionedModel):
    """An insats' details as a year's report prints them. A year without its own record uses
    the latest earlier one (else the earliest, else the insats' own fields)."""

    insats = models.ForeignKey(Insats, on_delete=models.CASCADE, related_name="years")
    year = models.PositiveSmallIntegerField("från år")
    name = models.CharField("namn", max_length=200)
    responsible_member = models.ForeignKey(
        Member,
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="responsible_for_years",
        verbose_name="ansvarig medlem",
    )
    responsible_other = models.CharField(
        "ansvarig organisation eller enhet", max_length=200, blank=True
    )
    start_date = models.DateField("start", null=True, blank=True)
    planned_end_date = models.DateField("planerat slut", null=True, blank=True)
    ended_date = models.DateField("avslutad", null=True, blank=True)
    malgrupp = models.TextField("målgrupp", blank=True)
    bemanning = models.TextField("bemanning", blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "insatsens uppgifter för ett år"
        verbose_name_plural = "insatsens uppgifter per år"
        ordering = ["insats", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["insats", "year"],
                name="insats_year_one_per_year",
                violation_error_message="Insatsen har redan uppgifter för året.",
            ),
            models.CheckConstraint(
                condition=Q(year__gte=2004) & Q(year__lte=2100), name="insats_year_range"
            ),
            models.CheckConstraint(
                condition=Q(ended_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(ended_date__gte=F("start_date")),
                name="insats_year_ended_after_start",
                violation_error_message=DATES_ORDER,
            ),
            models.CheckConstraint(
                condition=Q(planned_end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(planned_end_date__gte=F("start_date")),
                name="insats_year_planned_after_start",
                violation_error_message=DATES_ORDER,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.year})"


#: The fields an InsatsYear carries, taken from the insats where no year record exists.
YEAR_FIELDS = (
    "name",
    "responsible_member",
    "responsible_other",
    "start_date",
    "planned_end_date",
    "ended_date",
    "malgrupp",
    "bemanning",
)
