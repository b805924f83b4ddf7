"""The förbund's account mapping (kept from year to year) and the record of each SIE import.

A mapping row says: the accounts ``konto`` (one account, ``3540``, or an inclusive range,
``4000-4999``) go to the report line ``rad`` (a key of ``sie.lines.RADER``), named ``line`` (a
line label; ``Kansli/Personalkostnader`` is the sub-line of Kansli; empty: the account's name in
the file), for driftbidrag from ``member``. With ``insats`` (a dimension object, ``7101`` or
``6:7101``), only the part of the accounts booked on that object goes to the line: that is how
costs per insats come from a kostnadsställe or projekt.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from finsam.models import Forbund, Member
from sie.lines import RAD_KEYS, RADER


class AccountMapping(models.Model):
    forbund = models.ForeignKey(Forbund, on_delete=models.CASCADE, related_name="account_mappings")
    konto = models.CharField(
        "konto", max_length=30, help_text="Ett konto (3540) eller ett intervall (4000-4999)."
    )
    rad = models.CharField("rad", max_length=40)
    line = models.CharField(
        "radens namn",
        max_length=200,
        blank=True,
        help_text="Tomt: kontots namn i filen. ”Kansli/Personalkostnader” är en "
        "specifikationsrad under Kansli.",
    )
    member = models.ForeignKey(
        Member,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="account_mappings",
        verbose_name="medlem",
    )
    insats = models.CharField(
        "objekt (insats)",
        max_length=60,
        blank=True,
        help_text="Kostnadsställe eller projekt i filen (#OBJEKT), t.ex. 7101 eller 6:7101.",
    )
    position = models.PositiveIntegerField("ordning", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "kontokoppling"
        verbose_name_plural = "kontokopplingar"
        ordering = ["forbund", "position", "konto", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["forbund", "konto", "insats"],
                name="account_mapping_unique",
                violation_error_message="Kontot har redan en koppling (för det objektet).",
            ),
            models.CheckConstraint(
                condition=Q(rad__in=sorted(set(RAD_KEYS))), name="account_mapping_rad_valid"
            ),
            models.CheckConstraint(
                condition=(Q(rad="driftbidrag") & Q(member__isnull=False))
                | (~Q(rad="driftbidrag") & Q(member__isnull=True)),
                name="account_mapping_member_iff_driftbidrag",
                violation_error_message="Driftbidrag ska ha en medlem; andra rader har ingen.",
            ),
        ]

    def __str__(self) -> str:
        target = RADER[self.rad].description if self.rad in RADER else self.rad
        return f"{self.konto} → {self.line or target}"

    @property
    def rad_description(self) -> str:
        return RADER[self.rad].description if self.rad in RADER else self.rad

    @property
    def csv_rad(self) -> str:
        return f"{self.rad}:{self.line}" if self.line else self.rad


class SieImport(models.Model):
    """One applied SIE import: which file (name, SHA-256, program, date) filled which report."""

    forbund = models.ForeignKey(Forbund, on_delete=models.CASCADE, related_name="sie_imports")
    period = models.ForeignKey(
        "reports.ReportPeriod",
        on_delete=models.SET_NULL,
        null=True,
        related_name="sie_imports",
        verbose_name="rapport",
    )
    year = models.PositiveSmallIntegerField("år")
    through = models.DateField("till och med", null=True, blank=True)
    file_name = models.CharField("filnamn", max_length=255)
    sha256 = models.CharField("SHA-256", max_length=64)
    program = models.CharField("program (#PROGRAM)", max_length=200, blank=True)
    generated = models.DateField("skapad (#GEN)", null=True, blank=True)
    sietyp = models.CharField("SIE-typ", max_length=4, blank=True)
    summary = models.TextField("sammanfattning", blank=True)
    imported_at = models.DateTimeField("importerad", auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="importerad av",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "SIE-import"
        verbose_name_plural = "SIE-importer"
        ordering = ["forbund", "-imported_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(sha256__regex=r"^[0-9a-f]{64}$"), name="sie_import_sha256_hex"
            ),
        ]

    def __str__(self) -> str:
        generated = f", skapad {self.generated:%Y-%m-%d}" if self.generated else ""
        program = f", program {self.program}" if self.program else ""
        return f"SIE-import av {self.file_name} (SHA-256 {self.sha256}{program}{generated})"
