"""Report periods and the figures a förbundssekreterare enters for them.

Everything a statement shows is computed from these in ``reports.statements``; nothing here is a
total. Amounts are exact (öre): ``DecimalField(max_digits=15, decimal_places=2)``. Income and cost
amounts are stored as positive magnitudes (a cost of 52 260 kr is ``52260``); the statements put
the signs on. Balance-sheet amounts are positive too (a liability of 1 061 838 kr is ``1061838``).
"""

import datetime

from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from finsam.models import BudgetLine, CostCategory, FiscalYear, Forbund, Member
from finsam.versioning import VersionedModel
from reports.models.base import FrozenGuardMixin, FrozenQuerySet, amount_field, optional_amount


class ReportKind(models.TextChoices):
    ARSREDOVISNING = "arsredovisning", "Årsredovisning"
    DELARSRAPPORT = "delarsrapport", "Delårsrapport"


class Layout(models.TextChoices):
    """How the resultaträkning groups the lines; the figures are the same in every layout."""

    KATEGORI = "kategori", "En rad per kostnadsslag, insatserna samlade i en not"
    SUMMERAD = "summerad", "Verksamhetens intäkter och kostnader på en rad var, med noter"
    RADER = "rader", "Varje intäkts- och kostnadsrad, kostnaderna i grupper med delsummor"


class BalanceColumns(models.TextChoices):
    """The columns of a Delårsrapport's balansräkning (an Årsredovisning always prints this
    year-end beside last year-end)."""

    FORANDRING = "forandring", "Ingående balans, periodens förändring, utgående balans"
    SAMMA_DATUM = "samma_datum", "Periodens slut och samma datum föregående år"
    SAMMA_DATUM_OCH_BOKSLUT = (
        "samma_datum_och_bokslut",
        "Periodens slut, samma datum föregående år och föregående års bokslut",
    )


class EquityLayout(models.TextChoices):
    """How the balansräkning prints eget kapital (the figures are the same in both)."""

    INGAENDE = "ingaende", "Ingående eget kapital, resultatet och summa eget kapital"
    DARAV = "darav", "Eget kapital vid periodens slut, därav resultatet"


class DriftComparison(models.TextChoices):
    """What a Delårsrapport's driftredovisning compares with."""

    PERIOD = "period", "Samma period föregående år"
    HELAR = "helar", "Föregående års utfall för helåret"


class StatementOrder(models.TextChoices):
    """The order of the financial statements after the förvaltningsberättelse (LKBR lists them;
    förbund print the driftredovisning either first or after the kassaflödesanalys)."""

    DRIFT_FORST = "drift_forst", (
        "Driftredovisning, resultaträkning, balansräkning, kassaflödesanalys"
    )
    DRIFT_SIST = "drift_sist", (
        "Resultaträkning, balansräkning, kassaflödesanalys, driftredovisning"
    )


# Tables that may be printed in tkr (``ReportPeriod.tkr_tables``).
TABLE_CHOICES = (
    ("oversikt", "Översikt (femårs- eller periodöversikt)"),
    ("driftredovisning", "Driftredovisning"),
    ("resultatrakning", "Resultaträkning"),
    ("balansrakning", "Balansräkning"),
    ("kassaflodesanalys", "Kassaflödesanalys"),
    ("balanskrav", "Balanskravsutredning"),
    ("prognos", "Helårsprognos"),
    ("noter", "Noter"),
)
TABLE_KEYS = tuple(key for key, _ in TABLE_CHOICES)


