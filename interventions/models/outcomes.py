"""Participant outcomes per insats and period (Bilaga 2's deltagarstatistik).

A count left empty is unknown (``None``), which is not the same as 0: the seeds leave cells
blank. Totals of several records treat unknown as 0.

An insats may have several records in a year, each for its own period: the calendar year
that the förbund's participant table sums (``in_summary``), and e.g. the insats' own measuring
period December–November whose age and referral figures Bilaga 2 prints.
"""

import datetime

from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from finsam.models import Member
from finsam.versioning import VersionedModel
from interventions.models.insatser import Insats

PERIOD_ORDER = "Periodens slut kan inte vara före dess början."
PERIOD_EXISTS = "Insatsen har redan deltagaruppgifter för samma period."
SUMMARY_EXISTS = (
    "Insatsen har redan deltagaruppgifter för förbundets deltagartabell med samma slutdatum."
)


def count_field(label: str, **kwargs) -> models.PositiveIntegerField:
    return models.PositiveIntegerField(label, null=True, blank=True, **kwargs)


class ParticipantOutcome(VersionedModel):
    insats = models.ForeignKey(Insats, on_delete=models.CASCADE, related_name="outcomes")
    period_start = models.DateField("period från")
    period_end = models.DateField("period till och med")
    in_summary = models.BooleanField(
        "ingår i förbundets deltagartabell",
        default=True,
        help_text="Årets tabell över alla insatsers deltagare summerar dessa uppgifter. Ta bort "
        "bocken för kompletterande statistik över en annan mätperiod.",
    )
    source = models.CharField(
        "källa",
        max_length=200,
        blank=True,
        help_text="T.ex. SUS, Uppföljning Finsam eller insatsens egen statistik.",
    )
    deltagare = count_field("deltagare totalt")
    deltagare_kvinnor = count_field("kvinnor")
    deltagare_man = count_field("män")
    deltagare_okant = count_field("uppgift om kön saknas")
    nya = count_field("varav nya")
    nya_kvinnor = count_field("nya kvinnor")
    nya_man = count_field("nya män")
    avslutade = count_field("avslutade")
    avslutade_kvinnor = count_field("avslutade kvinnor")
    avslutade_man = count_field("avslutade män")
    volym_deltagare = count_field(
        "volymdeltagare",
        help_text="Deltagare i volyminsatser, räknade utan personuppgifter. Ingår inte i "
        "deltagarna ovan.",
    )
    volym_kvinnor = count_field("volymdeltagare kvinnor")
    volym_man = count_field("volymdeltagare män")
    anonyma = count_field(
        "anonyma deltagare",
        help_text="Deltagare som inte lämnat personuppgifter men räknats. Ingår inte i "
        "deltagarna ovan.",
    )
    aktiviteter = count_field(
        "aktiviteter", help_text="Strukturinsatser: utbildningar, seminarier och andra aktiviteter."
    )
    moten = count_field("möten", help_text="Strukturinsatser: möten och träffar.")
    ansvar_och_period = models.TextField("ansvar och period", blank=True)
    resultat = models.TextField("resultat och måluppfyllelse", blank=True)
    utmaningar = models.TextField("utmaningar och lärdomar", blank=True)
    samverkan_jamstalldhet = models.TextField("samverkan och jämställdhet", blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "deltagaruppgifter"
        verbose_name_plural = "deltagaruppgifter"
        ordering = ["insats", "-period_end", "period_start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="outcome_period_ordered",
                violation_error_message=PERIOD_ORDER,
            ),
            models.UniqueConstraint(
                fields=["insats", "period_start", "period_end"],
                name="outcome_one_per_period",
                violation_error_message=PERIOD_EXISTS,
            ),
            models.UniqueConstraint(
                fields=["insats", "period_end"],
                condition=Q(in_summary=True),
                name="outcome_one_summary_per_period_end",
                violation_error_message=SUMMARY_EXISTS,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.insats}, {self.period_label}"

    @property
    def year(self) -> int:
        return self.period_end.year

    @property
    def period_label(self) -> str:
        return f"{self.period_start.isoformat()} – {self.period_end.isoformat()}"

    @property
    def is_calendar_year(self) -> bool:
        return self.period_start == datetime.date(
            self.period_end.year, 1, 1
        ) and self.period_end == datetime.date(self.period_end.year, 12, 31)


class ExitReason(models.TextChoices):
    ARBETE_UTAN_SUBVENTION = "arbete_utan_subvention", "Arbete utan subvention"
    ARBETE_MED_SUBVENTION = "arbete_med_subvention", "Arbete med subvention"
    STUDIER = "studier", "Studier"
    ARBETSLIVSINRIKTAD_REHABILITERING = (
        "arbetslivsinriktad_rehabilitering",
        "Fortsatt arbetslivsinriktad rehabilitering",
    )
    SJUKDOM = "sjukdom", "Sjukdom"
    EGEN_BEGARAN = "egen_begaran", "Egen begäran"
    ATER_TILL_REMITTENT = "ater_till_remittent", "Åter till remittent"
    ANNAT = "annat", "Annat"


WORK_REASONS = (ExitReason.ARBETE_UTAN_SUBVENTION, ExitReason.ARBETE_MED_SUBVENTION)


class ExitCount(models.Model):
    """Avslutade for one avslutsorsak; the split by gender where known."""

    outcome = models.ForeignKey(ParticipantOutcome, on_delete=models.CASCADE, related_name="exits")
    reason = models.CharField("nationell avslutsorsak", max_length=40, choices=ExitReason.choices)
    category = models.ForeignKey(
        "interventions.ExitCategory",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="counts",
        verbose_name="förbundets avslutsorsak",
        help_text="Förbundets egen kategori; den nationella orsaken följer kategorin.",
    )
    count = models.PositiveIntegerField("antal")
    kvinnor = count_field("kvinnor")
    man = count_field("män")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "avslutsorsak"
        verbose_name_plural = "avslutsorsaker"
        constraints = [
            models.UniqueConstraint(
                fields=["outcome", "reason"],
                condition=Q(category__isnull=True),
                name="exit_one_per_reason",
            ),
            models.UniqueConstraint(
                fields=["outcome", "category"],
                condition=Q(category__isnull=False),
                name="exit_one_per_category",
            ),
            models.CheckConstraint(
                condition=Q(reason__in=ExitReason.values), name="exit_reason_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label}: {self.count}"

    @property
    def label(self) -> str:
        """The förbund's own category when set, else the national avslutsorsak."""
        return self.category.name if self.category_id else self.get_reason_display()


class ReferralSource(models.TextChoices):
    ARBETSFORMEDLINGEN = "arbetsformedlingen", "Arbetsförmedlingen"
    FORSAKRINGSKASSAN = "forsakringskassan", "Försäkringskassan"
    REGION = "region", "Region"
    KOMMUN = "kommun", "Kommun"
    ANNAT = "annat", "Annat"


class ReferralCount(models.Model):
    outcome = models.ForeignKey(
        ParticipantOutcome, on_delete=models.CASCADE, related_name="referrals"
    )
    source = models.CharField(
        "remitterande myndighet", max_length=20, choices=ReferralSource.choices
    )
    member = models.ForeignKey(
        Member,
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="referrals",
        verbose_name="kommun",
        help_text="Den remitterande kommunen, när kommunernas remisser redovisas var för sig.",
    )
    count = models.PositiveIntegerField("antal")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "remitterande myndighet"
        verbose_name_plural = "remitterande myndigheter"
        constraints = [
            models.UniqueConstraint(
                fields=["outcome", "source"],
                condition=Q(member__isnull=True),
                name="referral_one_per_source",
            ),
            models.UniqueConstraint(
                fields=["outcome", "member"],
                condition=Q(member__isnull=False),
                name="referral_one_per_member",
            ),
            models.CheckConstraint(
                condition=Q(member__isnull=True) | Q(source="kommun"),
                name="referral_member_is_kommun",
            ),
            models.CheckConstraint(
                condition=Q(source__in=ReferralSource.values), name="referral_source_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label}: {self.count}"

    @property
    def label(self) -> str:
        return str(self.member) if self.member_id else self.get_source_display()


class AgeBandCount(models.Model):
    """Participants of one age band by gender. The band's limits are stored with the counts, so
    changing the insats' bands later leaves earlier years as they were reported."""

    outcome = models.ForeignKey(
        ParticipantOutcome, on_delete=models.CASCADE, related_name="age_bands"
    )
    age_from = models.PositiveSmallIntegerField("från ålder")
    age_to = models.PositiveSmallIntegerField("till ålder")
    kvinnor = count_field("kvinnor")
    man = count_field("män")
    okant = count_field("uppgift om kön saknas")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "åldersgrupp"
        verbose_name_plural = "åldersgrupper"
        ordering = ["outcome", "age_from"]
        constraints = [
            models.UniqueConstraint(fields=["outcome", "age_from"], name="age_band_one_per_start"),
            models.CheckConstraint(
                condition=Q(age_to__gte=F("age_from")),
                name="age_band_ordered",
                violation_error_message="Åldersgruppens övre gräns är lägre än den nedre.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.age_from}–{self.age_to}"

    @property
    def label(self) -> str:
        return f"{self.age_from}–{self.age_to}"

    @property
    def total(self) -> int | None:
        values = [v for v in (self.kvinnor, self.man, self.okant) if v is not None]
        return sum(values) if values else None


class MemberBreakdown(models.Model):
    """Participants per member kommun, e.g. Stöd till arbete – SE/IPS by Gnosjö, Gislaved and
    Värnamo (finnveden-arsredovisning-2020, Bilaga 2)."""

    outcome = models.ForeignKey(
        ParticipantOutcome, on_delete=models.CASCADE, related_name="member_breakdown"
    )
    member = models.ForeignKey(
        Member, on_delete=models.RESTRICT, related_name="participant_breakdown"
    )
    deltagare = models.PositiveIntegerField("deltagare")
    kvinnor = count_field("kvinnor")
    man = count_field("män")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "deltagare per medlem"
        verbose_name_plural = "deltagare per medlem"
        ordering = ["outcome", "member__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["outcome", "member"], name="member_breakdown_one_per_member"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member}: {self.deltagare}"
