"""The forms of a period's other figures: the balance sheet's totals, the control figures, the
balanskrav and prognos fields and the presentation choices."""

from __future__ import annotations

from decimal import Decimal

from django import forms

from finsam.forms_fields import AmountField, CountField
from finsam.wording import period_wording
from reports.forms_messages import ANTAL_ANSTALLDA_HELP, PROVISIONS_NEGATIVE
from reports.line_merge import SeenValuesMixin
from reports.models import (
    TABLE_CHOICES,
    BalanceColumns,
    DriftComparison,
    EquityLayout,
    Layout,
    PeriodFigures,
    ReportPeriod,
    StatementOrder,
)

# --- Single figures --------------------------------------------------------------------------


class FiguresForm(SeenValuesMixin, forms.ModelForm):
    """Base for the forms of PeriodFigures: amounts that default to 0 are 0 when left empty;
    ``seen`` holds the values the page showed (``reports.line_merge``)."""

    zero_when_empty: tuple[str, ...] = ()

    def __init__(self, *args, period: ReportPeriod | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.period = period
        self.add_seen_field()
        if period is not None and not period.is_full_year:
            # A Delårsrapport speaks of the period, never of "årets" (its period starts at the
            # year's start, so "vid årets början" is "vid periodens början").
            for field in self.fields.values():
                field.label = period_wording(str(field.label or ""))
                if field.help_text:
                    field.help_text = period_wording(str(field.help_text))

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
    "prognos_budgetavvikelse",
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
    prognos_budgetavvikelse = _amount("prognos_budgetavvikelse")
    budget_helar_intakter = _amount("budget_helar_intakter")
    budget_helar_kostnader = _amount("budget_helar_kostnader")
    prognos_balanskravsjusteringar = _amount("prognos_balanskravsjusteringar")
    budget_intakter = _amount("budget_intakter")
    budget_kostnader = _amount("budget_kostnader")
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
    equity_layout = forms.ChoiceField(
        label="Eget kapital i balansräkningen",
        choices=EquityLayout.choices,
        required=False,
        help_text=ReportPeriod._meta.get_field("equity_layout").help_text,
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
    statement_order = forms.ChoiceField(
        label="Ordning för de finansiella rapporterna",
        choices=StatementOrder.choices,
        required=False,
        help_text="Efter förvaltningsberättelsen; noterna och underskrifterna kommer sist.",
    )
    zero_when_empty = (*BALANSKRAV_FIELDS, "prognos_balanskravsjusteringar")

    class Meta:
        model = PeriodFigures
        fields = [
            "antal_anstallda",
            "budget_intakter",
            "budget_kostnader",
            *BALANSKRAV_FIELDS,
            *PROGNOS_FIELDS,
        ]

    def __init__(self, *args, period: ReportPeriod, **kwargs):
        super().__init__(*args, period=period, **kwargs)
        self.fields["layout"].initial = period.layout
        for name in (
            "balance_columns",
            "drift_comparison",
            "tkr_tables",
            "show_zero_lines",
            "income_note_with_financial",
            "statement_order",
            "equity_layout",
        ):
            self.fields[name].initial = getattr(period, name)
        if period.is_full_year:
            for name in (*PROGNOS_FIELDS, *INTERIM_PRESENTATION_FIELDS):
                del self.fields[name]

    def clean(self):
        cleaned = super().clean()
        # left out: unchanged
        for name in (*INTERIM_PRESENTATION_FIELDS, "equity_layout", "statement_order"):
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


class IncomeBudgetForm(FiguresForm):
    """The period's budget of verksamhetens intäkter as one total, on the page of the income
    lines, for a förbund that does not budget per line (no lines are invented for it)."""

    budget_intakter = _amount("budget_intakter")

    class Meta:
        model = PeriodFigures
        fields = ["budget_intakter"]


class CostBudgetForm(FiguresForm):
    """The period's budget of verksamhetens kostnader as one total (see IncomeBudgetForm)."""

    budget_kostnader = _amount("budget_kostnader")

    class Meta:
        model = PeriodFigures
        fields = ["budget_kostnader"]
