"""A streaming reader of SIE files (types 1–4, including 4E and 4I; SIE filformat 4B/4C).

Pure Python, no Django: ``read(source)`` takes a path, bytes or a binary stream and returns a
``SieFile`` with the file's identification, accounts, dimensions and objects, the balances
(``#IB``, ``#UB``, ``#RES``, ``#OIB``, ``#OUB``, ``#PSALDO``, ``#PBUDGET``) and, for vouchers,
only what the import needs: their count and the sums per account and per account and object.
The file is read line by line; vouchers are summed as they pass and never kept, so a large file
is never held in memory, let alone twice.

Every problem goes to the file's validation log (``SieFile.log``) as an error or a warning with
its line number and a Swedish message. ``read`` never raises on any input: a file with errors is
rejected (``SieFile.ok`` is false), one with only warnings is readable.

Encoding: SIE prescribes IBM code page 437 (``#FORMAT PC8``). Many programs write Latin-1 or
UTF-8 instead; the reader decides on the first line with a byte above 127 (lines before it are
ASCII and read the same in all three) and logs a warning when the file is not in CP437.
"""

from __future__ import annotations

import datetime
import io
import os
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
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


class _Reader:
    def __init__(self, name: str):
        self.sie = SieFile(name=name)
        self.encoding: str | None = None
        self.declared_format: str | None = None
        self.voucher: dict | None = None  # the open #VER
        self.pending_voucher: dict | None = None  # a #VER waiting for its "{"
        self.unknown: dict[str, list[int]] = {}
        self.ksumma_on = False
        self.ksumma_crc = 0
        self.seen_records = False
        self.incomplete_rar: list[int] = []

    # --- log -----------------------------------------------------------------------------
    def _log(self, line: int | None, severity: str, text: str) -> None:
        if len(self.sie.log) < MAX_LOG:
            self.sie.log.append(Message(line, severity, text))
        else:
            self.sie.suppressed += 1

    def error(self, line: int | None, text: str) -> None:
        self._log(line, ERROR, text)

    def warning(self, line: int | None, text: str) -> None:
        self._log(line, WARNING, text)

    # --- decoding ------------------------------------------------------------------------
    def _detect(self, raw: bytes, number: int) -> str:
        try:
            raw.decode(UTF8)
        except UnicodeDecodeError:
            pass
        else:
            self.warning(
                number,
                "Filen är kodad i UTF-8, inte i IBM PC8 (CP437) som SIE "
                "föreskriver; den har lästs som UTF-8.",
            )
            return UTF8
        high = {b for b in raw if b > 127}
        if high & _LATIN1_SWEDISH and not high & _CP437_SWEDISH:
            self.warning(
                number,
                "Filen verkar vara kodad i Latin-1 (ISO 8859-1), inte i IBM "
                "PC8 (CP437) som SIE föreskriver; den har lästs som Latin-1.",
            )
            return LATIN1
        return CP437

    # --- lines ---------------------------------------------------------------------------
    def feed(self, raw: bytes, number: int) -> None:
        self.sie.lines = number
        if b"\x00" in raw:
            self.error(
                number,
                "Raden innehåller binära tecken (NUL); filen är inte en SIE-fil eller är skadad.",
            )
            return
        ascii_only = raw.isascii()
        if self.encoding is None and not ascii_only:
            self.encoding = self._detect(raw, number)
            self.sie.encoding = self.encoding
        try:
            text = (raw.decode("ascii") if ascii_only else raw.decode(self.encoding)).strip()
        except UnicodeDecodeError:
            self.warning(
                number,
                "Raden innehåller tecken som inte är giltig UTF-8; de har tolkats "
                "som IBM PC8 (CP437).",
            )
            text = raw.decode(CP437).strip()
        if not text:
            return
        first = text[0]
        if first == "#" and self.voucher is not None and not self.ksumma_on:
            fast = _FAST_TRANS.match(text)
            if fast is not None:
                self.fast_trans(fast, number)
                return
        if first == "{" or first == "}":
            self.brace(text, number)
            return
        if not text.startswith("#"):
            self.warning(
                number,
                f"Raden börjar inte med en etikett (#…) och har hoppats över: ”{_short(text)}”.",
            )
            return
        fields = self.split(text, number)
        label = fields[0][1:].upper() if isinstance(fields[0], str) else ""
        self.ksumma_add(label, fields)
        self.seen_records = True
        if label == "KSUMMA":
            self.record_ksumma(fields[1:], number)
            return
        if self.pending_voucher is not None and label not in ("TRANS", "RTRANS", "BTRANS"):
            self.error(
                self.pending_voucher["line"], "Verifikationen saknar ”{” med sina transaktioner."
            )
            self.pending_voucher = None
        if self.voucher is not None and label not in ("TRANS", "RTRANS", "BTRANS"):
            self.error(
                number,
                f"Verifikationen på rad {self.voucher['line']} saknar "
                f"avslutande ”}}” före #{label}.",
            )
            self.close_voucher(number)
        handler = getattr(self, f"record_{label.lower()}", None)
        if label not in KNOWN_RECORDS or handler is None:
            if label not in KNOWN_RECORDS:
                self.unknown.setdefault(label or text.split()[0], []).append(number)
            return
        handler(fields[1:], number)

    def split(self, text: str, number: int) -> list:
        """Fields of a record: text, or ``("{}", inner text)`` for an object list."""
        fields: list = []
        for match in _TOKEN.finditer(text):
            quoted, objects, plain = match.groups()
            if objects is not None:
                fields.append(("{}", objects))
            elif quoted is not None:
                fields.append(_UNESCAPE.sub(r"\1", quoted) if "\\" in quoted else quoted)
            else:
                if plain.startswith('"'):
                    self.warning(number, "Ett citattecken avslutas inte på raden.")
                    plain = plain.strip('"')
                elif plain.startswith("{") and plain != "{":
                    self.warning(number, "En objektlista ”{…}” avslutas inte på raden.")
                fields.append(plain)
        return fields

    def brace(self, text: str, number: int) -> None:
        if text.startswith("{"):
            if self.pending_voucher is None:
                self.error(number, "”{” utan en #VER före.")
                return
            self.voucher, self.pending_voucher = self.pending_voucher, None
            rest = text[1:].strip()
            if rest:
                self.feed_inline(rest, number)
            return
        if self.voucher is None:
            self.error(number, "”}” utan en öppen verifikation.")
            return
        self.close_voucher(number)

    def feed_inline(self, rest: str, number: int) -> None:
        if rest.startswith("}"):
            self.close_voucher(number)
        elif rest.startswith("#"):
            fields = self.split(rest, number)
            label = fields[0][1:].upper()
            handler = getattr(self, f"record_{label.lower()}", None)
            if handler is not None:
                handler(fields[1:], number)

    # --- KSUMMA --------------------------------------------------------------------------
    def ksumma_add(self, label: str, fields: list) -> None:
        if not self.ksumma_on or label == "KSUMMA":
            return
        parts = [f"#{label}"]
        for item in fields[1:]:
            if isinstance(item, tuple):
                parts.extend(_object_tokens(item[1]))
            else:
                parts.append(item)
        data = "".join(parts).encode(CP437, errors="replace")
        self.ksumma_crc = zlib.crc32(data, self.ksumma_crc)

    def record_ksumma(self, fields: list, number: int) -> None:
        if not fields:
            if self.ksumma_on:
                self.warning(number, "#KSUMMA förekommer två gånger utan kontrollsumma.")
            self.ksumma_on = True
            self.ksumma_crc = 0
            return
        value = _text(fields[0])
        if not value.isdigit():
            self.error(number, f"#KSUMMA har en ogiltig kontrollsumma ”{value}”.")
            return
        self.sie.ksumma = int(value)
        self.sie.ksumma_verified = self.ksumma_on and int(value) == self.ksumma_crc
        self.ksumma_on = False
        if not self.sie.ksumma_verified:
            self.warning(
                number,
                "Kontrollsumman i #KSUMMA stämmer inte med filens innehåll; "
                "filen kan ha ändrats efter exporten.",
            )

    # --- identification ------------------------------------------------------------------
    def record_flagga(self, f, n):
        self.sie.flagga = _text(f[0]) if f else ""

    def record_format(self, f, n):
        self.declared_format = (_text(f[0]) if f else "").upper()
        self.sie.format = self.declared_format
        if self.declared_format and self.declared_format != "PC8":
            self.warning(n, f"#FORMAT {self.declared_format} är inte PC8; filen läses ändå.")

    def record_sietyp(self, f, n):
        value = _text(f[0]) if f else ""
        if value not in ("1", "2", "3", "4"):
            self.error(n, f"Okänd SIE-typ ”{value}”; typ 1–4 kan läsas.")
            return
        self.sie.sietyp = value

    def record_program(self, f, n):
        self.sie.program = _text(f[0]) if f else ""
        self.sie.program_version = _text(f[1]) if len(f) > 1 else ""

    def record_gen(self, f, n):
        self.sie.gen = self.date(f[0] if f else "", n, "#GEN")
        self.sie.gen_sign = _text(f[1]) if len(f) > 1 else ""

    def record_fnamn(self, f, n):
        self.sie.fnamn = _text(f[0]) if f else ""

    def record_orgnr(self, f, n):
        self.sie.orgnr = _text(f[0]) if f else ""

    def record_kptyp(self, f, n):
        self.sie.kptyp = _text(f[0]) if f else ""

    def record_valuta(self, f, n):
        self.sie.valuta = _text(f[0]) if f else ""

    def record_rar(self, f, n):
        if len(f) < 3:
            self.incomplete_rar.append(n)
            return
        year = self.year(f[0], n)
        start, end = self.date(f[1], n, "#RAR"), self.date(f[2], n, "#RAR")
        if year is None or start is None or end is None:
            return
        if end < start:
            self.error(n, f"Räkenskapsåret {year} slutar före det börjar.")
            return
        self.sie.rar[year] = (start, end)

    # --- chart of accounts and dimensions ------------------------------------------------
    def record_konto(self, f, n):
        if not f or not _text(f[0]):
            self.error(n, "#KONTO saknar kontonummer.")
            return
        number = _text(f[0])
        account = self.sie.accounts.setdefault(number, Account(number))
        account.name = _text(f[1]) if len(f) > 1 else ""

    def record_ktyp(self, f, n):
        if len(f) < 2:
            self.warning(n, "#KTYP ska ha konto och kontotyp.")
            return
        kind = _text(f[1]).upper()
        if kind not in ACCOUNT_TYPES:
            self.warning(n, f"Okänd kontotyp ”{kind}” för konto {_text(f[0])}.")
            return
        self.sie.accounts.setdefault(_text(f[0]), Account(_text(f[0]))).type = kind

    def record_dim(self, f, n):
        if f:
            self.sie.dimensions[_text(f[0])] = _text(f[1]) if len(f) > 1 else ""

    record_underdim = record_dim

    def record_objekt(self, f, n):
        if len(f) < 2:
            self.warning(n, "#OBJEKT ska ha dimension, objektnummer och namn.")
            return
        self.sie.objects[(_text(f[0]), _text(f[1]))] = _text(f[2]) if len(f) > 2 else ""

    # --- balances ------------------------------------------------------------------------
    def _balance(self, target: dict, label: str, f, n) -> None:
        if len(f) < 3:
            self.error(n, f"{label} ska ha årsnummer, konto och belopp.")
            return
        year, account, amount = self.year(f[0], n), _text(f[1]), self.amount(f[2], n)
        if year is None or amount is None:
            return
        key = (year, account)
        if key in target:
            self.warning(
                n,
                f"{label} för konto {account} år {year} förekommer flera gånger; "
                "beloppen har lagts samman.",
            )
            target[key] += amount
        else:
            target[key] = amount

    def record_ib(self, f, n):
        self._balance(self.sie.ib, "#IB", f, n)

    def record_ub(self, f, n):
        self._balance(self.sie.ub, "#UB", f, n)

    def record_res(self, f, n):
        self._balance(self.sie.res, "#RES", f, n)

    def _object_balance(self, target: dict, label: str, f, n) -> None:
        if len(f) < 4 or not isinstance(f[2], tuple):
            self.error(n, f"{label} ska ha årsnummer, konto, objekt {{dim objekt}} och belopp.")
            return
        year, amount = self.year(f[0], n), self.amount(f[3], n)
        objects = self.objects(f[2], n)
        if year is None or amount is None or objects is None:
            return
        for dimension, number in objects:
            key = (year, _text(f[1]), dimension, number)
            target[key] = target.get(key, Decimal(0)) + amount

    def record_oib(self, f, n):
        self._object_balance(self.sie.oib, "#OIB", f, n)

    def record_oub(self, f, n):
        self._object_balance(self.sie.oub, "#OUB", f, n)

    def _period_balance(self, target: dict, label: str, f, n) -> None:
        if len(f) < 5 or not isinstance(f[3], tuple):
            self.error(n, f"{label} ska ha årsnummer, period, konto, objektlista och belopp.")
            return
        year, amount = self.year(f[0], n), self.amount(f[4], n)
        period = _text(f[1])
        if not (len(period) == 6 and period.isdigit() and 1 <= int(period[4:]) <= 12):
            self.error(n, f"{label} har en ogiltig period ”{period}” (ska vara ÅÅÅÅMM).")
            return
        objects = self.objects(f[3], n)
        if year is None or amount is None or objects is None:
            return
        key = (year, period, _text(f[2]), tuple(sorted(objects)))
        target[key] = target.get(key, Decimal(0)) + amount

    def record_psaldo(self, f, n):
        self._period_balance(self.sie.psaldo, "#PSALDO", f, n)

    def record_pbudget(self, f, n):
        self._period_balance(self.sie.pbudget, "#PBUDGET", f, n)

    # --- vouchers ------------------------------------------------------------------------
    def record_ver(self, f, n):
        if self.voucher is not None:
            self.error(n, f"Verifikationen på rad {self.voucher['line']} saknar avslutande ”}}”.")
            self.close_voucher(n)
        if len(f) < 3:
            self.error(n, "#VER ska ha serie, nummer och datum.")
        date = self.date(f[2], n, "#VER") if len(f) >= 3 else None
        voucher = {
            "line": n,
            "id": " ".join(_text(x) for x in f[:2] if _text(x)) or "utan nummer",
            "date": date,
            "sum": Decimal(0),
            "rows": [],
        }
        if f and f[-1] == "{":
            self.voucher = voucher
        else:
            self.pending_voucher = voucher

    def fast_trans(self, match: re.Match, n: int) -> None:
        """The common ``#TRANS konto {objekt} belopp …`` without any oddity, read by one regex."""
        account, inner, amount = match.groups()
        voucher = self.voucher
        if inner.strip():
            tokens = inner.split() if '"' not in inner else _object_tokens(inner)
            if len(tokens) % 2:
                self.error(n, "Objektlistan ska bestå av par av dimension och objekt.")
                voucher["broken"] = True
                return
            objects = list(zip(tokens[::2], tokens[1::2], strict=True))
        else:
            objects = []
        value = Decimal(amount)
        self.sie.transactions += 1
        voucher["sum"] += value
        voucher["rows"].append((account.strip('"'), objects, value))

    def record_trans(self, f, n):
        voucher = self.voucher
        if voucher is None:
            self.error(n, "#TRANS utanför en verifikation.")
            return
        if len(f) < 3 or not isinstance(f[1], tuple):
            self.error(n, "#TRANS ska ha konto, objektlista och belopp.")
            return
        amount = self.amount(f[2], n)
        objects = self.objects(f[1], n)
        if amount is None or objects is None:
            voucher["broken"] = True
            return
        self.sie.transactions += 1
        voucher["sum"] += amount
        voucher["rows"].append((_text(f[0]), objects, amount))

    def record_rtrans(self, f, n):
        # Added rows are followed by an identical #TRANS (4B §8.22); removed rows (#BTRANS) no
        # longer count. Both are checked but not summed.
        if self.voucher is None:
            self.error(n, "#RTRANS/#BTRANS utanför en verifikation.")

    record_btrans = record_rtrans

    def close_voucher(self, n: int) -> None:
        voucher, self.voucher = self.voucher, None
        if voucher is None:
            return
        self.sie.vouchers += 1
        if voucher["sum"] != 0 and not voucher.get("broken"):
            self.error(
                voucher["line"],
                f"Verifikation {voucher['id']} balanserar inte: "
                f"debet och kredit skiljer {_kr(voucher['sum'])}.",
            )
        rar = self.sie.rar.get(0)
        date = voucher["date"]
        if rar is None or date is None or not rar[0] <= date <= rar[1]:
            return
        sums, object_sums = self.sie.trans_sums, self.sie.trans_object_sums
        for account, objects, amount in voucher["rows"]:
            sums[account] += amount
            for dimension, number in objects:
                object_sums[(account, dimension, number)] += amount

    # --- field parsing -------------------------------------------------------------------
    def amount(self, value, n: int) -> Decimal | None:
        text = _text(value).replace(",", ".")
        if not _AMOUNT.match(text):
            self.error(n, f"Beloppet ”{_short(_text(value))}” är inte ett tal.")
            return None
        try:
            return Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
            self.error(n, f"Beloppet ”{_short(text)}” är inte ett tal.")
            return None

    def year(self, value, n: int) -> int | None:
        text = _text(value)
        if not re.fullmatch(r"-?\d{1,2}", text):
            self.error(n, f"Årsnumret ”{_short(text)}” ska vara 0, -1, -2 …")
            return None
        return int(text)

    def date(self, value, n: int, label: str) -> datetime.date | None:
        text = _text(value)
        try:
            if len(text) != 8 or not text.isdigit():
                raise ValueError
            return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            self.error(n, f"{label} har ett ogiltigt datum ”{_short(text)}” (ska vara ÅÅÅÅMMDD).")
            return None

    def objects(self, value, n: int) -> list[tuple[str, str]] | None:
        tokens = _object_tokens(value[1] if isinstance(value, tuple) else "")
        if len(tokens) % 2:
            self.error(n, "Objektlistan ska bestå av par av dimension och objekt.")
            return None
        return list(zip(tokens[::2], tokens[1::2], strict=True))

    # --- end -----------------------------------------------------------------------------
    def finish(self) -> SieFile:
        sie = self.sie
        if self.pending_voucher is not None:
            self.error(
                self.pending_voucher["line"],
                "Verifikationen saknar sina transaktioner; filen slutar för tidigt.",
            )
        if self.voucher is not None:
            self.error(
                self.voucher["line"],
                f"Verifikation {self.voucher['id']} avslutas inte "
                "med ”}”; filen slutar för tidigt.",
            )
            self.voucher = None
        if self.ksumma_on:
            self.warning(None, "#KSUMMA inleder en kontrollsumma men filen slutar utan den.")
        for label, lines in self.unknown.items():
            more = f" (och {len(lines) - 1} rader till)" if len(lines) > 1 else ""
            self.warning(lines[0], f"Okänd post ”{_short(label)}” har hoppats över{more}.")
        if not self.seen_records:
            self.error(None, "Filen innehåller inga SIE-poster (rader som börjar med #).")
            return sie
        if sie.flagga is None:
            self.warning(None, "#FLAGGA saknas (filens första post).")
        if sie.sietyp is None:
            self.warning(None, "#SIETYP saknas; filen läses som typ 1.")
            sie.sietyp = "1"
        for line in self.incomplete_rar:
            if sie.is_import_file:
                self.warning(line, "#RAR saknar start- och slutdatum och har hoppats över.")
            else:
                self.error(line, "#RAR ska ha årsnummer, startdatum och slutdatum.")
        if not sie.rar and not sie.is_import_file:
            self.error(None, "#RAR saknas: filen anger inte räkenskapsåret.")
        if sie.gen is None:
            self.warning(None, "#GEN saknas: det framgår inte när filen skapades.")
        self.check_balances()
        return sie

    def check_balances(self) -> None:
        """#UB = #IB + vouchers and #RES = vouchers for year 0, where the file has vouchers."""
        sie = self.sie
        if not sie.vouchers or 0 not in sie.rar or not (sie.ub or sie.res):
            return
        for (year, account), closing in sorted(sie.ub.items()):
            if year != 0:
                continue
            expected = sie.ib.get((0, account), Decimal(0)) + sie.trans_sums.get(account, 0)
            if expected != closing:
                self.warning(
                    None,
                    f"#UB för konto {account} ({_kr(closing)}) stämmer inte med "
                    f"#IB plus verifikationerna ({_kr(expected)}).",
                )
        for (year, account), result in sorted(sie.res.items()):
            if year == 0 and sie.trans_sums.get(account, Decimal(0)) != result:
                self.warning(
                    None,
                    f"#RES för konto {account} ({_kr(result)}) stämmer inte med "
                    f"verifikationerna ({_kr(sie.trans_sums.get(account, 0))}).",
                )


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


