"""Pages of report periods: list, overview, one page per computed statement (all roles), entry
forms (sekreterare only) and the checks. Views stay thin: statements compute, services write."""

from __future__ import annotations

from django.contrib import messages
from django.db import IntegrityError
from django.forms.utils import ErrorDict
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.generic import FormView, TemplateView
from django_tables2 import SingleTableView

from finsam.permissions import EditMixin, ForbundScopedMixin
from finsam.versioning import StaleVersionError
from finsam.views.base import ScopedCreateView, ScopedDeleteView, ScopedListView, ScopedUpdateView
from reports import (
    checks,
    freeze,
    live,
    selectors,
    services,
    snapshot,
    snapshot_pages,
    statements,
)
from reports.forms import (
    BalanceFiguresForm,
    ControlsForm,
    OtherFiguresForm,
    PeriodHistoryForm,
    ReportPeriodCreateForm,
    VersionForm,
    YearHistoryForm,
    balance_formset,
    cost_formset,
    income_formset,
)
from reports.freeze import ReportFrozen
from reports.models import (
    LineKind,
    PeriodFigures,
    PeriodHistory,
    ReportKind,
    ReportPeriod,
    YearHistory,
)
from reports.tables import PeriodHistoryTable, ReportPeriodTable, YearHistoryTable
from reports.views_xlsx import PAGE_SHEETS

MAX_ROWS = 500  # rows one "Lägg till rad" may grow a list to
NOTHING_SAVED = "Inget sparades. Rätta de markerade fälten."
LINE_GONE = (
    "En rad på sidan har tagits bort av någon annan sedan du öppnade sidan. Ladda om sidan och "
    "gör om dina ändringar."
)
SAVE_CONFLICT = (
    "Inget sparades: två rader fick samma namn eller medlem. Rätta raderna och spara igen."
)

STATEMENT_PAGES = [
    ("report-resultatrakning", "Resultaträkning"),
    ("report-balansrakning", "Balansräkning"),
    ("report-kassaflode", "Kassaflödesanalys"),
    ("report-driftredovisning", "Driftredovisning"),
    ("report-noter", "Noter"),
    ("report-balanskrav", "Balanskravsutredning"),
    ("report-femar", "Femårsöversikt"),
    ("report-kontroller", "Kontroller"),
]
ENTRY_PAGES = [
    ("report-result-edit", "Intäkter och kostnader"),
    ("report-income-edit", "Intäkter"),
    ("report-costs-edit", "Kostnader"),
    ("report-balance-edit", "Balansräkning"),
    ("report-controls-edit", "Kontrollsummor"),
    ("report-other-edit", "Personal, balanskrav och prognos"),
    ("report-notes-edit", "Kompletterande noter"),
]


class ReportListView(ForbundScopedMixin, SingleTableView):
    template_name = "reports/list.html"
    table_class = ReportPeriodTable
    table_pagination = False

    def get_queryset(self):
        # Each row links its document (status column): read with the periods, not per row.
        return (
            selectors.periods_of(self.forbund)
            .select_related("document__fiscal_year__forbund")
            .order_by("-start", "kind")
        )


