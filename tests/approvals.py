"""Approving a demo document the way its förbund's users do: the sekreterare submits, the board
approves (a real render of the final PDF)."""

from django.contrib.auth import get_user_model

from reports import approval
from reports.models import ApprovedVersion, ReportDocument


def demo_user(document: ReportDocument, role: str):
    slug = document.fiscal_year.forbund.slug
    return get_user_model().objects.get(username=f"{slug}-{role}")


def submit(document: ReportDocument) -> None:
    document.refresh_from_db()
    approval.document_submit(
        document=document, user=demo_user(document, "sekreterare"), seen_version=document.version
    )


def approve(document: ReportDocument) -> ApprovedVersion:
    submit(document)
    document.refresh_from_db()
    return approval.document_approve(
        document=document, user=demo_user(document, "styrelse"), seen_version=document.version
    )
