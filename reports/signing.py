"""Signing an approved version in the app, and sealing it when the last signatory has signed.

Each signatory (a board member linked to a styrelse login through ``SigningAccount``) signs the
approved version in force after re-entering their password; the product records who, when and
how. When every signatory has signed, ``seal_version`` appends a "Signatursida" (name, board
role, time, method of each signature) to the approved bytes and seals the file with a PAdES-B-B
signature of the installation's certificate (``reports.seal``), all in one incremental update:
the approved bytes stay the first revision of the signed file. The signed file is stored as a
``SignedCopy`` (``source=app``) with its own SHA-256, next to the approved version.
"""

from __future__ import annotations

import datetime
import hashlib
import io
from dataclasses import dataclass

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from finsam import selectors as core
from finsam.models import BoardMember
from finsam.permissions import Capability, capabilities_of
from reports.models import (
    ApprovedVersion,
    DocumentStatus,
    Signature,
    SignatureMethod,
    SignedCopy,
    SignedCopySource,
    SigningAccount,
)
from reports.seal import SealNotAvailable, seal_signer, timestamper

SEAL_FIELD = "Forsegling"
TIMESTAMP_FIELD = "Tidsstampel"
ONLY_STYRELSE = "Bara styrelsens ledamöter kan signera."
NOT_IN_FORCE = "Version {number} är inte längre gällande och kan inte signeras."
NOT_A_SIGNATORY = (
    "Din inloggning är inte kopplad till någon av dem som ska signera {document} ({names})."
)
WRONG_PASSWORD = "Lösenordet stämmer inte. Ange ditt lösenord för att signera."
ALREADY_SIGNED = "Du har redan signerat version {number} ({when})."
SIGNED = "Du har signerat {document}. {progress}."
SEALED = "Alla har signerat. Den signerade versionen är förseglad och sparad (SHA-256 {sha})."


class SigningError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# --- Reads --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signatory:
    """One who signs: name and board role as the decision lists them, and the board member of
    that name (who may sign in the app when linked to a login), if the register has one."""

    name: str
    role: str
    member: BoardMember | None

    @property
    def pk(self):
        return self.member.pk if self.member else None


def signatories(version: ApprovedVersion) -> list[Signatory]:
    """Who signs the approved version: the single source of the list, the board decision's
    signatories (the signature page prints them); without a stored decision the ordinary board
    members sitting on the approval day."""
    from reports import decisions

    forbund = version.document.fiscal_year.forbund
    decision = decisions.decision_of(version)
    if decision is not None:
        listed = [(s.name, s.role) for s in decision.signatories]
    else:
        day = timezone.localdate(version.approved_at)
        listed = [(p.name, p.get_role_display()) for p in core.board_signatories(forbund, day)]
    members: dict[str, BoardMember] = {}
    for member in forbund.board_members.order_by("-start_date"):
        members.setdefault(member.name.casefold(), member)
    return [Signatory(name, role, members.get(name.casefold())) for name, role in listed]


@dataclass(frozen=True)
class SignatoryState:
    person: Signatory
    signature: Signature | None


@dataclass(frozen=True)
class SigningProgress:
    rows: list[SignatoryState]
    sealed: SignedCopy | None

    @property
    def signed(self) -> int:
        return sum(1 for row in self.rows if row.signature is not None)

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.signed == self.total

    @property
    def label(self) -> str:
        """ "3 av 6 har signerat"."""
        return f"{self.signed} av {self.total} har signerat"


def signing_progress(version: ApprovedVersion) -> SigningProgress:
    by_member = {s.board_member_id: s for s in version.signatures.all()}
    rows = [
        SignatoryState(p, by_member.get(p.pk) if p.pk else None) for p in signatories(version)
    ]
    sealed = version.signed_copies.filter(source=SignedCopySource.APP).first()
    return SigningProgress(rows, sealed)


def signatory_for(user, version: ApprovedVersion) -> Signatory | None:
    """The signatory the user signs as, if any: the user's login is linked to a board-member
    record of that name in the förbund (any of the person's terms; ``reports.signing_accounts``)."""
    if not getattr(user, "is_authenticated", False):
        return None
    linked = {
        name.casefold()
        for name in SigningAccount.objects.filter(
            user=user, board_member__forbund=version.document.fiscal_year.forbund
        ).values_list("board_member__name", flat=True)
    }
    return next(
        (p for p in signatories(version) if p.member and p.name.casefold() in linked), None
    )


def in_force(version: ApprovedVersion) -> bool:
    return version.reopened_at is None and version.document.status == DocumentStatus.GODKAND


# --- Writes -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignOutcome:
    signature: Signature
    progress: SigningProgress
    sealed: SignedCopy | None
    seal_error: str = ""


@transaction.atomic
def sign_version(*, version: ApprovedVersion, user, password: str) -> SignOutcome:
    """Record the user's signature of the version; seal the document when it is the last.
    A seal that cannot be made (no certificate configured) keeps the signature; sealing is then
    retried with ``seal_if_complete``."""
    from reports.documents import document_title

    forbund = version.document.fiscal_year.forbund
    if Capability.APPROVE not in capabilities_of(user, forbund):
        raise SigningError(ONLY_STYRELSE)
    version = (
        ApprovedVersion.objects.select_for_update().select_related("document").get(pk=version.pk)
    )
    if not in_force(version):
        raise SigningError(NOT_IN_FORCE.format(number=version.number))
    person = signatory_for(user, version)
    if person is None:
        names = ", ".join(p.name for p in signatories(version)) or "ingen"
        raise SigningError(
            NOT_A_SIGNATORY.format(document=document_title(version.document), names=names)
        )
    if not password or not user.check_password(password):
        raise SigningError(WRONG_PASSWORD)
    existing = version.signatures.filter(board_member=person.member).first()
    if existing is not None:
        raise SigningError(
            ALREADY_SIGNED.format(number=version.number, when=_when(existing.signed_at))
        )
    signature = Signature.objects.create(
        version=version,
        board_member=person.member,
        name=person.name,
        role=person.role,
        user=user,
        signed_at=timezone.now(),
        method=SignatureMethod.PASSWORD,
    )
    sealed, error = seal_if_complete(version)
    return SignOutcome(signature, signing_progress(version), sealed, error)