class ReportCreateView(EditMixin, FormView):
    form_class = ReportPeriodCreateForm
    template_name = "finsam/form.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "forbund": self.forbund}

    def get_initial(self):
        # The start page links here with ?typ=<kind>&ar=<year>.
        year, kind = self.request.GET.get("ar", ""), self.request.GET.get("typ", "")
        initial = {"year": int(year)} if year.isdigit() else {}
        if kind in ReportKind.values:
            initial["kind"] = kind
        return initial

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = "Ny rapport"
        context["cancel_url"] = reverse("report-list", kwargs={"forbund": self.forbund.slug})
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        period = services.report_period_create(
            forbund=self.forbund,
            kind=data["kind"],
            year=data["year"],
            start=data["start"],
            end=data["end"],
            layout=data["layout"] or None,
        )
        messages.success(
            self.request,
            f"{period} är skapad. Driftbidrag, budgetens rader och ingående balanser är "
            "förifyllda; fyll i utfallet.",
        )
        return redirect(period.get_absolute_url())

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class PeriodMixin:
    """Resolves ``self.period`` from the URL within the current förbund (404 otherwise)."""

    period: ReportPeriod

    def get_period(self) -> ReportPeriod:
        if not hasattr(self, "period"):
            self.period = get_object_or_404(
                selectors.periods_of(self.forbund), pk=self.kwargs["pk"]
            )
        return self.period

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period = self.get_period()
        context["period"] = period
        document = getattr(period, "document", None)
        if document is not None:
            document.fiscal_year = period.fiscal_year  # its URL needs the förbund: no query
        context["document"] = document
        context["frozen"] = freeze.period_frozen(period.pk)
        context["frozen_message"] = freeze.FROZEN_MESSAGE
        context["statement_pages"] = STATEMENT_PAGES
        context["entry_pages"] = ENTRY_PAGES
        context["current_url_name"] = self.request.resolver_match.url_name
        context["xlsx_sheet"] = PAGE_SHEETS.get(context["current_url_name"])
        return context


class ReportDetailView(PeriodMixin, ForbundScopedMixin, TemplateView):
    template_name = "reports/detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period = self.get_period()
        results = checks.run_checks(period)
        balance = statements.closing_balance(period)
        context.update(
            title=str(period),
            result=statements.result_figures(period),
            balance=balance,
            counts=checks.counts(results),
            comparison=selectors.comparison_period(period),
        )
        return context


class StatementView(PeriodMixin, ForbundScopedMixin, TemplateView):
    title = ""
    # The approved document's section that shows this statement (read from its snapshot).
    snapshot_section = ""
    # Or the page body stored at approval (``reports.snapshot_pages``).
    snapshot_page = ""

    def statement(self, period: ReportPeriod):
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period = self.get_period()
        context["title"] = f"{self.title} – {period}"
        context["heading"] = self.title
        context["statement"] = self.statement(period)
        document = context.get("document")
        in_force = document.version_in_force if document is not None else None
        if self.snapshot_section and snapshot.has_snapshot(in_force):
            fragment = snapshot.approved_fragment(in_force, self.snapshot_section)
            if fragment:
                context["approved_version"] = in_force
                context["approved_fragment"] = mark_safe(fragment)  # our own rendering, stored
        if self.snapshot_page and snapshot.has_snapshot(in_force):
            context["approved_version"] = in_force
            page = snapshot_pages.approved_page(in_force, self.snapshot_page)
            context["approved_fragment"] = mark_safe(page)  # our own rendering, stored
        return context


class ResultatrakningView(StatementView):
    template_name = "reports/resultatrakning.html"
    title = "Resultaträkning"
    snapshot_section = "resultatrakning"

    def statement(self, period):
        return statements.resultatrakning(period)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["prognos"] = statements.helarsprognos(self.get_period())
        return context


class BalansrakningView(StatementView):
    template_name = "reports/balansrakning.html"
    title = "Balansräkning"
    snapshot_section = "balansrakning"

    def statement(self, period):
        return statements.balansrakning(period)


class KassaflodeView(StatementView):
    template_name = "reports/kassaflode.html"
    title = "Kassaflödesanalys"
    snapshot_section = "kassaflodesanalys"

    def statement(self, period):
        return statements.kassaflodesanalys(period)


class DriftredovisningView(StatementView):
    template_name = "reports/driftredovisning.html"
    title = "Driftredovisning"
    snapshot_section = "driftredovisning"

    def statement(self, period):
        return statements.driftredovisning(period)


class NoterView(StatementView):
    template_name = "reports/noter.html"
    title = "Noter"
    snapshot_section = "noter"

    def statement(self, period):
        return statements.noter(period)


