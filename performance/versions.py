"""Every write to a row of a förbund changes the förbund's data version token.

Post-save and pre-delete signals of every model registered in ``finsam.ownership`` resolve the
row's förbund and replace its token in the same transaction as the write. Readers
(``performance.memo``) key cached results on the token, so a change to a member's share, an
insats, a budget line or a figure invalidates everything computed from the förbund's data.
Bulk ``QuerySet.update()`` sends no signals: code that uses it calls ``bump()`` itself.
"""

from __future__ import annotations

import threading
import uuid

from django.core.signals import request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_save, pre_delete

from finsam import ownership
from finsam.signals import rows_updated

NO_WRITE_YET = "initial"

_local = threading.local()


def _memo() -> dict[int, str]:
    memo = getattr(_local, "tokens", None)
    if memo is None:
        memo = _local.tokens = {}
    return memo


def forget() -> None:
    """Drop the tokens remembered in this thread (at each request's start, in each task, and in
    tests after a rollback)."""
    _memo().clear()


def token(forbund_id: int) -> str:
    """The förbund's current data version (read once per request)."""
    from performance.models import DataVersion

    memo = _memo()
    if forbund_id not in memo:
        rows = DataVersion.objects.filter(forbund_id=forbund_id)
        value = rows.values_list("token", flat=True).first()
        memo[forbund_id] = str(value) if value else NO_WRITE_YET
    return memo[forbund_id]


def bump(forbund_id: int | None) -> None:
    """Give the förbund a new data version (inside the writing transaction)."""
    from performance.models import DataVersion

    if forbund_id is None:
        return
    new = uuid.uuid4()
    if not DataVersion.objects.filter(forbund_id=forbund_id).update(token=new):
        from finsam.models import Forbund

        if Forbund.objects.filter(pk=forbund_id).exists():
            DataVersion.objects.create(forbund_id=forbund_id, token=new)
    _memo().pop(forbund_id, None)
    _redraft_on_commit(forbund_id)


def _redraft_on_commit(forbund_id: int) -> None:
    """After the transaction commits, re-render the förbund's downloaded drafts in the
    background (once per transaction; not with the immediate backend, which is not background)."""
    from django_tasks import default_task_backend
    from django_tasks.backends.immediate import ImmediateBackend

    if isinstance(default_task_backend, ImmediateBackend):
        return
    connection = transaction.get_connection()
    if any(
        getattr(entry[1], "redraft_of", None) == forbund_id for entry in connection.run_on_commit
    ):
        return  # already planned in this transaction

    def redraft() -> None:
        from performance import drafts

        drafts.redraft_after_save(forbund_id)

    redraft.redraft_of = forbund_id
    transaction.on_commit(redraft)


def forbund_id_of(instance) -> int | None:
    """The förbund the row belongs to, following its ownership lookup (one query at most)."""
    lookup = ownership.lookup_of(type(instance))
    if lookup == "pk":
        return instance.pk
    if "__" not in lookup:
        return getattr(instance, f"{lookup}_id", None)
    if instance.pk is None:
        return None
    return (
        type(instance)._base_manager.filter(pk=instance.pk).values_list(lookup, flat=True).first()
    )


def _on_write(sender, instance, **kwargs) -> None:
    if kwargs.get("raw"):
        return
    bump(forbund_id_of(instance))


def _on_bulk_update(sender, pks, **kwargs) -> None:
    if sender not in ownership.owned_models():
        return
    lookup = ownership.lookup_of(sender)
    field = "pk" if lookup == "pk" else lookup
    rows = sender._base_manager.filter(pk__in=pks).values_list(field, flat=True).distinct()
    for forbund_id in set(rows):
        bump(forbund_id)


def _on_m2m(sender, instance, action, **kwargs) -> None:
    if action.startswith("post_") and type(instance) in ownership.owned_models():
        bump(forbund_id_of(instance))


def connect_signals() -> None:
    for model in ownership.owned_models():
        uid = f"performance-version-{model._meta.label_lower}"
        post_save.connect(_on_write, sender=model, dispatch_uid=uid + "-save")
        pre_delete.connect(_on_write, sender=model, dispatch_uid=uid + "-delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="performance-version-m2m")
    rows_updated.connect(_on_bulk_update, dispatch_uid="performance-version-bulk")
    request_started.connect(lambda **kwargs: forget(), weak=False, dispatch_uid="perf-forget")
