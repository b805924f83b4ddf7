"""Approval in the worker: a wrapper around ``reports.approval.document_approve``.

The board's decision is checked at once (role, state, version, blocking errors: the same checks
``document_approve`` makes again) and queued as an ``ApprovalJob``; the worker runs the whole
existing approval – render, store the PDF, set godkänd – in one transaction. The approval is
complete when its PDF is stored; if anything fails the transaction is rolled back, the document
stays inskickad and the job keeps the error for the document page.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from performance import versions
from performance.models import ApprovalJob, RenderStatus
from reports import approval, decisions
from reports.models import DocumentStatus, ReportDocument

RENDER_FAILED = "Godkännandet kunde inte slutföras: {error} Dokumentet är fortfarande inskickat."
QUEUED = (
    "Godkännandet av {document} är registrerat. PDF:en skapas nu; dokumentet blir godkänt när "
    "den är sparad."
)
ALREADY_QUEUED = "Godkännandet av {document} pågår redan."


def pending_job(document: ReportDocument) -> ApprovalJob | None:
    return (
        ApprovalJob.objects.filter(
            document=document, status__in=[RenderStatus.QUEUED, RenderStatus.RUNNING]
        )
        .order_by("-pk")
        .first()
    )


def latest_job(document: ReportDocument) -> ApprovalJob | None:
    return ApprovalJob.objects.filter(document=document).order_by("-pk").first()


def decision_data(decision: decisions.Decision) -> dict:
    return {
        "decided_on": decision.decided_on.isoformat(),
        "paragraph": decision.paragraph,
        "place": decision.place,
        "diarienummer": decision.diarienummer,
        "signatories": [signatory.as_dict() for signatory in decision.signatories],
    }


def decision_of(data: dict) -> decisions.Decision:
    return decisions.Decision(
        decided_on=datetime.date.fromisoformat(data["decided_on"]),
        paragraph=data.get("paragraph", ""),
        place=data.get("place", ""),
        diarienummer=data.get("diarienummer", ""),
        signatories=tuple(decisions.Signatory(**s) for s in data.get("signatories", [])),
    )


def request_approval(
    *, document: ReportDocument, user, seen_version: int | None, decision: decisions.Decision
) -> ApprovalJob:
    """Check the decision now and queue its execution (raises WorkflowError, NotAllowed,
    StaleVersionError, DecisionError as ``document_approve`` does)."""
    approval._require(user, document, approval.Capability.APPROVE, approval.ONLY_STYRELSE)
    if pending_job(document) is not None:
        raise approval.WorkflowError(ALREADY_QUEUED.format(document=document))
    with transaction.atomic():
        approval._lock(document, seen_version)
        if document.status != DocumentStatus.INSKICKAD:
            raise approval.WorkflowError(
                approval.NOT_SUBMITTED.format(status=approval._status_label(document))
            )
        errors = approval.blocking_errors(document)
        if errors:
            raise approval.WorkflowError(
                approval.SUBMIT_HAS_ERRORS.format(count=len(errors), errors=" ".join(errors)),
                errors,
            )
        decision = decisions.validate_decision(document, decision)
        transaction.set_rollback(True)  # only checked: _lock bumped the in-memory version
    document.refresh_from_db()
    job = ApprovalJob.objects.create(
        document=document,
        user=user,
        seen_version=seen_version,
        decision=decision_data(decision),
        status=RenderStatus.QUEUED,
    )
    from performance.tasks import approve_document

    approve_document.enqueue(job.pk)
    job.refresh_from_db()
    return job


def run_approval(job_id: int) -> int | None:
    """The task's body: the existing approval steps, then the job's outcome."""
    versions.forget()
    job = ApprovalJob.objects.select_related("user").filter(pk=job_id).first()
    if job is None or job.status not in (RenderStatus.QUEUED, RenderStatus.RUNNING):
        return None
    ApprovalJob.objects.filter(pk=job.pk).update(status=RenderStatus.RUNNING)
    document = ReportDocument.objects.select_related("fiscal_year__forbund", "period").get(
        pk=job.document_id
    )
    try:
        version = approval.document_approve(
            document=document,
            user=job.user,
            seen_version=job.seen_version,
            decision=decision_of(job.decision),
        )
    except Exception as failure:  # noqa: BLE001 - the document stays inskickad; error shown
        message = getattr(failure, "message", None) or str(failure) or type(failure).__name__
        ApprovalJob.objects.filter(pk=job.pk).update(
            status=RenderStatus.FAILED, error=message[:2000], finished_at=timezone.now()
        )
        return None
    ApprovalJob.objects.filter(pk=job.pk).update(
        status=RenderStatus.READY, version_number=version.number, finished_at=timezone.now()
    )
    return version.number
