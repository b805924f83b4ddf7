"""The förbund, its members and populations, fiscal years, and who may do what in it."""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from finsam.versioning import VersionedModel


class KommunSplitRule(models.TextChoices):
    POPULATION = "population", "Efter invånarantal"
    EXPLICIT = "explicit", "Fasta andelar enligt förbundsordningen"


class Forbund(VersionedModel):
    name = models.CharField("namn", max_length=200, unique=True)
    slug = models.SlugField(
        "kortnamn",
        max_length=60,
        unique=True,
        help_text="Används i webbadresser, t.ex. ”finnveden”.",
    )
    organisationsnummer = models.CharField("organisationsnummer", max_length=20, blank=True)
    sate = models.CharField("säte", max_length=100, blank=True)
    founded = models.DateField("bildat", null=True, blank=True)
    vision = models.TextField("vision", blank=True)
    kommun_split_rule = models.CharField(
        "kommunernas fördelning",
        max_length=20,
        choices=KommunSplitRule.choices,
        default=KommunSplitRule.POPULATION,
        help_text="Hur kommunernas 25 % fördelas enligt förbundsordningen.",
    )
    # The reports' cover (``finsam.logos``: checked, size-limited and sanitised on upload).
    logo = models.BinaryField("logotyp", blank=True, default=b"")
    logo_type = models.CharField(
        "logotypens filtyp",
        max_length=20,
        blank=True,
        choices=[("image/png", "PNG"), ("image/svg+xml", "SVG")],
    )
    accent_colour = models.CharField(
        "accentfärg",
        max_length=7,
        default="#1d4e89",
        help_text="Färg på försättsbladet och rubrikerna i rapporterna, som #RRGGBB.",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "förbund"
        verbose_name_plural = "förbund"
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(accent_colour__regex=r"^#[0-9a-f]{6}$"),
                name="forbund_accent_colour_hex",
                violation_error_message="Ange färgen som #RRGGBB, t.ex. #1d4e89.",
            ),
            models.CheckConstraint(
                condition=Q(logo_type__in=["", "image/png", "image/svg+xml"]),
                name="forbund_logo_type_valid",
                violation_error_message="Logotypen ska vara en SVG- eller PNG-fil.",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forbund-home", kwargs={"forbund": self.slug})


class Role(models.TextChoices):
    SEKRETERARE = "sekreterare", "Förbundssekreterare"
    STYRELSE = "styrelse", "Styrelse"
    REVISOR = "revisor", "Revisor"


class Membership(models.Model):
    """A user's role in one förbund; a user may belong to several förbund."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    forbund = models.ForeignKey(Forbund, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField("roll", max_length=20, choices=Role.choices)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "behörighet"
        verbose_name_plural = "behörigheter"
        constraints = [
            models.UniqueConstraint(fields=["user", "forbund"], name="membership_one_role"),
            models.CheckConstraint(condition=Q(role__in=Role.values), name="membership_role_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.forbund} ({self.get_role_display()})"


class MemberKind(models.TextChoices):
    STATE = "staten", "Staten via Försäkringskassan"
    AF = "arbetsformedlingen", "Arbetsförmedlingen"
    REGION = "region", "Region"
    KOMMUN = "kommun", "Kommun"


# The law fixes the shares: half from the state, a quarter from the region, a quarter from the
# kommuner together. Arbetsförmedlingen is a member but pays through the state's half.
STATUTORY_SHARES = {
    MemberKind.STATE: Decimal("0.50"),
    MemberKind.REGION: Decimal("0.25"),
    MemberKind.KOMMUN: Decimal("0.25"),
    MemberKind.AF: Decimal("0"),
}


class Member(VersionedModel):
    forbund = models.ForeignKey(Forbund, on_delete=models.CASCADE, related_name="members")
    kind = models.CharField("typ", max_length=20, choices=MemberKind.choices)
    name = models.CharField("namn", max_length=200)
    position = models.PositiveSmallIntegerField("ordning", default=0)
    explicit_share = models.DecimalField(
        "andel av kommunernas del",
        max_digits=7,
        decimal_places=6,
        null=True,
        blank=True,
        help_text="Endast när förbundsordningen anger fasta andelar, t.ex. 0,403500.",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "medlem"
        verbose_name_plural = "medlemmar"
        ordering = ["forbund", "position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["forbund", "name"],
                name="member_name_unique",
                violation_error_message="Det finns redan en medlem med det namnet.",
            ),
            models.UniqueConstraint(
                fields=["forbund", "kind"],
                condition=~Q(kind=MemberKind.KOMMUN),
                name="member_one_state_af_region",
                violation_error_message=(
                    "Förbundet har redan en medlem av den typen; bara kommuner kan vara flera."
                ),
            ),
            models.CheckConstraint(
                condition=Q(kind__in=MemberKind.values), name="member_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(explicit_share__isnull=True)
                | (Q(kind=MemberKind.KOMMUN) & Q(explicit_share__gte=0) & Q(explicit_share__lte=1)),
                name="member_explicit_share_kommun_0_1",
                violation_error_message="Kommunandelen ska vara mellan 0 och 100 procent.",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_kommun(self) -> bool:
        return self.kind == MemberKind.KOMMUN


class Population(VersionedModel):
    """A kommun's invånarantal on a reference date (the förbundsordning names the date)."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="populations")
    reference_date = models.DateField("per datum")
    inhabitants = models.PositiveIntegerField("invånarantal")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "invånarantal"
        verbose_name_plural = "invånarantal"
        ordering = ["-reference_date", "member__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "reference_date"], name="population_one_per_date"
            ),
            models.CheckConstraint(
                condition=Q(inhabitants__gt=0),
                name="population_positive",
                violation_error_message="Invånarantalet ska vara större än noll.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member} {self.reference_date:%Y-%m-%d}: {self.inhabitants}"


class FiscalYear(models.Model):
    forbund = models.ForeignKey(Forbund, on_delete=models.CASCADE, related_name="fiscal_years")
    year = models.PositiveSmallIntegerField("år")

    class Meta:
        verbose_name = "räkenskapsår"
        verbose_name_plural = "räkenskapsår"
        ordering = ["forbund", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["forbund", "year"], name="fiscal_year_unique"),
            models.CheckConstraint(
                condition=Q(year__gte=2004) & Q(year__lte=2100),
                name="fiscal_year_range",
                violation_error_message="Året ska vara mellan 2004 och 2100.",
            ),
        ]

    def __str__(self) -> str:
        return str(self.year)
