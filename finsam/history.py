"""The audit trail auditors read: who changed what, when (UTC), from which value to which.

The Historik page lists the changes of every model that has ``HistoricalRecords`` and is
registered in ``finsam.ownership``, for one förbund, newest first.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from finsam import ownership
from finsam.money import format_amount

ACTIONS = {"+": "Skapad", "~": "Ändrad", "-": "Borttagen"}
IGNORED_FIELDS = {"version"}


def _audited_models():
    return [model for model in ownership.owned_models() if hasattr(model, "history")]


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime.datetime
    who: str
    kind: str
    subject: str
    action: str
    changes: list[Change] = field(default_factory=list)


def _display(record, field_name: str) -> str:
    value = getattr(record, field_name, None)
    model_field = record.instance_type._meta.get_field(field_name)
    if model_field.choices:
        value = dict(model_field.flatchoices).get(value, value)
    elif model_field.is_relation:
        value = getattr(record, field_name.removesuffix("_id"), None)
    if value in (None, ""):
        return "–"
    if isinstance(value, Decimal):
        return format_amount(value, decimals=0 if value == value.to_integral() else 2)
    if isinstance(value, datetime.datetime):
        return f"{value.astimezone(datetime.UTC):%Y-%m-%d %H:%M} UTC"
    if isinstance(value, datetime.date):
        return f"{value:%Y-%m-%d}"
    return str(value)


def _changes(record) -> list[Change]:
    if record.history_type != "~" or record.prev_record is None:
        return []
    delta = record.diff_against(record.prev_record)
    changes = []
    for change in delta.changes:
        if change.field in IGNORED_FIELDS:
            continue
        label = str(record.instance_type._meta.get_field(change.field).verbose_name)
        changes.append(
            Change(
                field=label.capitalize(),
                old=_display(record.prev_record, change.field),
                new=_display(record, change.field),
            )
        )
    return changes


def _who(record) -> str:
    user = record.history_user
    if user is None:
        return "Systemet"
    return user.get_full_name() or user.get_username()


def history_entries(forbund, *, kinds: list[str] | None = None, limit: int = 500):
    """Changes to the förbund's data, newest first; ``kinds`` filters by model verbose name."""
    entries: list[HistoryEntry] = []
    for model in _audited_models():
        kind = str(model._meta.verbose_name).capitalize()
        if kinds and kind not in kinds:
            continue
        lookup = ownership.lookup_of(model)
        filters = {"id": forbund.pk} if lookup == "pk" else {lookup: forbund}
        entries += entries_of(model, filters, kind=kind, limit=limit)
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries[:limit]


def entries_of(model, filters: dict, *, kind: str, limit: int) -> list[HistoryEntry]:
    """The newest ``limit`` history records of ``model``'s rows matching ``filters``; updates
    that changed nothing shown are left out."""
    records = model.history.model.objects.filter(**filters).select_related("history_user")
    entries = []
    for record in records.order_by("-history_date", "-history_id")[:limit]:
        changes = _changes(record)
        if record.history_type == "~" and not changes:
            continue
        entries.append(
            HistoryEntry(
                when=record.history_date.astimezone(datetime.UTC),
                who=_who(record),
                kind=kind,
                subject=str(record.instance),
                action=ACTIONS[record.history_type],
                changes=changes,
            )
        )
    return entries


def registered_kinds() -> list[str]:
    return sorted(str(model._meta.verbose_name).capitalize() for model in _audited_models())
