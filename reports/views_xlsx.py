"""XLSX downloads of a report's statements, notes and tables (``reports.xlsx``): one statement,
or the whole report as one workbook. Every role that reads the report may download it."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views import View

from finsam.permissions import ForbundScopedMixin
from reports import selectors, xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The statement page (URL name) → its sheet(s) in the workbook.
PAGE_SHEETS = {
    "report-resultatrakning": "resultatrakning",
    "report-balansrakning": "balansrakning",
    "report-kassaflode": "kassaflodesanalys",
    "report-driftredovisning": "driftredovisning",
    "report-noter": "noter",
    "report-balanskrav": "balanskrav",
    "report-femar": "femarsoversikt",
}


class XlsxView(ForbundScopedMixin, View):
    http_method_names = ["get", "head"]

    def get(self, request, *args, **kwargs):
        period = get_object_or_404(selectors.periods_of(self.forbund), pk=kwargs["pk"])
        sheet = kwargs.get("sheet")
        if sheet is not None and sheet not in xlsx.SHEETS:
            raise Http404("Det finns ingen sådan tabell.")
        response = HttpResponse(xlsx.workbook_bytes(period, sheet), content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="{xlsx.file_name(period, sheet)}"'
        return response
