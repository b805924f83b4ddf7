"""Entry forms of a report period. Every amount uses the Swedish amount field."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django import forms
from django.forms import BaseModelFormSet, modelformset_factory

from finsam.forms import DATE_WIDGET
from finsam.forms_fields import AmountField, static_choices
from finsam.models import Forbund
from reports.forms_figures import (  # noqa: F401
    BALANSKRAV_FIELDS,
    BALANSKRAV_NEGATIVE,
    INTERIM_PRESENTATION_FIELDS,
    PROGNOS_FIELDS,
    BalanceFiguresForm,
    ControlsForm,
    CostBudgetForm,
    FiguresForm,
    IncomeBudgetForm,
    OtherFiguresForm,
    _amount,
)
from reports.forms_history import (  # noqa: F401
    PeriodHistoryForm,
    YearHistoryForm,
)
from reports.forms_messages import (  # noqa: F401
    ANTAL_ANSTALLDA_HELP,
    ARSREDOVISNING_EXISTS,
    CATEGORY_ONLY_OPERATING,
    DATE_OUTSIDE_YEAR,
    DUPLICATE_LINE,
    DUPLICATE_MEMBER,
    END_BEFORE_START,
    EQUITY_AND_ASSETS,
    FULL_YEAR_ONLY,
    HISTORY_HAS_REPORT,
    LABEL_REQUIRED,
    MEMBER_ONLY_DRIFTBIDRAG,
    MEMBER_REQUIRED,
    PARENT_AMOUNT_COMPUTED,
    PARENT_HAS_SUBS,
    PERIOD_EXISTS,
    PERIOD_HISTORY_HAS_REPORT,
    PROVISIONS_NEGATIVE,
    SUB_LINE_KIND,
    SUB_LINE_NO_BUDGET,
    SUB_LINE_OF_SUB_LINE,
    SUB_LINE_OWN,
)
from reports.line_merge import SeenValuesMixin
from reports.models import (
    COST_KINDS,
    INCOME_KINDS,
    OPERATING_COST_KINDS,
    SPECIFIABLE_KINDS,
    FigureLine,
    Layout,
    LineKind,
    ReportKind,
    ReportPeriod,
)
from reports.services import default_dates


class VersionForm(forms.Form):
    """The period's version when the page was shown: a save is refused if it changed since."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class ReportPeriodCreateForm(forms.Form):
    kind = forms.ChoiceField(label="Typ", choices=ReportKind.choices)
    year = forms.IntegerField(label="År", min_value=2004, max_value=2100)
    start = forms.DateField(
        label="Från och med",
        required=False,
        widget=DATE_WIDGET,
        help_text="Lämna tomt: 1 januari.",
    )
    end = forms.DateField(
        label="Till och med",
        required=False,
        widget=DATE_WIDGET,
        help_text="Lämna tomt: 31 december för en årsredovisning, 31 augusti för en delårsrapport.",
    )
    layout = forms.ChoiceField(
        label="Uppställning av resultaträkningen",
        # Radio buttons: the choices' long texts wrap on a phone (a select cuts them off).
        choices=[("", "Samma som förra året"), *Layout.choices],
        required=False,
        initial="",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, forbund: Forbund, **kwargs):
        super().__init__(*args, **kwargs)
        self.forbund = forbund

    def clean(self):
        cleaned = super().clean()
        kind, year = cleaned.get("kind"), cleaned.get("year")
        if not kind or not year:
            return cleaned
        default_start, default_end = default_dates(kind, year)
        start = cleaned.get("start") or default_start
        end = cleaned.get("end") or default_end
        cleaned["start"], cleaned["end"] = start, end
        for name, day in (("start", start), ("end", end)):
            if day.year != year:
                self.add_error(name, DATE_OUTSIDE_YEAR.format(year=year))
        if end <= start:
            self.add_error("end", END_BEFORE_START)
        if kind == ReportKind.ARSREDOVISNING:
            if (start, end) != (datetime.date(year, 1, 1), datetime.date(year, 12, 31)):
                self.add_error("start", FULL_YEAR_ONLY)
            elif ReportPeriod.objects.filter(
                fiscal_year__forbund=self.forbund, fiscal_year__year=year, kind=kind
            ).exists():
                self.add_error("year", ARSREDOVISNING_EXISTS.format(year=year))
        elif ReportPeriod.objects.filter(
            fiscal_year__forbund=self.forbund, kind=kind, start=start, end=end
        ).exists():
            self.add_error(
                "year",
                PERIOD_EXISTS.format(
                    kind=ReportKind(kind).label.lower(),
                    start=f"{start:%Y-%m-%d}",
                    end=f"{end:%Y-%m-%d}",
                ),
            )
        return cleaned


