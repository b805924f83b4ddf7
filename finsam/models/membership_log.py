"""The membership log: which role a user held in a förbund, and when (``finsam.membership_log``).

A ``Membership`` is the role now; a ``MembershipPeriod`` is one stretch of time a user held one
role, from ``valid_from`` until ``valid_to`` (open while it lasts). The log travels with the
export, so an import can verify that an approval's approver held the styrelse role in that förbund
at the time of the approval, not merely in the file.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from finsam.models.organisation import Forbund, Role


class MembershipPeriod(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership_periods"
    )
    forbund = models.ForeignKey(
        Forbund, on_delete=models.CASCADE, related_name="membership_periods"
    )
    role = models.CharField("roll", max_length=20, choices=Role.choices)
    valid_from = models.DateTimeField("från")
    valid_to = models.DateTimeField("till", null=True, blank=True)

    class Meta:
        verbose_name = "behörighetsperiod"
        verbose_name_plural = "behörighetsperioder"
        ordering = ["valid_from", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(role__in=Role.values), name="membership_period_role_valid"
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gte=F("valid_from")),
                name="membership_period_ends_after_start",
                violation_error_message="En behörighetsperiod kan inte sluta innan den börjar.",
            ),
            models.UniqueConstraint(
                fields=["user", "forbund"],
                condition=Q(valid_to__isnull=True),
                name="membership_period_one_open",
                violation_error_message="En användare har bara en pågående behörighet per förbund.",
            ),
        ]

    def __str__(self) -> str:
        until = self.valid_to.isoformat() if self.valid_to else "pågår"
        role = self.get_role_display()
        return f"{self.user} – {self.forbund} ({role}, {self.valid_from.isoformat()} – {until})"
