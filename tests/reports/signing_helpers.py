"""Certificates for signing tests, made with cryptography: the installation's seal, and a second
certificate that plays an external e-signing service."""

import io

from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

from reports.seal import SEAL_PASSWORD_ENV, SEAL_PATH_ENV, self_signed_pkcs12

SEAL_PASSWORD = "sigill-lösen"


def install_seal(monkeypatch, tmp_path, name: str = "Testförbundets sigill") -> bytes:
    data = self_signed_pkcs12(name, SEAL_PASSWORD)
    path = tmp_path / "seal.p12"
    path.write_bytes(data)
    monkeypatch.setenv(SEAL_PATH_ENV, str(path))
    monkeypatch.setenv(SEAL_PASSWORD_ENV, SEAL_PASSWORD)
    return data


def certificate_of(pkcs12_data: bytes, password: str) -> asn1_x509.Certificate:
    _key, cert, _ = pkcs12.load_key_and_certificates(pkcs12_data, password.encode())
    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))


def sign_outside(pdf: bytes, pkcs12_data: bytes, password: str, field: str | None) -> bytes:
    """Sign the PDF as an external service would: pyHanko, PAdES, incremental update, into an
    existing empty field (a signatory's) or a new one."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12_data(
        pkcs12_data, other_certs=[], passphrase=password.encode()
    )
    out = io.BytesIO()
    signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)),
        signers.PdfSignatureMetadata(
            field_name=field or "Extern signatur", subfilter=fields.SigSeedSubFilter.PADES
        ),
        signer=signer,
        output=out,
    )
    return out.getvalue()
