"""Entry forms for insatser, outcomes, goals and indicators. Counts use the Swedish count field and
amounts the Swedish amount field, as everywhere else."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from finsam.forms import DATE_WIDGET, ForbundOwnedForm
from finsam.forms_fields import AmountField, CountField
from finsam.models import BudgetSection, Forbund, Member
from finsam.money import AmountError, parse_amount
from finsam.versioning import VersionedFormMixin
from interventions import checks, selectors
from interventions.models import (
    ExitCategory,
    ExitReason,
    Goal,
    GoalUnit,
    IndicatorResult,
    Insats,
    InsatsFinancing,
    ParticipantOutcome,
    ReferralSource,
    SocioeconomicSetting,
    StructuralPlacement,
    parse_age_bands,
)
from interventions.models.insatser import DATES_ORDER
from interventions.models.outcomes import PERIOD_EXISTS, PERIOD_ORDER, SUMMARY_EXISTS

PROCENT_OGILTIGT = "Ange andelen i procent, t.ex. 62 eller 62,5 %."
PROCENT_INTERVALL = "Andelen ska vara mellan 0 och 100 %."
MALVARDE_OGILTIGT = "Skriv värdet som en procentsats, t.ex. 75 %, eller som ett antal, t.ex. 55."
ENHET_OLIKA = "Målvärde och utfall ska ha samma enhet: båda i procent eller båda som antal."
INSATS_FEL_FORBUND = "Välj en av förbundets insatser."
ANDEL_UTAN_SVARANDE = "Ange antalet svarande för andelen."


# --- Fields ----------------------------------------------------------------------------------


def parse_percent(text: str) -> Decimal:
    """'62 %' / '62' / '62,5' -> Decimal('0.62') / Decimal('0.625'); ValidationError otherwise."""
    raw = text.strip().removesuffix("%").strip()
    try:
        number = parse_amount(raw, max_decimals=2)
    except AmountError as err:
        raise ValidationError(PROCENT_OGILTIGT, code="percent") from err
    if number < 0 or number > 100:
        raise ValidationError(PROCENT_INTERVALL, code="percent")
    return number / 100


def format_percent_input(ratio: Decimal) -> str:
    percent = (ratio * 100).normalize()
    if percent == percent.to_integral():
        percent = percent.quantize(Decimal(1))
    text = format(percent, "f")
    return text.replace(".", ",") + " %"


class PercentField(forms.Field):
    """A share in percent, typed as '62 %' or '62,5'; cleans to a ratio (Decimal('0.62'))."""

    widget = forms.TextInput

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update({"inputmode": "decimal", "autocomplete": "off", "class": "percent"})
        return attrs

    def to_python(self, value: Any) -> Decimal | None:
        if value is None or isinstance(value, Decimal):
            return value
        if not str(value).strip():
            return None
        return parse_percent(str(value))

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal):
            return format_percent_input(value)
        return value


class GoalValueField(forms.Field):
    """'75 %' (a share) or '55' (a count): cleans to ``(value, unit)`` or ``(None, "")``."""

    widget = forms.TextInput

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update({"inputmode": "decimal", "autocomplete": "off"})
        return attrs

    def to_python(self, value: Any) -> tuple[Decimal | None, str]:
        if isinstance(value, tuple):
            return value
        text = str(value or "").strip()
        if not text:
            return (None, "")
        if text.endswith("%"):
            try:
                return (parse_percent(text), GoalUnit.PROCENT)
            except ValidationError as err:
                raise ValidationError(MALVARDE_OGILTIGT, code="goal_value") from err
        try:
            number = parse_amount(text, max_decimals=2)
        except AmountError as err:
            raise ValidationError(MALVARDE_OGILTIGT, code="goal_value") from err
        return (number, GoalUnit.ANTAL)

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, tuple):
            number, unit = value
            if number is None:
                return ""
            if unit == GoalUnit.PROCENT:
                return format_percent_input(number)
            return format(number.normalize(), "f").replace(".", ",")
        return value


def year_choices() -> list[int]:
    return list(range(datetime.date.today().year + 2, 2003, -1))


# --- Insats ----------------------------------------------------------------------------------


class InsatsForm(VersionedFormMixin, ForbundOwnedForm):
    class Meta:
        model = Insats
        fields = [
            "name",
            "kind",
            "responsible_member",
            "responsible_other",
            "participants",
            "start_date",
            "planned_end_date",
            "ended_date",
            "malgrupp",
            "bemanning",
            "metod",
            "age_bands",
            "structural_placement",
            "position",
        ]
        widgets = {
            "start_date": DATE_WIDGET,
            "planned_end_date": DATE_WIDGET,
            "ended_date": DATE_WIDGET,
            "participants": forms.CheckboxSelectMultiple,
            "malgrupp": forms.Textarea(attrs={"rows": 3}),
            "bemanning": forms.Textarea(attrs={"rows": 3}),
            "metod": forms.Textarea(attrs={"rows": 4}),
        }

    from_year = forms.TypedChoiceField(
        label="Ändringen gäller från år",
        coerce=int,
        required=False,
        help_text="Namn, ansvar, period, målgrupp och bemanning ändras från detta år; tidigare "
        "års rapporter behåller sina uppgifter.",
    )

    def __init__(self, *args, forbund: Forbund, **kwargs):
        super().__init__(*args, forbund=forbund, **kwargs)
        if self.instance.pk:
            self.fields["from_year"].choices = [(y, str(y)) for y in year_choices()]
            self.fields["from_year"].initial = datetime.date.today().year
        else:
            del self.fields["from_year"]
        members = forbund.members.order_by("position", "name")
        self.fields["responsible_member"].queryset = members
        self.fields["participants"].queryset = members
        self.fields["position"].required = False
        self.fields["structural_placement"].required = False

    def clean_age_bands(self):
        text = self.cleaned_data["age_bands"]
        return ", ".join(f"{low}–{high}" for low, high in parse_age_bands(text))

    def clean(self):
        cleaned = super().clean()
        start = cleaned.get("start_date")
        for name in ("planned_end_date", "ended_date"):
            end = cleaned.get(name)
            if start and end and end < start:
                self.add_error(name, DATES_ORDER)
        if cleaned.get("position") is None:
            cleaned["position"] = 0
        if not cleaned.get("structural_placement"):
            cleaned["structural_placement"] = StructuralPlacement.FORVALTNING
        return cleaned


class FinancingForm(VersionedFormMixin, forms.ModelForm):
    granted_max = AmountField(label="Beviljat max", required=False)

    class Meta:
        model = InsatsFinancing
        fields = ["granted_max", "budget_line", "cost_label"]

    def __init__(self, *args, insats: Insats, year: int, **kwargs):
        super().__init__(*args, **kwargs)
        lines = selectors.budget_cost_lines(insats.forbund, year)
        field = self.fields["budget_line"]
        field.queryset = field.queryset.filter(
            pk__in=[line.pk for line in lines], section=BudgetSection.COST
        )
        field.label = f"Rad i budgeten för {year}"
        field.help_text = (
            "Budgetbeloppet hämtas från raden." if lines else f"Det finns ingen budget för {year}."
        )
        field.empty_label = "– ingen –"

    def clean_granted_max(self):
        value = self.cleaned_data["granted_max"]
        if value is not None and value < 0:
            raise ValidationError("Beviljat belopp kan inte vara negativt.")
        return value


class SocioeconomicForm(VersionedFormMixin, forms.ModelForm):
    monthly_schablon = AmountField(label="Schablon per person och månad (kr)")
    reported_persons_to_work = CountField(
        label="Antal till arbete enligt tidigare redovisning", required=False
    )

    class Meta:
        model = SocioeconomicSetting
        fields = ["monthly_schablon", "reported_persons_to_work"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.Meta.fields:
            self.fields[name].help_text = SocioeconomicSetting._meta.get_field(name).help_text

    def clean_monthly_schablon(self):
        value = self.cleaned_data["monthly_schablon"]
        if value is not None and value <= 0:
            raise ValidationError("Schablonen måste vara större än noll.")
        return value


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


# --- Goals ----------------------------------------------------------------------------------------


class GoalForm(VersionedFormMixin, ForbundOwnedForm):
    year = forms.TypedChoiceField(label="År", coerce=int)
    target = GoalValueField(
        label="Målvärde",
        required=False,
        help_text="Valfritt: en procentsats (”75 %”) eller ett antal (”55”).",
    )
    outcome = GoalValueField(
        label="Utfall (värde)", required=False, help_text="I samma enhet som målvärdet."
    )

    class Meta:
        model = Goal
        fields = ["year", "insats", "position", "text", "status", "outcome_text"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 3}),
            "outcome_text": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, forbund: Forbund, **kwargs):
        super().__init__(*args, forbund=forbund, **kwargs)
        self.fields["year"].choices = [(y, y) for y in year_choices()]
        self.fields["insats"].queryset = forbund.insatser.all()
        self.fields["insats"].empty_label = "– Åtagande i verksamhetsplanen (Bilaga 1) –"
        self.fields["position"].required = False
        self.fields["status"].choices = [
            ("", "– ännu inte bedömt –"),
            *self.fields["status"].choices[1:],
        ]
        goal = self.instance
        if goal.pk:
            self.initial["target"] = (goal.target_value, goal.target_unit)
            self.initial["outcome"] = (goal.outcome_value, goal.target_unit)

    def clean(self):
        cleaned = super().clean()
        target_value, target_unit = cleaned.get("target") or (None, "")
        outcome_value, outcome_unit = cleaned.get("outcome") or (None, "")
        if target_unit and outcome_unit and target_unit != outcome_unit:
            self.add_error("outcome", ENHET_OLIKA)
        self.instance.target_value = target_value
        self.instance.outcome_value = outcome_value
        self.instance.target_unit = target_unit or outcome_unit
        if cleaned.get("position") is None:
            cleaned["position"] = 0
        return cleaned


# --- Indicators --------------------------------------------------------------------------------


class IndicatorForm(VersionedFormMixin, forms.ModelForm):
    period_year = forms.TypedChoiceField(
        label="Mätperiod",
        coerce=int,
        help_text=IndicatorResult._meta.get_field("period_year").help_text,
    )
    respondents = CountField(label="Svarande")
    share_positive = PercentField(label="Andel positiva", required=False)
    respondents_kvinnor = CountField(label="Svarande kvinnor", required=False)
    share_positive_kvinnor = PercentField(label="Andel positiva kvinnor", required=False)
    respondents_man = CountField(label="Svarande män", required=False)
    share_positive_man = PercentField(label="Andel positiva män", required=False)
    share_positive_national = PercentField(
        label="Andel positiva nationellt",
        required=False,
        help_text="Jämförelsevärdet för alla förbund, när det redovisas.",
    )

    class Meta:
        model = IndicatorResult
        fields = [
            "insats",
            "period_year",
            "question",
            "respondents",
            "share_positive",
            "respondents_kvinnor",
            "share_positive_kvinnor",
            "respondents_man",
            "share_positive_man",
            "share_positive_national",
        ]

    def __init__(self, *args, forbund: Forbund, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["insats"].queryset = forbund.insatser.all()
        self.fields["period_year"].choices = [(y, f"nov {y - 1} – okt {y}") for y in year_choices()]

    def clean(self):
        cleaned = super().clean()
        for share, respondents in (
            ("share_positive_kvinnor", "respondents_kvinnor"),
            ("share_positive_man", "respondents_man"),
        ):
            if cleaned.get(share) is not None and cleaned.get(respondents) is None:
                self.add_error(respondents, ANDEL_UTAN_SVARANDE)
        return cleaned


class IndicatorImportForm(forms.Form):
    file = forms.FileField(
        label="CSV-fil",
        help_text="Semikolonseparerad (som Excel sparar på svenska), med rubrikraden: "
        "Insats;Mätperiod;Fråga;Svarande;Andel positiva;Svarande kvinnor;"
        "Andel positiva kvinnor;Svarande män;Andel positiva män.",
    )


class ParticipantImportForm(forms.Form):
    """A participant file and the period its rows are counted into."""

    file = forms.FileField(
        label="Deltagarfil (CSV eller XLSX)",
        help_text="En rad per deltagare och period med kolumnerna insats, kön, födelseår eller "
        "ålder, startdatum, slutdatum, avslutsorsak och remittent.",
    )
    period_start = forms.DateField(
        label="Period från", help_text="ÅÅÅÅ-MM-DD, t.ex. 2024-01-01.", input_formats=["%Y-%m-%d"]
    )
    period_end = forms.DateField(
        label="Period till och med",
        help_text="ÅÅÅÅ-MM-DD, t.ex. 2024-12-31.",
        input_formats=["%Y-%m-%d"],
    )

    MAX_BYTES = 10 * 1024 * 1024

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError("Filen är större än 10 MB.")
        return upload

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "Periodens slut kan inte vara före dess början.")
        return data