def seal_if_complete(version: ApprovedVersion) -> tuple[SignedCopy | None, str]:
    """Seal the version once every signatory has signed and it is not sealed yet; returns the
    sealed copy (or ``None``) and a Swedish error when the seal is not available."""
    progress = signing_progress(version)
    if not progress.complete or progress.sealed is not None:
        return progress.sealed, ""
    try:
        with transaction.atomic():
            return seal_version(version), ""
    except SealNotAvailable as error:
        return None, error.message


def _when(moment: datetime.datetime) -> str:
    return f"{moment.astimezone(datetime.UTC):%Y-%m-%d %H:%M:%S} UTC"


def signature_page_pdf(version: ApprovedVersion, signatures: list[Signature]) -> bytes:
    """The "Signatursida" as a one-page PDF (WeasyPrint)."""
    from weasyprint import HTML

    from reports.documents import document_title

    document = version.document
    html = render_to_string(
        "pdf/signatursida.html",
        {
            "document_title": document_title(document),
            "forbund_name": document.fiscal_year.forbund.name,
            "version_number": version.number,
            "approved_on": _decided_on(version),
            "decision_paragraph": _decision_paragraph(version),
            "approved_sha256": version.sha256,
            "signatures": [
                {
                    "name": s.name,
                    "role": s.role,
                    "when": _when(s.signed_at),
                    "method": s.get_method_display(),
                }
                for s in signatures
            ],
            "seal_name": _seal_name(),
            "timestamped": timestamper() is not None,
        },
    )
    return HTML(string=html).write_pdf()


def _decided_on(version: ApprovedVersion) -> datetime.date:
    from reports import decisions

    decision = decisions.decision_of(version)
    return decision.decided_on if decision else timezone.localdate(version.approved_at)


def _decision_paragraph(version: ApprovedVersion) -> str:
    """ "§ 5" of the board's decision, or empty."""
    from reports import decisions

    decision = decisions.decision_of(version)
    return decision.paragraph_label if decision else ""


def _seal_name() -> str:
    subject = seal_signer().signing_cert.subject
    return subject.native.get("common_name") or subject.human_friendly


def signed_pdf(approved: bytes, signature_page: bytes) -> bytes:
    """The approved bytes + one incremental update: the signature page appended as the last page
    and the PAdES-B-B seal over the whole file; where a TSA is configured, a document timestamp
    follows as one more revision."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(approved))
    page_reader = PdfFileReader(io.BytesIO(signature_page))
    xobject = writer.import_page_as_xobject(page_reader, page_ix=0)
    media_box = page_reader.root["/Pages"]["/Kids"][0].get_object()["/MediaBox"]
    content = generic.StreamObject(stream_data=b"q /Signatursida Do Q")
    page = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Page"),
            generic.pdf_name("/MediaBox"): generic.ArrayObject(
                [generic.FloatObject(float(v)) for v in media_box]
            ),
            generic.pdf_name("/Resources"): generic.DictionaryObject(
                {
                    generic.pdf_name("/XObject"): generic.DictionaryObject(
                        {generic.pdf_name("/Signatursida"): xobject}
                    )
                }
            ),
            generic.pdf_name("/Contents"): writer.add_object(content),
        }
    )
    writer.insert_page(page)
    tsa = timestamper()
    metadata = signers.PdfSignatureMetadata(
        field_name=SEAL_FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason="Försegling efter styrelsens signaturer",
        use_pades_lta=False,
    )
    out = io.BytesIO()
    signers.sign_pdf(
        writer,
        metadata,
        signer=seal_signer(),
        new_field_spec=fields.SigFieldSpec(SEAL_FIELD),
        output=out,
    )
    if tsa is None:
        return out.getvalue()
    # With a TSA: a document timestamp (PAdES) over the sealed file, a further revision.
    stamped = io.BytesIO()
    signers.PdfTimeStamper(tsa, field_name=TIMESTAMP_FIELD).timestamp_pdf(
        IncrementalPdfFileWriter(io.BytesIO(out.getvalue())), "sha256", output=stamped
    )
    return stamped.getvalue()


def seal_version(version: ApprovedVersion) -> SignedCopy:
    """Append the Signatursida, seal, and store the signed version."""
    signatures = list(version.signatures.order_by("signed_at", "pk"))
    approved = bytes(version.pdf)
    pdf = signed_pdf(approved, signature_page_pdf(version, signatures))
    assert pdf.startswith(approved)  # the approved bytes stay the first revision
    sha = hashlib.sha256(pdf).hexdigest()
    return SignedCopy.objects.create(
        version=version,
        source=SignedCopySource.APP,
        pdf=pdf,
        sha256=sha,
        filename="",
        created_by=None,
        created_at=timezone.now(),
        verdict=SEALED.format(sha=sha),
        signers=[
            {
                "name": s.name,
                "role": s.role,
                "signed_at": s.signed_at.isoformat(),
                "method": s.get_method_display(),
            }
            for s in signatures
        ],
    )
