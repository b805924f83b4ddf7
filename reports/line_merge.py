"""Per-value conflicts on a report period's entry pages (issue 13).

Every entry form carries, in the hidden field ``seen``, the values the page showed (JSON). A
save compares, field by field and line by line, three values: what the user saw, what the user
sends, and what is saved now (the rows locked with ``SELECT … FOR UPDATE``):

- a value the user did not change is left as it is saved now (someone else's change stays);
- a value the user changed is written, unless someone else changed the same value to something
  else since the page was shown: that is a true conflict, and the whole save is refused with a
  message naming what the other person saved;
- a line the user deletes must still be as the user saw it.

So two people saving different lines (or different values of one line) of the same report both
succeed. The optimistic lock stays mandatory: a save without the period's ``seen_version``, or an
existing line without its ``seen`` values, is refused (``MISSING_VERSION_MESSAGE``).
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.db import models

from finsam.versioning import MISSING_VERSION_MESSAGE, StaleVersionError
from reports.models import FigureLine, PeriodFigures, ReportPeriod

SEEN = "seen"
NOT_COMPARED = {SEEN, "id", "DELETE"}
MISSING = "–"

CONFLICT_MESSAGE = (
    "Någon annan har sparat ändringar i samma uppgifter sedan du öppnade sidan, så dina ändringar "
    "sparades inte. Den andra sparade: {saved}. Ladda om sidan och gör om dina ändringar."
)
DELETED_BY_OTHER = "{line}: raden är borttagen"


class SeenField(forms.CharField):
    """The values the page showed; never itself a change of the form."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, strip=False, **kwargs)

    def has_changed(self, initial, data) -> bool:
        return False


class SeenValuesMixin:
    """For the entry forms: adds ``seen``, filled when the page is shown (unbound) and sent back
    unchanged (a bound form shows what was posted, so "Lägg till rad" and an invalid save keep
    what the user first saw)."""

    def add_seen_field(self) -> None:
        self.fields[SEEN] = SeenField(initial=self.seen_json)

    def compared_fields(self) -> list[str]:
        return [name for name in self.fields if name not in NOT_COMPARED]

    def shown_values(self) -> dict[str, str]:
        return {
            name: canonical(self.get_initial_for_field(self.fields[name], name))
            for name in self.compared_fields()
        }

    def seen_json(self) -> str:
        return json.dumps(self.shown_values(), sort_keys=True, ensure_ascii=False)

    def seen_values(self) -> dict[str, str]:
        """What the user saw, from the posted ``seen`` field; refused when it is missing."""
        raw = self.data.get(self.add_prefix(SEEN)) if self.is_bound else None
        try:
            seen = json.loads(raw) if raw else None
        except ValueError:
            seen = None
        if not isinstance(seen, dict) or not all(isinstance(v, str) for v in seen.values()):
            raise StaleVersionError(None, MISSING_VERSION_MESSAGE)
        return seen

    def sent_values(self) -> dict[str, str]:
        """What the user sent, field by field, in the same form as ``shown_values``."""
        values = {}
        for name in self.compared_fields():
            field = self.fields[name]
            raw = self[name].data
            if isinstance(field, forms.ModelChoiceField):
                values[name] = "" if raw in (None, "") else str(raw)
                continue
            try:
                values[name] = canonical(field.clean(raw))
            except forms.ValidationError:
                values[name] = canonical(self.cleaned_data.get(name))
        return values


def canonical(value) -> str:
    """One text per value, whatever its type or spelling (``600 000`` and ``600000.00``)."""
    if isinstance(value, models.Model):
        value = value.pk
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value else "0"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Conflict:
    where: str
    field: str
    saved: str

    def __str__(self) -> str:
        return f"{self.where}: {self.field} {self.saved}" if self.field else self.where


def _shown(form: forms.Form, name: str) -> str:
    """A value of ``form`` (built on the saved row) as the page would show it."""
    field = form.fields[name]
    value = form.get_initial_for_field(field, name)
    if value in (None, ""):
        return MISSING
    if isinstance(field, forms.ModelChoiceField):
        choice = field.queryset.filter(pk=getattr(value, "pk", value)).first()
        return str(choice) if choice is not None else str(value)
    if isinstance(field, forms.ChoiceField):
        return str(dict(field.choices).get(value, value))
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return str(field.prepare_value(value))