# --- Lines -----------------------------------------------------------------------------------


class LineForm(SeenValuesMixin, forms.ModelForm):
    """A figure line of the period; the period is set before validation, so the database
    constraints that involve it are reported at the fields. ``seen`` holds the values the page
    showed (per-value conflicts, ``reports.line_merge``)."""

    amount = AmountField(label="Utfall", required=False)

    def __init__(self, *args, period: ReportPeriod, shared: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.period = period
        self.shared = shared if shared is not None else {}
        self.instance.period = period
        self.fields["label"].error_messages["required"] = LABEL_REQUIRED
        self.fields["label"].widget.attrs["class"] = "wide"
        self.add_seen_field()

    def _get_validation_exclusions(self):
        exclusions = super()._get_validation_exclusions()
        exclusions.discard("period")
        return exclusions

    def clean_amount(self):
        return self.cleaned_data.get("amount") or Decimal(0)


class IncomeLineForm(LineForm):
    kind = forms.ChoiceField(
        label="Typ",
        choices=[(k.value, k.label) for k in INCOME_KINDS],
        initial=LineKind.OVRIG_INTAKT,
    )
    budget = AmountField(label="Budget", required=False)

    class Meta:
        model = FigureLine
        fields = ["kind", "label", "member", "group", "budget", "amount", "position"]
        widgets = {"position": forms.HiddenInput()}

    def __init__(self, *args, period: ReportPeriod, **kwargs):
        super().__init__(*args, period=period, **kwargs)
        members = self.shared.get("members")
        if members is None:
            members = self.shared["members"] = list(
                period.forbund.members.order_by("position", "name")
            )
        self.fields["member"].queryset = period.forbund.members.order_by("position", "name")
        static_choices(self.fields["member"], members)
        self.fields["position"].required = False

    def clean(self):
        cleaned = super().clean()
        kind, member = cleaned.get("kind"), cleaned.get("member")
        if kind == LineKind.DRIFTBIDRAG and member is None:
            self.add_error("member", MEMBER_REQUIRED)
        elif kind and kind != LineKind.DRIFTBIDRAG and member is not None:
            self.add_error("member", MEMBER_ONLY_DRIFTBIDRAG)
        if cleaned.get("position") is None:
            cleaned["position"] = 0
        return cleaned


class CostLineForm(LineForm):
    kind = forms.ChoiceField(
        label="Typ", choices=[(k.value, k.label) for k in COST_KINDS], initial=LineKind.KOSTNAD
    )
    budget = AmountField(label="Budget", required=False)

    class Meta:
        model = FigureLine
        fields = ["kind", "label", "category", "group", "parent", "budget", "amount", "position"]
        widgets = {"position": forms.HiddenInput()}

    def __init__(self, *args, period: ReportPeriod, **kwargs):
        super().__init__(*args, period=period, **kwargs)
        # One queryset per formset (building one per row is most of the page's Python time);
        # it is only evaluated to validate a submitted value, so only a bound form leaves out
        # its own line (the choices shown come from static_choices below).
        parents = self.shared.get("parents")
        if parents is None:
            parents = self.shared["parents"] = period.lines.filter(
                kind__in=SPECIFIABLE_KINDS, parent__isnull=True
            ).order_by("position", "id")
        if self.is_bound and self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents
        static_choices(
            self.fields["parent"],
            [line for line in self._lines() if line.pk != self.instance.pk and _specifiable(line)],
        )
        self.fields["parent"].label = "Specifikation till"
        self.fields["position"].required = False
        if self._has_subs():
            # The utfall of a specified line is the sum of its sub-lines.
            self.initial["amount"] = None
            self.fields["amount"].widget.attrs["placeholder"] = "= underraderna"
            # Read-only, visibly: the sum is computed (static/css/app.css input.sum).
            self.fields["amount"].widget.attrs["readonly"] = True
            classes = self.fields["amount"].widget.attrs.get("class", "")
            self.fields["amount"].widget.attrs["class"] = f"{classes} sum".strip()
            self.fields["amount"].widget.attrs["title"] = "Summan av underraderna räknas fram."

    def clean(self):
        cleaned = super().clean()
        kind, parent = cleaned.get("kind"), cleaned.get("parent")
        if cleaned.get("category") and kind and kind not in OPERATING_COST_KINDS:
            self.add_error("category", CATEGORY_ONLY_OPERATING)
        has_subs = self._has_subs()
        if parent is not None:
            if kind and kind not in SPECIFIABLE_KINDS:
                self.add_error("parent", SUB_LINE_KIND)
            elif parent.parent_id is not None:
                self.add_error("parent", SUB_LINE_OF_SUB_LINE)
            elif has_subs:
                self.add_error("parent", PARENT_HAS_SUBS)
            if cleaned.get("budget") is not None:
                self.add_error("budget", SUB_LINE_NO_BUDGET)
        if has_subs and cleaned.get("amount"):
            self.add_error("amount", PARENT_AMOUNT_COMPUTED)
        if cleaned.get("position") is None:
            cleaned["position"] = 0
        return cleaned


    def _lines(self) -> list[FigureLine]:
        """The period's lines, read once per formset (no query per row)."""
        lines = self.shared.get("lines")
        if lines is None:
            lines = self.shared["lines"] = list(self.period.lines.order_by("position", "id"))
        return lines

    def _has_subs(self) -> bool:
        if not self.instance.pk:
            return False
        return any(line.parent_id == self.instance.pk for line in self._lines())


def _specifiable(line: FigureLine) -> bool:
    return line.kind in SPECIFIABLE_KINDS and line.parent_id is None


class BalanceLineForm(LineForm):
    amount = AmountField(label="Utgående balans", required=False)
    opening_amount = AmountField(label="Ingående balans", required=False)

    class Meta:
        model = FigureLine
        fields = ["label", "opening_amount", "amount", "position"]
        widgets = {"position": forms.HiddenInput()}

    def __init__(self, *args, period: ReportPeriod, kind: str, **kwargs):
        super().__init__(*args, period=period, **kwargs)
        self.instance.kind = kind
        self.fields["position"].required = False

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("position") is None:
            cleaned["position"] = 0
        return cleaned


class BaseLineFormSet(BaseModelFormSet):
    def __init__(self, *args, period: ReportPeriod, kind: str | None = None, **kwargs):
        self.period = period
        self.kind = kind
        self.shared: dict = {}  # lookups the forms share (one query per formset, not per row)
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        kwargs["period"] = self.period
        kwargs["shared"] = self.shared
        if self.kind is not None:
            kwargs["kind"] = self.kind
        return kwargs

    @property
    def empty_form(self):  # not used (no JavaScript); keep Django from needing kwargs
        return None

    def active_forms(self):
        for form in self.forms:
            if not form.has_changed() and not form.instance.pk:
                continue
            if self.can_delete and self._should_delete_form(form):
                continue
            yield form

    def clean(self):
        super().clean()
        labels: set[tuple] = set()
        members: set[int] = set()
        for form in self.active_forms():
            kind = form.cleaned_data.get("kind", self.kind)
            parent = form.cleaned_data.get("parent")
            key = (kind, form.cleaned_data.get("label"), parent.pk if parent else None)
            if key in labels:
                form.add_error("label", DUPLICATE_LINE)
            labels.add(key)
            member = form.cleaned_data.get("member")
            if kind == LineKind.DRIFTBIDRAG and member is not None:
                if member.pk in members:
                    form.add_error("member", DUPLICATE_MEMBER)
                members.add(member.pk)


IncomeLineFormSet = modelformset_factory(
    FigureLine, form=IncomeLineForm, formset=BaseLineFormSet, extra=1, can_delete=True
)
CostLineFormSet = modelformset_factory(
    FigureLine, form=CostLineForm, formset=BaseLineFormSet, extra=1, can_delete=True
)
BalanceLineFormSet = modelformset_factory(
    FigureLine, form=BalanceLineForm, formset=BaseLineFormSet, extra=1, can_delete=True
)


def income_formset(period: ReportPeriod, data=None) -> BaseLineFormSet:
    return IncomeLineFormSet(
        data,
        queryset=period.lines.filter(kind__in=INCOME_KINDS).order_by("position", "id"),
        period=period,
        prefix="intakter",
    )


def cost_formset(period: ReportPeriod, data=None) -> BaseLineFormSet:
    return CostLineFormSet(
        data,
        queryset=period.lines.filter(kind__in=COST_KINDS).order_by("position", "id"),
        period=period,
        prefix="kostnader",
    )


def balance_formset(period: ReportPeriod, kind: str, data=None) -> BaseLineFormSet:
    return BalanceLineFormSet(
        data,
        queryset=period.lines.filter(kind=kind).order_by("position", "id"),
        period=period,
        kind=kind,
        prefix=kind,
    )