class ReportPeriod(FrozenGuardMixin, VersionedModel):
    """A full year (Årsredovisning) or an interim period (Delårsrapport) of one förbund.

    The comparison period is not stored: it is the same dates one year earlier
    (``reports.selectors.comparison_period``). How the statements are printed is chosen per
    report: the resultaträkning's layout, the Delårsrapport's balance-sheet columns and
    driftredovisning comparison, the tables in tkr and whether zero lines are shown.
    """

    fiscal_year = models.ForeignKey(
        FiscalYear, on_delete=models.PROTECT, related_name="report_periods"
    )
    kind = models.CharField("typ", max_length=20, choices=ReportKind.choices)
    start = models.DateField("från och med")
    end = models.DateField("till och med")
    layout = models.CharField(
        "uppställning av resultaträkningen",
        max_length=20,
        choices=Layout.choices,
        default=Layout.KATEGORI,
    )
    balance_columns = models.CharField(
        "balansräkningens kolumner (delårsrapport)",
        max_length=30,
        choices=BalanceColumns.choices,
        default=BalanceColumns.FORANDRING,
    )
    drift_comparison = models.CharField(
        "driftredovisningen jämförs med (delårsrapport)",
        max_length=20,
        choices=DriftComparison.choices,
        default=DriftComparison.PERIOD,
    )
    tkr_tables = models.JSONField(
        "tabeller i tkr",
        default=list,
        blank=True,
        help_text="Nycklar ur TABLE_CHOICES; övriga tabeller skrivs i kr.",
    )
    income_note_with_financial = models.BooleanField(
        "noten över verksamhetens intäkter tar med finansiella intäkter",
        default=False,
        help_text="Som vissa förbund skriver noten; den summerar då inte till raden den hör "
        "till, vilket kontrollerna anger som fel.",
    )
    equity_layout = models.CharField(
        "uppställning av eget kapital",
        max_length=20,
        choices=EquityLayout.choices,
        default=EquityLayout.INGAENDE,
        help_text="En delårsrapport med jämförelsekolumner skriver alltid eget kapital vid "
        "periodens slut, därav periodens resultat.",
    )
    show_zero_lines = models.BooleanField(
        "visa rader som är noll",
        default=False,
        help_text="Avskrivningar, jämförelsestörande poster, anläggningstillgångar, avsättningar "
        "och långfristiga skulder som är noll visas med 0 i stället för att döljas.",
    )
    statement_order = models.CharField(
        "ordning för de finansiella rapporterna",
        max_length=20,
        choices=StatementOrder.choices,
        default=StatementOrder.DRIFT_FORST,
    )
    history = HistoricalRecords()
    objects = FrozenQuerySet.as_manager()

    class Meta:
        verbose_name = "rapportperiod"
        verbose_name_plural = "rapportperioder"
        ordering = ["fiscal_year__forbund", "-start", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["fiscal_year", "kind", "start", "end"],
                name="report_period_unique",
                violation_error_message="Det finns redan en rapport för den perioden.",
            ),
            models.UniqueConstraint(
                fields=["fiscal_year"],
                condition=Q(kind="arsredovisning"),
                name="report_period_one_arsredovisning",
                violation_error_message="Det finns redan en årsredovisning för året.",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=ReportKind.values), name="report_period_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(layout__in=Layout.values), name="report_period_layout_valid"
            ),
            models.CheckConstraint(
                condition=Q(balance_columns__in=BalanceColumns.values),
                name="report_period_balance_columns_valid",
            ),
            models.CheckConstraint(
                condition=Q(drift_comparison__in=DriftComparison.values),
                name="report_period_drift_comparison_valid",
            ),
            models.CheckConstraint(
                condition=Q(equity_layout__in=EquityLayout.values),
                name="report_period_equity_layout_valid",
            ),
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")) & Q(start__year=models.F("end__year")),
                name="report_period_dates_in_one_year",
                violation_error_message="Perioden ska ligga inom ett och samma räkenskapsår.",
            ),
            models.CheckConstraint(
                condition=~Q(kind="arsredovisning")
                | (Q(start__month=1, start__day=1) & Q(end__month=12, end__day=31)),
                name="report_period_arsredovisning_full_year",
                violation_error_message="En årsredovisning omfattar hela kalenderåret.",
            ),
        ]

    def __str__(self) -> str:
        if self.kind == ReportKind.ARSREDOVISNING:
            return f"Årsredovisning {self.year}"
        return f"Delårsrapport {self.period_label}"

    def get_absolute_url(self) -> str:
        return reverse("report-detail", kwargs={"forbund": self.forbund.slug, "pk": self.pk})

    @property
    def forbund(self) -> Forbund:
        return self.fiscal_year.forbund

    @property
    def year(self) -> int:
        return self.fiscal_year.year

    @property
    def is_full_year(self) -> bool:
        return self.kind == ReportKind.ARSREDOVISNING

    @property
    def months(self) -> int:
        """Whole calendar months covered, e.g. 8 for 1 January – 31 August."""
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def period_label(self) -> str:
        """``jan–aug 2018``, ``jan–dec 2020`` for a full year: headings and column titles use the
        en dash (the seeds' "jan-aug" with a hyphen is a typewriter stand-in for it)."""
        return f"{MONTHS[self.start.month - 1]}–{MONTHS[self.end.month - 1]} {self.end.year}"

    @property
    def closing_label(self) -> str:
        """The balance-sheet date: ``2020-12-31``."""
        return f"{self.end:%Y-%m-%d}"

    @property
    def dash_period_label(self) -> str:
        """``jan–aug 2021`` (en dash) for headings and sentences of a Delårsrapport."""
        return f"{MONTHS[self.start.month - 1]}–{MONTHS[self.end.month - 1]} {self.end.year}"

    def in_tkr(self, table: str) -> bool:
        return table in (self.tkr_tables or ())

    @property
    def opening_date(self) -> datetime.date:
        """The date of the opening balances: the previous year-end."""
        return datetime.date(self.start.year - 1, 12, 31)


MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


class LineKind(models.TextChoices):
    """The vocabulary of entered figure lines (an SIE import maps accounts onto these kinds).

    Resultaträkning (amounts are positive magnitudes; budget allowed on top-level lines):
    - ``driftbidrag``: a member's driftbidrag (one line per member) -> verksamhetens intäkter.
    - ``ovrig_intakt``: other operating income (försäljning, bidrag) -> verksamhetens intäkter.
    - ``oresutjamning``: öres- och kronutjämning (may be negative) -> verksamhetens intäkter.
    - ``kostnad``: an insats or an omkostnad (Kommun-Bas 4, 6–7 except 78) -> verksamhetens
      kostnader; may be specified by sub-lines.
    - ``personalkostnad``: personnel costs (Kommun-Bas 5) -> verksamhetens kostnader.
    - ``avskrivning``: depreciation (Kommun-Bas 78) -> its own line "Avskrivningar", NOT in
      verksamhetens kostnader; the fixed-asset note and the kassaflödesanalys use it.
    - ``jamforelsestorande``: a jämförelsestörande post, SIGNED (income positive, cost
      negative) -> its own line before verksamhetens resultat.
    - ``finansiell_intakt`` / ``finansiell_kostnad``: financial items (Kommun-Bas 8) ->
      finansiella intäkter / kostnader, after verksamhetens resultat.
    Balansräkning (amount = closing balance, ``opening_amount`` = opening balance):
    - ``fordran``: a kortfristig fordran (Kommun-Bas 15–17).
    - ``kortfristig_skuld``: a kortfristig skuld (Kommun-Bas 24–29).
    The single balance figures (kassa och bank, anläggningstillgångar and investeringar,
    avsättningar, långfristiga skulder, ansvarsförbindelser, ingående eget kapital) are fields of
    ``PeriodFigures``.
    """

    DRIFTBIDRAG = "driftbidrag", "Driftbidrag från medlem"
    OVRIG_INTAKT = "ovrig_intakt", "Övrig intäkt (försäljning, bidrag, övrigt)"
    FINANSIELL_INTAKT = "finansiell_intakt", "Finansiell intäkt (ränta)"
    ORESUTJAMNING = "oresutjamning", "Öres- och kronutjämning"
    KOSTNAD = "kostnad", "Kostnad (insats eller omkostnad)"
    PERSONALKOSTNAD = "personalkostnad", "Personalkostnad"
    AVSKRIVNING = "avskrivning", "Avskrivning"
    FINANSIELL_KOSTNAD = "finansiell_kostnad", "Finansiell kostnad"
    JAMFORELSESTORANDE = "jamforelsestorande", "Jämförelsestörande post (intäkt +, kostnad −)"
    FORDRAN = "fordran", "Fordran"
    KORTFRISTIG_SKULD = "kortfristig_skuld", "Kortfristig skuld"


