"""A signed copy from outside: Finnveden's approved Årsredovisning 2020 signed with pyHanko and a
second certificate (an external e-signing service), uploaded and verified; a copy with one
changed figure, a tampered copy and an unsigned file are refused with the reason."""

import pytest
from django.utils import timezone

from reports import documents, signed_copies
from reports.models import SignedCopySource
from reports.rendering import html_to_pdf
from reports.seal import self_signed_pkcs12
from tests.approvals import approve, demo_user
from tests.reports.signing_helpers import sign_outside
from tests.reports.test_signature_fields_and_data import finnveden_2020

pytestmark = pytest.mark.django_db

SERVICE_PASSWORD = "tjänst"


@pytest.fixture(scope="module")
def service_certificate() -> bytes:
    return self_signed_pkcs12("Inga-Maj Eleholt (e-legitimation)", SERVICE_PASSWORD)


@pytest.fixture
def version(demo_data):
    return approve(finnveden_2020(demo_data))


def upload(version, data: bytes, role: str = "styrelse"):
    return signed_copies.upload_signed_copy(
        version=version,
        user=demo_user(version.document, role),
        data=data,
        filename="arsredovisning-signerad.pdf",
    )


def test_an_externally_signed_copy_of_the_approved_bytes_is_accepted(version, service_certificate):
    signed = sign_outside(
        bytes(version.pdf), service_certificate, SERVICE_PASSWORD, field="Inga-Maj Eleholt"
    )
    copy, verdict = upload(version, signed)
    assert copy.source == SignedCopySource.EXTERN and bytes(copy.pdf) == signed
    assert [s.name for s in verdict.signers] == ["Inga-Maj Eleholt (e-legitimation)"]
    assert verdict.signers[0].field == "Inga-Maj Eleholt"
    assert verdict.signers[0].trusted is False  # a self-signed root the installation lacks
    assert verdict.lines[0] == "Godkänd: den signerade kopian är den godkända versionen."
    assert verdict.lines[1] == (
        f"Första revisionen är exakt den godkända versionen (SHA-256 {version.sha256})."
    )
    assert "Signaturen av Inga-Maj Eleholt (e-legitimation)" in copy.verdict
    assert "är intakt och giltig" in copy.verdict
    assert copy.signers[0]["name"] == "Inga-Maj Eleholt (e-legitimation)"


def test_a_copy_with_one_changed_figure_is_refused(version, service_certificate):
    # The service "re-renders" the report with Årets resultat 154 858 printed as 154 859.
    document = version.document
    html = documents.document_html(
        document, draft=False, approved_on=timezone.localdate(version.approved_at)
    )
    assert html.count("154 858") >= 1
    changed = html_to_pdf(html.replace("154 858", "154 859", 1)).pdf
    signed = sign_outside(changed, service_certificate, SERVICE_PASSWORD, field=None)
    with pytest.raises(signed_copies.CopyRefused) as refused:
        upload(version, signed)
    # The first "154 858" of the report is in the förvaltningsberättelse's five-year overview
    # or the Resultaträkning; whichever page it is, the reason names it.
    assert refused.value.message.startswith("Innehållet är inte den godkända versionen: sidan ")
    assert refused.value.message.endswith("har en annan text än i version 1.")
    assert not version.signed_copies.exists()


def test_a_tampered_or_unsigned_copy_is_refused(version, service_certificate):
    approved = bytes(version.pdf)
    with pytest.raises(signed_copies.CopyRefused, match="inga digitala signaturer"):
        upload(version, approved)
    with pytest.raises(signed_copies.CopyRefused, match="inte en PDF"):
        upload(version, b"PK\x03\x04 inte en pdf")
    signed = sign_outside(approved, service_certificate, SERVICE_PASSWORD, field="Kari Parman")
    # Change one byte inside the signed range (in the approved revision's first object).
    position = approved.index(b"obj") + 10
    tampered = signed[:position] + bytes([signed[position] ^ 0x01]) + signed[position + 1 :]
    with pytest.raises(signed_copies.CopyRefused) as refused:
        upload(version, tampered)
    assert "inte intakt" in refused.value.message or "kunde inte läsas" in refused.value.message
    # The revisor may not upload.
    with pytest.raises(signed_copies.CopyRefused, match="Bara styrelsen"):
        upload(version, signed, role="revisor")
    assert not version.signed_copies.exists()
