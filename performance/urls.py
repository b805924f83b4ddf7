"""Document URLs served by this app (included before ``reports.urls``, same paths), and the
draft's progress fragment."""

from django.urls import path

from performance import views

D = "dokument/<int:pk>/"

urlpatterns = [
    path(f"{D}", views.WorkerDocumentDetailView.as_view(), name="perf-document-detail"),
    path(f"{D}godkann/", views.WorkerApproveView.as_view(), name="perf-document-approve"),
    path(
        f"{D}version/<int:number>/pdf/",
        views.VersionPdfView.as_view(),
        name="perf-document-version-pdf",
    ),
    path(f"{D}utkast.pdf", views.DraftPdfView.as_view(), name="perf-document-draft-pdf"),
    path(
        f"{D}utkast/status/", views.DraftStatusView.as_view(), name="report-document-draft-status"
    ),
]