INCOME_KINDS = (
    LineKind.DRIFTBIDRAG,
    LineKind.OVRIG_INTAKT,
    LineKind.FINANSIELL_INTAKT,
    LineKind.ORESUTJAMNING,
)
OPERATING_COST_KINDS = (LineKind.KOSTNAD, LineKind.PERSONALKOSTNAD, LineKind.AVSKRIVNING)
COST_KINDS = (*OPERATING_COST_KINDS, LineKind.FINANSIELL_KOSTNAD, LineKind.JAMFORELSESTORANDE)
RESULT_KINDS = (*INCOME_KINDS, *COST_KINDS)
BALANCE_KINDS = (LineKind.FORDRAN, LineKind.KORTFRISTIG_SKULD)
# Lines that may be specified by sub-lines (e.g. Kansli: rörelsens kostnader + personalkostnader).
SPECIFIABLE_KINDS = (LineKind.KOSTNAD, LineKind.PERSONALKOSTNAD)


class FigureLine(FrozenGuardMixin, models.Model):
    """One entered figure line of a period: an income or cost line of the resultaträkning (with
    its budget for the period) or a specification line of fordringar or kortfristiga skulder
    (with its opening and closing balance).

    A cost line may be specified by sub-lines (``parent``): its amount is then the sum of the
    sub-lines and the sub-lines carry no budget of their own.
    """

    period = models.ForeignKey(ReportPeriod, on_delete=models.CASCADE, related_name="lines")
    kind = models.CharField("typ", max_length=20, choices=LineKind.choices)
    label = models.CharField("rad", max_length=200)
    position = models.PositiveSmallIntegerField("ordning", default=0)
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name="specifikation till",
    )
    member = models.ForeignKey(
        Member,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="report_lines",
        verbose_name="medlem",
    )
    category = models.CharField("kategori", max_length=30, choices=CostCategory.choices, blank=True)
    group = models.CharField(
        "grupp",
        max_length=100,
        blank=True,
        help_text="Delsumma i resultaträkningen, t.ex. ”Verksamhetsanknutna kostnader”.",
    )
    budget_line = models.ForeignKey(
        BudgetLine,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="report_lines",
        verbose_name="budgetrad",
    )
    amount = amount_field("utfall", default=0)
    opening_amount = optional_amount("ingående balans")
    budget = optional_amount("budget för perioden")
    history = HistoricalRecords()
    objects = FrozenQuerySet.as_manager()

    class Meta:
        verbose_name = "rad"
        verbose_name_plural = "rader"
        ordering = ["period", "position", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=LineKind.values), name="line_kind_valid"),
            models.CheckConstraint(
                condition=(Q(kind=LineKind.DRIFTBIDRAG) & Q(member__isnull=False))
                | (~Q(kind=LineKind.DRIFTBIDRAG) & Q(member__isnull=True)),
                name="line_member_iff_driftbidrag",
                violation_error_message="Driftbidrag ska ha en medlem; andra rader har ingen.",
            ),
            models.UniqueConstraint(
                fields=["period", "member"],
                condition=Q(kind=LineKind.DRIFTBIDRAG),
                name="line_one_driftbidrag_per_member",
                violation_error_message="Medlemmen har redan en rad för driftbidrag.",
            ),
            models.UniqueConstraint(
                fields=["period", "kind", "label"],
                condition=Q(parent__isnull=True),
                name="line_label_unique",
                violation_error_message="Det finns redan en rad med det namnet.",
            ),
            models.UniqueConstraint(
                fields=["parent", "label"],
                condition=Q(parent__isnull=False),
                name="line_sub_label_unique",
                violation_error_message="Det finns redan en specifikationsrad med det namnet.",
            ),
            models.CheckConstraint(
                condition=Q(opening_amount__isnull=True) | Q(kind__in=BALANCE_KINDS),
                name="line_opening_only_balance",
            ),
            models.CheckConstraint(
                condition=Q(budget__isnull=True)
                | (Q(kind__in=RESULT_KINDS) & Q(parent__isnull=True)),
                name="line_budget_only_result_top_level",
                violation_error_message="Budget anges på huvudraden, inte på specifikationsrader.",
            ),
            models.CheckConstraint(
                condition=Q(category="") | Q(kind__in=OPERATING_COST_KINDS),
                name="line_category_only_cost",
            ),
            models.CheckConstraint(
                condition=Q(parent__isnull=True) | Q(kind__in=SPECIFIABLE_KINDS),
                name="line_parent_only_cost",
            ),
            models.CheckConstraint(condition=~Q(parent=models.F("id")), name="line_not_own_parent"),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def is_income(self) -> bool:
        return self.kind in INCOME_KINDS

    @property
    def is_cost(self) -> bool:
        return self.kind in COST_KINDS


