"""A signed copy from outside: a PDF signed in an external e-signing service, uploaded and checked
with pyHanko before it is stored beside the approved version.

A copy is accepted when
1. it is a PDF with at least one digital signature, every signature is intact (the signed bytes
   are unchanged) and cryptographically valid, and nothing but signatures was added after the
   last one; and
2. what was signed is the approved version: its first revision is exactly the approved bytes,
   or, where the service re-rendered the file, every approved page's text is identical (the
   service may only add pages after them, e.g. its own signature page). In the first case the
   approved pages' text must also still be identical in the final revision, so an incremental
   update that changes a figure before signing is refused too.
Whether a signer's certificate chains to a trusted issuer is reported, not required: the
installation configures no e-signing service's root (``FINSAM_TRUSTED_ROOTS`` may name PEM files).
"""

from __future__ import annotations

import datetime
import hashlib
import io
import os
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from finsam.permissions import Capability, capabilities_of
from reports.models import ApprovedVersion, SignedCopy, SignedCopySource

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
TRUSTED_ROOTS_ENV = "FINSAM_TRUSTED_ROOTS"

NOT_A_PDF = "Filen är inte en PDF."
TOO_LARGE = "Filen är för stor ({size} MB); högst {limit} MB."
EMPTY = "Välj en PDF-fil."
UNREADABLE = "PDF-filen kunde inte läsas: {error}"
NO_SIGNATURES = "Filen har inga digitala signaturer."
BROKEN = "Signaturen av {signer} är inte intakt: det signerade innehållet har ändrats."
INVALID = "Signaturen av {signer} är ogiltig."
CHANGED_AFTER = "Filen har ändrats efter den sista signaturen (av {signer})."
FEWER_PAGES = (
    "Innehållet är inte den godkända versionen: den har {approved} sidor, filen bara {copy}."
)
PAGE_DIFFERS = (
    "Innehållet är inte den godkända versionen: sidan {page} har en annan text än i version "
    "{number}."
)
ONLY_BOARD = "Bara styrelsen kan ladda upp en signerad kopia."
NOT_IN_FORCE = "Version {number} är inte längre gällande."

EXACT = "Första revisionen är exakt den godkända versionen (SHA-256 {sha})."
SAME_TEXT = (
    "Filen är omskapad av signeringstjänsten; texten på alla {pages} godkända sidor är "
    "identisk med version {number}."
)
INTACT = "Signaturen av {signer} ({when}) är intakt och giltig."
TRUSTED = "Certifikatet är utfärdat av en betrodd utfärdare."
UNTRUSTED = "Certifikatets utfärdare är inte verifierad mot en betrodd rot."
ACCEPTED = "Godkänd: den signerade kopian är den godkända versionen."


class CopyRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class SignerInfo:
    name: str
    field: str
    signed_at: datetime.datetime | None
    trusted: bool

    def as_json(self) -> dict:
        return {
            "name": self.name,
            "field": self.field,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "trusted": self.trusted,
        }


@dataclass
class Verdict:
    signers: list[SignerInfo] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def _trust_roots() -> list:
    from pyhanko.keys import load_certs_from_pemder

    paths = [p for p in os.environ.get(TRUSTED_ROOTS_ENV, "").split(os.pathsep) if p.strip()]
    return list(load_certs_from_pemder(paths)) if paths else []


def _signer_name(status) -> str:
    subject = status.signing_cert.subject
    return subject.native.get("common_name") or subject.human_friendly


def _page_texts(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _check_pdf(data: bytes) -> None:
    if not data:
        raise CopyRefused(EMPTY)
    if len(data) > MAX_UPLOAD_BYTES:
        raise CopyRefused(
            TOO_LARGE.format(size=round(len(data) / 2**20, 1), limit=MAX_UPLOAD_BYTES // 2**20)
        )
    if not data.lstrip()[:5] == b"%PDF-":
        raise CopyRefused(NOT_A_PDF)


def verify_copy(version: ApprovedVersion, data: bytes) -> Verdict:
    """Verify an uploaded signed copy against the approved version; raises ``CopyRefused`` with
    the Swedish reason, or returns the verdict (signers and the lines shown to the user)."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    _check_pdf(data)
    try:
        reader = PdfFileReader(io.BytesIO(data))
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError) as error:
        raise CopyRefused(UNREADABLE.format(error=error)) from error
    if not signatures:
        raise CopyRefused(NO_SIGNATURES)

    verdict = Verdict()
    roots = _trust_roots()
    statuses = []
    for signature in signatures:
        context = ValidationContext(trust_roots=roots)
        try:
            status = validate_pdf_signature(signature, context)
        except Exception as error:  # pyHanko raises many kinds on a malformed signature
            raise CopyRefused(
                BROKEN.format(signer=signature.field_name or "okänd undertecknare")
            ) from error
        signer = _signer_name(status)
        if not status.intact:
            raise CopyRefused(BROKEN.format(signer=signer))
        if not status.valid:
            raise CopyRefused(INVALID.format(signer=signer))
        statuses.append((signature, status))
        when = status.signer_reported_dt
        verdict.signers.append(
            SignerInfo(signer, signature.field_name or "", when, bool(status.trusted))
        )
        when_text = f"{when.astimezone(datetime.UTC):%Y-%m-%d %H:%M} UTC" if when else "utan tid"
        verdict.lines.append(INTACT.format(signer=signer, when=when_text))
        verdict.lines.append(TRUSTED if status.trusted else UNTRUSTED)

    last_signature, last_status = max(statuses, key=lambda pair: pair[0].signed_revision)
    if last_status.coverage.name != "ENTIRE_FILE" and last_status.modification_level.name not in (
        "NONE",
        "LTA_UPDATES",
    ):
        raise CopyRefused(CHANGED_AFTER.format(signer=_signer_name(last_status)))

    approved = bytes(version.pdf)
    approved_texts = _page_texts(approved)
    copy_texts = _page_texts(data)
    exact = data.startswith(approved)
    if len(copy_texts) < len(approved_texts):
        raise CopyRefused(FEWER_PAGES.format(approved=len(approved_texts), copy=len(copy_texts)))
    for number, (want, have) in enumerate(zip(approved_texts, copy_texts, strict=False), start=1):
        if want != have:
            raise CopyRefused(PAGE_DIFFERS.format(page=number, number=version.number))
    if exact:
        verdict.lines.insert(0, EXACT.format(sha=version.sha256))
    else:
        verdict.lines.insert(0, SAME_TEXT.format(pages=len(approved_texts), number=version.number))
    verdict.lines.insert(0, ACCEPTED)
    return verdict


@transaction.atomic
def upload_signed_copy(
    *, version: ApprovedVersion, user, data: bytes, filename: str
) -> tuple[SignedCopy, Verdict]:
    """Verify and store an externally signed copy; raises ``CopyRefused`` (nothing stored)."""
    forbund = version.document.fiscal_year.forbund
    if Capability.APPROVE not in capabilities_of(user, forbund):
        raise CopyRefused(ONLY_BOARD)
    if version.reopened_at is not None:
        raise CopyRefused(NOT_IN_FORCE.format(number=version.number))
    verdict = verify_copy(version, data)
    copy = SignedCopy.objects.create(
        version=version,
        source=SignedCopySource.EXTERN,
        pdf=data,
        sha256=hashlib.sha256(data).hexdigest(),
        filename=(filename or "signerad.pdf")[:255],
        created_by=user,
        created_at=timezone.now(),
        verdict=verdict.text,
        signers=[signer.as_json() for signer in verdict.signers],
    )
    return copy, verdict
