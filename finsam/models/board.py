"""Board (styrelse) seats over time: the 1.3 table and the signature page come from these."""

import datetime

from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from finsam.models.organisation import Forbund, Member
from finsam.versioning import VersionedModel


class BoardRole(models.TextChoices):
    ORDFORANDE = "ordforande", "Ordförande"
    VICE_ORDFORANDE = "vice_ordforande", "Vice ordförande"
    LEDAMOT = "ledamot", "Ledamot"
    ERSATTARE = "ersattare", "Ersättare"


ORDINARY_ROLES = (BoardRole.ORDFORANDE, BoardRole.VICE_ORDFORANDE, BoardRole.LEDAMOT)


class BoardMember(VersionedModel):
    forbund = models.ForeignKey(Forbund, on_delete=models.CASCADE, related_name="board_members")
    name = models.CharField("namn", max_length=200)
    role = models.CharField("roll", max_length=20, choices=BoardRole.choices)
    appointed_by = models.ForeignKey(
        Member,
        on_delete=models.PROTECT,
        related_name="board_members",
        verbose_name="utsedd av",
    )
    start_date = models.DateField("från")
    end_date = models.DateField("till och med", null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "styrelseledamot"
        verbose_name_plural = "styrelse"
        ordering = ["appointed_by__position", "role", "start_date"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="board_member_dates_ordered",
                violation_error_message="Slutdatumet kan inte vara före startdatumet.",
            ),
            models.CheckConstraint(
                condition=Q(role__in=BoardRole.values), name="board_member_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_role_display()})"

    @property
    def is_ordinary(self) -> bool:
        return self.role in ORDINARY_ROLES

    def sits_on(self, day: datetime.date) -> bool:
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)

    def overlaps(self, start: datetime.date, end: datetime.date) -> bool:
        return self.start_date <= end and (self.end_date is None or self.end_date >= start)
