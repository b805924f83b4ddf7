"""A subsection the sekreterare adds inside a section of a document (``reports.outline``)."""

from django.db import models
from simple_history.models import HistoricalRecords

from finsam.versioning import VersionedModel
from reports.models.base import FrozenGuardMixin, FrozenQuerySet
from reports.models.documents import ReportDocument


class DocumentSubsection(FrozenGuardMixin, VersionedModel):
    document = models.ForeignKey(
        ReportDocument, on_delete=models.CASCADE, related_name="subsections"
    )
    section = models.CharField("avsnitt", max_length=40)
    position = models.PositiveSmallIntegerField("ordning", default=0)
    title = models.CharField("rubrik", max_length=200)
    body = models.TextField("text", blank=True)
    block = models.CharField(
        "datablock",
        max_length=40,
        blank=True,
        help_text="En beräknad tabell ur katalogen (reports.outline.BLOCKS), under texten.",
    )
    history = HistoricalRecords()
    objects = FrozenQuerySet.as_manager()

    class Meta:
        verbose_name = "underavsnitt"
        verbose_name_plural = "underavsnitt"
        ordering = ["document", "section", "position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(title=""), name="document_subsection_title_required"
            ),
        ]

    def __str__(self) -> str:
        return self.title
