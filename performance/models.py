"""The data version of a förbund, and the cached draft PDFs."""

import uuid

from django.conf import settings
from django.db import models


class DataVersion(models.Model):
    """A token that changes with every write to any row of the förbund (``performance.versions``).

    A fresh random token rather than a counter: a rolled-back write can never make a later,
    different state of the data reuse a token, and so a cached result."""

    forbund = models.OneToOneField(
        "finsam.Forbund", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    token = models.UUIDField(default=uuid.uuid4)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "dataversion"
        verbose_name_plural = "dataversioner"

    def __str__(self) -> str:
        return f"{self.forbund_id}: {self.token}"


class RenderStatus(models.TextChoices):
    QUEUED = "queued", "I kö"
    RUNNING = "running", "Skapas"
    READY = "ready", "Klar"
    FAILED = "failed", "Misslyckades"


class DraftPdf(models.Model):
    """A rendered draft (UTKAST) of a document, stored under the hash of everything it shows:
    the document's HTML and the print stylesheet (``performance.drafts.content_hash``)."""

    document = models.ForeignKey(
        "reports.ReportDocument", on_delete=models.CASCADE, related_name="+"
    )
    content_hash = models.CharField("innehållets SHA-256", max_length=64)
    status = models.CharField(max_length=10, choices=RenderStatus.choices)
    pdf = models.BinaryField(null=True, editable=False)
    pages = models.PositiveIntegerField(null=True)
    error = models.TextField(blank=True)
    queued_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = "utkast-PDF"
        verbose_name_plural = "utkast-PDF:er"
        constraints = [
            models.UniqueConstraint(
                fields=["document", "content_hash"], name="draftpdf_one_per_content"
            )
        ]

    def __str__(self) -> str:
        return f"{self.document_id} {self.content_hash[:12]} {self.status}"


class ApprovalJob(models.Model):
    """The board's approval, carried out by a worker: the approval (``reports.approval``) is
    complete when its PDF is stored; a failure leaves the document inskickad with ``error``."""

    document = models.ForeignKey(
        "reports.ReportDocument", on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    seen_version = models.PositiveIntegerField(null=True)
    decision = models.JSONField("beslutet", default=dict)  # performance.approvals.decision_data
    status = models.CharField(max_length=10, choices=RenderStatus.choices)
    error = models.TextField(blank=True)
    version_number = models.PositiveIntegerField(null=True)
    queued_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = "godkännande i bakgrunden"
        verbose_name_plural = "godkännanden i bakgrunden"
        ordering = ["-queued_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.document_id} {self.status}"
