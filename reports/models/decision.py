"""The board's decision on a document, stored with the approved version it produced.

Kept in its own model (not in ``ApprovedVersion``) so the approval snapshot can take it as it is:
the decision date, the meeting's paragraph, the place and the diarienummer the cover and the
signature page print, and the signatories (name and board role, in print order) as the board
confirmed them. The click time of the approval is ``ApprovedVersion.approved_at`` and is shown in
the Historik only.
"""

from django.db import models
from django.db.models import Q

from finsam.purge import is_purging
from reports.freeze_guard import VERSION_IMMUTABLE_MESSAGE, ReportFrozen
from reports.models.documents import ApprovedVersion


class BoardDecision(models.Model):
    version = models.OneToOneField(
        ApprovedVersion, on_delete=models.CASCADE, related_name="decision", verbose_name="version"
    )
    decided_on = models.DateField("beslutsdatum")
    paragraph = models.CharField("paragraf (§)", max_length=20)
    place = models.CharField("ort", max_length=100)
    diarienummer = models.CharField("diarienummer", max_length=40, blank=True)
    signatories = models.JSONField(
        "undertecknare",
        default=list,
        help_text='I utskriftsordning: [{"name": "…", "role": "…"}, …].',
    )

    class Meta:
        verbose_name = "styrelsebeslut"
        verbose_name_plural = "styrelsebeslut"
        constraints = [
            models.CheckConstraint(
                condition=~Q(paragraph=""), name="board_decision_paragraph_required"
            ),
            models.CheckConstraint(condition=~Q(place=""), name="board_decision_place_required"),
        ]

    def __str__(self) -> str:
        return f"Beslut {self.decided_on:%Y-%m-%d}, § {self.paragraph} ({self.version})"

    def save(self, *args, **kwargs):
        if self.pk is not None and not is_purging():
            raise ReportFrozen(VERSION_IMMUTABLE_MESSAGE)
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if not is_purging():
            raise ReportFrozen(VERSION_IMMUTABLE_MESSAGE)
        return super().delete(*args, **kwargs)
