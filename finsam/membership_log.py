"""Keeps the membership log (``MembershipPeriod``) in step with ``Membership`` and reads it.

Every save of a membership that gives a new role closes the user's open period in that förbund
and opens one with the new role; deleting the membership closes it. An import brings the log of
its file as it was (the rows are written inside ``finsam.purge.purging()``, where nothing is
logged); ``open_missing_periods`` then opens a period, starting now, for a membership whose file
carried none (exports made before the log existed).

``role_at`` answers "which role did this user hold here at that moment?", which the import uses
to verify an approval's approver (``reports.import_checks``).
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from finsam.models import Forbund, Membership, MembershipPeriod
from finsam.purge import is_purging


def _open_period(user_id: int, forbund_id: int) -> MembershipPeriod | None:
    return (
        MembershipPeriod.objects.select_for_update()
        .filter(user_id=user_id, forbund_id=forbund_id, valid_to__isnull=True)
        .first()
    )


@receiver(post_save, sender=Membership, dispatch_uid="membership_log_save")
def _log_role(sender, instance: Membership, raw=False, **kwargs) -> None:
    if raw or is_purging():
        return
    # A membership saved outside a transaction (autocommit) still locks its open period.
    with transaction.atomic():
        _log_role_locked(instance)


def _log_role_locked(instance: Membership) -> None:
    now = timezone.now()
    current = _open_period(instance.user_id, instance.forbund_id)
    if current is not None and current.role == instance.role:
        return
    if current is not None:
        current.valid_to = now
        current.save(update_fields=["valid_to"])
    MembershipPeriod.objects.create(
        user_id=instance.user_id, forbund_id=instance.forbund_id, role=instance.role, valid_from=now
    )


@receiver(post_delete, sender=Membership, dispatch_uid="membership_log_delete")
def _log_removal(sender, instance: Membership, **kwargs) -> None:
    if is_purging():
        return
    with transaction.atomic():
        current = _open_period(instance.user_id, instance.forbund_id)
        if current is not None:
            current.valid_to = timezone.now()
            current.save(update_fields=["valid_to"])


def role_at(user_id: int, forbund: Forbund, moment: datetime.datetime) -> str | None:
    """The role the user held in the förbund at ``moment`` according to the log, or None."""
    period = (
        MembershipPeriod.objects.filter(user_id=user_id, forbund=forbund, valid_from__lte=moment)
        .exclude(valid_to__lt=moment)
        .order_by("-valid_from", "-pk")
        .first()
    )
    return period.role if period is not None else None


def has_log(forbund: Forbund) -> bool:
    return MembershipPeriod.objects.filter(forbund=forbund).exists()


def open_missing_periods(forbund: Forbund) -> None:
    """A period from now for every membership of the förbund without an open one (an import of a
    file from before the log), so the log covers every role from here on."""
    now = timezone.now()
    with transaction.atomic():
        _open_missing(forbund, now)


def _open_missing(forbund: Forbund, now: datetime.datetime) -> None:
    for membership in Membership.objects.filter(forbund=forbund):
        if _open_period(membership.user_id, forbund.pk) is None:
            MembershipPeriod.objects.create(
                user_id=membership.user_id, forbund=forbund, role=membership.role, valid_from=now
            )


# --- Import ----------------------------------------------------------------------------------

LOG_FOREIGN_USER = (
    "finsam.membershipperiod: användaren ”{username}” finns redan här med behörighet i ett annat "
    "förbund ({others}); en import får inte skriva in en befintlig användare i ett annat förbund "
    "i förbundets behörighetslogg."
)
LOG_PRIVILEGED_USER = (
    "finsam.membershipperiod: användaren ”{username}” är administratör i den här installationen "
    "och kan inte stå i ett förbunds behörighetslogg."
)
LOG_DISAGREES = (
    "finsam.membershipperiod: behörighetsloggen säger att ”{username}” har rollen {logged} nu, "
    "men behörigheten är {current}; loggen och behörigheterna stämmer inte."
)


def log_covers(forbund: Forbund, moment: datetime.datetime) -> bool:
    """Whether the förbund's log goes back to ``moment`` (it began before or then)."""
    return MembershipPeriod.objects.filter(forbund=forbund, valid_from__lte=moment).exists()


def verify_imported_log(forbund: Forbund) -> None:
    """An import check (``finsam.transfer_hooks``): the log names no user of another
    förbund and no administrator, its open periods agree with the memberships; then a period is
    opened for each membership the file's log did not cover."""
    from finsam.transfer_hooks import ImportRejected

    periods = MembershipPeriod.objects.filter(forbund=forbund).select_related("user")
    for period in periods:
        user = period.user
        if user.is_staff or user.is_superuser:
            raise ImportRejected(LOG_PRIVILEGED_USER.format(username=user.get_username()))
        others = sorted(
            Membership.objects.filter(user=user)
            .exclude(forbund=forbund)
            .values_list("forbund__name", flat=True)
        )
        if others:
            raise ImportRejected(
                LOG_FOREIGN_USER.format(username=user.get_username(), others=", ".join(others))
            )
    roles = dict(Membership.objects.filter(forbund=forbund).values_list("user_id", "role"))
    labels = dict(Membership._meta.get_field("role").flatchoices)
    for period in periods:
        if period.valid_to is None and roles.get(period.user_id) != period.role:
            current = roles.get(period.user_id)
            raise ImportRejected(
                LOG_DISAGREES.format(
                    username=period.user.get_username(),
                    logged=str(labels[period.role]).lower(),
                    current=str(labels[current]).lower() if current else "borttagen",
                )
            )
    open_missing_periods(forbund)
