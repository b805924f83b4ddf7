"""The account mapping as rules: matching accounts to rows, the class proposal, and the CSV
(``konto;rad;medlem;insats``) it is exported to and imported from.

The CSV's ``rad`` is a key of ``sie.lines.RADER``, optionally followed by ``:`` and the line's
name (``kostnad:Kansli/Personalkostnader``); ``medlem`` is a member's name (driftbidrag only);
``insats`` is a dimension object (``7101`` or ``6:7101``). Cells that a spreadsheet would read as
a formula are written with a leading apostrophe and read back without it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from django.db import transaction

from finsam.csvsafe import escape_cell, unescape_cell
from finsam.models import Forbund
from sie.lines import RADER, proposal_for
from sie.models import AccountMapping

CSV_COLUMNS = ["konto", "rad", "medlem", "insats"]


class MappingError(Exception):
    """A CSV or rule that cannot be used; ``messages`` name the row and the problem, in Swedish."""

    def __init__(self, messages: list[str]):
        super().__init__("; ".join(messages))
        self.messages = messages


@dataclass(frozen=True)
class Rule:
    konto: str
    rad: str
    line: str = ""
    member: str = ""  # member name
    insats: str = ""  # "7101" or "6:7101"
    low: int | str = ""
    high: int | str = ""

    @property
    def width(self) -> int:
        if isinstance(self.low, int) and isinstance(self.high, int):
            return self.high - self.low
        return 0

    def matches(self, account: str) -> bool:
        if isinstance(self.low, int) and account.isdigit():
            return self.low <= int(account) <= self.high
        return account == self.konto

    @property
    def object_ref(self) -> tuple[str | None, str] | None:
        if not self.insats:
            return None
        dimension, sep, number = self.insats.partition(":")
        return (dimension, number) if sep else (None, self.insats)


def parse_konto(konto: str) -> tuple[int | str, int | str]:
    """``3540`` → (3540, 3540); ``4000-4999`` → (4000, 4999); other account names as text."""
    text = konto.strip()
    low, sep, high = text.partition("-")
    if sep and low.strip().isdigit() and high.strip().isdigit():
        a, b = int(low), int(high)
        if a > b:
            raise ValueError(f"Intervallet {text} börjar efter sitt slut.")
        return a, b
    if sep:
        raise ValueError(f"”{text}” är varken ett konto eller ett intervall (t.ex. 4000-4999).")
    if text.isdigit():
        return int(text), int(text)
    if not text or " " in text:
        raise ValueError(f"”{text}” är inte ett kontonummer.")
    return text, text


def make_rule(konto: str, rad: str, line: str = "", member: str = "", insats: str = "") -> Rule:
    low, high = parse_konto(konto)
    return Rule(konto.strip(), rad, line.strip(), member.strip(), insats.strip(), low, high)


def rules_of(forbund: Forbund) -> list[Rule]:
    rules = []
    for row in AccountMapping.objects.filter(forbund=forbund).select_related("member"):
        rules.append(
            make_rule(
                row.konto, row.rad, row.line, row.member.name if row.member else "", row.insats
            )
        )
    return rules


def account_rule(rules: list[Rule], account: str) -> Rule | None:
    """The rule for the account's amount outside any object rule: the narrowest match."""
    matching = [r for r in rules if not r.insats and r.matches(account)]
    return min(matching, key=lambda r: r.width) if matching else None


def object_rules(rules: list[Rule], account: str) -> list[Rule]:
    return [r for r in rules if r.insats and r.matches(account)]


def proposal(kptyp: str = "") -> tuple[str, list[Rule]]:
    chart, classes = proposal_for(kptyp)
    return chart, [make_rule(konto, rad) for konto, rad in classes]


# --- CSV -----------------------------------------------------------------------------------


def to_csv(rules: list[Rule]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for rule in rules:
        rad = f"{rule.rad}:{rule.line}" if rule.line else rule.rad
        writer.writerow([escape_cell(x) for x in (rule.konto, rad, rule.member, rule.insats)])
    return out.getvalue()


def parse_csv(text: str, member_names: set[str]) -> list[Rule]:
    """Rules from a CSV; every problem is collected (row numbers as a spreadsheet shows them)."""
    text = text.lstrip("\ufeff")
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    except csv.Error as error:
        raise MappingError([f"CSV-filen kan inte läsas: {error}."]) from error
    if not rows:
        raise MappingError(["CSV-filen är tom."])
    header = [cell.strip().lower() for cell in rows[0]]
    if header[:4] != CSV_COLUMNS:
        raise MappingError(
            [
                f"Första raden ska vara rubrikerna {';'.join(CSV_COLUMNS)} "
                f"(inte ”{';'.join(rows[0])}”)."
            ]
        )
    rules, problems, seen = [], [], set()
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = [unescape_cell(cell) for cell in row] + [""] * 4
        konto, rad_text, member, insats = cells[:4]
        key, _, line = rad_text.partition(":")
        key = key.strip()
        rad = RADER.get(key)
        where = f"Rad {number}"
        if rad is None:
            problems.append(f"{where}: okänd rad ”{key}”; se docs/sie.md för de giltiga värdena.")
            continue
        if rad.needs_member and member not in member_names:
            known = ", ".join(sorted(member_names)) or "inga"
            problems.append(
                f"{where}: driftbidrag ska ha en medlem av förbundet ({known}); "
                f"”{member}” finns inte."
            )
            continue
        if member and not rad.needs_member:
            problems.append(f"{where}: bara driftbidrag har en medlem.")
            continue
        if insats and not rad.allows_insats:
            problems.append(f"{where}: bara kostnader kan fördelas på insatser via objekt.")
            continue
        if "/" in line and not rad.allows_sub_line:
            problems.append(
                f"{where}: bara kostnader och personalkostnader har specifikationsrader."
            )
            continue
        try:
            rule = make_rule(konto, key, line, member, insats)
        except ValueError as error:
            problems.append(f"{where}: {error}")
            continue
        if (rule.konto, rule.insats) in seen:
            problems.append(f"{where}: kontot {rule.konto} förekommer redan.")
            continue
        seen.add((rule.konto, rule.insats))
        rules.append(rule)
    if problems:
        raise MappingError(problems)
    return rules


@transaction.atomic
def save_rules(forbund: Forbund, rules: list[Rule]) -> None:
    """Replace the förbund's mapping with ``rules`` (all or nothing)."""
    members = {m.name: m for m in forbund.members.all()}
    AccountMapping.objects.filter(forbund=forbund).delete()
    for position, rule in enumerate(rules, start=1):
        AccountMapping.objects.create(
            forbund=forbund,
            konto=rule.konto,
            rad=rule.rad,
            line=rule.line,
            member=members.get(rule.member) if rule.member else None,
            insats=rule.insats,
            position=position * 10,
        )


@transaction.atomic
def add_rule(forbund: Forbund, rule: Rule) -> AccountMapping:
    """One more rule (e.g. for the account the import found unmapped); replaces a rule for the
    same account and object."""
    members = {m.name: m for m in forbund.members.all()}
    last = AccountMapping.objects.filter(forbund=forbund).order_by("-position").first()
    mapping, _ = AccountMapping.objects.update_or_create(
        forbund=forbund,
        konto=rule.konto,
        insats=rule.insats,
        defaults={
            "rad": rule.rad,
            "line": rule.line,
            "member": members.get(rule.member) if rule.member else None,
            "position": (last.position + 10) if last else 10,
        },
    )
    return mapping