class PeriodFigures(FrozenGuardMixin, models.Model):
    """The period's single figures: kassa och bank, opening balances, balanskrav adjustments,
    personnel, the full-year prognos of a Delårsrapport and optional control totals."""

    period = models.OneToOneField(ReportPeriod, on_delete=models.CASCADE, related_name="figures")
    # Balansräkning
    kassa_och_bank = optional_amount("kassa och bank vid periodens slut")
    opening_kassa = optional_amount(
        "likvida medel vid årets början",
        help_text="Kassa och bank enligt föregående års balansräkning (ingående balans).",
    )
    opening_equity = optional_amount(
        "eget kapital vid årets början",
        help_text="Ingående eget kapital, inklusive föregående års resultat.",
    )
    anlaggningstillgangar = amount_field("anläggningstillgångar vid periodens slut", default=0)
    opening_anlaggningstillgangar = amount_field(
        "anläggningstillgångar vid årets början", default=0
    )
    investeringar = optional_amount(
        "investeringar under perioden",
        help_text="Inköp av anläggningstillgångar. Lämna tomt: räknas fram som utgående − "
        "ingående + avskrivningar.",
    )
    avsattningar = amount_field("avsättningar vid periodens slut", default=0)
    opening_avsattningar = amount_field("avsättningar vid årets början", default=0)
    langfristiga_skulder = amount_field("långfristiga skulder vid periodens slut", default=0)
    opening_langfristiga_skulder = amount_field("långfristiga skulder vid årets början", default=0)
    ansvarsforbindelser = optional_amount(
        "ansvarsförbindelser vid periodens slut",
        help_text="T.ex. pensionsförpliktelser som inte tagits upp bland skulderna; redovisas "
        "i en not.",
    )
    opening_ansvarsforbindelser = optional_amount("ansvarsförbindelser vid årets början")
    ansvarsforbindelser_text = models.CharField(
        "ansvarsförbindelsernas slag",
        max_length=200,
        blank=True,
        help_text="T.ex. ”Pensionsförpliktelser som inte har tagits upp bland skulder eller "
        "avsättningar”.",
    )
    # Personnel and prognos
    antal_anstallda = models.PositiveSmallIntegerField("antal anställda", null=True, blank=True)
    prognos_intakter = optional_amount("prognos helår: intäkter")
    prognos_kostnader = optional_amount("prognos helår: kostnader")
    prognos_budgetavvikelse = optional_amount(
        "prognos helår: avvikelse mot budgeterat resultat",
        help_text="När rapporten anger prognosen bara som en avvikelse mot budget (+ bättre, "
        "− sämre än budget). Med prognos för intäkter och kostnader räknas avvikelsen fram.",
    )
    budget_helar_intakter = optional_amount("budget helår: intäkter")
    budget_helar_kostnader = optional_amount("budget helår: kostnader")
    prognos_balanskravsjusteringar = amount_field(
        "prognos helår: balanskravsjusteringar (netto)",
        default=0,
        help_text="Summa av de justeringar (realisationsvinster, resultatutjämningsreserv m.m.) "
        "som väntas för helåret; + ökar, − minskar balanskravsresultatet.",
    )
    # The period's budget as a total, for a förbund that budgets verksamhetens intäkter or
    # kostnader as one figure rather than per line (no lines are invented for it).
    budget_intakter = optional_amount(
        "budget för perioden: verksamhetens intäkter totalt",
        help_text="Lämna tomt när budgeten anges per intäktsrad.",
    )
    budget_kostnader = optional_amount(
        "budget för perioden: verksamhetens kostnader totalt",
        help_text="Lämna tomt när budgeten anges per kostnadsrad.",
    )
    # Balanskravsutredning (amounts as in the bookkeeping; the signs are applied in the statement)
    realisationsvinster = amount_field("samtliga realisationsvinster", default=0)
    realisationsvinster_undantag = amount_field(
        "realisationsvinster enligt undantagsmöjlighet", default=0
    )
    realisationsforluster_undantag = amount_field(
        "realisationsförluster enligt undantagsmöjlighet", default=0
    )
    orealiserade_vardepapper = amount_field(
        "orealiserade vinster (−) och förluster (+) i värdepapper", default=0
    )
    aterforing_orealiserade = amount_field(
        "återföring av orealiserade vinster (+) och förluster (−) i värdepapper", default=0
    )
    rur_reservation = amount_field("reservering till resultatutjämningsreserv", default=0)
    rur_anvandning = amount_field("användning av resultatutjämningsreserv", default=0)
    # Control totals from the bookkeeping (optional): the checks reconcile against them.
    kontroll_intakter = optional_amount("summa verksamhetens intäkter")
    kontroll_kostnader = optional_amount("summa verksamhetens kostnader")
    kontroll_resultat = optional_amount("årets resultat")
    kontroll_tillgangar = optional_amount("summa tillgångar")
    kontroll_fordringar = optional_amount("fordringar")
    kontroll_skulder = optional_amount("kortfristiga skulder")
    kontroll_eget_kapital = optional_amount("eget kapital vid periodens slut")
    kontroll_avvikelse = optional_amount(
        "avvikelse för kostnaderna i driftredovisningen",
        help_text="Den avvikelse (budget − utfall) som står i en tidigare upprättad "
        "driftredovisning, om den ska stämmas av.",
    )
    history = HistoricalRecords()
    objects = FrozenQuerySet.as_manager()

    class Meta:
        verbose_name = "periodens uppgifter"
        verbose_name_plural = "periodernas uppgifter"
        constraints = [
            models.CheckConstraint(
                condition=Q(anlaggningstillgangar__gte=0)
                & Q(opening_anlaggningstillgangar__gte=0)
                & Q(avsattningar__gte=0)
                & Q(opening_avsattningar__gte=0)
                & Q(langfristiga_skulder__gte=0)
                & Q(opening_langfristiga_skulder__gte=0),
                name="figures_assets_provisions_not_negative",
                violation_error_message="Anläggningstillgångar, avsättningar och långfristiga "
                "skulder kan inte vara negativa.",
            ),
            models.CheckConstraint(
                condition=Q(realisationsvinster__gte=0)
                & Q(realisationsvinster_undantag__gte=0)
                & Q(realisationsforluster_undantag__gte=0)
                & Q(rur_reservation__gte=0)
                & Q(rur_anvandning__gte=0),
                name="figures_balanskrav_magnitudes_not_negative",
                violation_error_message="Ange realisationsvinster, -förluster och "
                "resultatutjämningsreserv som positiva belopp.",
            ),
        ]

    def __str__(self) -> str:
        return f"Uppgifter för {self.period}"
