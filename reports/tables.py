import django_tables2 as tables
from django.urls import reverse
from django.utils.html import format_html

from finsam.tables import EditLinkColumn
from reports import checks
from reports.models import PeriodHistory, ReportPeriod, YearHistory


class ReportPeriodTable(tables.Table):
    name = tables.Column(verbose_name="Rapport", empty_values=(), orderable=False)
    dates = tables.Column(verbose_name="Period", empty_values=(), orderable=False)
    status = tables.Column(verbose_name="Status", empty_values=(), orderable=False)
    fel = tables.Column(
        verbose_name="Fel", empty_values=(), orderable=False, attrs={"td": {"class": "num"}}
    )
    varningar = tables.Column(
        verbose_name="Varningar", empty_values=(), orderable=False, attrs={"td": {"class": "num"}}
    )
    avrundning = tables.Column(
        verbose_name="Avrundning", empty_values=(), orderable=False, attrs={"td": {"class": "num"}}
    )

    class Meta:
        model = ReportPeriod
        fields = ["name", "dates"]
        attrs = {"class": "data"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._counts: dict[int, dict[str, int]] = {}

    def counts(self, record: ReportPeriod) -> dict[str, int]:
        if record.pk not in self._counts:
            self._counts[record.pk] = checks.counts(checks.run_checks(record))
        return self._counts[record.pk]

    def render_name(self, record: ReportPeriod):
        return format_html('<a href="{}">{}</a>', record.get_absolute_url(), record)

    def render_status(self, record: ReportPeriod):
        document = getattr(record, "document", None)
        if document is None:
            return "–"
        return format_html(
            '<a href="{}">{}</a>', document.get_absolute_url(), document.get_status_display()
        )

    def render_dates(self, record: ReportPeriod):
        return f"{record.start:%Y-%m-%d} – {record.end:%Y-%m-%d}"

    def _count_link(self, record: ReportPeriod, severity: str):
        count = self.counts(record)[severity]
        if not count:
            return "0"
        url = reverse("report-kontroller", kwargs={"forbund": record.forbund.slug, "pk": record.pk})
        return format_html('<a href="{}">{}</a>', url, count)

    def render_fel(self, record: ReportPeriod):
        return self._count_link(record, checks.Severity.FEL)

    def render_varningar(self, record: ReportPeriod):
        return self._count_link(record, checks.Severity.VARNING)

    def render_avrundning(self, record: ReportPeriod):
        return self._count_link(record, checks.Severity.AVRUNDNING)


class YearHistoryTable(tables.Table):
    year = tables.Column(verbose_name="År")
    intakter = tables.TemplateColumn(
        "{% load money %}{{ value|kr }}", verbose_name="Intäkter", attrs={"td": {"class": "num"}}
    )
    kostnader = tables.TemplateColumn(
        "{% load money %}{{ value|kr }}", verbose_name="Kostnader", attrs={"td": {"class": "num"}}
    )
    eget_kapital = tables.TemplateColumn(
        "{% load money %}{{ value|kr }}",
        verbose_name="Eget kapital",
        attrs={"td": {"class": "num"}},
    )
    summa_tillgangar = tables.TemplateColumn(
        "{% load money %}{{ value|kr }}",
        verbose_name="Summa tillgångar",
        attrs={"td": {"class": "num"}},
    )
    soliditet_procent = tables.Column(verbose_name="Soliditet (%)", attrs={"td": {"class": "num"}})
    antal_anstallda = tables.Column(verbose_name="Anställda", attrs={"td": {"class": "num"}})
    actions = EditLinkColumn("report-history")

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
        order_by = ["-year"]
        attrs = {"class": "data"}


class PeriodHistoryTable(tables.Table):
    period = tables.Column(verbose_name="Period", accessor="pk", orderable=False)
    intakter = tables.TemplateColumn(
        "{% load money %}{{ value|kr }}", verbose_name="Intäkter", attrs={"td": {"class": "num"}}
    )
    kostnader = tables.TemplateColumn(
        "{% load money %}{{ value|kr }}", verbose_name="Kostnader", attrs={"td": {"class": "num"}}
    )
    eget_kapital = tables.TemplateColumn(
        "{% load money %}{{ value|kr }}",
        verbose_name="Eget kapital",
        attrs={"td": {"class": "num"}},
    )
    summa_tillgangar = tables.TemplateColumn(
        "{% load money %}{{ value|kr }}",
        verbose_name="Summa tillgångar",
        attrs={"td": {"class": "num"}},
    )
    actions = EditLinkColumn("report-period-history")

    class Meta:
        model = PeriodHistory
        fields = ["period", "intakter", "kostnader", "eget_kapital", "summa_tillgangar"]
        order_by = ["-end"]
        attrs = {"class": "data"}

    def render_period(self, record) -> str:
        return str(record)
