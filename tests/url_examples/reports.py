from finsam.models import Forbund
from reports.models import PeriodHistory, ReportPeriod, YearHistory


def kwargs_for(name: str, forbund: Forbund) -> dict:
    """Arguments for this app's URL pattern ``name``, filled with the förbund's demo objects."""
    if name in ("report-list", "report-create", "report-history-list", "report-history-create"):
        return {}
    if name in ("report-period-history-list", "report-period-history-create"):
        return {}
    if name in ("report-period-history-edit", "report-period-history-delete"):
        return {"pk": PeriodHistory.objects.filter(forbund=forbund).first().pk}
    if name in ("report-text-documents", "forbund-history"):
        return {}
    if name in ("signing-account-list", "signing-account-self"):
        return {}
    if name == "signing-account-remove":
        from reports.models import SigningAccount

        account = SigningAccount.objects.filter(board_member__forbund=forbund).first()
        return {"pk": account.pk if account else 0}
    if name.startswith("report-text-"):
        from interventions.models import Insats
        from reports.models import ReportDocument

        document = (
            ReportDocument.objects.filter(fiscal_year__forbund=forbund)
            .exclude(kind="verksamhetsplan")
            .order_by("-fiscal_year__year")
            .first()
        )
        if name == "report-text-edit":
            return {"pk": document.pk, "section": "organisation"}
        if name == "report-text-insats-edit":
            insats = Insats.objects.filter(forbund=forbund).order_by("pk").first()
            return {"pk": document.pk, "insats_pk": insats.pk}
        return {"pk": document.pk}
    if name.startswith("report-outline"):
        from reports.models import DocumentSubsection

        row = (
            DocumentSubsection.objects.filter(document__fiscal_year__forbund=forbund)
            .order_by("pk")
            .first()
        )
        if name in ("report-outline", "report-outline-add"):
            return {"pk": row.document_id}
        return {"pk": row.document_id, "sub": row.pk}
    if name == "report-document-list":
        return {}
    if name.startswith("report-document-"):
        return _document_kwargs(name, forbund)
    if name in ("report-history-edit", "report-history-delete"):
        return {"pk": YearHistory.objects.filter(forbund=forbund).first().pk}
    period = ReportPeriod.objects.filter(fiscal_year__forbund=forbund).order_by("-start").first()
    if name == "report-xlsx-sheet":
        return {"pk": period.pk, "sheet": "resultatrakning"}
    return {"pk": period.pk}


def _document_kwargs(name: str, forbund: Forbund) -> dict:
    """A document with an approved version when there is one (the downloads need it), else the
    Verksamhetsplan (quick to render as a draft), else the latest report."""
    from reports.models import ApprovedVersion, ReportDocument

    version = (
        ApprovedVersion.objects.filter(document__fiscal_year__forbund=forbund)
        .order_by("-number")
        .first()
    )
    if version is not None:
        document = version.document
    else:
        document = (
            ReportDocument.objects.filter(fiscal_year__forbund=forbund)
            .order_by("-kind", "-fiscal_year__year")  # verksamhetsplan first
            .first()
        )
    if name in (
        "report-document-version-pdf",
        "report-document-version-changed-since",
        "report-document-package",
    ):
        return {"pk": document.pk, "number": version.number if version else 1}
    if name == "report-document-signed-pdf":
        return {"pk": document.pk, "copy": _signed_copy(version)}
    if name == "report-document-attachment-pdf":
        return {"pk": document.pk, "attachment": _attachment(document)}
    return {"pk": document.pk}


def _signed_copy(version) -> int:
    """The approved version's first stored signed copy; 0 (no such row) without one."""
    copy = version.signed_copies.first() if version is not None else None
    return copy.pk if copy else 0


def _attachment(document) -> int:
    attachment = document.attachments.first()
    return attachment.pk if attachment else 0
