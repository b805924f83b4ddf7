"""The handlers of the SIE records (``#KONTO``, ``#IB``, ``#VER``, ``#TRANS`` …), one method per
record, mixed into the reader (``sie.reader._Reader``), which splits the lines and calls them."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation

from sie.sie_file import (
    _AMOUNT,
    ACCOUNT_TYPES,
    Account,
    _kr,
    _object_tokens,
    _short,
    _text,
)


class RecordHandlers:
    """``record_<name>(fields, line)`` for each record the reader knows; the reader provides
    ``self.sie``, ``self.error``, ``self.warning`` and the voucher state."""

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
