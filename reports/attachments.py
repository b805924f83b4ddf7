"""Attachments of a document: the protokollsutdrag of the board's decision and the revisorer's
revisionsberättelse, uploaded as PDFs (size-limited, checked to be PDFs), listed in the Historik,
and downloadable as one package (zip) with the approved or signed report."""

from __future__ import annotations

import hashlib
import io
import zipfile

from django.db import transaction
from django.utils import timezone

from finsam.permissions import Capability, capabilities_of
from reports.models import (
    ApprovedVersion,
    AttachmentKind,
    DocumentAttachment,
    ReportDocument,
    SignedCopy,
)

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

EMPTY = "Välj en PDF-fil."
TOO_LARGE = "Filen är för stor ({size} MB); högst {limit} MB."
NOT_A_PDF = "Filen är inte en PDF."
UNREADABLE = "PDF-filen kunde inte läsas; spara den som PDF på nytt och försök igen."
NO_PAGES = "PDF-filen har inga sidor."
UNKNOWN_KIND = "Välj vilken sorts bilaga det är."
NOT_ALLOWED = "Bara förbundssekreteraren kan ladda upp bilagor."
UPLOADED = "{kind} ({name}, {pages} sidor) är uppladdad."


class AttachmentRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def check_pdf(data: bytes, limit: int = MAX_ATTACHMENT_BYTES) -> int:
    """The number of pages of an uploaded PDF; raises ``AttachmentRefused`` with the reason."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data:
        raise AttachmentRefused(EMPTY)
    if len(data) > limit:
        raise AttachmentRefused(
            TOO_LARGE.format(size=round(len(data) / 2**20, 1), limit=limit // 2**20)
        )
    if data.lstrip()[:5] != b"%PDF-":
        raise AttachmentRefused(NOT_A_PDF)
    try:
        pages = len(PdfReader(io.BytesIO(data)).pages)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise AttachmentRefused(UNREADABLE) from error
    if pages == 0:
        raise AttachmentRefused(NO_PAGES)
    return pages


def _safe_filename(name: str) -> str:
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip() or "bilaga.pdf"
    if not name.lower().endswith(".pdf"):
        name += ".pdf"
    return name[-255:]


@transaction.atomic
def upload_attachment(
    *, document: ReportDocument, user, kind: str, data: bytes, filename: str
) -> tuple[DocumentAttachment, int]:
    if Capability.EDIT not in capabilities_of(user, document.fiscal_year.forbund):
        raise AttachmentRefused(NOT_ALLOWED)
    if kind not in AttachmentKind.values:
        raise AttachmentRefused(UNKNOWN_KIND)
    pages = check_pdf(data)
    attachment = DocumentAttachment.objects.create(
        document=document,
        kind=kind,
        filename=_safe_filename(filename),
        pdf=data,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        uploaded_by=user,
        uploaded_at=timezone.now(),
    )
    return attachment, pages


def package_zip(
    version: ApprovedVersion, report_name: str, signed: SignedCopy | None = None
) -> bytes:
    """One zip: the report (the signed copy if given, else the approved version), every
    attachment of the document, and ``innehall.txt`` listing each file with its SHA-256."""
    files: list[tuple[str, bytes, str]] = []
    if signed is not None:
        files.append((f"{report_name} (signerad).pdf", bytes(signed.pdf), signed.sha256))
    else:
        files.append((f"{report_name}.pdf", bytes(version.pdf), version.sha256))
    used = {files[0][0]}
    for attachment in version.document.attachments.order_by("kind", "uploaded_at", "pk"):
        name = f"{attachment.get_kind_display()} – {attachment.filename}"
        n = 1
        while name in used:
            n += 1
            name = f"{attachment.get_kind_display()} {n} – {attachment.filename}"
        used.add(name)
        files.append((name, bytes(attachment.pdf), attachment.sha256))
    manifest = [f"{report_name}, version {version.number}", ""]
    if signed is not None:
        manifest.append(f"Godkänd version, SHA-256: {version.sha256}")
    manifest += [f"{sha}  {name}" for name, _data, sha in files]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data, _sha in files:
            archive.writestr(name, data)
        archive.writestr("innehall.txt", "\n".join(manifest) + "\n")
    return out.getvalue()
