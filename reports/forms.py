"""Entry forms of a report period. Every amount uses the Swedish amount field."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django import forms
from django.forms import BaseModelFormSet, modelformset_factory

from finsam.forms import DATE_WIDGET, ForbundOwnedForm
from finsam.forms_fields import AmountField, CountField, static_choices
from finsam.models import Forbund
from finsam.versioning import VersionedFormMixin
from reports.models import (
    COST_KINDS,
    INCOME_KINDS,
    OPERATING_COST_KINDS,
    SPECIFIABLE_KINDS,
    TABLE_CHOICES,
    BalanceColumns,
    DriftComparison,
    FigureLine,
    Layout,
    LineKind,
    PeriodFigures,
    PeriodHistory,
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
PERIOD_HISTORY_HAS_REPORT = (
    "Det finns en delårsrapport för perioden i verktyget; tidigare perioder anges bara före den."
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


class LineForm(forms.ModelForm):
    """A figure line of the period; the period is set before validation, so the database
    constraints that involve it are reported at the fields."""

    amount = AmountField(label="Utfall", required=False)

    def __init__(self, *args, period: ReportPeriod, shared: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.period = period
        self.shared = shared if shared is not None else {}
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
        parents = period.lines.filter(kind__in=SPECIFIABLE_KINDS, parent__isnull=True)
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents.order_by("position", "id")
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


# --- Single figures --------------------------------------------------------------------------


class FiguresForm(forms.ModelForm):
    """Base for the forms of PeriodFigures: amounts that default to 0 are 0 when left empty."""

    zero_when_empty: tuple[str, ...] = ()

    def __init__(self, *args, period: ReportPeriod | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.period = period
        if period is not None and not period.is_full_year:
            # A Delårsrapport speaks of the period, never of "årets".
            for field in self.fields.values():
                label = str(field.label or "")
                field.label = label.replace("Årets resultat", "Periodens resultat").replace(
                    "årets resultat", "periodens resultat"
                )

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
    investeringar = _amount("investeringar")
    opening_langfristiga_skulder = _amount("opening_langfristiga_skulder")
    langfristiga_skulder = _amount("langfristiga_skulder")
    opening_ansvarsforbindelser = _amount("opening_ansvarsforbindelser")
    ansvarsforbindelser = _amount("ansvarsforbindelser")
    zero_when_empty = (
        "opening_anlaggningstillgangar",
        "anlaggningstillgangar",
        "opening_avsattningar",
        "avsattningar",
        "opening_langfristiga_skulder",
        "langfristiga_skulder",
    )

    class Meta:
        model = PeriodFigures
        # In the order of the balansräkning, so that Tab follows the statement.
        fields = [
            "opening_anlaggningstillgangar",
            "investeringar",
            "anlaggningstillgangar",
            "opening_kassa",
            "kassa_och_bank",
            "opening_equity",
            "opening_avsattningar",
            "avsattningar",
            "opening_langfristiga_skulder",
            "langfristiga_skulder",
            "opening_ansvarsforbindelser",
            "ansvarsforbindelser",
            "ansvarsforbindelser_text",
        ]

    def clean(self):
        cleaned = super().clean()
        for name in (*self.zero_when_empty, "investeringar"):
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
    "prognos_balanskravsjusteringar",
]
INTERIM_PRESENTATION_FIELDS = ("balance_columns", "drift_comparison")
BALANSKRAV_NEGATIVE = "Ange beloppet som ett positivt tal; tecknet sätts i balanskravsutredningen."


class OtherFiguresForm(FiguresForm):
    layout = forms.ChoiceField(
        label="Uppställning av resultaträkningen", choices=Layout.choices, widget=forms.RadioSelect
    )
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
    prognos_balanskravsjusteringar = _amount("prognos_balanskravsjusteringar")
    balance_columns = forms.ChoiceField(
        label="Balansräkningens kolumner", choices=BalanceColumns.choices, required=False
    )
    drift_comparison = forms.ChoiceField(
        label="Driftredovisningen jämförs med", choices=DriftComparison.choices, required=False
    )
    tkr_tables = forms.MultipleChoiceField(
        label="Tabeller i tkr",
        choices=TABLE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Övriga tabeller skrivs i kr. Varje belopp avrundas från det exakta beloppet.",
    )
    show_zero_lines = forms.BooleanField(
        label="Visa rader som är noll",
        required=False,
        help_text="Avskrivningar, anläggningstillgångar, avsättningar och långfristiga skulder "
        "som är noll skrivs ut med 0 i stället för att döljas.",
    )
    income_note_with_financial = forms.BooleanField(
        label="Noten över verksamhetens intäkter tar med finansiella intäkter",
        required=False,
        help_text="Noten summerar då inte till raden i resultaträkningen (kontrollerna anger fel).",
    )
    zero_when_empty = (*BALANSKRAV_FIELDS, "prognos_balanskravsjusteringar")

    class Meta:
        model = PeriodFigures
        fields = ["antal_anstallda", *BALANSKRAV_FIELDS, *PROGNOS_FIELDS]

    def __init__(self, *args, period: ReportPeriod, **kwargs):
        super().__init__(*args, period=period, **kwargs)
        self.fields["layout"].initial = period.layout
        for name in (
            "balance_columns",
            "drift_comparison",
            "tkr_tables",
            "show_zero_lines",
            "income_note_with_financial",
        ):
            self.fields[name].initial = getattr(period, name)
        if period.is_full_year:
            for name in (*PROGNOS_FIELDS, *INTERIM_PRESENTATION_FIELDS):
                del self.fields[name]

    def clean(self):
        cleaned = super().clean()
        for name in INTERIM_PRESENTATION_FIELDS:  # left out: unchanged
            if name in self.fields and not cleaned.get(name):
                cleaned[name] = getattr(self.period, name)
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


class PeriodHistoryForm(VersionedFormMixin, ForbundOwnedForm):
    """An interim period before the tool, for a Delårsrapport's period overview."""

    intakter = AmountField(
        label="Periodens intäkter", help_text=PeriodHistory._meta.get_field("intakter").help_text
    )
    kostnader = AmountField(
        label="Periodens kostnader",
        help_text=PeriodHistory._meta.get_field("kostnader").help_text,
    )
    eget_kapital = AmountField(label="Eget kapital vid periodens slut", required=False)
    summa_tillgangar = AmountField(label="Summa tillgångar vid periodens slut", required=False)

    class Meta:
        model = PeriodHistory
        fields = ["start", "end", "intakter", "kostnader", "eget_kapital", "summa_tillgangar"]
        widgets = {"start": DATE_WIDGET, "end": DATE_WIDGET}

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end <= start:
                self.add_error("end", END_BEFORE_START)
            elif start.year != end.year:
                self.add_error("end", DATE_OUTSIDE_YEAR.format(year=start.year))
            elif ReportPeriod.objects.filter(
                fiscal_year__forbund=self.instance.forbund,
                kind=ReportKind.DELARSRAPPORT,
                start=start,
                end=end,
            ).exists():
                self.add_error("end", PERIOD_HISTORY_HAS_REPORT)
        if (cleaned.get("eget_kapital") is None) != (cleaned.get("summa_tillgangar") is None):
            missing = (
                "summa_tillgangar" if cleaned.get("summa_tillgangar") is None else "eget_kapital"
            )
            self.add_error(missing, EQUITY_AND_ASSETS)
        return cleaned
