"""The start page of a förbund: the year's three documents, their state, what is missing and the
one next step, for the role of the person looking. Computed here; the template only displays.

``year_overview(forbund, year, role)`` returns one ``DocumentState`` per document of the year:
the Verksamhetsplan, every Delårsrapport (or one not yet started) and the Årsredovisning.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from finsam.models import Budget, BudgetKind, Driftbidrag, FiscalYear, Forbund, Role
from finsam.permissions import ROLE_CAPABILITIES, Capability
from finsam.plan_checks import budget_errors
from reports import checks
from reports.models import (
    ApprovedVersion,
    DocumentKind,
    DocumentStatus,
    ReportDocument,
    ReportKind,
    ReportPeriod,
)

FIRST_YEAR, LAST_YEAR = 2004, 2100  # the range a fiscal year may have (FiscalYear's constraint)

# States (CSS class and test key) and their Swedish texts.
EJ_PABORJAD = "ej-paborjad"
UTKAST = "utkast"
INSKICKAD = "inskickad"
GODKAND = "godkand"

TEXT_NOT_STARTED = "Ej påbörjad"
TEXT_DRAFT = "Utkast – {errors}, {warnings}"
TEXT_PLAN_DRAFT = "Utkast"  # the plan is made from the budget; no figure checks apply
TEXT_SUBMITTED = "Inskickad"
TEXT_APPROVED = "Godkänd {day}, SHA-256 {sha}…"

MISSING_BUDGET = "Ingen budget för {year}"
MISSING_DRIFTBIDRAG = "Inget driftbidrag för {year}"
MISSING_FIGURES = "Inga intäkter eller kostnader är inmatade"
MISSING_BALANCE = "Balansräkningen saknar uppgifter"
MISSING_PROGNOS = "Helårsprognosen saknas"

HINT_OFFICE_STARTS = "Förbundssekreteraren lägger upp den."

STEP_CREATE_BUDGET = "Lägg in budget för {year}"
STEP_SHOW_BUDGET = "Visa budgeten"
STEP_FILL_BUDGET = "Fyll i budgetens belopp"
STEP_CREATE_REPORT = "Skapa {what}"
STEP_ENTER_FIGURES = "Mata in siffror"
STEP_ENTER_BALANCE = "Mata in balansräkningen"
STEP_ENTER_PROGNOS = "Mata in helårsprognosen"
STEP_FIX_CHECKS = "Rätta kontrollerna"
STEP_SUBMIT = "Skicka för godkännande"
STEP_APPROVE = "Granska och godkänn"
STEP_SHOW = "Visa"
STEP_DOWNLOAD = "Ladda ner godkänd PDF"
STEP_DRAFT_PDF = "Förhandsgranska PDF"

# URL names of the document pages (built by the approval workflow); used when they exist.
DOCUMENT_DETAIL = "report-document-detail"
DOCUMENT_PDF = "report-document-version-pdf"
DOCUMENT_SUBMIT = "report-document-submit"
DOCUMENT_APPROVE = "report-document-approve"
DOCUMENT_DRAFT_PDF = "report-document-draft-pdf"
DOCUMENT_CHANGED = "report-document-changed-since"

STEP_DECIDE = "Granska och besluta"
STEP_DRAFT_FOR_DECISION = "Utkast att granska (PDF)"


@dataclass(frozen=True)
class NextStep:
    label: str
    url: str
    pdf: bool = False  # a PDF download: the page shows "Skapar PDF …" while it renders


@dataclass(frozen=True)
class DocumentState:
    kind: str  # a DocumentKind value
    title: str  # "Årsredovisning 2020", "Delårsrapport jan–aug 2018"
    state: str  # EJ_PABORJAD | UTKAST | INSKICKAD | GODKAND
    status_text: str
    url: str | None = None  # the document's (or its period's) page
    errors: int = 0
    warnings: int = 0
    missing: tuple[str, ...] = ()
    next_step: NextStep | None = None
    approved_at: datetime.date | None = None
    sha256: str = ""
    hint: str = ""  # a sentence for a role that cannot take the next step itself
    changed_url: str | None = None  # approved: what the live data changed since (snapshot)


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def draft_text(errors: int, warnings: int) -> str:
    """``Utkast – 2 fel, 1 varning``."""
    return TEXT_DRAFT.format(
        errors=plural(errors, "fel", "fel"), warnings=plural(warnings, "varning", "varningar")
    )


def approved_text(version: ApprovedVersion) -> str:
    """``Godkänd 2021-03-01, SHA-256 0123456789ab…``."""
    day = datetime.date.fromisoformat(_local_day(version.approved_at))
    return TEXT_APPROVED.format(day=f"{day:%Y-%m-%d}", sha=version.sha256[:12])


def _local_day(moment: datetime.datetime) -> str:
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return moment.date().isoformat()


def _url(name: str, **kwargs) -> str | None:
    """The URL, or ``None`` when no such page exists (yet)."""
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return None


def available_years(forbund: Forbund, today: datetime.date | None = None) -> list[int]:
    """The years of the year picker: every fiscal year of the förbund, this year and next year
    (a verksamhetsplan is made in the autumn before its year); newest first."""
    today = today or datetime.date.today()
    years = set(FiscalYear.objects.filter(forbund=forbund).values_list("year", flat=True))
    years.update({today.year, today.year + 1})
    return sorted(years, reverse=True)


def default_year(forbund: Forbund, today: datetime.date | None = None) -> int:
    """The year the start page opens on: the latest year with a report or budget, at most next
    year; this year when the förbund has nothing yet."""
    today = today or datetime.date.today()
    with_content = (
        FiscalYear.objects.filter(forbund=forbund, year__lte=today.year + 1)
        .exclude(report_periods=None, budgets=None, documents=None)
        .order_by("-year")
        .values_list("year", flat=True)
        .first()
    )
    return with_content or today.year


def year_overview(forbund: Forbund, year: int, role: str | None) -> list[DocumentState]:
    """The documents of ``year`` in the order they are made: Verksamhetsplan, Delårsrapport(er),
    Årsredovisning."""
    capabilities = ROLE_CAPABILITIES.get(role, frozenset()) if role else frozenset()
    ctx = _Context(forbund=forbund, year=year, capabilities=capabilities)
    states = [ctx.plan()]
    periods = list(
        ReportPeriod.objects.filter(fiscal_year__forbund=forbund, fiscal_year__year=year)
        .select_related("fiscal_year", "fiscal_year__forbund", "document")
        .order_by("start", "end")
    )
    interim = [p for p in periods if p.kind == ReportKind.DELARSRAPPORT]
    annual = [p for p in periods if p.kind == ReportKind.ARSREDOVISNING]
    if interim:
        states.extend(ctx.period_state(p) for p in interim)
    else:
        states.append(ctx.not_started(DocumentKind.DELARSRAPPORT))
    if annual:
        states.append(ctx.period_state(annual[0]))
    else:
        states.append(ctx.not_started(DocumentKind.ARSREDOVISNING))
    return states


@dataclass
class _Context:
    forbund: Forbund
    year: int
    capabilities: frozenset

    @property
    def can_edit(self) -> bool:
        return Capability.EDIT in self.capabilities

    @property
    def can_approve(self) -> bool:
        return Capability.APPROVE in self.capabilities

    @property
    def slug(self) -> str:
        return self.forbund.slug

    def budget(self) -> Budget | None:
        """The year's budget, read once for the plan and every period of the year."""
        if not hasattr(self, "_budget"):
            self._budget = Budget.objects.filter(
                fiscal_year__forbund=self.forbund,
                fiscal_year__year=self.year,
                kind=BudgetKind.BUDGET,
            ).first()
        return self._budget

    def has_driftbidrag(self) -> bool:
        return Driftbidrag.objects.filter(
            fiscal_year__forbund=self.forbund, fiscal_year__year=self.year
        ).exists()

    def year_missing(self) -> list[str]:
        missing = []
        if self.budget() is None:
            missing.append(MISSING_BUDGET.format(year=self.year))
        if not self.has_driftbidrag():
            missing.append(MISSING_DRIFTBIDRAG.format(year=self.year))
        return missing

    # --- Documents ----------------------------------------------------------------------------

    def document_steps(self, document: ReportDocument, version: ApprovedVersion | None):
        """Steps on the document pages, when those pages exist."""
        detail = _url(DOCUMENT_DETAIL, forbund=self.slug, pk=document.pk)
        pdf = None
        if version is not None:
            pdf = _url(DOCUMENT_PDF, forbund=self.slug, pk=document.pk, number=version.number)
        return detail, pdf

    def in_force(self, document: ReportDocument | None) -> ApprovedVersion | None:
        if document is None:
            return None
        return document.approved_versions.filter(reopened_at__isnull=True).first()

    def approved_state(self, base: dict, document: ReportDocument) -> DocumentState | None:
        version = self.in_force(document)
        if document.status != DocumentStatus.GODKAND or version is None:
            return None
        detail, pdf = self.document_steps(document, version)
        step = None
        if pdf:
            step = NextStep(STEP_DOWNLOAD, pdf, pdf=True)
        elif detail:
            step = NextStep(STEP_SHOW, detail)
        return DocumentState(
            **base,
            state=GODKAND,
            status_text=approved_text(version),
            approved_at=datetime.date.fromisoformat(_local_day(version.approved_at)),
            sha256=version.sha256,
            next_step=step,
            changed_url=_url(DOCUMENT_CHANGED, forbund=self.slug, pk=document.pk),
        )

    def submit_url(self, document: ReportDocument) -> str | None:
        """The sekreterare's confirmation page for sending the document to the board."""
        return _url(DOCUMENT_SUBMIT, forbund=self.slug, pk=document.pk)

    # --- Verksamhetsplan ----------------------------------------------------------------------

    def plan(self) -> DocumentState:
        title = f"Verksamhetsplan {self.year}"
        document = ReportDocument.objects.filter(
            fiscal_year__forbund=self.forbund,
            fiscal_year__year=self.year,
            kind=DocumentKind.VERKSAMHETSPLAN,
        ).first()
        budget = self.budget()
        budget_url = _url("budget-detail", forbund=self.slug, year=self.year)
        detail = _url(DOCUMENT_DETAIL, forbund=self.slug, pk=document.pk) if document else None
        base = {
            "kind": DocumentKind.VERKSAMHETSPLAN.value,
            "title": title,
            "url": detail or (budget_url if budget else None),
        }
        if document is not None:
            approved = self.approved_state(base, document)
            if approved:
                return approved
        missing = tuple(self.year_missing())
        if document is None and budget is None:
            step = None
            if self.can_edit:
                step = NextStep(
                    STEP_CREATE_BUDGET.format(year=self.year),
                    f"{reverse('budget-create', kwargs={'forbund': self.slug})}?ar={self.year}",
                )
            return DocumentState(
                **base,
                state=EJ_PABORJAD,
                status_text=TEXT_NOT_STARTED,
                missing=missing,
                next_step=step,
                hint="" if self.can_edit else HINT_OFFICE_STARTS,
            )
        if document is not None and document.status == DocumentStatus.INSKICKAD:
            target = detail or budget_url
            if self.can_approve and target:
                step = NextStep(STEP_APPROVE, target)
            else:
                step = NextStep(STEP_SHOW, target) if target else None
            return DocumentState(
                **base, state=INSKICKAD, status_text=TEXT_SUBMITTED, missing=missing, next_step=step
            )
        # A draft: the plan is made from the budget; its check is that the budget has amounts.
        errors = budget_errors(budget) if budget is not None else []
        if self.can_edit and errors:
            edit = _url("budget-edit", forbund=self.slug, year=self.year, kind=BudgetKind.BUDGET)
            return DocumentState(
                **base,
                state=UTKAST,
                status_text=draft_text(len(errors), 0),
                errors=len(errors),
                missing=missing,
                next_step=NextStep(STEP_FILL_BUDGET, edit) if edit else None,
            )
        if self.can_edit and budget is None:
            step = NextStep(
                STEP_CREATE_BUDGET.format(year=self.year),
                f"{reverse('budget-create', kwargs={'forbund': self.slug})}?ar={self.year}",
            )
        elif self.can_edit and detail:
            step = NextStep(STEP_SUBMIT, self.submit_url(document) or detail)
        else:
            step = NextStep(STEP_SHOW_BUDGET, budget_url) if budget else None
        return DocumentState(
            **base, state=UTKAST, status_text=TEXT_PLAN_DRAFT, missing=missing, next_step=step
        )

    # --- Delårsrapport and Årsredovisning ------------------------------------------------------

    def not_started(self, kind: DocumentKind) -> DocumentState:
        what = "delårsrapporten" if kind == DocumentKind.DELARSRAPPORT else "årsredovisningen"
        step = None
        if self.can_edit:
            url = reverse("report-create", kwargs={"forbund": self.slug})
            step = NextStep(
                STEP_CREATE_REPORT.format(what=what), f"{url}?typ={kind.value}&ar={self.year}"
            )
        missing = []
        if self.budget() is None:
            missing.append(MISSING_BUDGET.format(year=self.year))
        return DocumentState(
            kind=kind.value,
            title=f"{kind.label} {self.year}",
            state=EJ_PABORJAD,
            status_text=TEXT_NOT_STARTED,
            missing=tuple(missing),
            next_step=step,
            hint="" if self.can_edit else HINT_OFFICE_STARTS,
        )

    def has_figures(self, period: ReportPeriod) -> bool:
        """Whether any of the period's lines has an amount (asked once per period)."""
        known = self.__dict__.setdefault("_has_figures", {})
        if period.pk not in known:
            known[period.pk] = period.lines.exclude(amount=0).exists()
        return known[period.pk]

    def period_state(self, period: ReportPeriod) -> DocumentState:
        # read with the period (year_overview), or asked here
        document = getattr(period, "document", None)
        detail = _url(DOCUMENT_DETAIL, forbund=self.slug, pk=document.pk) if document else None
        base = {"kind": period.kind, "title": str(period), "url": period.get_absolute_url()}
        if document is not None:
            approved = self.approved_state(base, document)
            if approved:
                return approved
        results = checks.run_checks(period)
        count = checks.counts(results)
        errors, warnings = count[checks.Severity.FEL], count[checks.Severity.VARNING]
        missing = self.period_missing(period, results)
        submitted = document is not None and document.status == DocumentStatus.INSKICKAD
        kontroller = reverse("report-kontroller", kwargs={"forbund": self.slug, "pk": period.pk})
        if submitted:
            if self.can_approve:
                step = NextStep(STEP_APPROVE, detail or kontroller)
            else:
                step = NextStep(STEP_SHOW, detail or period.get_absolute_url())
            return DocumentState(
                **base,
                state=INSKICKAD,
                status_text=TEXT_SUBMITTED,
                errors=errors,
                warnings=warnings,
                missing=tuple(missing),
                next_step=step,
            )
        return DocumentState(
            **base,
            state=UTKAST,
            status_text=draft_text(errors, warnings),
            errors=errors,
            warnings=warnings,
            missing=tuple(missing),
            next_step=self.draft_step(period, results, errors, detail, kontroller),
        )

    def period_missing(self, period: ReportPeriod, results) -> list[str]:
        missing = []
        if not self.has_figures(period):
            missing.append(MISSING_FIGURES)
        absent = {r.fix_url for r in results if r.code == checks.UPPGIFT_SAKNAS}
        kwargs = {"forbund": self.slug, "pk": period.pk}
        if reverse("report-balance-edit", kwargs=kwargs) in absent:
            missing.append(MISSING_BALANCE)
        if reverse("report-other-edit", kwargs=kwargs) in absent:
            missing.append(MISSING_PROGNOS)
        if self.budget() is None:
            missing.append(MISSING_BUDGET.format(year=self.year))
        return missing

    def draft_step(self, period, results, errors, detail, kontroller) -> NextStep:
        pk = period.pk
        if not self.can_edit:
            return NextStep(STEP_SHOW, period.get_absolute_url())
        if not self.has_figures(period):
            return NextStep(
                STEP_ENTER_FIGURES,
                reverse("report-income-edit", kwargs={"forbund": self.slug, "pk": pk}),
            )
        for result in results:
            if result.code == checks.UPPGIFT_SAKNAS and result.is_error:
                return NextStep(STEP_ENTER_BALANCE, result.fix_url)
        if errors:
            return NextStep(STEP_FIX_CHECKS, kontroller)
        for result in results:
            if result.code == checks.UPPGIFT_SAKNAS:
                return NextStep(STEP_ENTER_PROGNOS, result.fix_url)
        document = getattr(period, "document", None)
        submit = self.submit_url(document) if document else None
        return NextStep(STEP_SUBMIT, submit or detail or kontroller)