def read(source: str | os.PathLike | bytes | BinaryIO, *, name: str = "") -> SieFile:
    """Read a SIE file; never raises on its content (an unreadable path is an error in the log)."""
    if isinstance(source, bytes | bytearray):
        return read_stream(io.BytesIO(source), name=name)
    if isinstance(source, str | os.PathLike):
        try:
            with open(source, "rb") as stream:
                return read_stream(stream, name=name or os.path.basename(source))
        except OSError as error:
            sie = SieFile(name=name or str(source))
            sie.log.append(Message(None, ERROR, f"Filen kan inte öppnas: {error.strerror}."))
            return sie
    return read_stream(source, name=name)


def read_stream(stream: BinaryIO | Iterable[bytes], *, name: str = "") -> SieFile:
    reader = _Reader(name)
    number = 0
    feed = reader.feed
    try:
        for raw in stream:
            cr = raw.find(b"\r")
            if 0 <= cr < len(raw) - 2:
                for part in _lines([raw]):
                    number += 1
                    feed(part, number)
                continue
            number += 1
            feed(raw, number)
    except Exception as error:  # noqa: BLE001 - never a traceback: the log names the line
        reader.error(number or None, f"Filen kunde inte läsas vidare ({type(error).__name__}).")
    try:
        return reader.finish()
    except Exception as error:  # noqa: BLE001
        reader.error(None, f"Filen kunde inte kontrolleras ({type(error).__name__}).")
        return reader.sie