def _label(form: forms.Form, name: str) -> str:
    return str(form.fields[name].label or name)


def _merge(form, current_form, where: str, conflicts: list[Conflict]) -> dict[str, object]:
    """The values to write (the user's changes), and the true conflicts into ``conflicts``."""
    seen = form.seen_values()
    now = current_form.shown_values()
    sent = form.sent_values()
    changes = {}
    for name in form.compared_fields():
        if sent[name] == seen.get(name, sent[name]):
            continue  # not changed by this user: what is saved now stays
        if now[name] != seen.get(name) and now[name] != sent[name]:
            conflicts.append(Conflict(where, _label(form, name), _shown(current_form, name)))
            continue
        changes[name] = form.cleaned_data.get(name)
    return changes


def _changed_by_others(form, current_form) -> list[str]:
    seen = form.seen_values()
    now = current_form.shown_values()
    return [name for name in form.compared_fields() if now[name] != seen.get(name, now[name])]


def _line_where(line: FigureLine) -> str:
    return f"Raden ”{line.label}”"


def merge_formsets(period: ReportPeriod, formsets) -> None:
    """Save the line formsets (validated by the caller) value by value; raise StaleVersionError
    naming every true conflict, before anything is written."""
    locked = {
        line.pk: line for line in FigureLine.objects.select_for_update().filter(period=period)
    }
    conflicts: list[Conflict] = []
    deletes, saves, creates = [], [], []
    for formset in formsets:
        for index, form in enumerate(formset.forms):
            deleting = formset.can_delete and formset._should_delete_form(form)
            if form.instance.pk is None:
                if not deleting and form.has_changed():
                    creates.append(form)
                continue
            form.seen_values()  # mandatory, also for an unchanged line
            current = locked.get(form.instance.pk)
            if current is None:
                if not deleting:
                    line = DELETED_BY_OTHER.format(line=_line_where(form.instance))
                    conflicts.append(Conflict(line, "", ""))
                continue
            kwargs = formset.get_form_kwargs(index)
            current_form = formset.form(instance=current, prefix=form.prefix, **kwargs)
            if deleting:
                # Only a line still as the user saw it is deleted.
                for name in _changed_by_others(form, current_form):
                    conflicts.append(
                        Conflict(
                            _line_where(current), _label(form, name), _shown(current_form, name)
                        )
                    )
                deletes.append(current)
                continue
            changes = _merge(form, current_form, _line_where(current), conflicts)
            model_fields = {f.name for f in FigureLine._meta.concrete_fields}
            for name, value in changes.items():
                if name in model_fields:
                    setattr(current, name, value)
            if changes:
                saves.append(current)
    _refuse(conflicts)
    for line in deletes:
        line.delete()
    for line in saves:
        line.save()
    for form in creates:
        line = form.save(commit=False)
        line.period = period
        line.save()


def merge_figures(period: ReportPeriod, current_period: ReportPeriod, form, presentation) -> None:
    """Save the period's single figures (and the presentation fields of the period) value by
    value, like ``merge_formsets``."""
    current = PeriodFigures.objects.select_for_update().filter(period=period).first()
    if current is None or form.instance.pk is None:
        # The figures' first save (a concurrent first save fails on the unique period).
        figures = form.save(commit=False)
        figures.period = period
        figures.save()
        names = [name for name in presentation if name in form.cleaned_data]
        for name in names:
            setattr(current_period, name, form.cleaned_data[name])
        if names:
            current_period.save(update_fields=names)
        return
    current_form = type(form)(instance=current, prefix=form.prefix, period=current_period)
    conflicts: list[Conflict] = []
    changes = _merge(form, current_form, "Periodens uppgifter", conflicts)
    _refuse(conflicts)
    model_fields = {f.name for f in PeriodFigures._meta.concrete_fields}
    figure_changes = [name for name in changes if name in model_fields]
    for name in figure_changes:
        setattr(current, name, changes[name])
    if figure_changes:
        current.save(update_fields=figure_changes)
    period_changes = [name for name in changes if name in presentation]
    for name in period_changes:
        setattr(current_period, name, changes[name])
    if period_changes:
        current_period.save(update_fields=period_changes)


def _refuse(conflicts: list[Conflict]) -> None:
    if conflicts:
        saved = "; ".join(str(conflict) for conflict in conflicts)
        raise StaleVersionError(None, CONFLICT_MESSAGE.format(saved=saved))
