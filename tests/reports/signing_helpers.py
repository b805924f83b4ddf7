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


class LocalTsa:
    """An RFC 3161 time stamping service on 127.0.0.1, in this process: pyHanko's own
    ``DummyTimeStamper`` answers the requests with a TSA certificate made here, so the product's
    ``FINSAM_TSA_URL`` path (pyHanko's HTTP client) is exercised as against a real TSA."""

    def __init__(self, name: str = "Test-TSA"):
        import datetime

        from asn1crypto import keys
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import rsa
        from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
        from pyhanko.sign.timestamps import DummyTimeStamper

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        now = datetime.datetime.now(datetime.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
            )
            .sign(key, hashes.SHA256())
        )
        self.certificate = asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))
        private = keys.PrivateKeyInfo.load(
            key.private_bytes(
                Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        self.stamper = DummyTimeStamper(tsa_cert=self.certificate, tsa_key=private)
        self.requests = 0
        self._server = None

    def __enter__(self) -> str:
        """Start serving; returns the URL."""
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        from asn1crypto import tsp

        tsa = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                request = tsp.TimeStampReq.load(body)
                answer = tsa.stamper.request_tsa_response(request).dump()
                tsa.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self._server.server_address[1]}/tsr"

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
