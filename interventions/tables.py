"""Tables of insatser, participants, goals and indicators. Figures and totals come from the
selectors; the tables only present them (a blank cell is an unreported count)."""

import django_tables2 as tables
from django.urls import reverse
from django.utils.html import format_html

from finsam.money import format_amount, format_percent

NUM = {"th": {"class": "num"}, "td": {"class": "num"}, "tf": {"class": "num"}}


class CountColumn(tables.Column):
    """A count, right-aligned; blank when unreported. ``total`` names the attribute of
    ``table.totals`` shown in the footer."""

    def __init__(self, *args, total: str | None = None, **kwargs):
        kwargs.setdefault("attrs", NUM)
        kwargs.setdefault("default", "")
        if total is not None:
            kwargs["footer"] = lambda table: format_amount(getattr(table.totals, total))
        super().__init__(*args, **kwargs)

    def render(self, value):
        return format_amount(value)


class AmountColumn(CountColumn):
    pass


class PercentColumn(tables.Column):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("attrs", NUM)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def render(self, value):
        return format_percent(value)


class EditColumn(tables.Column):
    """'Ändra' for those who may edit (the view removes the column for read-only roles)."""

    def __init__(self, url_name: str, **kwargs):
        self.url_name = url_name
        super().__init__(
            accessor="pk",
            verbose_name="",
            orderable=False,
            attrs={"td": {"class": "actions"}},
            empty_values=(),
            **kwargs,
        )

    def render(self, record, table):
        url = reverse(self.url_name, kwargs={"forbund": table.forbund.slug, "pk": record.pk})
        return format_html(
            '<a href="{}">Ändra<span class="visually-hidden"> {}</span></a>', url, str(record)
        )


class ScopedTable(tables.Table):
    """A table that knows its förbund (for links) and hides edit links from read-only roles."""

    def __init__(self, *args, forbund, can_edit: bool, totals=None, year=None, **kwargs):
        self.forbund = forbund
        self.totals = totals
        self.year = year
        exclude = list(kwargs.pop("exclude", []) or [])
        if not can_edit:
            exclude.append("edit")
        super().__init__(*args, exclude=exclude, **kwargs)

    class Meta:
        attrs = {"class": "data"}


class InsatsTable(ScopedTable):
    name = tables.Column(verbose_name="Insats", accessor="insats__name", footer="Totalt")
    kind = tables.Column(verbose_name="Typ", accessor="insats__get_kind_display")
    responsible = tables.Column(
        verbose_name="Ansvarig", accessor="insats__responsible_label", default=""
    )
    period = tables.Column(
        verbose_name="Period", accessor="insats__period_label", default="", orderable=False
    )
    deltagare = CountColumn(verbose_name="Deltagare", total="deltagare_total")
    granted_max = AmountColumn(
        verbose_name="Beviljat max", accessor="economy__granted_max", total="granted_max_total"
    )
    budget = AmountColumn(verbose_name="Budget", accessor="economy__budget", total="budget_total")
    outcome = AmountColumn(
        verbose_name="Utfall", accessor="economy__outcome", total="outcome_total"
    )

    def render_name(self, record):
        url = reverse(
            "insats-detail", kwargs={"forbund": self.forbund.slug, "pk": record.insats.pk}
        )
        return format_html('<a href="{}?ar={}">{}</a>', url, self.year, record.name)


class ParticipantTable(ScopedTable):
    """'Deltagare <år>' as sodra-vatterbygden-arsredovisning-2024 prints it, with totals."""

    label = tables.Column(verbose_name="Insats", footer="Totalt")
    kvinnor = CountColumn(verbose_name="Kvinnor", total="kvinnor")
    man = CountColumn(verbose_name="Män", total="man")
    okant = CountColumn(verbose_name="Kön okänt", total="okant")
    deltagare = CountColumn(verbose_name="Totalt", total="deltagare")
    nya = CountColumn(verbose_name="Varav nya", total="nya")
    avslutade = CountColumn(verbose_name="Avslutade", total="avslutade")
    arbete = CountColumn(verbose_name="Arbete", total="arbete")
    studier = CountColumn(verbose_name="Studier", total="studier")
    arb_rehab = CountColumn(verbose_name="Arb.rehab", total="arb_rehab")
    sjukdom = CountColumn(verbose_name="Sjukdom", total="sjukdom")
    annat = CountColumn(verbose_name="Annat skäl", total="annat")

    def __init__(self, *args, show_unknown_gender: bool = False, **kwargs):
        if not show_unknown_gender:
            kwargs["exclude"] = [*kwargs.get("exclude", []), "okant"]
        super().__init__(*args, **kwargs)

    def render_label(self, record):
        url = reverse(
            "insats-detail", kwargs={"forbund": self.forbund.slug, "pk": record.insats.pk}
        )
        return format_html('<a href="{}?ar={}">{}</a>', url, self.year, record.label)

    class Meta(ScopedTable.Meta):
        attrs = {"class": "data participant-table"}


class GoalTable(ScopedTable):
    """Bilaga 1: åtagande, måluppfyllelse, kommentar."""

    text = tables.Column(verbose_name="Åtagande", footer=lambda table: f"{len(table.rows)} mål")
    target = tables.Column(
        verbose_name="Mål", accessor="target_display", orderable=False, attrs=NUM, default=""
    )
    outcome = tables.Column(
        verbose_name="Utfall", accessor="outcome_display", orderable=False, attrs=NUM, default=""
    )
    status = tables.Column(
        verbose_name="Måluppfyllelse", accessor="get_status_display", order_by=("status",)
    )
    outcome_text = tables.Column(verbose_name="Kommentar", default="")
    edit = EditColumn("insats-goal-edit")

    def render_status(self, value):
        return value or "Ej bedömt ännu"


class InsatsGoalTable(GoalTable):
    insats = tables.Column(verbose_name="Insats", accessor="insats__name")
    text = tables.Column(verbose_name="Mål", footer=lambda table: f"{len(table.rows)} mål")

    class Meta(ScopedTable.Meta):
        sequence = ("insats", "text", "target", "outcome", "status", "outcome_text", "edit")


class IndicatorTable(ScopedTable):
    insats = tables.Column(verbose_name="Insats", accessor="insats__name")
    period = tables.Column(
        verbose_name="Mätperiod", accessor="period_label", order_by="period_year"
    )
    question = tables.Column(verbose_name="Fråga")
    respondents = CountColumn(verbose_name="Svarande")
    share_positive = PercentColumn(verbose_name="Andel positiva")
    respondents_kvinnor = CountColumn(verbose_name="Svarande kvinnor")
    share_positive_kvinnor = PercentColumn(verbose_name="Andel positiva kvinnor")
    respondents_man = CountColumn(verbose_name="Svarande män")
    share_positive_man = PercentColumn(verbose_name="Andel positiva män")
    edit = EditColumn("indicator-edit")
