"""The signing page: a signatory signs through the page with the password, the progress shows;
attachments are uploaded (PDFs only, size-limited), listed in the Historik and downloaded in one
zip with the approved report; the revisor only reads."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from reports import attachments
from reports.rendering import html_to_pdf
from tests.approvals import approve, demo_user
from tests.reports.test_signature_fields_and_data import finnveden_2020
from tests.reports.test_signing import DEMO_PASSWORD, login_of

pytestmark = pytest.mark.django_db


def client_of(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture(scope="module")
def small_pdf() -> bytes:
    return html_to_pdf("<p>Protokollsutdrag §12: Styrelsen godkänner årsredovisningen.</p>").pdf


@pytest.fixture
def version(demo_data):
    return approve(finnveden_2020(demo_data))


def url(version, suffix: str) -> str:
    return f"/f/finnveden/dokument/{version.document.pk}/{suffix}"


def test_a_signatory_signs_through_the_page(version):
    signer = client_of(login_of("Kari Parman"))
    page = signer.get(url(version, "signering/"))
    text = page.content.decode()
    assert page.status_code == 200
    assert "0 av 6 har signerat" in text and "som <strong>Kari Parman</strong>" in text

    wrong = signer.post(url(version, "signering/signera/"), {"password": "fel"})
    assert wrong.status_code == 400
    assert "Lösenordet stämmer inte" in wrong.content.decode()
    assert version.signatures.count() == 0

    done = signer.post(url(version, "signering/signera/"), {"password": DEMO_PASSWORD}, follow=True)
    text = done.content.decode()
    assert "1 av 6 har signerat" in text and "Du signerade" in text
    (signature,) = version.signatures.all()
    assert (signature.name, signature.role) == ("Kari Parman", "Vice ordförande")

    # GET never writes; the revisor reads the page but may not sign.
    revisor = client_of(demo_user(version.document, "revisor"))
    assert revisor.get(url(version, "signering/")).status_code == 200
    assert revisor.post(url(version, "signering/signera/"), {"password": "x"}).status_code == 403

    history = signer.get(url(version, "historik/")).content.decode()
    assert "Signerad, version 1" in history and "Kari Parman (Vice ordförande)" in history


def test_attachments_are_checked_listed_and_packaged(version, small_pdf):
    sekreterare = client_of(demo_user(version.document, "sekreterare"))
    not_pdf = sekreterare.post(
        url(version, "bilagor/"),
        {
            "bilaga-kind": "protokollsutdrag",
            "bilaga-file": SimpleUploadedFile("utdrag.docx", b"PK\x03\x04word"),
        },
    )
    assert not_pdf.status_code == 400 and "Filen är inte en PDF." in not_pdf.content.decode()
    too_big = attachments.MAX_ATTACHMENT_BYTES + 1
    with pytest.raises(attachments.AttachmentRefused, match="för stor"):
        attachments.check_pdf(b"%PDF-1.7" + b"0" * too_big)
    assert not version.document.attachments.exists()

    ok = sekreterare.post(
        url(version, "bilagor/"),
        {
            "bilaga-kind": "protokollsutdrag",
            "bilaga-file": SimpleUploadedFile("utdrag.pdf", small_pdf, "application/pdf"),
        },
        follow=True,
    )
    assert "Protokollsutdrag (utdrag.pdf, 1 sidor) är uppladdad." in ok.content.decode()
    (attachment,) = version.document.attachments.all()
    assert bytes(attachment.pdf) == small_pdf

    history = sekreterare.get(url(version, "historik/")).content.decode()
    assert "Protokollsutdrag uppladdad" in history and attachment.sha256 in history

    revisor = client_of(demo_user(version.document, "revisor"))
    package = revisor.get(url(version, "version/1/paket.zip"))
    assert package.status_code == 200 and package["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(package.content))
    names = archive.namelist()
    assert len(names) == 3 and names[-1] == "innehall.txt"
    report = next(n for n in names if n.startswith("Årsredovisning 2020"))
    assert archive.read(report) == bytes(version.pdf)
    assert archive.read("Protokollsutdrag – utdrag.pdf") == small_pdf
    manifest = archive.read("innehall.txt").decode()
    assert f"{version.sha256}  {report}" in manifest
    # Only the sekreterare uploads attachments (the revisor reads, the board decides).
    refused = revisor.post(
        url(version, "bilagor/"),
        {
            "bilaga-kind": "revisionsberattelse",
            "bilaga-file": SimpleUploadedFile("rb.pdf", small_pdf, "application/pdf"),
        },
    )
    assert refused.status_code == 403
    assert not version.document.attachments.exclude(pk=attachment.pk).exists()
