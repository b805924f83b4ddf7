"""Driftbidrag: the members' yearly payments, split 50/25/25 by law."""

from decimal import Decimal

from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from finsam.models.organisation import FiscalYear, Member
from finsam.versioning import VersionedModel


class DriftbidragBasis(models.TextChoices):
    TOTAL = "total", "Fastställt totalbelopp"
    STATE_OFFER = "statens_erbjudande", "Statens erbjudande (staten betalar hälften)"
    OFFERS = "medlemmarnas_besked", "Medlemmarnas besked (den som ger minst styr)"


class Driftbidrag(VersionedModel):
    fiscal_year = models.OneToOneField(
        FiscalYear, on_delete=models.CASCADE, related_name="driftbidrag"
    )
    basis = models.CharField(
        "underlag", max_length=30, choices=DriftbidragBasis.choices, default=DriftbidragBasis.TOTAL
    )
    amount = models.DecimalField(
        "belopp",
        max_digits=15,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Totalbeloppet, eller statens erbjudna belopp. Tomt vid medlemmarnas besked.",
    )
    rounding_unit = models.DecimalField(
        "avrundning av kommunernas belopp (kr)",
        max_digits=10,
        decimal_places=2,
        default=Decimal("100"),
    )
    population_date = models.DateField(
        "invånarantal per datum",
        null=True,
        blank=True,
        help_text="Datumet förbundsordningen anger, t.ex. 1 juli året före budgetåret.",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "driftbidrag"
        verbose_name_plural = "driftbidrag"
        constraints = [
            models.CheckConstraint(
                condition=Q(basis__in=DriftbidragBasis.values), name="driftbidrag_basis_valid"
            ),
            models.CheckConstraint(
                condition=Q(basis=DriftbidragBasis.OFFERS)
                | (Q(amount__isnull=False) & Q(amount__gt=0)),
                name="driftbidrag_amount_required",
                violation_error_message="Ange beloppet för det valda underlaget.",
            ),
            models.CheckConstraint(
                condition=Q(rounding_unit__gt=0),
                name="driftbidrag_rounding_positive",
                violation_error_message="Avrundningen ska vara större än noll.",
            ),
        ]

    def __str__(self) -> str:
        return f"Driftbidrag {self.fiscal_year.year}"


class ContributionOffer(models.Model):
    """What a member says it can pay next year: an amount or an increase over this year."""

    driftbidrag = models.ForeignKey(Driftbidrag, on_delete=models.CASCADE, related_name="offers")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="offers")
    previous_amount = models.DecimalField("föregående års bidrag", max_digits=15, decimal_places=2)
    accepted_amount = models.DecimalField(
        "godtaget belopp", max_digits=15, decimal_places=2, null=True, blank=True
    )
    accepted_increase_percent = models.DecimalField(
        "godtagen ökning (%)", max_digits=6, decimal_places=2, null=True, blank=True
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "medlems besked"
        verbose_name_plural = "medlemmars besked"
        ordering = ["member__position"]
        constraints = [
            models.UniqueConstraint(fields=["driftbidrag", "member"], name="offer_one_per_member"),
            models.CheckConstraint(
                condition=(
                    Q(accepted_amount__isnull=False, accepted_increase_percent__isnull=True)
                    | Q(accepted_amount__isnull=True, accepted_increase_percent__isnull=False)
                ),
                name="offer_amount_xor_percent",
                violation_error_message="Ange antingen ett belopp eller en procentsats, inte båda.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member}: {self.accepted_amount or self.accepted_increase_percent}"
