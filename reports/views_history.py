"""The Historik pages for auditors (read-only for every role): the förbund's, filtered by year,
document, type of data and kind of change, and one document's (its decisions and its changes),
both paged. Here, above finsam, because the document filter needs the reports' documents."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.http import QueryDict
from django.views.generic import TemplateView

from finsam import history
from finsam.permissions import ForbundScopedMixin
from reports import approval
from reports.history import document_history_entries, document_kinds
from reports.views_documents import DocumentMixin, document_title, documents_of
from reports.views_signing import signing_events

PER_PAGE = 50
# Query parameters (Swedish, they show in the address bar).
YEAR, DOCUMENT, KIND, ACTION, PAGE = "ar", "dokument", "typ", "handelse", "sida"


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


def _page(request, entries: list) -> tuple[Page, str]:
    """The requested page of ``entries`` and the query string that keeps the filters."""
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get(PAGE))
    keep = QueryDict(mutable=True)
    for key, value in request.GET.items():
        if key != PAGE and value:
            keep[key] = value
    return page, keep.urlencode()


def _filters(request, years: list[int], kinds: list[str]) -> history.HistoryFilter:
    year = request.GET.get(YEAR, "")
    kind = request.GET.get(KIND, "")
    action = request.GET.get(ACTION, "")
    return history.HistoryFilter(
        year=int(year) if year.isdigit() and int(year) in years else None,
        kind=kind if kind in kinds else "",
        action=action if action in history.ACTIONS.values() else "",
    )


class ForbundHistoryView(ForbundScopedMixin, TemplateView):
    """Every change to the förbund's figures and texts."""

    template_name = "finsam/history.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        kinds = history.registered_kinds()
        years = history.years_with_history(self.forbund)
        chosen = _filters(self.request, years, kinds)
        documents = list(
            documents_of(self.forbund)
            .select_related("fiscal_year", "period")
            .order_by("-fiscal_year__year", "kind")
        )
        wanted = self.request.GET.get(DOCUMENT, "")
        document = next((d for d in documents if str(d.pk) == wanted), None)
        if document is not None:
            entries = document_history_entries(
                document, filters=history.HistoryFilter(kind=chosen.kind, action=chosen.action)
            )
        else:
            entries = history.history_entries(self.forbund, limit=5000, filters=chosen)
        page, query = _page(self.request, entries)
        context.update(
            kinds=kinds,
            chosen=chosen.kind,
            years=years,
            chosen_year=chosen.year,
            actions=list(history.ACTIONS.values()),
            chosen_action=chosen.action,
            documents=[Choice(str(d.pk), document_title(d)) for d in documents],
            chosen_document=str(document.pk) if document else "",
            document=document,
            entries=page.object_list,
            page_obj=page,
            query=query,
            total=len(entries),
        )
        return context


class DocumentHistoryView(DocumentMixin, ForbundScopedMixin, TemplateView):
    """One document: the workflow events and every change to its figures and texts."""

    template_name = "reports/document_history.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.get_document()
        kinds = document_kinds(document)
        chosen = _filters(self.request, [], kinds)
        entries = document_history_entries(document, filters=chosen)
        page, query = _page(self.request, entries)
        context.update(
            title=f"Historik – {context['document_title']}",
            events=sorted(
                approval.document_events(document) + signing_events(document),
                key=lambda event: event.when,
            ),
            kinds=kinds,
            chosen=chosen.kind,
            actions=list(history.ACTIONS.values()),
            chosen_action=chosen.action,
            entries=page.object_list,
            page_obj=page,
            query=query,
            total=len(entries),
        )
        return context
