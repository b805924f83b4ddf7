"""The sections every approved version's snapshot holds (``reports.snapshot``): one entry each.

Frozen sections (``frozen=True``) are the rows the database freezes while the version is in force
(figures, texts and, for a Verksamhetsplan, the budget); the others are live data the document
shows and that may move on for next year (board, members, insatser …), so the snapshot keeps
them as they were and "Ändrat sedan godkännandet" lists what changed.
"""

from __future__ import annotations

from finsam.models import (
    BoardMember,
    BudgetLine,
    ContributionOffer,
    Driftbidrag,
    Member,
    Population,
)
from interventions.models import (
    ExitCount,
    Goal,
    IndicatorResult,
    Insats,
    InsatsFinancing,
    ParticipantOutcome,
)
from reports.models import (
    DocumentKind,
    DocumentSubsection,
    FigureLine,
    PeriodFigures,
    ReportPeriod,
    ReportText,
    SupplementaryNote,
    SupplementaryNoteRow,
    YearHistory,
)
from reports.snapshot import register_rows, register_section, row_item


def _forbund(document):
    return document.fiscal_year.forbund


def _year(document) -> int:
    return document.fiscal_year.year


def _forbund_section(document) -> list[dict]:
    # The logo is bytes (its type and the accent colour are listed).
    skip = {"slug", "kommun_split_rule", "logo"}
    return [row_item(_forbund(document), key="förbundet", skip=skip)]


def _figure_key(line: FigureLine) -> str:
    parent = f"{line.parent.label} / " if line.parent_id else ""
    return f"{line.get_kind_display()}: {parent}{line.label}"


def _figure_lines(document):
    if document.period_id is None:
        return []
    return (
        FigureLine.objects.filter(period_id=document.period_id)
        .order_by("pk")
        .select_related("parent")
    )


# Frozen sections hold only the frozen rows' own values, keyed by what survives an export and
# import (labels and order, not ids), so that renaming a member or an insats (live data) is not
# taken for a change of the approved figures and texts.
FROZEN_SKIP = {"member", "budget_line", "insats", "is_draft_copy"}


def _period_figures(document):
    if document.period_id is None:
        return []
    return PeriodFigures.objects.filter(period_id=document.period_id)


def _previous_lines(document):
    """The comparison column: the same kind of period a year earlier."""
    if document.period_id is None:
        return []
    period = document.period
    previous = ReportPeriod.objects.filter(
        fiscal_year__forbund=period.fiscal_year.forbund,
        fiscal_year__year=period.year - 1,
        kind=period.kind,
    ).first()
    if previous is None:
        return []
    return FigureLine.objects.filter(period=previous).select_related("parent", "member")


def _texts(document):
    return ReportText.objects.filter(document=document).order_by("pk").select_related("insats")


def _text_key(text: ReportText) -> str:
    return text.section  # several insats texts: "insats", "insats #2" … in the order written


def _budget_lines(document):
    return (
        BudgetLine.objects.filter(budget__fiscal_year=document.fiscal_year, budget__kind="budget")
        .order_by("pk")
        .select_related("member")
    )


def _budget_section(document) -> list[dict]:
    return [row_item(line) for line in _budget_lines(document)]


def _plan_budget_items(document) -> list[dict]:
    return [row_item(line, skip=FROZEN_SKIP) for line in _budget_lines(document)]


def _plan_budget_section(document) -> list[dict]:
    return _plan_budget_items(document) if document.kind == DocumentKind.VERKSAMHETSPLAN else []


def _insatser(document):
    year = _year(document)
    return [i for i in Insats.objects.filter(forbund=_forbund(document)) if i.active_in(year)]


register_section("forbund", "Förbundet", _forbund_section)
register_rows(
    "members", "Medlemmar", lambda d: Member.objects.filter(forbund=_forbund(d)), skip={"position"}
)
register_rows(
    "populations",
    "Invånare",
    lambda d: Population.objects.filter(member__forbund=_forbund(d)).select_related("member"),
)
register_rows(
    "board",
    "Styrelsen",
    lambda d: BoardMember.objects.filter(forbund=_forbund(d)).select_related("appointed_by"),
)
register_rows(
    "driftbidrag",
    "Driftbidrag",
    lambda d: Driftbidrag.objects.filter(fiscal_year=d.fiscal_year),
)
register_rows(
    "contributions",
    "Medlemmarnas bidrag",
    lambda d: ContributionOffer.objects.filter(
        driftbidrag__fiscal_year=d.fiscal_year
    ).select_related("member"),
)
register_section("budget", "Budget", _budget_section)
register_section("plan_budget", "Verksamhetsplanens budget", _plan_budget_section, frozen=True)
register_rows(
    "figures", "Siffror", _figure_lines, frozen=True, item_key=_figure_key, skip=FROZEN_SKIP
)
register_rows(
    "period_figures",
    "Periodens uppgifter",
    _period_figures,
    frozen=True,
    item_key=lambda obj: "uppgifter",
)
register_rows(
    "supplementary_notes",
    "Kompletterande noter",
    lambda d: SupplementaryNote.objects.filter(period_id=d.period_id).order_by("pk")
    if d.period_id
    else [],
    frozen=True,
    item_key=lambda note: note.title,
    skip={"period"},
)
register_rows(
    "supplementary_rows",
    "Kompletterande noters rader",
    lambda d: SupplementaryNoteRow.objects.filter(note__period_id=d.period_id)
    .order_by("pk")
    .select_related("note")
    if d.period_id
    else [],
    frozen=True,
    item_key=lambda row: f"{row.note.title}: {row.label}",
    skip={"note"},
)
register_rows("previous_figures", "Föregående års siffror", _previous_lines, item_key=_figure_key)
register_rows("texts", "Texter", _texts, frozen=True, item_key=_text_key, skip=FROZEN_SKIP)
# The förbund's own subsections (issue 11); frozen by trigger, compared for "Ändrat sedan".
register_rows(
    "subsections",
    "Underavsnitt",
    lambda d: DocumentSubsection.objects.filter(document=d).order_by("section", "position", "pk"),
    item_key=lambda row: f"{row.section} {row.position}",
)
register_rows(
    "year_history", "Tidigare år", lambda d: YearHistory.objects.filter(forbund=_forbund(d))
)
register_rows("insatser", "Insatser", _insatser)
register_rows(
    "financing",
    "Insatsernas finansiering",
    lambda d: InsatsFinancing.objects.filter(insats__forbund=_forbund(d), year=_year(d)),
    skip={"insats"},
)
register_rows(
    "goals",
    "Mål",
    lambda d: Goal.objects.filter(forbund=_forbund(d), year=_year(d)).select_related("insats"),
    skip={"insats"},
)
register_rows(
    "outcomes",
    "Deltagare",
    lambda d: ParticipantOutcome.objects.filter(
        insats__forbund=_forbund(d), period_end__year=_year(d)
    ).select_related("insats"),
    skip={"insats"},
)
register_rows(
    "exits",
    "Avslutsorsaker",
    lambda d: ExitCount.objects.filter(
        outcome__insats__forbund=_forbund(d), outcome__period_end__year=_year(d)
    ).select_related("outcome__insats"),
    skip={"outcome"},
)
register_rows(
    "indicators",
    "Indikatorer",
    lambda d: IndicatorResult.objects.filter(
        insats__forbund=_forbund(d), period_year=_year(d)
    ).select_related("insats"),
    skip={"insats"},
)
