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

import io
import os
import zlib
from collections.abc import Iterable
from decimal import Decimal
from typing import BinaryIO

from sie.sie_file import (  # noqa: F401
    _AMOUNT,
    _CP437_SWEDISH,
    _FAST_TRANS,
    _LATIN1_SWEDISH,
    _TOKEN,
    _UNESCAPE,
    ACCOUNT_TYPES,
    CP437,
    ENCODING_NAMES,
    ERROR,
    KNOWN_RECORDS,
    LATIN1,
    MAX_LOG,
    UTF8,
    WARNING,
    Account,
    Message,
    ObjectKey,
    SieFile,
    _kr,
    _lines,
    _object_tokens,
    _short,
    _text,
)
from sie.sie_records import RecordHandlers


class _Reader(RecordHandlers):
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
