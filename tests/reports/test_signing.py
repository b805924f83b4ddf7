"""Signing in the app: every signatory of Finnveden's Årsredovisning 2020 signs after re-entering
the password; the last signature appends the Signatursida and seals the file (PAdES-B-B) with the
installation's certificate, the approved bytes staying the first revision."""

import hashlib
import io

import pikepdf
import pytest
from django.contrib.auth import get_user_model
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from reports import signing
from reports.models import SignedCopySource
from tests.approvals import approve, demo_user
from tests.pdf.pdftext import pages_text
from tests.reports.signing_helpers import SEAL_PASSWORD, certificate_of, install_seal
from tests.reports.test_signature_fields_and_data import FINNVEDEN_SIGNATORIES, finnveden_2020

pytestmark = pytest.mark.django_db

DEMO_PASSWORD = "finsam-demo"
# seeds/finnveden-arsredovisning-2020.txt, "8. Styrelsens underskrift": name → role.
ROLES = {
    "Inga-Maj Eleholt": "Ordförande",
    "Kari Parman": "Vice ordförande",
    "Klas Rydell": "Ledamot",
    "Tommy Sjögren": "Ledamot",
    "Håkan Johansson": "Ledamot",
    "Arnold Carlzon": "Ledamot",
}


def login_of(name: str):
    """The demo login of a Finnveden signatory (workspace.demo_signing links one per member)."""
    return get_user_model().objects.get(
        signing_accounts__board_member__name=name,
        signing_accounts__board_member__forbund__slug="finnveden",
    )


@pytest.fixture
def version(demo_data):
    return approve(finnveden_2020(demo_data))


def test_every_signatory_signs_and_the_document_is_sealed(version, monkeypatch, tmp_path):
    seal = install_seal(monkeypatch, tmp_path)
    assert [p.name for p in signing.signatories(version)] == FINNVEDEN_SIGNATORIES
    assert signing.signing_progress(version).label == "0 av 6 har signerat"

    # A wrong password records nothing; the board's shared demo login is no signatory.
    with pytest.raises(signing.SigningError, match="Lösenordet stämmer inte"):
        signing.sign_version(version=version, user=login_of("Kari Parman"), password="fel")
    with pytest.raises(signing.SigningError, match="inte kopplad"):
        signing.sign_version(
            version=version, user=demo_user(version.document, "styrelse"), password=DEMO_PASSWORD
        )
    with pytest.raises(signing.SigningError, match="Bara styrelsens"):
        signing.sign_version(
            version=version,
            user=demo_user(version.document, "sekreterare"),
            password=DEMO_PASSWORD,
        )
    assert version.signatures.count() == 0

    for count, name in enumerate(FINNVEDEN_SIGNATORIES, start=1):
        outcome = signing.sign_version(version=version, user=login_of(name), password=DEMO_PASSWORD)
        assert outcome.progress.label == f"{count} av 6 har signerat"
        assert outcome.signature.name == name and outcome.signature.role == ROLES[name]
        assert (outcome.sealed is None) == (count < 6)
    with pytest.raises(signing.SigningError, match="redan signerat"):
        signing.sign_version(version=version, user=login_of("Klas Rydell"), password=DEMO_PASSWORD)

    sealed = outcome.sealed
    assert sealed.source == SignedCopySource.APP
    signed, approved = bytes(sealed.pdf), bytes(version.pdf)
    assert sealed.sha256 == hashlib.sha256(signed).hexdigest() != version.sha256

    # The first revision of the signed file is exactly the approved bytes.
    reader = PdfFileReader(io.BytesIO(signed))
    assert reader.xrefs.total_revisions == 2
    first_revision = signed[: signed.index(b"%%EOF") + len(b"%%EOF\n")]
    assert hashlib.sha256(first_revision).hexdigest() == version.sha256
    assert signed.startswith(approved)
    assert pikepdf.open(io.BytesIO(signed)).open_metadata().pdfa_status == "3B"

    # pyHanko: the seal is intact, valid, trusted (against the seal's own certificate) and
    # covers the whole file.
    (seal_signature,) = reader.embedded_signatures
    assert seal_signature.field_name == "Forsegling"
    status = validate_pdf_signature(
        seal_signature,
        ValidationContext(trust_roots=[certificate_of(seal, SEAL_PASSWORD)]),
    )
    assert status.intact and status.valid and status.trusted
    assert status.coverage.name == "ENTIRE_FILE"
    assert status.signing_cert.subject.native["common_name"] == "Testförbundets sigill"

    # The Signatursida is the new last page: every name, role and time.
    texts = pages_text(signed)
    assert len(texts) == version.pages + 1
    assert texts[:-1] == pages_text(approved)
    last = texts[-1]
    assert last.startswith("Signatursida")
    assert "Detta dokument har signerats digitalt av följande undertecknare:" in last
    for signature in version.signatures.all():
        when = signature.signed_at.strftime("%Y-%m-%d %H:%M:%S")
        assert f"{signature.name} {signature.role} {when} UTC" in last, signature.name
    assert version.sha256 in last.replace(" ", "")


def test_without_a_configured_seal_the_last_signature_is_kept_and_sealing_waits(
    version, monkeypatch
):
    monkeypatch.delenv("FINSAM_SEAL_PKCS12", raising=False)
    for name in FINNVEDEN_SIGNATORIES:
        outcome = signing.sign_version(version=version, user=login_of(name), password=DEMO_PASSWORD)
    assert outcome.progress.label == "6 av 6 har signerat"
    assert outcome.sealed is None and "FINSAM_SEAL_PKCS12" in outcome.seal_error
    assert not version.signed_copies.exists()


def test_a_signature_never_changes_in_the_database(version):
    from django.db import DatabaseError, transaction

    signing.sign_version(version=version, user=login_of("Klas Rydell"), password=DEMO_PASSWORD)
    signature = version.signatures.get()
    with pytest.raises(DatabaseError, match="kan inte ändras"), transaction.atomic():
        type(signature).objects.filter(pk=signature.pk).update(name="Någon annan")
    with pytest.raises(DatabaseError, match="kan inte ändras"), transaction.atomic():
        type(signature).objects.filter(pk=signature.pk).delete()
