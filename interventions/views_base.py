"""What the insats pages share: the year in the URL, the tables, who may edit, the way back to an
insats."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django_tables2 import RequestConfig

from interventions import selectors
from interventions.models import (
    Insats,
)

NOT_SAVED = "Inget sparades. Rätta de markerade fälten."


def parse_year(value: str | None) -> int | None:
    if value and value.isdigit() and 2004 <= int(value) <= 2100:
        return int(value)
    return None


class YearMixin:
    """The year of the page: ``?ar=2024``, else the latest year with data."""

    def get_year(self) -> int:
        if not hasattr(self, "_year"):
            self._year = parse_year(self.request.GET.get("ar")) or selectors.default_year(
                self.forbund
            )
        return self._year

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.get_year()
        context["year"] = year
        years = set(selectors.years_with_data(self.forbund)) | {year}
        context["years"] = sorted(years, reverse=True)
        return context


def _table(request, table_class, data, view, **kwargs):
    table = table_class(data, forbund=view.forbund, can_edit=_can_edit(view), **kwargs)
    RequestConfig(request, paginate=False).configure(table)
    return table


def _can_edit(view) -> bool:
    from finsam.permissions import Capability

    return Capability.EDIT in view.capabilities


def _detail_url(insats: Insats, year: int | None = None) -> str:
    url = insats.get_absolute_url()
    return f"{url}?ar={year}" if year else url


def _insats_of(view) -> Insats:
    return get_object_or_404(
        Insats.objects.select_related("forbund", "responsible_member"),
        forbund=view.forbund,
        pk=view.kwargs["pk"],
    )
