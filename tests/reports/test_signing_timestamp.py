"""With a TSA configured (``FINSAM_TSA_URL``) the sealed file gets a document timestamp as one
more revision. The TSA is a local RFC 3161 service in this process (pyHanko's DummyTimeStamper
behind HTTP on 127.0.0.1), so the product's real HTTP client path is what runs."""

import hashlib
import io
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko_certvalidator import ValidationContext

from reports import signing
from reports.seal import TSA_URL_ENV
from tests.approvals import approve
from tests.pdf.pdftext import pages_text
from tests.reports.signing_helpers import SEAL_PASSWORD, LocalTsa, certificate_of, install_seal
from tests.reports.test_signature_fields_and_data import FINNVEDEN_SIGNATORIES, finnveden_2020
from tests.reports.test_signing import DEMO_PASSWORD, login_of

pytestmark = pytest.mark.django_db


def test_the_sealed_file_carries_a_document_timestamp_that_validates(
    demo_data, monkeypatch, tmp_path
):
    version = approve(finnveden_2020(demo_data))
    seal = install_seal(monkeypatch, tmp_path)
    tsa = LocalTsa("Lokal test-TSA")
    with tsa as url:
        monkeypatch.setenv(TSA_URL_ENV, url)
        for name in FINNVEDEN_SIGNATORIES:
            outcome = signing.sign_version(
                version=version, user=login_of(name), password=DEMO_PASSWORD
            )
    assert outcome.progress.label == "6 av 6 har signerat"
    assert tsa.requests >= 1  # the TSA was asked (pyHanko also asks once to size the token)
    signed = bytes(outcome.sealed.pdf)

    # Three revisions: the approved bytes, Signatursida + seal, the document timestamp.
    reader = PdfFileReader(io.BytesIO(signed))
    assert reader.xrefs.total_revisions == 3
    first_revision = signed[: signed.index(b"%%EOF") + len(b"%%EOF\n")]
    assert hashlib.sha256(first_revision).hexdigest() == version.sha256

    seal_signature, timestamp = reader.embedded_signatures
    assert (seal_signature.field_name, timestamp.field_name) == ("Forsegling", "Tidsstampel")
    assert timestamp.sig_object["/Type"] == "/DocTimeStamp"
    assert timestamp.sig_object["/SubFilter"] == "/ETSI.RFC3161"

    stamped = validate_pdf_timestamp(
        timestamp, validation_context=ValidationContext(trust_roots=[tsa.certificate])
    )
    assert stamped.intact and stamped.valid and stamped.trusted
    assert stamped.coverage.name == "ENTIRE_FILE"
    # The timestamp is of now (the seal's moment), after the last signature.
    assert stamped.timestamp >= max(s.signed_at for s in version.signatures.all())

    # The seal stays intact and trusted; it covers its revision, the timestamp follows it.
    status = validate_pdf_signature(
        seal_signature, ValidationContext(trust_roots=[certificate_of(seal, SEAL_PASSWORD)])
    )
    assert status.intact and status.valid and status.trusted
    assert status.coverage.name == "ENTIRE_REVISION"

    # The Signatursida says that the seal is timestamped.
    last = pages_text(signed)[-1]
    assert "efter den sista signaturen, med tidsstämpel." in last
    # The board's decision (tests.approvals.a_decision: the period's last day, § 1).
    assert "Version 1, godkänd av styrelsen 2020-12-31, § 1." in last
    # Kept for looking at (pdftoppm -png -r 60 -f <last page>), git-ignored.
    output = Path(__file__).resolve().parents[2] / "test-output"
    output.mkdir(exist_ok=True)
    (output / "finnveden-2020-signerad-med-tidsstampel.pdf").write_bytes(signed)
