"""The approval workflow of a document: submit (sekreterare) → approve or return (styrelse);
an approved document can be reopened (sekreterare, with a reason), which starts a new version.

Approval renders the PDF once, without the draft watermark, and stores its bytes, SHA-256 and
page count in an ``ApprovedVersion``; from then on the document is frozen (``reports.freeze``) and
downloads return exactly the stored bytes. Every write runs in one transaction with the
document's row locked (optimistic locking through ``seen_version``).
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from finsam.models import Budget, BudgetKind
from finsam.permissions import Capability, capabilities_of
from finsam.plan_checks import budget_errors
from finsam.versioning import lock_current_version
from reports import checks, snapshot
from reports.models import ApprovedVersion, DocumentKind, DocumentStatus, ReportDocument

SUBMIT_HAS_ERRORS = (
    "Dokumentet kan inte skickas för godkännande förrän felen är rättade ({count} st): {errors}"
)
PLAN_WITHOUT_BUDGET = "Det finns ingen budget för {year}. Lägg in budgeten först."
NOT_A_DRAFT = "Dokumentet är {status} och kan inte skickas för godkännande."
NOT_SUBMITTED = "Dokumentet är {status}; styrelsen kan bara besluta om ett inskickat dokument."
NOT_APPROVED = "Dokumentet är {status}; bara ett godkänt dokument kan återöppnas."
REASON_REQUIRED = "Ange varför dokumentet återöppnas."
COMMENT_REQUIRED = "Skriv en kommentar till förbundssekreteraren om vad som ska ändras."
ONLY_SEKRETERARE = "Bara förbundssekreteraren kan skicka in eller återöppna dokument."
ONLY_STYRELSE = "Bara styrelsen kan godkänna eller skicka tillbaka dokument."

SUBMITTED = "{document} är inskickad för godkännande."
APPROVED = "{document} är godkänd (version {number}). PDF:en är sparad och ändras inte."
RETURNED = "{document} är tillbaka som utkast med styrelsens kommentar."
REOPENED = (
    "{document} är återöppnad och är ett utkast igen. Version {number} finns kvar oförändrad."
)


class WorkflowError(Exception):
    """An action that the document's state does not allow; ``message`` is Swedish."""

    def __init__(self, message: str, errors: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.errors = errors or []


class NotAllowed(PermissionDenied):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# --- Reads --------------------------------------------------------------------------------------


def blocking_errors(document: ReportDocument) -> list[str]:
    """The errors (FEL) that keep the document from being submitted, as Swedish messages: the
    checks of its figures, then the completeness of its texts (``reports.completeness``)."""
    from reports.completeness import incomplete_sections

    if document.kind == DocumentKind.VERKSAMHETSPLAN:
        budget = Budget.objects.filter(
            fiscal_year=document.fiscal_year, kind=BudgetKind.BUDGET
        ).first()
        if budget is None:
            errors = [PLAN_WITHOUT_BUDGET.format(year=document.year)]
        else:
            errors = budget_errors(budget)
    else:
        errors = [
            result.message
            for result in checks.run_checks(document.period)
            if result.severity == checks.Severity.FEL
        ]
    return errors + incomplete_sections(document)


def check_counts(document: ReportDocument) -> dict[str, int]:
    if document.kind == DocumentKind.VERKSAMHETSPLAN:
        return {
            checks.Severity.FEL: len(blocking_errors(document)),
            checks.Severity.VARNING: 0,
            checks.Severity.AVRUNDNING: 0,
        }
    return checks.counts(checks.run_checks(document.period))


@dataclass(frozen=True)
class Allowed:
    submit: bool
    approve: bool
    return_: bool
    reopen: bool

    @property
    def any(self) -> bool:
        return self.submit or self.approve or self.return_ or self.reopen


def allowed_actions(document: ReportDocument, capabilities) -> Allowed:
    """What the role may do with the document in its current state (for the buttons)."""
    edit = Capability.EDIT in capabilities
    approve = Capability.APPROVE in capabilities
    return Allowed(
        submit=edit and document.status == DocumentStatus.UTKAST,
        approve=approve and document.status == DocumentStatus.INSKICKAD,
        return_=approve and document.status == DocumentStatus.INSKICKAD,
        reopen=edit and document.status == DocumentStatus.GODKAND,
    )


# --- Writes -------------------------------------------------------------------------------------


def _require(user, document: ReportDocument, capability: Capability, message: str) -> None:
    if capability not in capabilities_of(user, document.fiscal_year.forbund):
        raise NotAllowed(message)


def _lock(document: ReportDocument, seen_version: int | None) -> None:
    """Lock the row, refuse a stale page, and continue from the row as stored."""
    lock_current_version(document, seen_version, ["status"])
    next_version = document.version
    document.refresh_from_db()
    document.version = next_version


def _status_label(document: ReportDocument) -> str:
    return document.get_status_display().lower()


@transaction.atomic
def document_submit(*, document: ReportDocument, user, seen_version: int | None) -> ReportDocument:
    """Send the document to the board; refused while any check is an error (FEL)."""
    _require(user, document, Capability.EDIT, ONLY_SEKRETERARE)
    _lock(document, seen_version)
    if document.status != DocumentStatus.UTKAST:
        raise WorkflowError(NOT_A_DRAFT.format(status=_status_label(document)))
    errors = blocking_errors(document)
    if errors:
        raise WorkflowError(
            SUBMIT_HAS_ERRORS.format(count=len(errors), errors=" ".join(errors)), errors
        )
    document.status = DocumentStatus.INSKICKAD
    document.submitted_by = user
    document.submitted_at = timezone.now()
    document._history_user = user
    document._change_reason = "submit"
    document.save()
    return document


def render_pdf(document: ReportDocument, *, draft: bool, decision=None):
    """The document as PDF; ``decision`` (``reports.decisions.Decision``) is the board's decision
    the final cover and signature page print."""
    from reports import documents

    return documents.render_document(document, draft=draft, decision=decision)


DECISION_REQUIRED = "Ange styrelsens beslut: datum, paragraf, ort och undertecknare."


def take_snapshot(document: ReportDocument, *, decision) -> dict:
    """Everything the approved document shows, stored beside its PDF (``reports.snapshot``)."""
    return snapshot.capture(document, decision=decision)


def approved_pdf(rendered) -> bytes:
    """The bytes the board approves: the final render with one empty signature field per
    signatory (``reports.signature_fields``); the SHA-256 is taken of these bytes."""
    from reports.signature_fields import with_signature_fields

    return with_signature_fields(rendered)


@transaction.atomic
def document_approve(
    *, document: ReportDocument, user, seen_version: int | None, decision=None
) -> ApprovedVersion:
    """The board's decision: render the final PDF once and store it as the next version, with
    the decision (date, §, place, Dnr, signatories) in its own ``BoardDecision``. Raises
    ``reports.decisions.DecisionError`` (field → message) for invalid decision data."""
    from reports import decisions

    _require(user, document, Capability.APPROVE, ONLY_STYRELSE)
    _lock(document, seen_version)
    if document.status != DocumentStatus.INSKICKAD:
        raise WorkflowError(NOT_SUBMITTED.format(status=_status_label(document)))
    errors = blocking_errors(document)
    if errors:
        raise WorkflowError(
            SUBMIT_HAS_ERRORS.format(count=len(errors), errors=" ".join(errors)), errors
        )
    if decision is None:
        raise WorkflowError(DECISION_REQUIRED)
    decision = decisions.validate_decision(document, decision)
    approved_at = timezone.now()
    rendered = render_pdf(document, draft=False, decision=decision)
    pdf = approved_pdf(rendered)
    sha256 = hashlib.sha256(pdf).hexdigest()
    recorded = take_snapshot(document, decision=decision)
    recorded["pdf_sha256"] = sha256  # binds the snapshot to this PDF
    previous = document.approved_versions.aggregate(number=Max("number"))["number"] or 0
    version = ApprovedVersion.objects.create(
        document=document,
        number=previous + 1,
        submitted_by=document.submitted_by,
        submitted_at=document.submitted_at,
        approved_by=user,
        approved_at=approved_at,
        pdf=pdf,
        sha256=sha256,
        pages=rendered.pages,
        snapshot=recorded,
        snapshot_sha256=snapshot.snapshot_hash(recorded),
    )
    decisions.store_decision(version, decision)
    document.status = DocumentStatus.GODKAND
    document._history_user = user
    document._change_reason = "approve"
    document.save()
    return version


@transaction.atomic
def document_return(
    *, document: ReportDocument, user, seen_version: int | None, comment: str
) -> ReportDocument:
    """The board sends a submitted document back to the sekreterare as a draft."""
    _require(user, document, Capability.APPROVE, ONLY_STYRELSE)
    comment = (comment or "").strip()
    if not comment:
        raise WorkflowError(COMMENT_REQUIRED)
    _lock(document, seen_version)
    if document.status != DocumentStatus.INSKICKAD:
        raise WorkflowError(NOT_SUBMITTED.format(status=_status_label(document)))
    document.status = DocumentStatus.UTKAST
    document.return_comment = comment
    document.submitted_by = None
    document.submitted_at = None
    document._history_user = user
    document._change_reason = "return"
    document.save()
    return document


@transaction.atomic
def document_reopen(
    *, document: ReportDocument, user, reason: str, seen_version: int | None = None
) -> ApprovedVersion:
    """Reopen an approved document: its version stays (with its PDF and hash) and records who
    reopened it, when and why; the document is a draft again and a new version starts."""
    _require(user, document, Capability.EDIT, ONLY_SEKRETERARE)
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError(REASON_REQUIRED)
    _lock(document, seen_version)
    version = document.approved_versions.select_for_update().filter(reopened_at=None).first()
    if document.status != DocumentStatus.GODKAND or version is None:
        raise WorkflowError(NOT_APPROVED.format(status=_status_label(document)))
    version.reopened_by = user
    version.reopened_at = timezone.now()
    version.reopen_reason = reason
    version.save(update_fields=["reopened_by", "reopened_at", "reopen_reason"])
    document.status = DocumentStatus.UTKAST
    document.submitted_by = None
    document.submitted_at = None
    document.return_comment = ""
    document._history_user = user
    document._change_reason = "reopen"
    document.save()
    return version


# --- Events for the Historik page -----------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    when: datetime.datetime
    who: str
    action: str
    detail: str = ""
    sha256: str = ""
    number: int | None = None
    snapshot_sha256: str = ""


def _name(user) -> str:
    if user is None:
        return "Systemet"
    return user.get_full_name() or user.get_username()


def document_events(document: ReportDocument) -> list[Event]:
    """Submit, return, approve and reopen events, oldest first (times in UTC)."""
    events: list[Event] = []
    records = list(
        document.history.select_related("history_user").order_by("history_date", "history_id")
    )
    previous = None
    for record in records:
        was = previous.status if previous else None
        if record.status == DocumentStatus.INSKICKAD and was != DocumentStatus.INSKICKAD:
            events.append(
                Event(record.history_date, _name(record.history_user), "Inskickad för godkännande")
            )
        elif was == DocumentStatus.INSKICKAD and record.status == DocumentStatus.UTKAST:
            if record.history_change_reason == "return":
                events.append(
                    Event(
                        record.history_date,
                        _name(record.history_user),
                        "Tillbakaskickad till utkast",
                        record.return_comment,
                    )
                )
            else:
                events.append(
                    Event(
                        record.history_date,
                        _name(record.history_user),
                        "Utkast igen (uppgifter ändrades efter inskickningen)",
                    )
                )
        previous = record
    for version in document.approved_versions.select_related("approved_by", "reopened_by"):
        events.append(
            Event(
                version.approved_at,
                _name(version.approved_by),
                f"Godkänd, version {version.number}",
                f"{version.pages} sidor",
                version.sha256,
                version.number,
                version.snapshot_sha256,
            )
        )
        if version.reopened_at is not None:
            events.append(
                Event(
                    version.reopened_at,
                    _name(version.reopened_by),
                    f"Återöppnad, version {version.number}",
                    version.reopen_reason,
                    version.sha256,
                    version.number,
                )
            )
    events.sort(key=lambda event: event.when)
    return [
        Event(
            event.when.astimezone(datetime.UTC),
            event.who,
            event.action,
            event.detail,
            event.sha256,
            event.number,
            event.snapshot_sha256,
        )
        for event in events
    ]
