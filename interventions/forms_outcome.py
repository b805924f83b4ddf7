"""The form of an insats's participant outcome for one period: volumes, gender and age counts,
referrals, exits and the socioeconomic setting, checked against each other."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms

from finsam.forms import DATE_WIDGET
from finsam.forms_fields import CountField
from finsam.models import Member
from finsam.versioning import VersionedFormMixin
from interventions import checks, selectors
from interventions.models import (
    ExitCategory,
    ExitReason,
    Insats,
    ParticipantOutcome,
    ReferralSource,
)
from interventions.models.outcomes import PERIOD_EXISTS, PERIOD_ORDER, SUMMARY_EXISTS

# --- Outcome ---------------------------------------------------------------------------------

COUNT_LABELS = {"kvinnor": "kvinnor", "man": "män", "okant": "uppgift saknas", "": "totalt"}


class OutcomeForm(VersionedFormMixin, forms.Form):
    """One outcome record with its avslutsorsaker, age bands, referrals and per-kommun figures.

    Only the format of each figure is validated here (and the period); whether the figures add
    up is a check (``checks.outcome_problems``), shown beside the form while typing and listed
    before approval, so figures can be entered as they arrive.
    """

    period_start = forms.DateField(label="Period från", widget=DATE_WIDGET)
    period_end = forms.DateField(label="Period till och med", widget=DATE_WIDGET)
    in_summary = forms.BooleanField(
        label="Ingår i förbundets deltagartabell",
        required=False,
        help_text=ParticipantOutcome._meta.get_field("in_summary").help_text,
    )
    source = forms.CharField(
        label="Källa",
        required=False,
        max_length=200,
        help_text=ParticipantOutcome._meta.get_field("source").help_text,
    )
    volym_deltagare = CountField(
        label="Volymdeltagare",
        required=False,
        help_text=ParticipantOutcome._meta.get_field("volym_deltagare").help_text,
    )
    volym_kvinnor = CountField(label="Volymdeltagare, kvinnor", required=False)
    volym_man = CountField(label="Volymdeltagare, män", required=False)
    anonyma = CountField(
        label="Anonyma deltagare",
        required=False,
        help_text=ParticipantOutcome._meta.get_field("anonyma").help_text,
    )
    aktiviteter = CountField(
        label="Aktiviteter",
        required=False,
        help_text=ParticipantOutcome._meta.get_field("aktiviteter").help_text,
    )
    moten = CountField(
        label="Möten",
        required=False,
        help_text=ParticipantOutcome._meta.get_field("moten").help_text,
    )
    ansvar_och_period = forms.CharField(
        label="Ansvar och period", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    resultat = forms.CharField(
        label="Resultat och måluppfyllelse",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    utmaningar = forms.CharField(
        label="Utmaningar och lärdomar", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    samverkan_jamstalldhet = forms.CharField(
        label="Samverkan och jämställdhet",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    TEXT_FIELDS = ("ansvar_och_period", "resultat", "utmaningar", "samverkan_jamstalldhet")
    EXTRA_COUNTS = (
        "volym_deltagare",
        "volym_kvinnor",
        "volym_man",
        "anonyma",
        "aktiviteter",
        "moten",
    )
    MAIN_ROWS = (
        ("deltagare", "Deltagare", ("kvinnor", "man", "okant", "")),
        ("nya", "Varav nya", ("kvinnor", "man", "")),
        ("avslutade", "Avslutade", ("kvinnor", "man", "")),
    )

    def __init__(
        self,
        *args,
        insats: Insats,
        instance: ParticipantOutcome | None = None,
        year: int | None = None,
        validate_url: str = "",
        **kwargs,
    ):
        self.instance = instance or ParticipantOutcome(insats=insats)
        self.insats = insats
        self.categories = list(ExitCategory.objects.filter(forbund_id=insats.forbund_id))
        super().__init__(*args, **kwargs)
        self.age_bands = self._age_bands()
        self.members = self._members()
        self._add_count_fields()
        if instance is not None:
            self.initial.update(self._initial_from(instance))
        else:
            year = year or datetime.date.today().year
            self.initial.update(
                {
                    "period_start": datetime.date(year, 1, 1),
                    "period_end": datetime.date(year, 12, 31),
                    "in_summary": True,
                }
            )
        for name, field in self.fields.items():
            if isinstance(field.widget, forms.HiddenInput):
                continue
            field.widget.attrs["aria-describedby"] = f"id_{name}_errors"
            if validate_url:
                # The newest change wins: an answer still on its way is dropped.
                field.widget.attrs.update(
                    {
                        "hx-post": validate_url,
                        "hx-trigger": "change",
                        "hx-sync": "closest form:replace",
                    }
                )

    # Building ---------------------------------------------------------------------------------

    def _age_bands(self) -> list[tuple[int, int]]:
        bands = set(self.insats.age_band_list)
        if self.instance.pk:
            bands |= {(b.age_from, b.age_to) for b in self.instance.age_bands.all()}
        return sorted(bands)

    def _members(self) -> list[Member]:
        members = {m.pk: m for m in selectors.kommun_members(self.insats)}
        if self.instance.pk:
            for row in self.instance.member_breakdown.select_related("member"):
                members.setdefault(row.member_id, row.member)
        return sorted(members.values(), key=lambda m: (m.position, m.name))

    def _count(self, label: str) -> CountField:
        return CountField(label=label, required=False)

    def _add_count_fields(self) -> None:
        for prefix, label, parts in self.MAIN_ROWS:
            for part in parts:
                name = f"{prefix}_{part}" if part else prefix
                self.fields[name] = self._count(f"{label}, {COUNT_LABELS[part]}")
        for reason in ExitReason:
            self.fields[f"exit_{reason.value}"] = self._count(f"{reason.label}, totalt")
            self.fields[f"exit_{reason.value}_kvinnor"] = self._count(f"{reason.label}, kvinnor")
            self.fields[f"exit_{reason.value}_man"] = self._count(f"{reason.label}, män")
        for category in self.categories:
            name = f"exitcat_{category.pk}"
            self.fields[name] = self._count(f"{category.name}, totalt")
            self.fields[f"{name}_kvinnor"] = self._count(f"{category.name}, kvinnor")
            self.fields[f"{name}_man"] = self._count(f"{category.name}, män")
        for source in ReferralSource:
            self.fields[f"ref_{source.value}"] = self._count(f"Remitterade från {source.label}")
        for low, high in self.age_bands:
            for part in ("kvinnor", "man", "okant"):
                self.fields[f"age_{low}_{high}_{part}"] = self._count(
                    f"{low}–{high} år, {COUNT_LABELS[part]}"
                )
        for member in self.members:
            self.fields[f"member_{member.pk}"] = self._count(f"{member.name}, totalt")
            self.fields[f"member_{member.pk}_kvinnor"] = self._count(f"{member.name}, kvinnor")
            self.fields[f"member_{member.pk}_man"] = self._count(f"{member.name}, män")

    def _initial_from(self, outcome: ParticipantOutcome) -> dict[str, Any]:
        initial: dict[str, Any] = {
            name: getattr(outcome, name)
            for name in (
                "period_start",
                "period_end",
                "in_summary",
                "source",
                *self.EXTRA_COUNTS,
                *self.TEXT_FIELDS,
                *checks.COUNT_FIELDS,
            )
        }
        initial["deltagare_okant"] = outcome.deltagare_okant
        for exit in outcome.exits.all():
            name = f"exitcat_{exit.category_id}" if exit.category_id else f"exit_{exit.reason}"
            initial[name] = exit.count
            initial[f"{name}_kvinnor"] = exit.kvinnor
            initial[f"{name}_man"] = exit.man
        for referral in outcome.referrals.all():
            if not referral.member_id:
                initial[f"ref_{referral.source}"] = referral.count
        for band in outcome.age_bands.all():
            for part in ("kvinnor", "man", "okant"):
                initial[f"age_{band.age_from}_{band.age_to}_{part}"] = getattr(band, part)
        for row in outcome.member_breakdown.all():
            initial[f"member_{row.member_id}"] = row.deltagare
            initial[f"member_{row.member_id}_kvinnor"] = row.kvinnor
            initial[f"member_{row.member_id}_man"] = row.man
        return initial

    # Layout helpers for the template -----------------------------------------------------------

    def main_rows(self):
        """(label, [kvinnor, män, uppgift saknas, totalt]); ``None`` where there is no field."""
        rows = []
        for prefix, label, parts in self.MAIN_ROWS:
            cells = []
            for part in ("kvinnor", "man", "okant", ""):
                name = f"{prefix}_{part}" if part else prefix
                cells.append(self[name] if part in parts else None)
            rows.append((label, cells))
        return rows

    def exit_rows(self):
        return [
            (
                reason.label,
                [
                    self[f"exit_{reason.value}"],
                    self[f"exit_{reason.value}_kvinnor"],
                    self[f"exit_{reason.value}_man"],
                ],
            )
            for reason in ExitReason
        ]

    def referral_fields(self):
        return [self[f"ref_{source.value}"] for source in ReferralSource]

    def age_columns(self):
        return [f"{low}–{high}" for low, high in self.age_bands]

    def age_rows(self):
        return [
            (
                COUNT_LABELS[part].capitalize(),
                [self[f"age_{low}_{high}_{part}"] for low, high in self.age_bands],
            )
            for part in ("kvinnor", "man", "okant")
        ]

    def member_rows(self):
        return [
            (
                member.name,
                [
                    self[f"member_{member.pk}"],
                    self[f"member_{member.pk}_kvinnor"],
                    self[f"member_{member.pk}_man"],
                ],
            )
            for member in self.members
        ]

    def text_fields(self):
        return [self[name] for name in self.TEXT_FIELDS]

    # Validation ------------------------------------------------------------------------------

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end:
            if end < start:
                self.add_error("period_end", PERIOD_ORDER)
            else:
                others = ParticipantOutcome.objects.filter(insats=self.insats)
                if self.instance.pk:
                    others = others.exclude(pk=self.instance.pk)
                if others.filter(period_start=start, period_end=end).exists():
                    self.add_error("period_start", PERIOD_EXISTS)
                elif (
                    cleaned.get("in_summary")
                    and others.filter(period_end=end, in_summary=True).exists()
                ):
                    self.add_error("in_summary", SUMMARY_EXISTS)
        self._fill_totals(cleaned)
        return cleaned

    def _fill_totals(self, cleaned: dict[str, Any]) -> None:
        """A total left empty is the sum of its parts, when any part is given."""
        groups = [
            ("deltagare", ["deltagare_kvinnor", "deltagare_man", "deltagare_okant"]),
            ("nya", ["nya_kvinnor", "nya_man"]),
            ("avslutade", ["avslutade_kvinnor", "avslutade_man"]),
            *[
                (f"exit_{r.value}", [f"exit_{r.value}_kvinnor", f"exit_{r.value}_man"])
                for r in ExitReason
            ],
            *[
                (f"exitcat_{c.pk}", [f"exitcat_{c.pk}_kvinnor", f"exitcat_{c.pk}_man"])
                for c in self.categories
            ],
            *[
                (f"member_{m.pk}", [f"member_{m.pk}_kvinnor", f"member_{m.pk}_man"])
                for m in self.members
            ],
        ]
        for total, parts in groups:
            if total in cleaned and cleaned[total] is None and total not in self.errors:
                cleaned[total] = selectors.add_counts(cleaned.get(p) for p in parts)

    def figures(self) -> checks.OutcomeFigures:
        """The (valid part of the) entered figures, for the consistency checks."""
        data = getattr(self, "cleaned_data", {})
        exits = {}
        for reason in ExitReason:
            count = data.get(f"exit_{reason.value}")
            if count is not None:
                exits[reason.value] = checks.ExitFigures(
                    count,
                    data.get(f"exit_{reason.value}_kvinnor"),
                    data.get(f"exit_{reason.value}_man"),
                )
        for category in self.categories:
            count = data.get(f"exitcat_{category.pk}")
            if count is not None:
                exits[category.name] = checks.ExitFigures(
                    count,
                    data.get(f"exitcat_{category.pk}_kvinnor"),
                    data.get(f"exitcat_{category.pk}_man"),
                )
        ages = []
        for low, high in self.age_bands:
            values = [data.get(f"age_{low}_{high}_{p}") for p in ("kvinnor", "man", "okant")]
            if any(v is not None for v in values):
                ages.append(checks.AgeFigures(f"{low}–{high}", *values))
        members = []
        for member in self.members:
            total = data.get(f"member_{member.pk}")
            if total is not None:
                members.append(
                    checks.MemberFigures(
                        member.name,
                        total,
                        data.get(f"member_{member.pk}_kvinnor"),
                        data.get(f"member_{member.pk}_man"),
                    )
                )
        return checks.OutcomeFigures(
            **{name: data.get(name) for name in checks.COUNT_FIELDS},
            exits=exits,
            age_bands=ages,
            members=members,
        )

    # Values for the service ------------------------------------------------------------------

    def record_values(self) -> dict[str, Any]:
        data = self.cleaned_data
        names = (
            "period_start",
            "period_end",
            "in_summary",
            "source",
            *self.EXTRA_COUNTS,
            *self.TEXT_FIELDS,
            *checks.COUNT_FIELDS,
        )
        return {name: data.get(name) for name in names}

    def exit_values(self) -> dict[str, tuple[int, int | None, int | None]]:
        """National avslutsorsaker: reason -> (antal, kvinnor, män)."""
        return {
            reason: (figures.count, figures.kvinnor, figures.man)
            for reason, figures in self.figures().exits.items()
            if reason in ExitReason.values
        }

    def category_values(self) -> dict[int, tuple[int, int | None, int | None]]:
        """The förbund's own avslutsorsaker: category pk -> (antal, kvinnor, män)."""
        data = self.cleaned_data
        return {
            c.pk: (
                data[f"exitcat_{c.pk}"],
                data.get(f"exitcat_{c.pk}_kvinnor"),
                data.get(f"exitcat_{c.pk}_man"),
            )
            for c in self.categories
            if data.get(f"exitcat_{c.pk}") is not None
        }

    def referral_values(self) -> dict[str, int]:
        return {
            source.value: self.cleaned_data[f"ref_{source.value}"]
            for source in ReferralSource
            if self.cleaned_data.get(f"ref_{source.value}") is not None
        }

    def age_values(self) -> dict[tuple[int, int], tuple[int | None, int | None, int | None]]:
        values = {}
        for low, high in self.age_bands:
            parts = tuple(
                self.cleaned_data.get(f"age_{low}_{high}_{p}") for p in ("kvinnor", "man", "okant")
            )
            if any(v is not None for v in parts):
                values[(low, high)] = parts
        return values

    def member_values(self) -> dict[Member, tuple[int, int | None, int | None]]:
        values = {}
        for member in self.members:
            total = self.cleaned_data.get(f"member_{member.pk}")
            if total is not None:
                values[member] = (
                    total,
                    self.cleaned_data.get(f"member_{member.pk}_kvinnor"),
                    self.cleaned_data.get(f"member_{member.pk}_man"),
                )
        return values
