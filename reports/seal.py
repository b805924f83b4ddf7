"""The installation's seal: a PKCS#12 certificate that seals a document once every signatory
has signed (PAdES-B-B with pyHanko, plus a document timestamp where a TSA is configured).

Configured in the environment:
- ``FINSAM_SEAL_PKCS12``: path to the PKCS#12 (.p12/.pfx) file with key and certificate;
- ``FINSAM_SEAL_PASSWORD``: its password;
- ``FINSAM_TSA_URL`` (optional): an RFC 3161 time stamping service.
The demo (``scripts/demo.sh``) creates a self-signed one with ``manage.py create_seal_certificate``.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

SEAL_PATH_ENV = "FINSAM_SEAL_PKCS12"
SEAL_PASSWORD_ENV = "FINSAM_SEAL_PASSWORD"
TSA_URL_ENV = "FINSAM_TSA_URL"

NOT_CONFIGURED = (
    "Installationens sigill är inte konfigurerat ({env} saknas), så dokumentet kan inte "
    "förseglas. Kontakta den som driftar Finsam Rapport."
)
UNREADABLE = "Installationens sigill ({path}) kunde inte läsas: fel fil eller fel lösenord."


class SealNotAvailable(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def seal_signer():
    """The pyHanko signer of the installation's PKCS#12 file."""
    from pyhanko.sign import signers

    path = os.environ.get(SEAL_PATH_ENV, "").strip()
    if not path:
        raise SealNotAvailable(NOT_CONFIGURED.format(env=SEAL_PATH_ENV))
    password = os.environ.get(SEAL_PASSWORD_ENV, "")
    if not Path(path).is_file():
        raise SealNotAvailable(UNREADABLE.format(path=path))
    try:
        signer = signers.SimpleSigner.load_pkcs12(
            path, passphrase=password.encode() if password else None
        )
    except (OSError, ValueError):
        signer = None
    if signer is None:
        raise SealNotAvailable(UNREADABLE.format(path=path))
    return signer


def timestamper():
    """The configured TSA client, or ``None``."""
    url = os.environ.get(TSA_URL_ENV, "").strip()
    if not url:
        return None
    from pyhanko.sign.timestamps import HTTPTimeStamper

    return HTTPTimeStamper(url)


def self_signed_pkcs12(common_name: str, password: str, *, days: int = 3650) -> bytes:
    """A new self-signed certificate with its RSA key as PKCS#12 (for the demo and tests)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Finsam Rapport"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "SE"),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    encryption = (
        serialization.BestAvailableEncryption(password.encode())
        if password
        else serialization.NoEncryption()
    )
    return pkcs12.serialize_key_and_certificates(
        common_name.encode(), key, certificate, None, encryption
    )
