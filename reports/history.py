"""The Historik of one document, for auditors: every recorded change to the document, its
period, figure lines, single figures, texts and subsections (and, for a Verksamhetsplan, the
year's budget), built like the förbund-wide Historik page (``finsam.history``) but filtered to
the document's rows.
"""

from __future__ import annotations

from finsam.history import (
    HistoryEntry,
    HistoryFilter,
    RelatedRows,
    entries_of,
    kind_of,
    roles_in,
)
from finsam.models import Budget, BudgetKind, BudgetLine
from reports.models import (
    DocumentKind,
    DocumentSubsection,
    FigureLine,
    PeriodFigures,
    ReportDocument,
    ReportPeriod,
    ReportText,
    SupplementaryNote,
    SupplementaryNoteRow,
)


def _sources(document: ReportDocument) -> list[tuple[type, dict]]:
    sources: list[tuple[type, dict]] = [(ReportDocument, {"id": document.pk})]
    sources.append((ReportText, {"document_id": document.pk}))
    sources.append((DocumentSubsection, {"document_id": document.pk}))
    if document.period_id:
        sources += [
            (ReportPeriod, {"id": document.period_id}),
            (FigureLine, {"period_id": document.period_id}),
            (PeriodFigures, {"period_id": document.period_id}),
            (SupplementaryNote, {"period_id": document.period_id}),
            (SupplementaryNoteRow, {"note__period_id": document.period_id}),
        ]
    if document.kind == DocumentKind.VERKSAMHETSPLAN:
        budget_ids = list(
            Budget.objects.filter(
                fiscal_year=document.fiscal_year, kind=BudgetKind.BUDGET
            ).values_list("pk", flat=True)
        )
        sources += [
            (Budget, {"id__in": budget_ids}),
            (BudgetLine, {"budget_id__in": budget_ids}),
        ]
    return sources


def document_history_entries(
    document: ReportDocument, *, limit: int = 2000, filters: HistoryFilter | None = None
) -> list[HistoryEntry]:
    """Changes to the document's rows, newest first (times in Europe/Stockholm)."""
    chosen = filters or HistoryFilter()
    roles = roles_in(document.fiscal_year.forbund)
    related = RelatedRows(document.fiscal_year.forbund)
    entries: list[HistoryEntry] = []
    for model, lookup in _sources(document):
        kind = kind_of(model)
        if chosen.kind and kind != chosen.kind:
            continue
        entries += entries_of(
            model,
            lookup,
            kind=kind,
            limit=limit,
            roles=roles,
            action=chosen.action,
            related=related,
        )
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries[:limit]


def document_kinds(document: ReportDocument) -> list[str]:
    """The Swedish names of the kinds of data in the document's Historik (for its filter)."""
    return sorted({kind_of(model) for model, _ in _sources(document)})
