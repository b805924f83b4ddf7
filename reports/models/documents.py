"""The documents (Verksamhetsplan, Delårsrapport, Årsredovisning), their approved versions and their
texts."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from finsam.models import FiscalYear, Forbund
from finsam.purge import is_purging
from finsam.versioning import VersionedModel
from reports import freeze_guard
from reports.freeze_guard import VERSION_IMMUTABLE_MESSAGE, ReportFrozen
from reports.models.base import FrozenGuardMixin, FrozenQuerySet
from reports.models.kinds import DocumentKind, DocumentStatus
from reports.models.periods import ReportPeriod


class ReportDocument(VersionedModel):
    """One document the board approves: a year's Verksamhetsplan (no period), Årsredovisning or
    Delårsrapport (with its period). Its approved versions are ``ApprovedVersion`` rows."""

    fiscal_year = models.ForeignKey(FiscalYear, on_delete=models.PROTECT, related_name="documents")
    kind = models.CharField("dokument", max_length=20, choices=DocumentKind.choices)
    period = models.OneToOneField(
        ReportPeriod, on_delete=models.PROTECT, null=True, blank=True, related_name="document"
    )
    status = models.CharField(
        "status", max_length=20, choices=DocumentStatus.choices, default=DocumentStatus.UTKAST
    )
    diarienummer = models.CharField("diarienummer", max_length=40, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="inskickad av",
    )
    submitted_at = models.DateTimeField("inskickad", null=True, blank=True)
    return_comment = models.TextField(
        "styrelsens kommentar",
        blank=True,
        help_text="Varför styrelsen skickade tillbaka dokumentet till utkast (senaste gången).",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "dokument"
        verbose_name_plural = "dokument"
        ordering = ["fiscal_year", "kind"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=DocumentKind.values), name="report_document_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=DocumentStatus.values), name="report_document_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(kind="verksamhetsplan", period__isnull=True)
                | (~Q(kind="verksamhetsplan") & Q(period__isnull=False)),
                name="report_document_period_iff_not_plan",
            ),
            models.UniqueConstraint(
                fields=["fiscal_year"],
                condition=Q(kind="verksamhetsplan"),
                name="report_document_one_plan_per_year",
                violation_error_message="Det finns redan en verksamhetsplan för året.",
            ),
        ]

    def __str__(self) -> str:
        if self.period_id:
            return str(self.period)
        return f"Verksamhetsplan {self.fiscal_year.year}"

    def get_absolute_url(self) -> str:
        return reverse(
            "report-document-detail", kwargs={"forbund": self.forbund.slug, "pk": self.pk}
        )

    @property
    def forbund(self) -> Forbund:
        return self.fiscal_year.forbund

    @property
    def year(self) -> int:
        return self.fiscal_year.year

    @property
    def version_in_force(self) -> "ApprovedVersion | None":
        """The approved version that freezes the document, if it is approved and not reopened."""
        return self.approved_versions.filter(reopened_at__isnull=True).first()


class ApprovedVersionQuerySet(models.QuerySet):
    def update(self, **kwargs):
        freeze_guard.check("version_queryset", self, changed_fields=list(kwargs))
        return super().update(**kwargs)

    def delete(self):
        freeze_guard.check("version_queryset", self)
        return super().delete()


class ApprovedVersion(models.Model):
    """A version of a document as the board approved it: the PDF bytes are stored once and never
    change (enforced by database triggers). Reopening sets ``reopened_*`` and nothing else."""

    document = models.ForeignKey(
        ReportDocument, on_delete=models.PROTECT, related_name="approved_versions"
    )
    number = models.PositiveSmallIntegerField("version")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name="inskickad av",
    )
    submitted_at = models.DateTimeField("inskickad", null=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="godkänd av",
    )
    approved_at = models.DateTimeField("godkänd")
    pdf = models.BinaryField("PDF")
    sha256 = models.CharField("SHA-256", max_length=64)
    pages = models.PositiveSmallIntegerField("sidor")
    # Everything the document shows, copied at approval (``reports.snapshot``), and its hash.
    snapshot = models.JSONField("ögonblicksbild", default=dict, blank=True)
    snapshot_sha256 = models.CharField("ögonblicksbildens SHA-256", max_length=64, blank=True)
    reopened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="återöppnad av",
    )
    reopened_at = models.DateTimeField("återöppnad", null=True, blank=True)
    reopen_reason = models.TextField("skäl till återöppning", blank=True)

    objects = ApprovedVersionQuerySet.as_manager()

    class Meta:
        verbose_name = "godkänd version"
        verbose_name_plural = "godkända versioner"
        ordering = ["document", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "number"], name="approved_version_unique_number"
            ),
            models.UniqueConstraint(
                fields=["document"],
                condition=Q(reopened_at__isnull=True),
                name="approved_version_one_in_force",
            ),
            models.CheckConstraint(
                condition=Q(sha256__regex=r"^[0-9a-f]{64}$"), name="approved_version_sha256_hex"
            ),
            models.CheckConstraint(
                condition=Q(reopened_at__isnull=True, reopened_by__isnull=True)
                | Q(reopened_at__isnull=False, reopened_by__isnull=False),
                name="approved_version_reopened_by_and_at",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.document}, version {self.number}"

    def save(self, *args, **kwargs):
        freeze_guard.check("version_save", self)
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if not is_purging():
            raise ReportFrozen(VERSION_IMMUTABLE_MESSAGE)
        return super().delete(*args, **kwargs)

    @property
    def in_force(self) -> bool:
        return self.reopened_at is None


class ReportText(FrozenGuardMixin, VersionedModel):
    """A narrative section of a document (Ordföranden har ordet, Förväntad utveckling, an
    insats's text …). ``body`` is a small markup (paragraphs, bullet lists, **bold**, *italic*),
    never HTML: it is escaped and converted when displayed. ``section`` is a key of
    ``reports.texts.SECTIONS``; ``insats`` is set for the per-insats texts of Bilaga 2."""

    document = models.ForeignKey(ReportDocument, on_delete=models.CASCADE, related_name="texts")
    section = models.CharField("avsnitt", max_length=40)
    insats = models.ForeignKey(
        "interventions.Insats",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="report_texts",
    )
    body = models.TextField("text", blank=True)
    is_draft_copy = models.BooleanField(
        "kopierad från föregående år, ej granskad",
        default=False,
        help_text="Sätts när texten kopieras från förra årets dokument; tas bort när den sparas.",
    )
    history = HistoricalRecords()
    objects = FrozenQuerySet.as_manager()

    class Meta:
        verbose_name = "text"
        verbose_name_plural = "texter"
        ordering = ["document", "section", "insats"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "section"],
                condition=Q(insats__isnull=True),
                name="report_text_one_per_section",
            ),
            models.UniqueConstraint(
                fields=["document", "section", "insats"],
                condition=Q(insats__isnull=False),
                name="report_text_one_per_insats",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.section} ({self.document})"

    def history_subject(self) -> str:
        """The section's Swedish title, not its key, for the Historik (finsam.history)."""
        from reports.text_sections import SECTIONS_BY_KEY

        section = SECTIONS_BY_KEY.get(self.section)
        title = section.title if section else self.section
        if self.insats_id:
            title = f"{title}, {self.insats}"
        return f"{title} ({self.document})"
