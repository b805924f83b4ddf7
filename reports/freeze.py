"""The freeze of an approved document: while an ``ApprovedVersion`` of a document is in force
(not reopened), the figures and texts it was rendered from cannot change.

The database enforces it (trigger functions, migration ``0004_freeze_triggers``, PostgreSQL); the
guards here give the same behaviour on every database and a clear Swedish error
(``ReportFrozen``) before a query is sent. Frozen:

- the period's ``FigureLine``, ``PeriodFigures`` and supplementary note rows, and the period's
  dates, kind, layout and presentation choices (``PERIOD_FROZEN_FIELDS``);
- the document's ``ReportText`` rows;
- for a Verksamhetsplan: the year's budget (``Budget`` of kind budget and its ``BudgetLine`` rows);
- ``ApprovedVersion`` rows themselves: only ``reopened_*`` may be set, once; never deleted.

``finsam.purge.purging()`` (deleting or importing a whole förbund) lifts the guards.

The models call the guards through ``reports.freeze_guard`` (installed at the end of this module),
so the models and these rules do not import each other.
"""

from __future__ import annotations

from django.db import models

from finsam.purge import is_purging
from reports import freeze_guard
from reports.freeze_guard import (  # noqa: F401  (the views and tests import them from here)
    BUDGET_FROZEN_MESSAGE,
    FROZEN_MESSAGE,
    VERSION_IMMUTABLE_MESSAGE,
    ReportFrozen,
)
from reports.models import ApprovedVersion, DocumentKind, ReportPeriod, ReportText

# The columns of a period that its figures depend on (the version column may change).
PERIOD_FROZEN_FIELDS = (
    "fiscal_year_id",
    "kind",
    "start",
    "end",
    "layout",
    "balance_columns",
    "drift_comparison",
    "tkr_tables",
    "income_note_with_financial",
    "show_zero_lines",
    "equity_layout",
    "statement_order",
)  # the columns the database trigger compares too (migrations 0016 and 0018)
VERSION_FROZEN_FIELDS = (
    "document_id",
    "number",
    "submitted_by_id",
    "submitted_at",
    "approved_by_id",
    "approved_at",
    "pdf",
    "sha256",
    "pages",
    "snapshot",
    "snapshot_sha256",
)


def versions_in_force() -> models.QuerySet:
    return ApprovedVersion.objects.filter(reopened_at__isnull=True)


def document_frozen(document_id) -> bool:
    return document_id is not None and versions_in_force().filter(document_id=document_id).exists()


def period_frozen(period_id) -> bool:
    return (
        period_id is not None and versions_in_force().filter(document__period_id=period_id).exists()
    )


def budget_frozen(fiscal_year_id) -> bool:
    """Whether the year's Verksamhetsplan (and so its budget) is approved and in force."""
    return (
        fiscal_year_id is not None
        and versions_in_force()
        .filter(
            document__kind=DocumentKind.VERKSAMHETSPLAN, document__fiscal_year_id=fiscal_year_id
        )
        .exists()
    )


def ensure_period_editable(period) -> None:
    if not is_purging() and period_frozen(period.pk):
        raise ReportFrozen()


def ensure_document_editable(document) -> None:
    if not is_purging() and document_frozen(document.pk):
        raise ReportFrozen()


# --- Guards used by the models and their querysets ----------------------------------------------


def _owner_filter(model) -> tuple[str, str]:
    """(the model's column naming its period or document, which of the two it is)."""
    if model is ReportText or model.__name__ == "DocumentSubsection":
        return "document_id", "document"
    if model is ReportPeriod:
        return "pk", "period"
    if model.__name__ == "SupplementaryNoteRow":
        return "note__period_id", "period"
    return "period_id", "period"


def _owner_of(instance: models.Model, column: str):
    """The period or document id of one row (a note row's through its note)."""
    if column == "note__period_id":
        from reports.models import SupplementaryNote

        return (
            SupplementaryNote._base_manager.filter(pk=instance.note_id)
            .values_list("period_id", flat=True)
            .first()
        )
    return getattr(instance, column)


def guard_instance(instance: models.Model, *, deleting: bool = False) -> None:
    """Refuse saving or deleting one row of a frozen document."""
    if is_purging():
        return
    model = type(instance)
    column, owner = _owner_filter(model)
    if model is ReportPeriod:
        if instance.pk is None or not period_frozen(instance.pk):
            return
        if deleting:
            raise ReportFrozen()
        stored = model._base_manager.filter(pk=instance.pk).values(*PERIOD_FROZEN_FIELDS).first()
        if stored and any(stored[name] != getattr(instance, name) for name in stored):
            raise ReportFrozen()
        return
    owner_ids = {_owner_of(instance, column)}
    if instance.pk is not None and not instance._state.adding:
        stored = model._base_manager.filter(pk=instance.pk).values_list(column, flat=True).first()
        owner_ids.add(stored)
    check = document_frozen if owner == "document" else period_frozen
    if any(check(owner_id) for owner_id in owner_ids):
        raise ReportFrozen()


def guard_queryset(queryset: models.QuerySet, changed_fields=None) -> None:
    """Refuse a bulk ``update()``/``delete()`` that touches a frozen document's rows."""
    if is_purging():
        return
    model = queryset.model
    if model is ReportPeriod and changed_fields is not None:
        changed = {name.removesuffix("_id") for name in changed_fields}
        if not changed & {name.removesuffix("_id") for name in PERIOD_FROZEN_FIELDS}:
            return
    column, owner = _owner_filter(model)
    owner_ids = queryset.values(column)
    lookup = "document__in" if owner == "document" else "document__period__in"
    if versions_in_force().filter(**{lookup: owner_ids}).exists():
        raise ReportFrozen()


def guard_version_save(version) -> None:
    """An approved version is inserted once; afterwards only ``reopened_*`` may be set, once."""
    if is_purging() or version.pk is None or version._state.adding:
        return
    stored = type(version)._base_manager.filter(pk=version.pk).first()
    if stored is None:
        return
    if stored.reopened_at is not None:
        raise ReportFrozen(VERSION_IMMUTABLE_MESSAGE)
    for name in VERSION_FROZEN_FIELDS:
        old, new = getattr(stored, name), getattr(version, name)
        if isinstance(old, memoryview | bytes) or isinstance(new, memoryview | bytes):
            old, new = bytes(old), bytes(new)
        if old != new:
            raise ReportFrozen(VERSION_IMMUTABLE_MESSAGE)


def guard_version_queryset(queryset: models.QuerySet, changed_fields=None) -> None:
    """Bulk: only setting ``reopened_*`` on versions not yet reopened; never a delete."""
    if is_purging():
        return
    reopen_fields = {"reopened_by", "reopened_at", "reopen_reason"}
    changed = {name.removesuffix("_id") for name in changed_fields or ()}
    if changed_fields is None or not changed <= reopen_fields:
        raise ReportFrozen(VERSION_IMMUTABLE_MESSAGE)
    if queryset.filter(reopened_at__isnull=False).exists():
        raise ReportFrozen(VERSION_IMMUTABLE_MESSAGE)


def guard_budget(fiscal_year_id) -> None:
    if not is_purging() and budget_frozen(fiscal_year_id):
        raise ReportFrozen(BUDGET_FROZEN_MESSAGE)


freeze_guard.install(
    instance=guard_instance,
    queryset=guard_queryset,
    version_save=guard_version_save,
    version_queryset=guard_version_queryset,
)
