"""'Ändrat sedan godkännandet': for an approved version, the live values that now differ from what
the board approved (``reports.snapshot``). Read-only, for every role that reads the document."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView

from finsam.permissions import ForbundScopedMixin
from reports import snapshot
from reports.views_documents import DocumentMixin


class ChangedSinceApprovalView(DocumentMixin, ForbundScopedMixin, TemplateView):
    template_name = "reports/changed_since_approval.html"

    def get_version(self):
        document = self.get_document()
        number = self.kwargs.get("number")
        if number is None:
            version = document.version_in_force or document.approved_versions.first()
            if version is None:
                raise Http404("Dokumentet har ingen godkänd version.")
            return version
        return get_object_or_404(document.approved_versions, number=number)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        version = self.get_version()
        context["version"] = version
        context["title"] = f"Ändrat sedan godkännandet – {context['document_title']}"
        context["has_snapshot"] = snapshot.has_snapshot(version)
        context["changes"] = snapshot.changes_since(version)
        return context
