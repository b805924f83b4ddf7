"""Pages of this app under /f/<förbund>/; every view uses finsam.permissions' scoped mixins."""

from django.urls import path

from reports import (
    views,
    views_documents,
    views_history,
    views_notes,
    views_outline,
    views_signing,
    views_signing_accounts,
    views_snapshot,
    views_texts,
    views_xlsx,
)

P = "rapporter/<int:pk>/"

urlpatterns = [
    path("rapporter/", views.ReportListView.as_view(), name="report-list"),
    path("historik/", views_history.ForbundHistoryView.as_view(), name="forbund-history"),
    path(
        "signering/inloggningar/",
        views_signing_accounts.SigningAccountListView.as_view(),
        name="signing-account-list",
    ),
    path(
        "signering/inloggningar/min/",
        views_signing_accounts.SigningAccountSelfView.as_view(),
        name="signing-account-self",
    ),
    path(
        "signering/inloggningar/<int:pk>/ta-bort/",
        views_signing_accounts.SigningAccountRemoveView.as_view(),
        name="signing-account-remove",
    ),
    path("rapporter/ny/", views.ReportCreateView.as_view(), name="report-create"),
    path(P, views.ReportDetailView.as_view(), name="report-detail"),
    path(
        f"{P}resultatrakning/", views.ResultatrakningView.as_view(), name="report-resultatrakning"
    ),
    path(f"{P}balansrakning/", views.BalansrakningView.as_view(), name="report-balansrakning"),
    path(f"{P}kassaflodesanalys/", views.KassaflodeView.as_view(), name="report-kassaflode"),
    path(
        f"{P}driftredovisning/",
        views.DriftredovisningView.as_view(),
        name="report-driftredovisning",
    ),
    path(f"{P}noter/", views.NoterView.as_view(), name="report-noter"),
    path(f"{P}balanskrav/", views.BalanskravView.as_view(), name="report-balanskrav"),
    path(f"{P}femarsoversikt/", views.FemarView.as_view(), name="report-femar"),
    path(f"{P}kontroller/", views.KontrollerView.as_view(), name="report-kontroller"),
    path(f"{P}xlsx/", views_xlsx.XlsxView.as_view(), name="report-xlsx"),
    path(f"{P}xlsx/<slug:sheet>/", views_xlsx.XlsxView.as_view(), name="report-xlsx-sheet"),
    path(
        f"{P}intakter-och-kostnader/", views.ResultEditView.as_view(), name="report-result-edit"
    ),
    path(f"{P}intakter/", views.IncomeEditView.as_view(), name="report-income-edit"),
    path(f"{P}kostnader/", views.CostsEditView.as_view(), name="report-costs-edit"),
    path(f"{P}balans/", views.BalanceEditView.as_view(), name="report-balance-edit"),
    path(f"{P}kontrollsummor/", views.ControlsEditView.as_view(), name="report-controls-edit"),
    path(f"{P}ovrigt/", views.OtherEditView.as_view(), name="report-other-edit"),
    path(
        f"{P}kompletterande-noter/",
        views_notes.SupplementaryNotesView.as_view(),
        name="report-notes-edit",
    ),
    path(f"{P}ta-bort/", views.ReportDeleteView.as_view(), name="report-delete"),
    path("tidigare-ar/", views.YearHistoryListView.as_view(), name="report-history-list"),
    path("tidigare-ar/nytt/", views.YearHistoryCreateView.as_view(), name="report-history-create"),
    path(
        "tidigare-ar/<int:pk>/",
        views.YearHistoryUpdateView.as_view(),
        name="report-history-edit",
    ),
    path(
        "tidigare-ar/<int:pk>/ta-bort/",
        views.YearHistoryDeleteView.as_view(),
        name="report-history-delete",
    ),
    path(
        "tidigare-perioder/",
        views.PeriodHistoryListView.as_view(),
        name="report-period-history-list",
    ),
    path(
        "tidigare-perioder/ny/",
        views.PeriodHistoryCreateView.as_view(),
        name="report-period-history-create",
    ),
    path(
        "tidigare-perioder/<int:pk>/",
        views.PeriodHistoryUpdateView.as_view(),
        name="report-period-history-edit",
    ),
    path(
        "tidigare-perioder/<int:pk>/ta-bort/",
        views.PeriodHistoryDeleteView.as_view(),
        name="report-period-history-delete",
    ),
    path("texter/", views_texts.TextDocumentListView.as_view(), name="report-text-documents"),
    path("dokument/<int:pk>/texter/", views_texts.TextListView.as_view(), name="report-text-list"),
    path(
        "dokument/<int:pk>/texter/hamta-forra-aret/",
        views_texts.TextCopyView.as_view(),
        name="report-text-copy",
    ),
    path(
        "dokument/<int:pk>/texter/insats/<int:insats_pk>/",
        views_texts.TextEditView.as_view(),
        name="report-text-insats-edit",
    ),
    path(
        "dokument/<int:pk>/texter/<slug:section>/",
        views_texts.TextEditView.as_view(),
        name="report-text-edit",
    ),
    path(
        "dokument/<int:pk>/disposition/",
        views_outline.OutlineView.as_view(),
        name="report-outline",
    ),
    path(
        "dokument/<int:pk>/disposition/nytt/",
        views_outline.SubsectionAddView.as_view(),
        name="report-outline-add",
    ),
    path(
        "dokument/<int:pk>/disposition/<int:sub>/",
        views_outline.SubsectionEditView.as_view(),
        name="report-outline-edit",
    ),
    path(
        "dokument/<int:pk>/disposition/<int:sub>/flytta/",
        views_outline.SubsectionMoveView.as_view(),
        name="report-outline-move",
    ),
    path(
        "dokument/<int:pk>/disposition/<int:sub>/ta-bort/",
        views_outline.SubsectionDeleteView.as_view(),
        name="report-outline-delete",
    ),
    path("dokument/", views_documents.DocumentListView.as_view(), name="report-document-list"),
    path(
        "dokument/<int:pk>/forhandsvisning/",
        views_documents.PreviewView.as_view(),
        name="report-document-preview",
    ),
    path(
        "dokument/<int:pk>/",
        views_documents.DocumentDetailView.as_view(),
        name="report-document-detail",
    ),
    path(
        "dokument/<int:pk>/skicka-in/",
        views_documents.SubmitView.as_view(),
        name="report-document-submit",
    ),
    path(
        "dokument/<int:pk>/godkann/",
        views_documents.ApproveView.as_view(),
        name="report-document-approve",
    ),
    path(
        "dokument/<int:pk>/skicka-tillbaka/",
        views_documents.ReturnView.as_view(),
        name="report-document-return",
    ),
    path(
        "dokument/<int:pk>/ateroppna/",
        views_documents.ReopenView.as_view(),
        name="report-document-reopen",
    ),
    path(
        "dokument/<int:pk>/version/<int:number>/pdf/",
        views_documents.VersionPdfView.as_view(),
        name="report-document-version-pdf",
    ),
    path(
        "dokument/<int:pk>/utkast.pdf",
        views_documents.DraftPdfView.as_view(),
        name="report-document-draft-pdf",
    ),
    path(
        "dokument/<int:pk>/andrat-sedan-godkannandet/",
        views_snapshot.ChangedSinceApprovalView.as_view(),
        name="report-document-changed-since",
    ),
    path(
        "dokument/<int:pk>/version/<int:number>/andrat-sedan-godkannandet/",
        views_snapshot.ChangedSinceApprovalView.as_view(),
        name="report-document-version-changed-since",
    ),
    path(
        "dokument/<int:pk>/historik/",
        views_history.DocumentHistoryView.as_view(),
        name="report-document-history",
    ),    path(
        "dokument/<int:pk>/signering/",
        views_signing.SigningView.as_view(),
        name="report-document-signing",
    ),
    path(
        "dokument/<int:pk>/signering/signera/",
        views_signing.SignView.as_view(),
        name="report-document-sign",
    ),
    path(
        "dokument/<int:pk>/signering/forsegla/",
        views_signing.SealView.as_view(),
        name="report-document-seal",
    ),
    path(
        "dokument/<int:pk>/signering/kopia/",
        views_signing.CopyUploadView.as_view(),
        name="report-document-copy-upload",
    ),
    path(
        "dokument/<int:pk>/signerad/<int:copy>/pdf/",
        views_signing.SignedCopyPdfView.as_view(),
        name="report-document-signed-pdf",
    ),
    path(
        "dokument/<int:pk>/bilagor/",
        views_signing.AttachmentUploadView.as_view(),
        name="report-document-attachment-upload",
    ),
    path(
        "dokument/<int:pk>/bilagor/<int:attachment>/pdf/",
        views_signing.AttachmentPdfView.as_view(),
        name="report-document-attachment-pdf",
    ),
    path(
        "dokument/<int:pk>/version/<int:number>/paket.zip",
        views_signing.PackageView.as_view(),
        name="report-document-package",
    ),
]
