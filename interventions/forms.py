"""Entry forms for insatser, outcomes, goals and indicators. Counts use the Swedish count field and
amounts the Swedish amount field, as everywhere else."""

from __future__ import annotations

import datetime

from django import forms
from django.core.exceptions import ValidationError

from finsam.forms import DATE_WIDGET, ForbundOwnedForm
from finsam.forms_fields import AmountField, CountField
from finsam.models import BudgetSection, Forbund
from finsam.versioning import VersionedFormMixin
from interventions import selectors
from interventions.forms_fields import (  # noqa: F401
    ANDEL_UTAN_SVARANDE,
    ENHET_OLIKA,
    INSATS_FEL_FORBUND,
    MALVARDE_OGILTIGT,
    PROCENT_INTERVALL,
    PROCENT_OGILTIGT,
    GoalValueField,
    PercentField,
    format_percent_input,
    parse_percent,
    year_choices,
)
from interventions.forms_outcome import (  # noqa: F401
    COUNT_LABELS,
    OutcomeForm,
)
from interventions.models import (
    Goal,
    IndicatorResult,
    Insats,
    InsatsFinancing,
    SocioeconomicSetting,
    StructuralPlacement,
    parse_age_bands,
)
from interventions.models.insatser import DATES_ORDER

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
