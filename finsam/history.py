"""The audit trail auditors read: who (name and role) changed what, when (Europe/Stockholm), from
which value to which.

The Historik page lists the changes of every model that has ``HistoricalRecords`` and is
registered in ``finsam.ownership``, for one förbund, newest first, filtered by year, type of data
and kind of change (``HistoryFilter``). Labels are the models' and fields' Swedish verbose names;
internal fields (``IGNORED_FIELDS``) are left out, and a model may name its rows for the history
with a ``history_subject()`` method (a text's section title instead of its key).
"""

from __future__ import annotations

import datetime
import zoneinfo
from dataclasses import dataclass, field
from decimal import Decimal

from finsam import ownership
from finsam.models import FiscalYear, Membership
from finsam.money import format_amount

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
ACTIONS = {"+": "Skapad", "~": "Ändrad", "-": "Borttagen"}
# Bookkeeping fields: the row's version counter and its place in a list.
IGNORED_FIELDS = {"version", "position"}
SYSTEM = "Systemet"


def _audited_models():
    return [model for model in ownership.owned_models() if hasattr(model, "history")]


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime.datetime  # aware, in Europe/Stockholm
    who: str
    kind: str
    subject: str
    action: str
    changes: list[Change] = field(default_factory=list)
    role: str = ""  # the person's role in the förbund ("Förbundssekreterare"), if any

    @property
    def who_with_role(self) -> str:
        return f"{self.who} ({self.role.lower()})" if self.role else self.who


@dataclass(frozen=True)
class HistoryFilter:
    """What the Historik shows: a year (of the data's fiscal year), a type of data (a model's
    Swedish name) and a kind of change (Skapad/Ändrad/Borttagen); empty means all."""

    year: int | None = None
    kind: str = ""
    action: str = ""


def local(moment: datetime.datetime) -> datetime.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(STOCKHOLM)


def _display(record, field_name: str) -> str:
    value = getattr(record, field_name, None)
    model_field = record.instance_type._meta.get_field(field_name)
    if model_field.choices:
        value = dict(model_field.flatchoices).get(value, value)
    elif model_field.is_relation:
        value = getattr(record, field_name.removesuffix("_id"), None)
    if value in (None, ""):
        return "–"
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, Decimal):
        return format_amount(value, decimals=0 if value == value.to_integral() else 2)
    if isinstance(value, datetime.datetime):
        return f"{local(value):%Y-%m-%d %H:%M}"
    if isinstance(value, datetime.date):
        return f"{value:%Y-%m-%d}"
    return str(value)


def _changes(record, prev=None) -> list[Change]:
    if record.history_type != "~":
        return []
    prev = prev if prev is not None else record.prev_record
    if prev is None:
        return []
    delta = record.diff_against(prev)
    changes = []
    for change in delta.changes:
        if change.field in IGNORED_FIELDS:
            continue
        label = str(record.instance_type._meta.get_field(change.field).verbose_name)
        changes.append(
            Change(
                field=label[:1].upper() + label[1:],
                old=_display(prev, change.field),
                new=_display(record, change.field),
            )
        )
    return changes


def _who(record) -> str:
    user = record.history_user
    if user is None:
        return SYSTEM
    return user.get_full_name() or user.get_username()


class RelatedRows:
    """The rows the history's subjects name through their foreign keys (a figure line's period,
    a text's document, an insats' förbund …), read in one query per model and level for all the
    entries instead of one per entry, and shared between the models of one Historik."""

    DEPTH = 4  # a text -> its document -> its period -> its fiscal year

    def __init__(self, forbund=None) -> None:
        self._rows: dict[type, dict] = {}
        if forbund is not None:
            self._rows[type(forbund)] = {forbund.pk: forbund}

    def attach(self, instances: list) -> None:
        level = list(instances)
        for _ in range(self.DEPTH):
            if not level:
                return
            wanted: dict[type, set] = {}
            for instance in level:
                for fk in _pk_foreign_keys(type(instance)):
                    value = getattr(instance, fk.attname)
                    if value is not None and not fk.is_cached(instance):
                        wanted.setdefault(fk.related_model, set()).add(value)
            for model, pks in wanted.items():
                known = self._rows.setdefault(model, {})
                missing = pks - known.keys()
                if missing:
                    known.update(model._base_manager.in_bulk(missing))
            for instance in level:
                for fk in _pk_foreign_keys(type(instance)):
                    row = self._rows.get(fk.related_model, {}).get(getattr(instance, fk.attname))
                    if row is not None and not fk.is_cached(instance):
                        fk.set_cached_value(instance, row)
            level = [
                row
                for model, pks in wanted.items()
                for pk, row in self._rows[model].items()
                if pk in pks
            ]


