"""Entry forms of a report period. Every amount uses the Swedish amount field."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django import forms
from django.forms import BaseModelFormSet, modelformset_factory

from finsam.forms import DATE_WIDGET, ForbundOwnedForm
from finsam.forms_fields import AmountField, CountField
from finsam.models import Forbund
from finsam.versioning import VersionedFormMixin
from reports.models import (
    COST_KINDS,
    INCOME_KINDS,
    OPERATING_COST_KINDS,
    SPECIFIABLE_KINDS,
    FigureLine,
    Layout,
    LineKind,
    PeriodFigures,
    ReportKind,
    ReportPeriod,
    YearHistory,
)
from reports.services import default_dates

PERIOD_EXISTS = "Det finns redan en {kind} för perioden {start}–{end}."
ARSREDOVISNING_EXISTS = "Det finns redan en årsredovisning för {year}."
FULL_YEAR_ONLY = "En årsredovisning omfattar hela kalenderåret, 1 januari–31 december."
DATE_OUTSIDE_YEAR = "Datumet ska ligga inom {year}."
END_BEFORE_START = "Slutdatum ska vara efter startdatum."
LABEL_REQUIRED = "Skriv radens namn."
MEMBER_REQUIRED = "Välj vilken medlem driftbidraget kommer från."
MEMBER_ONLY_DRIFTBIDRAG = "Medlem anges bara för driftbidrag."
DUPLICATE_LINE = "Det finns redan en rad med det namnet."
DUPLICATE_MEMBER = "Medlemmen har redan en rad för driftbidrag."
CATEGORY_ONLY_OPERATING = "Kategori anges bara för verksamhetens kostnader."
SUB_LINE_NO_BUDGET = "En specifikationsrad har ingen egen budget; ange budgeten på huvudraden."
SUB_LINE_OF_SUB_LINE = "Välj en huvudrad; en specifikationsrad kan inte själv specificeras."
SUB_LINE_OWN = "En rad kan inte vara specifikation till sig själv."
SUB_LINE_KIND = "Bara kostnader och personalkostnader kan specificeras med underrader."
PARENT_AMOUNT_COMPUTED = (
    "Raden specificeras av underrader; dess utfall räknas fram ur dem. Lämna fältet tomt."
)
PARENT_HAS_SUBS = "Raden har specifikationsrader och kan inte själv bli en specifikationsrad."
HISTORY_HAS_REPORT = (
    "Det finns en årsredovisning för {year} i verktyget; tidigare år anges bara för år före det."
)
EQUITY_AND_ASSETS = "Ange både eget kapital och summa tillgångar, eller inget av dem."
PROVISIONS_NEGATIVE = "Beloppet kan inte vara negativt."
ANTAL_ANSTALLDA_HELP = "Antal anställda i förbundet vid periodens slut (0 om tjänster köps in)."


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
        choices=Layout.choices,
        required=False,
        help_text="Lämna tomt för att använda samma som förra året.",
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


class LineForm(forms.ModelForm):
    """A figure line of the period; the period is set before validation, so the database
    constraints that involve it are reported at the fields."""

    amount = AmountField(label="Utfall", required=False)

    def __init__(self, *args, period: ReportPeriod, **kwargs):
        super().__init__(*args, **kwargs)
        self.period = period
        self.instance.period = period
        self.fields["label"].error_messages["required"] = LABEL_REQUIRED
        self.fields["label"].widget.attrs["class"] = "wide"

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
        self.fields["member"].queryset = period.forbund.members.order_by("position", "name")
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
        parents = period.lines.filter(kind__in=SPECIFIABLE_KINDS, parent__isnull=True)
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents.order_by("position", "id")
        self.fields["parent"].label = "Specifikation till"
        self.fields["position"].required = False
        if self.instance.pk and self.instance.children.exists():
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
        has_subs = bool(self.instance.pk) and self.instance.children.exists()
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
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        kwargs["period"] = self.period
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
    FigureLine, form=IncomeLineForm, formset=BaseLineFormSet, extra=2, can_delete=True
)
CostLineFormSet = modelformset_factory(
    FigureLine, form=CostLineForm, formset=BaseLineFormSet, extra=2, can_delete=True
)
BalanceLineFormSet = modelformset_factory(
    FigureLine, form=BalanceLineForm, formset=BaseLineFormSet, extra=2, can_delete=True
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


# --- Single figures --------------------------------------------------------------------------


class FiguresForm(forms.ModelForm):
    """Base for the forms of PeriodFigures: amounts that default to 0 are 0 when left empty."""

    zero_when_empty: tuple[str, ...] = ()

    def clean(self):
        cleaned = super().clean()
        for name in self.zero_when_empty:
            if name in cleaned and cleaned[name] is None:
                cleaned[name] = Decimal(0)
        return cleaned


def _amount(model_field: str, **kwargs) -> AmountField:
    field = PeriodFigures._meta.get_field(model_field)
    label = str(field.verbose_name)
    return AmountField(
        label=label[:1].upper() + label[1:],
        required=False,
        help_text=field.help_text,
        **kwargs,
    )


class BalanceFiguresForm(FiguresForm):
    opening_kassa = _amount("opening_kassa")
    kassa_och_bank = _amount("kassa_och_bank")
    opening_equity = _amount("opening_equity")
    opening_anlaggningstillgangar = _amount("opening_anlaggningstillgangar")
    anlaggningstillgangar = _amount("anlaggningstillgangar")
    opening_avsattningar = _amount("opening_avsattningar")
    avsattningar = _amount("avsattningar")
    zero_when_empty = (
        "opening_anlaggningstillgangar",
        "anlaggningstillgangar",
        "opening_avsattningar",
        "avsattningar",
    )

    class Meta:
        model = PeriodFigures
        # In the order of the balansräkning, so that Tab follows the statement.
        fields = [
            "opening_anlaggningstillgangar",
            "anlaggningstillgangar",
            "opening_kassa",
            "kassa_och_bank",
            "opening_equity",
            "opening_avsattningar",
            "avsattningar",
        ]

    def clean(self):
        cleaned = super().clean()
        for name in self.zero_when_empty:
            if (cleaned.get(name) or 0) < 0:
                self.add_error(name, PROVISIONS_NEGATIVE)
        return cleaned


class ControlsForm(FiguresForm):
    kontroll_intakter = _amount("kontroll_intakter")
    kontroll_kostnader = _amount("kontroll_kostnader")
    kontroll_resultat = _amount("kontroll_resultat")
    kontroll_tillgangar = _amount("kontroll_tillgangar")
    kontroll_fordringar = _amount("kontroll_fordringar")
    kontroll_skulder = _amount("kontroll_skulder")
    kontroll_eget_kapital = _amount("kontroll_eget_kapital")
    kontroll_avvikelse = _amount("kontroll_avvikelse")

    class Meta:
        model = PeriodFigures
        fields = [
            "kontroll_intakter",
            "kontroll_kostnader",
            "kontroll_resultat",
            "kontroll_tillgangar",
            "kontroll_fordringar",
            "kontroll_skulder",
            "kontroll_eget_kapital",
            "kontroll_avvikelse",
        ]


BALANSKRAV_FIELDS = [
    "realisationsvinster",
    "realisationsvinster_undantag",
    "realisationsforluster_undantag",
    "orealiserade_vardepapper",
    "aterforing_orealiserade",
    "rur_reservation",
    "rur_anvandning",
]
PROGNOS_FIELDS = [
    "prognos_intakter",
    "prognos_kostnader",
    "budget_helar_intakter",
    "budget_helar_kostnader",
]
BALANSKRAV_NEGATIVE = "Ange beloppet som ett positivt tal; tecknet sätts i balanskravsutredningen."


class OtherFiguresForm(FiguresForm):
    layout = forms.ChoiceField(label="Uppställning av resultaträkningen", choices=Layout.choices)
    antal_anstallda = CountField(
        label="Antal anställda", required=False, help_text=ANTAL_ANSTALLDA_HELP
    )
    realisationsvinster = _amount("realisationsvinster")
    realisationsvinster_undantag = _amount("realisationsvinster_undantag")
    realisationsforluster_undantag = _amount("realisationsforluster_undantag")
    orealiserade_vardepapper = _amount("orealiserade_vardepapper")
    aterforing_orealiserade = _amount("aterforing_orealiserade")
    rur_reservation = _amount("rur_reservation")
    rur_anvandning = _amount("rur_anvandning")
    prognos_intakter = _amount("prognos_intakter")
    prognos_kostnader = _amount("prognos_kostnader")
    budget_helar_intakter = _amount("budget_helar_intakter")
    budget_helar_kostnader = _amount("budget_helar_kostnader")
    zero_when_empty = tuple(BALANSKRAV_FIELDS)

    class Meta:
        model = PeriodFigures
        fields = ["antal_anstallda", *BALANSKRAV_FIELDS, *PROGNOS_FIELDS]

    def __init__(self, *args, period: ReportPeriod, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["layout"].initial = period.layout
        if period.is_full_year:
            for name in PROGNOS_FIELDS:
                del self.fields[name]

    def clean(self):
        cleaned = super().clean()
        for name in (
            "realisationsvinster",
            "realisationsvinster_undantag",
            "realisationsforluster_undantag",
            "rur_reservation",
            "rur_anvandning",
        ):
            if (cleaned.get(name) or 0) < 0:
                self.add_error(name, BALANSKRAV_NEGATIVE)
        return cleaned


# --- Earlier years ---------------------------------------------------------------------------


class YearHistoryForm(VersionedFormMixin, ForbundOwnedForm):
    intakter = AmountField(
        label="Verksamhetens intäkter", help_text=YearHistory._meta.get_field("intakter").help_text
    )
    kostnader = AmountField(
        label="Verksamhetens kostnader",
        help_text=YearHistory._meta.get_field("kostnader").help_text,
    )
    eget_kapital = AmountField(label="Eget kapital vid årets slut", required=False)
    summa_tillgangar = AmountField(label="Summa tillgångar vid årets slut", required=False)
    antal_anstallda = CountField(label="Antal anställda", required=False)

    class Meta:
        model = YearHistory
        fields = [
            "year",
            "intakter",
            "kostnader",
            "eget_kapital",
            "summa_tillgangar",
            "soliditet_procent",
            "antal_anstallda",
        ]

    def clean(self):
        cleaned = super().clean()
        year = cleaned.get("year")
        if (
            year
            and ReportPeriod.objects.filter(
                fiscal_year__forbund=self.instance.forbund,
                fiscal_year__year=year,
                kind=ReportKind.ARSREDOVISNING,
            ).exists()
        ):
            self.add_error("year", HISTORY_HAS_REPORT.format(year=year))
        if (cleaned.get("eget_kapital") is None) != (cleaned.get("summa_tillgangar") is None):
            missing = (
                "summa_tillgangar" if cleaned.get("summa_tillgangar") is None else "eget_kapital"
            )
            self.add_error(missing, EQUITY_AND_ASSETS)
        return cleaned
