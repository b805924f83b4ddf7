"""What a SIE file says – ``SieFile`` with its identification, accounts, objects, balances and
voucher sums, and its validation log of ``Message`` rows – and the format's vocabulary (record
names, encodings, token patterns), shared by the reader and its record handlers."""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import BinaryIO

ERROR = "fel"
WARNING = "varning"
MAX_LOG = 500  # messages kept; the rest are counted

CP437 = "cp437"
LATIN1 = "latin-1"
UTF8 = "utf-8"
ENCODING_NAMES = {CP437: "IBM PC8 (CP437)", LATIN1: "Latin-1 (ISO 8859-1)", UTF8: "UTF-8"}
# Swedish letters å ä ö Å Ä Ö é in CP437 and in Latin-1.
_CP437_SWEDISH = frozenset(b"\x86\x84\x94\x8f\x8e\x99\x82")
_LATIN1_SWEDISH = frozenset(b"\xe5\xe4\xf6\xc5\xc4\xd6\xe9")

_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|\{([^}]*)\}|(\S+)')
_FAST_TRANS = re.compile(r'#TRANS\s+("?\w+"?)\s+\{([^{}]*)\}\s+(-?\d+(?:\.\d+)?)(?:\s|$)')
_AMOUNT = re.compile(r"^-?\d+(?:\.\d+)?$|^-?\.\d+$")
_UNESCAPE = re.compile(r"\\(.)")

KNOWN_RECORDS = frozenset(
    [
        "FLAGGA",
        "FORMAT",
        "SIETYP",
        "PROGRAM",
        "GEN",
        "FNAMN",
        "FNR",
        "ORGNR",
        "ADRESS",
        "RAR",
        "KPTYP",
        "VALUTA",
        "TAXAR",
        "OMFATTN",
        "BKOD",
        "FTYP",
        "PROSA",
        "KONTO",
        "KTYP",
        "ENHET",
        "SRU",
        "DIM",
        "UNDERDIM",
        "OBJEKT",
        "IB",
        "UB",
        "OIB",
        "OUB",
        "RES",
        "PSALDO",
        "PBUDGET",
        "VER",
        "TRANS",
        "RTRANS",
        "BTRANS",
        "KSUMMA",
    ]
)
ACCOUNT_TYPES = {"T": "tillgång", "S": "skuld", "I": "intäkt", "K": "kostnad"}


@dataclass(frozen=True)
class Message:
    line: int | None
    severity: str
    text: str

    def __str__(self) -> str:
        where = f"rad {self.line}: " if self.line else ""
        return f"{self.severity.capitalize()}: {where}{self.text}"


@dataclass
class Account:
    number: str
    name: str = ""
    type: str = ""  # T, S, I, K from #KTYP ("" when not given)

    @property
    def is_balance(self) -> bool:
        """Balance-sheet account: #KTYP T/S, else BAS/Kommun-Bas class 1–2."""
        if self.type:
            return self.type in ("T", "S")
        return self.number[:1] in ("1", "2")


ObjectKey = tuple[tuple[str, str], ...]  # ((dimension, object), ...), sorted


@dataclass
class SieFile:
    """What a SIE file says. Amounts are ``Decimal`` with the file's signs (debet positive)."""

    name: str = ""
    encoding: str = CP437
    flagga: str | None = None
    format: str | None = None
    sietyp: str | None = None
    program: str = ""
    program_version: str = ""
    gen: datetime.date | None = None
    gen_sign: str = ""
    fnamn: str = ""
    orgnr: str = ""
    kptyp: str = ""
    valuta: str = ""
    rar: dict[int, tuple[datetime.date, datetime.date]] = field(default_factory=dict)
    accounts: dict[str, Account] = field(default_factory=dict)
    dimensions: dict[str, str] = field(default_factory=dict)
    objects: dict[tuple[str, str], str] = field(default_factory=dict)
    ib: dict[tuple[int, str], Decimal] = field(default_factory=dict)
    ub: dict[tuple[int, str], Decimal] = field(default_factory=dict)
    res: dict[tuple[int, str], Decimal] = field(default_factory=dict)
    oib: dict[tuple[int, str, str, str], Decimal] = field(default_factory=dict)
    oub: dict[tuple[int, str, str, str], Decimal] = field(default_factory=dict)
    psaldo: dict[tuple[int, str, str, ObjectKey], Decimal] = field(default_factory=dict)
    pbudget: dict[tuple[int, str, str, ObjectKey], Decimal] = field(default_factory=dict)
    vouchers: int = 0
    transactions: int = 0
    # Sums of the vouchers dated within year 0 (#RAR 0), per account and per account and object.
    trans_sums: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    trans_object_sums: dict[tuple[str, str, str], Decimal] = field(
        default_factory=lambda: defaultdict(Decimal)
    )
    ksumma: int | None = None
    ksumma_verified: bool | None = None
    lines: int = 0
    log: list[Message] = field(default_factory=list)
    suppressed: int = 0

    @property
    def errors(self) -> list[Message]:
        return [m for m in self.log if m.severity == ERROR]

    @property
    def warnings(self) -> list[Message]:
        return [m for m in self.log if m.severity == WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def balance_count(self) -> int:
        return len(self.ib) + len(self.ub) + len(self.res)

    @property
    def is_import_file(self) -> bool:
        """Type 4I (``.SI``): vouchers to import, without balances."""
        return self.sietyp == "4" and self.name.lower().endswith(".si")

    def account_name(self, number: str) -> str:
        account = self.accounts.get(number)
        return account.name if account else ""

    def is_balance_account(self, number: str) -> bool:
        return self.accounts.get(number, Account(number)).is_balance

    def object_name(self, dimension: str, number: str) -> str:
        return self.objects.get((dimension, number), "")


def _object_tokens(text: str) -> list[str]:
    tokens = []
    for match in _TOKEN.finditer(text):
        quoted, _, plain = match.groups()
        tokens.append(plain if plain is not None else _UNESCAPE.sub(r"\1", quoted or ""))
    return tokens


def _text(value) -> str:
    if isinstance(value, tuple):
        return ""
    return value


def _short(text: str, length: int = 40) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _kr(amount: Decimal) -> str:
    sign = "−" if amount < 0 else ""
    whole, _, ore = f"{abs(amount):.2f}".partition(".")
    groups = f"{int(whole):,}".replace(",", " ")
    return f"{sign}{groups},{ore} kr"


def _lines(source: BinaryIO) -> Iterator[bytes]:
    """Lines of a binary stream; a lone CR also ends a line (old Mac exports)."""
    for raw in source:
        cr = raw.find(b"\r")
        if 0 <= cr < len(raw) - 2:
            yield from raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").splitlines()
        else:
            yield raw