def _pk_foreign_keys(model) -> list:
    """The model's foreign keys (and one-to-one keys) to another model's primary key."""
    return [
        fk
        for fk in model._meta.concrete_fields
        if (fk.many_to_one or fk.one_to_one)
        and not fk.remote_field.parent_link
        and fk.target_field.primary_key
    ]


def _subject(record, instance=None) -> str:
    instance = instance if instance is not None else record.instance
    named = getattr(instance, "history_subject", None)
    if callable(named):
        try:
            return named()
        except Exception:  # a deleted row's relations may be gone: fall back to its name
            pass
    return str(instance)


def roles_in(forbund) -> dict[int, str]:
    """user id -> the Swedish name of the user's role in the förbund."""
    if forbund is None:
        return {}
    return {
        membership.user_id: membership.get_role_display()
        for membership in Membership.objects.filter(forbund=forbund)
    }


def _year_lookup(model) -> str | None:
    """The lookup from the model's history rows to their fiscal year's year, if it has one."""
    lookup = ownership.lookup_of(model)
    if lookup.endswith("fiscal_year__forbund"):
        return lookup.removesuffix("forbund") + "year"
    return None


def history_entries(
    forbund,
    *,
    kinds: list[str] | None = None,
    limit: int = 500,
    filters: HistoryFilter | None = None,
):
    """Changes to the förbund's data, newest first; ``kinds`` filters by model verbose name."""
    chosen = filters or HistoryFilter()
    if chosen.kind:
        kinds = [chosen.kind]
    roles = roles_in(forbund)
    related = RelatedRows(forbund)
    entries: list[HistoryEntry] = []
    for model in _audited_models():
        kind = kind_of(model)
        if kinds and kind not in kinds:
            continue
        lookup = ownership.lookup_of(model)
        where = {"id": forbund.pk} if lookup == "pk" else {lookup: forbund}
        if chosen.year is not None:
            year_lookup = _year_lookup(model)
            if year_lookup is None:
                continue  # not data of a year (members, the board …)
            where[year_lookup] = chosen.year
        entries += entries_of(
            model,
            where,
            kind=kind,
            limit=limit,
            roles=roles,
            action=chosen.action,
            related=related,
        )
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries[:limit]


def entries_of(
    model,
    filters: dict,
    *,
    kind: str,
    limit: int,
    roles: dict[int, str] | None = None,
    action: str = "",
    related: RelatedRows | None = None,
) -> list[HistoryEntry]:
    """The newest ``limit`` history records of ``model``'s rows matching ``filters``; updates
    that changed nothing shown are left out. ``action`` is a Swedish ACTIONS value or empty."""
    records = model.history.model.objects.filter(**filters).select_related("history_user")
    codes = {label: code for code, label in ACTIONS.items()}
    if action in codes:
        records = records.filter(history_type=codes[action])
    roles = roles or {}
    rows = list(records.order_by("-history_date", "-history_id")[:limit])
    # Each row's previous record, from the rows read (one query per model, not one per row);
    # with an action filter the list has gaps, so the row asks the database (prev_record).
    previous: dict[int, object] = {}
    if not action:
        last_of_row: dict[int, object] = {}
        for record in reversed(rows):  # oldest first
            if record.id in last_of_row:
                previous[record.history_id] = last_of_row[record.id]
            last_of_row[record.id] = record
    shown = []
    for record in rows:
        changes = _changes(record, previous.get(record.history_id))
        if record.history_type == "~" and not changes:
            continue
        shown.append((record, changes, record.instance))
    related = related if related is not None else RelatedRows()
    related.attach([instance for _, _, instance in shown])
    entries = []
    for record, changes, instance in shown:
        entries.append(
            HistoryEntry(
                when=local(record.history_date),
                who=_who(record),
                kind=kind,
                subject=_subject(record, instance),
                action=ACTIONS[record.history_type],
                changes=changes,
                role=roles.get(record.history_user_id, ""),
            )
        )
    return entries


def kind_of(model) -> str:
    name = str(model._meta.verbose_name)
    return name[:1].upper() + name[1:]


def registered_kinds() -> list[str]:
    return sorted(kind_of(model) for model in _audited_models())


def years_with_history(forbund) -> list[int]:
    """The förbund's fiscal years, newest first (for the year filter)."""
    return list(
        FiscalYear.objects.filter(forbund=forbund)
        .order_by("-year")
        .values_list("year", flat=True)
    )
