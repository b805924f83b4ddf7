"""Budget (and the previous year's prognos) with two plan years, as in the verksamhetsplan."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from finsam.models.organisation import FiscalYear, Member
from finsam.versioning import VersionedModel


class BudgetKind(models.TextChoices):
    BUDGET = "budget", "Budget"
    PROGNOS = "prognos", "Prognos"


class BudgetSection(models.TextChoices):
    INCOME = "intakt", "Intäkter"
    COST = "kostnad", "Kostnader"


class CostCategory(models.TextChoices):
    INSATS = "insats", "Insats"
    PROJEKTGEMENSAMT = "projektgemensamt", "Projektgemensamt"
    NYA_INSATSER = "nya_insatser", "Utrymme för nya insatser"
    KOMPETENSUTVECKLING = "kompetensutveckling", "Kompetensutveckling"
    KANSLI = "kansli", "Kansli"
    INFORMATION = "information", "Information"
    STYRELSE = "styrelse", "Styrelse"
    REVISION = "revision", "Revision"
    EKONOMIADMINISTRATION = "ekonomiadministration", "Ekonomiadministration"
    OVRIGT = "ovrigt", "Övrigt"


class Budget(VersionedModel):
    """One budget column set: the budget year plus two plan years (a prognos has no plan years).

    The carried-forward balanserat resultat is income of the budget year. For a budget it is
    computed from the previous year's prognos when there is one; ``opening_balance`` holds the
    figure otherwise (for a prognos: the actual equity at the last year-end).
    """

    fiscal_year = models.ForeignKey(FiscalYear, on_delete=models.CASCADE, related_name="budgets")
    kind = models.CharField("typ", max_length=10, choices=BudgetKind.choices)
    opening_balance = models.DecimalField(
        "balanserat resultat",
        max_digits=15,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Lämna tomt för att räkna fram det ur föregående års prognos.",
    )
    opening_balance_note = models.TextField("fotnot till balanserat resultat", blank=True)
    adopted_on = models.DateField("fastställd", null=True, blank=True)
    diarienummer = models.CharField("diarienummer", max_length=40, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "budget"
        verbose_name_plural = "budgetar"
        ordering = ["fiscal_year", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["fiscal_year", "kind"], name="budget_one_per_kind"),
            models.CheckConstraint(
                condition=Q(kind__in=BudgetKind.values), name="budget_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.fiscal_year.year}"

    def get_absolute_url(self) -> str:
        return reverse(
            "budget-detail",
            kwargs={"forbund": self.fiscal_year.forbund.slug, "year": self.fiscal_year.year},
        )


class BudgetLine(models.Model):
    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="lines")
    section = models.CharField("avsnitt", max_length=10, choices=BudgetSection.choices)
    label = models.CharField("rad", max_length=200)
    member = models.ForeignKey(
        Member,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="budget_lines",
        verbose_name="medlem",
        help_text="För driftbidrag från en medlem.",
    )
    category = models.CharField("kategori", max_length=30, choices=CostCategory.choices, blank=True)
    position = models.PositiveSmallIntegerField("ordning", default=0)
    amount = models.DecimalField("belopp budgetår", max_digits=15, decimal_places=2)
    plan_year_1 = models.DecimalField(
        "plan år 1", max_digits=15, decimal_places=2, null=True, blank=True
    )
    plan_year_2 = models.DecimalField(
        "plan år 2", max_digits=15, decimal_places=2, null=True, blank=True
    )
    footnote = models.TextField("fotnot", blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "budgetrad"
        verbose_name_plural = "budgetrader"
        ordering = ["budget", "section", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["budget", "section", "label"], name="budget_line_label_unique"
            ),
            models.CheckConstraint(
                condition=Q(section__in=BudgetSection.values), name="budget_line_section_valid"
            ),
            models.CheckConstraint(
                condition=Q(member__isnull=True) | Q(section=BudgetSection.INCOME),
                name="budget_line_member_only_income",
            ),
            models.CheckConstraint(
                condition=Q(category="") | Q(section=BudgetSection.COST),
                name="budget_line_category_only_cost",
            ),
        ]

    def __str__(self) -> str:
        return self.label
