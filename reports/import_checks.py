"""Imports verify, never trust: checks of an imported förbund's documents and approved versions,
run by ``workspace.transfer.import_forbund`` before it commits (registered in ``ReportsConfig``
through ``finsam.transfer_hooks``).

- every stored PDF's SHA-256 matches its bytes, and the snapshot's hash matches the snapshot
  (which names the PDF's hash, so a PDF cannot be swapped with another version's);
- the approver held the styrelse role in the förbund at the time of the approval, by the
  förbund's membership log (``finsam.membership_log``); for a file from before the log (its log
  begins after the approval), the role the file gives now;
- status and versions agree: a document is ``godkand`` exactly when a version is in force;
- while a version is in force, the frozen data (figures, texts, a plan's budget) equal its
  snapshot.
"""

from __future__ import annotations

import hashlib

from django.utils import timezone

from finsam import membership_log
from finsam.models import Forbund, Membership, Role
from finsam.transfer_hooks import ImportRejected
from reports import snapshot
from reports.models import ApprovedVersion, DocumentStatus, ReportDocument

PDF_HASH_MISMATCH = (
    "{where}: PDF:ens SHA-256 stämmer inte med dess innehåll (sparad {stored}, beräknad "
    "{computed}). Den godkända versionen har ändrats efter godkännandet."
)
NOT_A_PDF = "{where}: innehållet i fältet pdf är ingen PDF."
SNAPSHOT_HASH_MISMATCH = (
    "{where}: ögonblicksbildens SHA-256 stämmer inte med dess innehåll; den har ändrats efter "
    "godkännandet."
)
SNAPSHOT_PDF_MISMATCH = (
    "{where}: ögonblicksbilden hör till en annan PDF (SHA-256 {expected}) än den som sparats."
)
APPROVER_NOT_BOARD = (
    "{where}: ”{username}” som står som godkännare har inte rollen styrelse i förbundet."
)
APPROVER_NOT_BOARD_THEN = (
    "{where}: ”{username}” som står som godkännare hade inte rollen styrelse i förbundet när "
    "versionen godkändes ({moment}) enligt förbundets behörighetslogg."
)
APPROVED_WITHOUT_VERSION = (
    "{where}: dokumentet står som godkänt men har ingen godkänd version som gäller."
)
VERSION_WITHOUT_APPROVAL = (
    "{where}: dokumentet står som {status} men har en godkänd version som gäller "
    "(version {number}); status och versioner stämmer inte."
)
FROZEN_DATA_CHANGED = (
    "{where}: uppgifterna i en godkänd rapport skiljer sig från det som godkändes "
    "({count} avvikelser, t.ex. {example}). En godkänd rapport kan inte ändras genom en import."
)


def _where(version: ApprovedVersion) -> str:
    return f"reports.approvedversion ({version.document}, version {version.number})"


def verify_integrity(forbund: Forbund) -> None:
    """What a backup must satisfy too (the restore drill): every PDF matches its SHA-256, every
    snapshot its hash, and the data of a version in force equal its snapshot."""
    versions = ApprovedVersion.objects.filter(document__fiscal_year__forbund=forbund)
    for version in versions.select_related("document__fiscal_year"):
        _verify_hashes(version)
        if version.reopened_at is None and snapshot.has_snapshot(version):
            _verify_frozen_data(version)


def verify_forbund(forbund: Forbund) -> None:
    verify_integrity(forbund)
    board = set(
        Membership.objects.filter(forbund=forbund, role=Role.STYRELSE).values_list(
            "user_id", flat=True
        )
    )
    versions = ApprovedVersion.objects.filter(document__fiscal_year__forbund=forbund)
    for version in versions.select_related("document__fiscal_year", "approved_by"):
        where = _where(version)
        username = version.approved_by.get_username()
        if membership_log.log_covers(forbund, version.approved_at):
            # The file's membership log goes back to the approval: the role held at that time.
            role = membership_log.role_at(version.approved_by_id, forbund, version.approved_at)
            if role != Role.STYRELSE:
                raise ImportRejected(
                    APPROVER_NOT_BOARD_THEN.format(
                        where=where,
                        username=username,
                        moment=timezone.localtime(version.approved_at).strftime("%Y-%m-%d %H:%M"),
                    )
                )
        elif version.approved_by_id not in board:
            # A file from before the log: the role the file gives now.
            raise ImportRejected(APPROVER_NOT_BOARD.format(where=where, username=username))
    for document in ReportDocument.objects.filter(fiscal_year__forbund=forbund):
        where = f"reports.reportdocument ({document})"
        in_force = document.version_in_force
        if document.status == DocumentStatus.GODKAND and in_force is None:
            raise ImportRejected(APPROVED_WITHOUT_VERSION.format(where=where))
        if document.status != DocumentStatus.GODKAND and in_force is not None:
            raise ImportRejected(
                VERSION_WITHOUT_APPROVAL.format(
                    where=where,
                    status=document.get_status_display().lower(),
                    number=in_force.number,
                )
            )


def _verify_hashes(version: ApprovedVersion) -> None:
    where = _where(version)
    pdf = bytes(version.pdf)
    if not pdf.startswith(b"%PDF-"):
        raise ImportRejected(NOT_A_PDF.format(where=where))
    computed = hashlib.sha256(pdf).hexdigest()
    if computed != version.sha256:
        raise ImportRejected(
            PDF_HASH_MISMATCH.format(where=where, stored=version.sha256, computed=computed)
        )
    if version.snapshot or version.snapshot_sha256:
        if snapshot.snapshot_hash(version.snapshot) != version.snapshot_sha256:
            raise ImportRejected(SNAPSHOT_HASH_MISMATCH.format(where=where))
        expected = version.snapshot.get("pdf_sha256")
        if expected != version.sha256:
            raise ImportRejected(SNAPSHOT_PDF_MISMATCH.format(where=where, expected=expected))


def _verify_frozen_data(version: ApprovedVersion) -> None:
    mismatches = snapshot.frozen_mismatches(version)
    if mismatches:
        first = mismatches[0]
        raise ImportRejected(
            FROZEN_DATA_CHANGED.format(
                where=f"reports.reportdocument ({version.document})",
                count=len(mismatches),
                example=f"{first.section}, {first.label}: {first.description}",
            )
        )
