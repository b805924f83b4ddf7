"""Signing, signed copies and attachments of approved documents (imported by reports.models).

- ``SigningAccount``: which login is which board member (a styrelse user signs as that person).
- ``Signature``: one signatory's signature of an approved version in the app: who, when, how.
- ``SignedCopy``: a signed PDF of an approved version, sealed by the product when every
  signatory has signed (``source=app``) or uploaded after an external e-signing service
  (``source=extern``); stored with its SHA-256 and the verification verdict. Never changed.
- ``DocumentAttachment``: the protokollsutdrag or the revisionsberättelse of a document (PDF).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class SigningAccount(models.Model):
    board_member = models.OneToOneField(
        "finsam.BoardMember",
        on_delete=models.CASCADE,
        related_name="signing_account",
        verbose_name="styrelseledamot",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="signing_accounts",
        verbose_name="inloggning",
    )
    history = HistoricalRecords()  # linked and unlinked, by whom: listed in the Historik

    class Meta:
        verbose_name = "inloggning för signering"
        verbose_name_plural = "inloggningar för signering"

    def __str__(self) -> str:
        return f"{self.user} = {self.board_member}"

    def history_subject(self) -> str:
        """ "Inga-Maj Eleholt (Ordförande) signerar med inloggningen inga@example.se"."""
        return f"{self.board_member} signerar med inloggningen {self.user.get_username()}"


class SignatureMethod(models.TextChoices):
    PASSWORD = "losenord", "Inloggad i Finsam Rapport, lösenordet angivet på nytt"


class Signature(models.Model):
    version = models.ForeignKey(
        "reports.ApprovedVersion", on_delete=models.PROTECT, related_name="signatures"
    )
    board_member = models.ForeignKey(
        "finsam.BoardMember", on_delete=models.PROTECT, related_name="signatures"
    )
    name = models.CharField("namn", max_length=200)
    role = models.CharField("roll i styrelsen", max_length=100)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="av"
    )
    signed_at = models.DateTimeField("signerad")
    method = models.CharField("metod", max_length=20, choices=SignatureMethod.choices)

    class Meta:
        verbose_name = "signatur"
        verbose_name_plural = "signaturer"
        ordering = ["version", "signed_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "board_member"], name="signature_once_per_signatory"
            ),
            models.CheckConstraint(
                condition=models.Q(method__in=SignatureMethod.values),
                name="signature_method_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.signed_at:%Y-%m-%d %H:%M}"


class SignedCopySource(models.TextChoices):
    APP = "app", "Signerad i Finsam Rapport"
    EXTERN = "extern", "Signerad i extern tjänst"


class SignedCopy(models.Model):
    version = models.ForeignKey(
        "reports.ApprovedVersion", on_delete=models.PROTECT, related_name="signed_copies"
    )
    source = models.CharField("ursprung", max_length=10, choices=SignedCopySource.choices)
    pdf = models.BinaryField("PDF")
    sha256 = models.CharField("SHA-256", max_length=64)
    filename = models.CharField("filnamn", max_length=255, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name="av",
    )
    created_at = models.DateTimeField("skapad")
    verdict = models.TextField("kontrollens utfall")
    signers = models.JSONField("undertecknare", default=list)

    class Meta:
        verbose_name = "signerad kopia"
        verbose_name_plural = "signerade kopior"
        ordering = ["version", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["version"],
                condition=models.Q(source="app"),
                name="signed_copy_one_sealed_per_version",
            ),
            models.CheckConstraint(
                condition=models.Q(source__in=SignedCopySource.values),
                name="signed_copy_source_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_source_display()} ({self.sha256[:12]})"


class AttachmentKind(models.TextChoices):
    PROTOKOLLSUTDRAG = "protokollsutdrag", "Protokollsutdrag"
    REVISIONSBERATTELSE = "revisionsberattelse", "Revisionsberättelse"


class DocumentAttachment(models.Model):
    document = models.ForeignKey(
        "reports.ReportDocument", on_delete=models.CASCADE, related_name="attachments"
    )
    kind = models.CharField("typ", max_length=30, choices=AttachmentKind.choices)
    filename = models.CharField("filnamn", max_length=255)
    pdf = models.BinaryField("PDF")
    sha256 = models.CharField("SHA-256", max_length=64)
    size = models.PositiveIntegerField("storlek (byte)")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name="uppladdad av",
    )
    uploaded_at = models.DateTimeField("uppladdad")

    class Meta:
        verbose_name = "bilaga"
        verbose_name_plural = "bilagor"
        ordering = ["document", "kind", "uploaded_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=AttachmentKind.values),
                name="document_attachment_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.filename}"


def register_ownership() -> None:
    """Register the models with their förbund (export/import, audit, deletion)."""
    from finsam import ownership

    ownership.register(SigningAccount, "board_member__forbund")
    ownership.register(Signature, "version__document__fiscal_year__forbund")
    ownership.register(SignedCopy, "version__document__fiscal_year__forbund")
    ownership.register(DocumentAttachment, "document__fiscal_year__forbund")