def role_label(role: str | None) -> str:
    return Role(role).label if role else ""


# --- "Att besluta": what waits for the board's decision -------------------------------------


@dataclass(frozen=True)
class AwaitingDecision:
    """A submitted document: the board decides on it (approve, or send back to the office)."""

    title: str
    year: int
    submitted_at: datetime.datetime | None
    submitted_by: str
    detail_url: str | None
    decide_url: str | None  # the decision page; None for a role that cannot decide
    draft_pdf_url: str | None


def awaiting_decision(forbund: Forbund, role: str | None) -> list[AwaitingDecision]:
    """The förbund's submitted documents, oldest submission first (any year)."""
    capabilities = ROLE_CAPABILITIES.get(role, frozenset()) if role else frozenset()
    can_approve = Capability.APPROVE in capabilities
    documents = (
        ReportDocument.objects.filter(
            fiscal_year__forbund=forbund, status=DocumentStatus.INSKICKAD
        )
        .select_related("fiscal_year", "period", "submitted_by")
        .order_by("submitted_at", "pk")
    )
    result = []
    for document in documents:
        user = document.submitted_by
        kwargs = {"forbund": forbund.slug, "pk": document.pk}
        result.append(
            AwaitingDecision(
                title=str(document),
                year=document.fiscal_year.year,
                submitted_at=document.submitted_at,
                submitted_by=(user.get_full_name() or user.get_username()) if user else "",
                detail_url=_url(DOCUMENT_DETAIL, **kwargs),
                decide_url=_url(DOCUMENT_APPROVE, **kwargs) if can_approve else None,
                draft_pdf_url=_url(DOCUMENT_DRAFT_PDF, **kwargs),
            )
        )
    return result