class BalanskravView(StatementView):
    template_name = "reports/balanskrav.html"
    title = "Balanskravsutredning"
    snapshot_page = "balanskrav"

    def statement(self, period):
        return snapshot_pages.balanskrav_context(period)["statement"]


class FemarView(StatementView):
    template_name = "reports/femar.html"
    title = "Översikt över verksamhetens utveckling"
    snapshot_page = "femar"

    def statement(self, period):
        self.page_context = snapshot_pages.femar_context(period)
        return self.page_context["statement"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if "period_overview" in self.page_context:
            context["period_overview"] = self.page_context["period_overview"]
        return context


class KontrollerView(StatementView):
    """The checks of the report; the document page (``report-document-detail``) sends it for
    approval."""

    template_name = "reports/kontroller.html"
    title = "Kontroller"

    def statement(self, period):
        document = getattr(period, "document", None)
        in_force = document.version_in_force if document is not None else None
        if snapshot.has_snapshot(in_force):
            return snapshot.approved_checks(in_force)  # the checks as approved
        return checks.run_checks(period)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["counts"] = checks.counts(context["statement"])
        return context


# --- Entry forms ------------------------------------------------------------------------------


class EntryView(PeriodMixin, EditMixin, TemplateView):
    """An entry page: optionally a form of the period's single figures and line formsets, all
    validated before anything is saved, and saved in one transaction."""

    template_name = "reports/entry.html"
    title = ""
    intro = ""
    form_class = None

    def figures(self) -> PeriodFigures:
        period = self.get_period()
        figures = selectors.figures_of(period)
        return figures

    def build(self, data=None):
        period = self.get_period()
        form = None
        if self.form_class is not None:
            kwargs = {"instance": self.figures(), "prefix": "f", "period": period}
            form = self.form_class(data, **kwargs)
        return form, self.formsets(period, data)

    def formsets(self, period, data=None) -> list:
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period = self.get_period()
        if "form" not in kwargs:
            context["form"], context["formsets"] = self.build()
        context["version_form"] = kwargs.get("version_form") or VersionForm(
            initial={"seen_version": period.version}, prefix="v"
        )
        context["title"] = f"{self.title} – {period}"
        context["heading"] = self.title
        context["intro"] = self.intro
        context["cancel_url"] = period.get_absolute_url()
        context.setdefault("summary", live.summary_of(period))
        context["fix_fields"] = live.FIX_FIELDS
        return context

    def post(self, request, *args, **kwargs):
        period = self.get_period()
        if request.GET.get("live"):
            # htmx while typing: totals and checks of the unsaved figures; nothing is saved.
            form, formsets = self.build(request.POST)
            context = {
                "summary": live.summary(period, form, formsets),
                "period": period,
                "fix_fields": live.FIX_FIELDS,
            }
            return render(request, "reports/_live_summary.html", context)
        if freeze.period_frozen(period.pk):
            messages.error(request, freeze.FROZEN_MESSAGE)
            return self.render_to_response(self.get_context_data(), status=409)
        if request.POST.get("add_row"):
            return self.add_row(request)
        form, formsets = self.build(request.POST)
        version = VersionForm(request.POST, prefix="v")
        valid = version.is_valid()
        if form is not None:
            valid = form.is_valid() and valid
        valid = all([formset.is_valid() for formset in formsets]) and valid
        context = {"form": form, "formsets": formsets, "version_form": version}
        if not valid:
            messages.error(request, NOTHING_SAVED)
            if any("id" in f.errors for formset in formsets for f in formset.forms):
                # A line of the page is no longer there (someone else deleted it).
                messages.error(request, LINE_GONE)
            return self.render_to_response(self.get_context_data(**context), status=400)
        seen = version.cleaned_data.get("seen_version")
        try:
            if form is not None:
                reopened = services.report_figures_save(
                    period=period, seen_version=seen, form=form, formsets=formsets
                )
            else:
                reopened = services.report_lines_save(
                    period=period, seen_version=seen, formsets=formsets
                )
        except StaleVersionError as stale:
            messages.error(request, stale.message)
            return self.render_to_response(self.get_context_data(**context), status=409)
        except ReportFrozen as frozen:
            messages.error(request, frozen.message)
            return self.render_to_response(self.get_context_data(**context), status=409)
        except IntegrityError:
            messages.error(request, SAVE_CONFLICT)
            return self.render_to_response(self.get_context_data(**context), status=400)
        messages.success(request, f"Uppgifterna på sidan {self.title} för {period} är sparade.")
        if reopened:
            messages.warning(request, services.REOPENED_AFTER_CHANGE)
        return HttpResponseRedirect(self.success_url(period))

    def add_row(self, request):
        """"Lägg till rad": the page again with what was typed and one more empty row in the
        chosen list; nothing is saved and nothing is validated yet."""
        data = request.POST.copy()
        total = f"{data['add_row']}-TOTAL_FORMS"
        if total in data and data[total].isdigit() and int(data[total]) < MAX_ROWS:
            data[total] = str(int(data[total]) + 1)
        form, formsets = self.build(data)
        for bound in [form, *(f for formset in formsets for f in formset.forms)]:
            if bound is not None:
                bound._errors = ErrorDict()
        for formset in formsets:
            formset._errors = []
            formset._non_form_errors = formset.error_class()
        version = VersionForm(request.POST, prefix="v")
        version.is_valid()
        context = {"form": form, "formsets": formsets, "version_form": version}
        return self.render_to_response(self.get_context_data(**context))

    def success_url(self, period) -> str:
        return reverse(
            self.request.resolver_match.url_name,
            kwargs={"forbund": self.forbund.slug, "pk": period.pk},
        )


class IncomeEditView(EntryView):
    title = "Intäkter"
    intro = (
        "Driftbidrag per medlem är förifyllda från driftbidragets fördelning; ändra om den "
        "faktiska betalningen avvek. Övriga intäkter: försäljning, bidrag (ESF, MUCF, Leader) och "
        "övriga intäkter; ränta som finansiell intäkt; öres- och kronutjämning. Belopp i kr, "
        "t.ex. ”1 234 567” eller ”−480 307”."
    )

    def formsets(self, period, data=None):
        return [income_formset(period, data)]


class CostsEditView(EntryView):
    title = "Kostnader"
    intro = (
        "En rad per insats och omkostnad, med periodens budget, så att budget och utfall möts. "
        "Budgeterar förbundet kostnaderna som en summa, ange den under ”Personal, balanskrav och "
        "prognos” i stället för radernas budget. "
        "En rad kan specificeras med underrader (t.ex. Kansli: rörelsens kostnader och "
        "personalkostnader); huvudradens utfall räknas då fram ur dem."
    )

    def formsets(self, period, data=None):
        return [cost_formset(period, data)]


class ResultEditView(EntryView):
    """The whole resultaträkning on one page: the income lines above the cost lines, one form,
    saved together. In the figure tables ArrowDown from the last income row goes on to the first
    cost row (static/js/sheet.js), so a column of figures is typed straight down."""

    title = "Intäkter och kostnader"
    intro = (
        "Resultaträkningens rader på en sida: intäkterna överst, kostnaderna under. Skriv "
        "utfallen nedåt i kolumnen: Enter eller pil ned går till nästa rad, pil ned från "
        "sista intäktsraden till första kostnadsraden och Ctrl+Enter sparar. Belopp i kr, "
        "t.ex. ”1 234 567” eller ”−480 307”."
    )

    def formsets(self, period, data=None):
        return [income_formset(period, data), cost_formset(period, data)]


class BalanceEditView(EntryView):
    title = "Balansräkning"
    intro = (
        "Ingående balanser är förifyllda från föregående års balansräkning. Fordringar och "
        "kortfristiga skulder anges med sina specifikationsrader (noterna); summorna räknas fram."
    )
    form_class = BalanceFiguresForm

    def formsets(self, period, data=None):
        return [
            balance_formset(period, LineKind.FORDRAN, data),
            balance_formset(period, LineKind.KORTFRISTIG_SKULD, data),
        ]


class ControlsEditView(EntryView):
    title = "Kontrollsummor"
    intro = (
        "Frivilliga summor ur bokföringen (eller en tidigare upprättad rapport). Kontrollerna "
        "stämmer av de framräknade summorna mot dem."
    )
    form_class = ControlsForm


class OtherEditView(EntryView):
    title = "Personal, balanskrav och prognos"
    intro = (
        "Antal anställda, balanskravsutredningens justeringar (ange beloppen som i bokföringen; "
        "tecknen sätts i utredningen) och, för en delårsrapport, helårsprognosen."
    )
    form_class = OtherFiguresForm


class ReportDeleteView(ScopedDeleteView):
    model = ReportPeriod
    scope_field = "fiscal_year__forbund"
    list_url_name = "report-list"

    def form_valid(self, form):
        period = self.get_object()
        try:
            services.report_period_delete(period=period)
        except services.PeriodNotDeletable as refused:
            messages.error(self.request, refused.message)
            return HttpResponseRedirect(period.get_absolute_url())
        messages.success(self.request, f"”{period}” är borttagen.")
        return HttpResponseRedirect(self.get_success_url())


# --- Earlier years ----------------------------------------------------------------------------


class YearHistoryListView(ScopedListView):
    model = YearHistory
    table_class = YearHistoryTable
    title = "Tidigare år"
    create_url_name = "report-history-create"
    intro = (
        "Uppgifter för år innan förbundet började använda verktyget, till femårsöversikten. "
        "Belopp i kr (finns bara tkr: skriv t.ex. 4 070 000). Soliditet anges bara om eget "
        "kapital och summa tillgångar inte är kända."
    )


class YearHistoryCreateView(ScopedCreateView):
    model = YearHistory
    form_class = YearHistoryForm
    title = "Lägg till tidigare år"
    list_url_name = "report-history-list"
    success_message = "Året är sparat."


class YearHistoryUpdateView(ScopedUpdateView):
    model = YearHistory
    form_class = YearHistoryForm
    title = "Ändra tidigare år"
    list_url_name = "report-history-list"
    delete_url_name = "report-history-delete"
    success_message = "Året är sparat."


class YearHistoryDeleteView(ScopedDeleteView):
    model = YearHistory
    list_url_name = "report-history-list"


# --- Earlier periods (period overview of a Delårsrapport) ------------------------------------


class PeriodHistoryListView(ScopedListView):
    model = PeriodHistory
    table_class = PeriodHistoryTable
    title = "Tidigare perioder"
    create_url_name = "report-period-history-create"
    intro = (
        "Uppgifter för delårsperioder innan förbundet började använda verktyget, till "
        "delårsrapportens periodöversikt (samma period de senaste fyra åren). Belopp i kr."
    )


class PeriodHistoryCreateView(ScopedCreateView):
    model = PeriodHistory
    form_class = PeriodHistoryForm
    title = "Lägg till tidigare period"
    list_url_name = "report-period-history-list"
    success_message = "Perioden är sparad."


class PeriodHistoryUpdateView(ScopedUpdateView):
    model = PeriodHistory
    form_class = PeriodHistoryForm
    title = "Ändra tidigare period"
    list_url_name = "report-period-history-list"
    delete_url_name = "report-period-history-delete"
    success_message = "Perioden är sparad."


class PeriodHistoryDeleteView(ScopedDeleteView):
    model = PeriodHistory
    list_url_name = "report-period-history-list"
