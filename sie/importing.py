"""From a read SIE file and the förbund's account mapping to a report's figures.

``plan_import`` computes, without writing anything, what an import would enter: per report line
the accounts (and objects) and amounts it comes from, and the difference against the figures
already entered (the reconciliation). It also lists what blocks the import: a rejected file, a
year the file does not hold, an approved report, and accounts with a balance that no rule maps
(nothing is guessed). ``apply_import`` writes the plan in one transaction and records the file
(name, SHA-256, #PROGRAM, #GEN) as a ``SieImport``, which the Historik shows.

Sources: an Årsredovisning's resultaträkning from ``#RES 0``, its balansräkning from ``#UB 0``
and its opening balances from ``#IB 0``; the previous year's Årsredovisning (the comparison
column) from the ``-1`` records when the product does not have it yet. A Delårsrapport (``through``
a month's last day) takes its result from ``#PSALDO`` of January through that month and its
balances from ``#IB`` plus those periods' movements. Costs per insats come from the amounts booked
on the rule's object: the vouchers' object lists (SIE 4) or ``#PSALDO`` with objects (SIE 3).
"""

from __future__ import annotations

import calendar
import datetime
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction

from finsam.models import BudgetLine, CostCategory, Forbund
from reports import freeze, selectors, services
from reports.models import (
    BALANCE_KINDS,
    RESULT_KINDS,
    FigureLine,
    PeriodFigures,
    ReportKind,
    ReportPeriod,
)
from sie import mapping as sie_mapping
from sie.lines import RADER, Rad
from sie.models import SieImport
from sie.reader import SieFile

ZERO = Decimal(0)
FIGURE_FIELDS = [
    (rad.closing_field, rad.opening_field) for rad in RADER.values() if not rad.is_line
]


@dataclass
class Source:
    account: str
    name: str
    amount: Decimal  # with the product's sign
    objekt: str = ""


@dataclass
class PlanLine:
    rad: Rad
    label: str
    parent: str = ""
    member: str = ""
    insats: bool = False
    amount: Decimal = ZERO  # result: utfall; balance: utgående balans
    opening: Decimal = ZERO  # balance only: ingående balans
    sources: list[Source] = field(default_factory=list)
    opening_sources: list[Source] = field(default_factory=list)
    current: Decimal | None = None  # already entered
    current_opening: Decimal | None = None

    @property
    def title(self) -> str:
        if self.rad.is_line:
            return f"{self.parent} – {self.label}" if self.parent else self.label
        return self.rad.description

    @property
    def difference(self) -> Decimal | None:
        return None if self.current is None else self.amount - self.current

    @property
    def opening_difference(self) -> Decimal | None:
        if self.current_opening is None:
            return None
        return self.opening - self.current_opening


@dataclass
class Unmapped:
    account: str
    name: str
    amounts: list[tuple[str, Decimal]]  # (which record, amount in the file)


@dataclass
class YearPlan:
    year: int
    kind: str
    start: datetime.date
    end: datetime.date
    period: ReportPeriod | None
    lines: list[PlanLine] = field(default_factory=list)
    unmapped: list[Unmapped] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        name = "Årsredovisning" if self.kind == ReportKind.ARSREDOVISNING else "Delårsrapport"
        return f"{name} {self.start:%Y-%m-%d}–{self.end:%Y-%m-%d}"

    def total(self, statement_sign: str) -> Decimal:
        return sum((x.amount for x in self.lines if x.rad.statement == statement_sign), ZERO)

    @property
    def result(self) -> Decimal:
        """Årets resultat: incomes − costs, from the planned lines."""
        total = ZERO
        for line in self.lines:
            if line.rad.is_result:
                total += -line.amount if line.rad.sign > 0 else line.amount
        return total


@dataclass
class ImportPlan:
    forbund: Forbund
    sie: SieFile
    file_name: str
    sha256: str
    year: int
    through: datetime.date | None
    main: YearPlan | None = None
    comparison: YearPlan | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def unmapped(self) -> list[Unmapped]:
        seen, result = set(), []
        for plan in (self.main, self.comparison):
            for item in plan.unmapped if plan else []:
                if item.account not in seen:
                    seen.add(item.account)
                    result.append(item)
        return result

    @property
    def ok(self) -> bool:
        return not self.errors and not self.unmapped

    @property
    def blocking(self) -> list[str]:
        messages = list(self.errors)
        if self.unmapped:
            accounts = ", ".join(f"{u.account} {u.name}".strip() for u in self.unmapped)
            messages.append(
                f"{len(self.unmapped)} konton med saldo saknar koppling till en rad i rapporten: "
                f"{accounts}. Koppla dem först; inget gissas."
            )
        return messages


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def last_day(day: datetime.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


# --- amounts per account from the file -----------------------------------------------------


class _Figures:
    """The file's amounts for one year index (0 or -1), for a full year or through a month."""

    def __init__(self, sie: SieFile, index: int, through_month: int | None):
        self.sie, self.index, self.month = sie, index, through_month
        start = sie.rar[index][0]
        self.periods = (
            None
            if through_month is None
            else {f"{start.year}{m:02d}" for m in range(1, through_month + 1)}
        )
        self.result: dict[str, Decimal] = {}
        self.closing: dict[str, Decimal] = {}
        self.opening: dict[str, Decimal] = {}
        for (year, account), amount in sie.ib.items():
            if year == index:
                self.opening[account] = amount
        if self.periods is None:
            for (year, account), amount in sie.res.items():
                if year == index:
                    self.result[account] = amount
            for (year, account), amount in sie.ub.items():
                if year == index:
                    self.closing[account] = amount
        else:
            cumulative = _psaldo_is_cumulative(sie, index)
            moves: dict[str, Decimal] = defaultdict(Decimal)
            latest: dict[str, tuple[str, Decimal]] = {}
            for (year, period, account, objects), amount in sie.psaldo.items():
                if year != index or objects or period not in self.periods:
                    continue
                moves[account] += amount
                if account not in latest or period > latest[account][0]:
                    latest[account] = (period, amount)
            for account, amount in moves.items():
                if sie.is_balance_account(account):
                    if cumulative:
                        self.closing[account] = latest[account][1]
                    else:
                        self.closing[account] = self.opening.get(account, ZERO) + amount
                else:
                    self.result[account] = amount
            for account, amount in self.opening.items():
                self.closing.setdefault(account, amount)

    def object_amount(self, account: str, dimension: str, number: str) -> Decimal:
        sie = self.sie
        if self.periods is None and self.index == 0 and sie.vouchers:
            return sie.trans_object_sums.get((account, dimension, number), ZERO)
        total = ZERO
        for (year, period, acc, objects), amount in sie.psaldo.items():
            if year != self.index or acc != account or (dimension, number) not in objects:
                continue
            if self.periods is None or period in self.periods:
                total += amount
        return total

    def dimension_of(self, number: str) -> str | None:
        """The dimension of an object given without one: projekt (6), then kostnadsställe (1),
        then any dimension that has the object."""
        dims = [dim for (dim, obj) in self.sie.objects if obj == number]
        for preferred in ("6", "1"):
            if preferred in dims:
                return preferred
        return dims[0] if dims else None


def _psaldo_is_cumulative(sie: SieFile, index: int) -> bool:
    """Whether the file's #PSALDO of balance accounts are balances at the period's end (some
    programs) rather than the period's movement: decided on the last month against #UB."""
    votes_cumulative = votes_movement = 0
    sums: dict[str, Decimal] = defaultdict(Decimal)
    last: dict[str, tuple[str, Decimal]] = {}
    for (year, period, account, objects), amount in sie.psaldo.items():
        if year != index or objects or not sie.is_balance_account(account):
            continue
        sums[account] += amount
        if account not in last or period > last[account][0]:
            last[account] = (period, amount)
    for account, total in sums.items():
        closing = sie.ub.get((index, account))
        if closing is None:
            continue
        if sie.ib.get((index, account), ZERO) + total == closing:
            votes_movement += 1
        elif last[account][1] == closing:
            votes_cumulative += 1
    return votes_cumulative > votes_movement


# --- planning ------------------------------------------------------------------------------


def plan_import(
    *,
    forbund: Forbund,
    sie: SieFile,
    data_sha256: str,
    file_name: str,
    year: int,
    through: datetime.date | None = None,
    rules: list[sie_mapping.Rule] | None = None,
) -> ImportPlan:
    plan = ImportPlan(forbund, sie, file_name, data_sha256, year, through)
    if not sie.ok:
        plan.errors.append("Filen har fel och kan inte importeras; se kontrollen av filen.")
        return plan
    if 0 not in sie.rar:
        plan.errors.append("Filen anger inget räkenskapsår (#RAR 0).")
        return plan
    start, end = sie.rar[0]
    if start.year != year:
        plan.errors.append(
            f"Filens räkenskapsår (#RAR 0) är {start:%Y-%m-%d}–{end:%Y-%m-%d}, inte {year}."
        )
        return plan
    if (start.month, start.day, end.month, end.day) != (1, 1, 12, 31) or end.year != year:
        plan.errors.append(
            "Förbundets räkenskapsår är kalenderåret; filens #RAR 0 är "
            f"{start:%Y-%m-%d}–{end:%Y-%m-%d}."
        )
        return plan
    if through is not None:
        if through.year != year or not last_day(through) or through.month == 12:
            plan.errors.append(
                f"En delårsrapport slutar på sista dagen i en månad under året, t.ex. {year}-08-31."
            )
            return plan
        if not any(key[0] == 0 for key in sie.psaldo):
            plan.errors.append(
                "Filen har inga periodsaldon (#PSALDO) för året; en delårsrapport "
                "kan inte fyllas från den."
            )
            return plan
    rules = sie_mapping.rules_of(forbund) if rules is None else rules
    if not rules:
        plan.errors.append(
            "Förbundet har ingen kontokoppling ännu. Skapa förslaget från "
            "kontoklasserna eller läs in en CSV med kopplingen."
        )
        return plan
    kind = ReportKind.ARSREDOVISNING if through is None else ReportKind.DELARSRAPPORT
    period_end = through or datetime.date(year, 12, 31)
    period = _existing_period(forbund, kind, year, period_end)
    if period is not None and freeze.period_frozen(period.pk):
        plan.errors.append(f"{period} är godkänd och kan inte ändras; importen avbröts.")
        return plan
    figures = _Figures(sie, 0, through.month if through else None)
    plan.main = _plan_year(figures, rules, year, kind, period_end, period)
    if -1 in sie.rar and period_end.year == year:
        previous_end = _one_year_back(period_end)
        previous = _existing_period(forbund, kind, year - 1, previous_end)
        if previous is None and (through is None or any(k[0] == -1 for k in sie.psaldo)):
            previous_figures = _Figures(sie, -1, through.month if through else None)
            plan.comparison = _plan_year(
                previous_figures, rules, year - 1, kind, previous_end, None
            )
    for year_plan in (plan.main, plan.comparison):
        if year_plan is not None:
            plan.errors += year_plan.mismatched
    return plan


def _one_year_back(day: datetime.date) -> datetime.date:
    end = datetime.date(day.year - 1, day.month, 1)
    return end.replace(day=calendar.monthrange(end.year, end.month)[1])


def _existing_period(forbund, kind, year, end) -> ReportPeriod | None:
    return (
        selectors.periods_of(forbund)
        .filter(kind=kind, fiscal_year__year=year, start=datetime.date(year, 1, 1), end=end)
        .first()
    )


def _plan_year(
    figures: _Figures, rules, year: int, kind: str, end: datetime.date, period
) -> YearPlan:
    sie = figures.sie
    plan = YearPlan(year, kind, datetime.date(year, 1, 1), end, period)
    lines: dict[tuple, PlanLine] = {}
    existing = _existing_lines(period)

    def line_for(rule, account: str, objekt: str = "") -> PlanLine:
        rad = RADER[rule.rad]
        label, parent = _label(rule, rad, sie, account, objekt, existing)
        key = (rad.key, parent, label, rule.member)
        if key not in lines:
            lines[key] = PlanLine(rad, label, parent, rule.member, insats=bool(rule.insats))
        return lines[key]

    accounts = sorted(
        set(figures.result) | set(figures.closing) | set(figures.opening), key=_account_order
    )
    for account in accounts:
        name = sie.account_name(account)
        is_balance = sie.is_balance_account(account)
        values = (
            [
                ("closing", figures.closing.get(account, ZERO)),
                ("opening", figures.opening.get(account, ZERO)),
            ]
            if is_balance
            else [("closing", figures.result.get(account, ZERO))]
        )
        remaining = dict(values)
        took_object = False
        for rule in sie_mapping.object_rules(rules, account) if not is_balance else []:
            dimension, number = rule.object_ref
            dimension = dimension or figures.dimension_of(number)
            if dimension is None:
                continue
            part = figures.object_amount(account, dimension, number)
            if not part:
                continue
            objekt = f"{dimension}:{number}"
            line = line_for(rule, account, number)
            amount = part * line.rad.sign
            line.amount += amount
            line.sources.append(Source(account, name, amount, objekt))
            remaining["closing"] -= part
            took_object = True
        rule = sie_mapping.account_rule(rules, account)
        if not any(remaining.values()) and (rule is None or took_object):
            continue  # an account the file states as 0 still gives its line (e.g. 0 kr revision)
        if rule is None:
            record = "#UB" if is_balance else "#RES"
            if figures.periods is not None:
                record = "#IB/#PSALDO" if is_balance else "#PSALDO"
            amounts = [(record if k == "closing" else "#IB", v) for k, v in values if v]
            plan.unmapped.append(Unmapped(account, name, amounts))
            continue
        rad = RADER[rule.rad]
        if rad.statement != "ingen" and rad.statement == "resultaträkning" and is_balance:
            plan.mismatched.append(
                f"Konto {account} {name} är ett balanskonto men kopplat till "
                f"”{rad.description}” i resultaträkningen."
            )
            continue
        if rad.statement == "balansräkning" and not is_balance:
            plan.mismatched.append(
                f"Konto {account} {name} är ett resultatkonto men kopplat till "
                f"”{rad.description}” i balansräkningen."
            )
            continue
        line = line_for(rule, account)
        closing = remaining["closing"] * rad.sign
        line.amount += closing
        line.sources.append(Source(account, name, closing))
        if is_balance:
            opening = remaining["opening"] * rad.sign
            line.opening += opening
            line.opening_sources.append(Source(account, name, opening))
    order = {"resultaträkning": 0, "balansräkning": 1}
    plan.lines = sorted(lines.values(), key=lambda line: order.get(line.rad.statement, 2))
    _attach_current(plan, period, existing)
    return plan


def _account_order(account: str):
    return (0, int(account), "") if account.isdigit() else (1, 0, account)


def _label(rule, rad: Rad, sie: SieFile, account: str, objekt: str, existing) -> tuple[str, str]:
    if not rad.is_line:
        return "", ""
    if rad.needs_member:
        if rule.line:
            return rule.line, ""
        line = existing.get(("member", rule.member))
        return (line.label if line else f"Driftbidrag från {rule.member}"), ""
    text = rule.line or (sie.object_name(rule.object_ref[0] or "", objekt) if objekt else "")
    if not text and objekt:
        text = next((n for (d, o), n in sie.objects.items() if o == objekt), "")
    text = text or sie.account_name(account) or f"Konto {account}"
    parent, sep, child = text.partition("/")
    return (child.strip(), parent.strip()) if sep else (text.strip(), "")


def _existing_lines(period: ReportPeriod | None) -> dict:
    found: dict = {}
    if period is None:
        return found
    for line in selectors.lines_of(period):
        if line.kind == "driftbidrag":
            found[("member", line.member.name)] = line
        parent = line.parent.label if line.parent_id else ""
        found[(line.kind, parent, line.label)] = line
    return found


def _attach_current(plan: YearPlan, period, existing) -> None:
    if period is None:
        return
    figures = selectors.figures_of(period)
    for line in plan.lines:
        rad = line.rad
        if rad.is_line:
            key = (
                ("member", line.member) if rad.needs_member else (rad.kind, line.parent, line.label)
            )
            found = existing.get(key)
            line.current = found.amount if found else ZERO
            if rad.kind in BALANCE_KINDS:
                line.current_opening = (found.opening_amount or ZERO) if found else ZERO
        elif rad.key != "ingen":
            if rad.closing_field:
                line.current = getattr(figures, rad.closing_field)
            if rad.opening_field:
                line.current_opening = getattr(figures, rad.opening_field)


# --- applying ------------------------------------------------------------------------------


class ImportBlocked(Exception):
    def __init__(self, messages: list[str]):
        super().__init__("; ".join(messages))
        self.messages = messages


@transaction.atomic
def apply_import(plan: ImportPlan, *, user=None) -> SieImport:
    """Write the plan: the comparison year first (if it is created), then the year."""
    if not plan.ok:
        raise ImportBlocked(plan.blocking)
    if plan.comparison is not None:
        _write(plan.forbund, plan.comparison)
    period = _write(plan.forbund, plan.main)
    sie = plan.sie
    program = " ".join(x for x in (sie.program, sie.program_version) if x)
    parts = [f"{plan.main.label}: {len(plan.main.lines)} rader"]
    if plan.comparison is not None:
        parts.append(f"jämförelseåret {plan.comparison.label} skapat från -1-posterna")
    return SieImport.objects.create(
        forbund=plan.forbund,
        period=period,
        year=plan.year,
        through=plan.through,
        file_name=plan.file_name[:255],
        sha256=plan.sha256,
        program=program[:200],
        generated=sie.gen,
        sietyp=sie.sietyp or "",
        summary="; ".join(parts) + ".",
        imported_by=user if user is not None and user.is_authenticated else None,
    )


def _write(forbund: Forbund, plan: YearPlan) -> ReportPeriod:
    period = _existing_period(forbund, plan.kind, plan.year, plan.end)
    if period is None:
        period = services.report_period_create(
            forbund=forbund, kind=plan.kind, year=plan.year, start=plan.start, end=plan.end
        )
    freeze.ensure_period_editable(period)
    services.document_back_to_draft(period=period)
    members = {m.name: m for m in forbund.members.all()}
    budget_categories = dict(
        BudgetLine.objects.filter(
            budget__fiscal_year=period.fiscal_year, budget__kind="budget", section="kostnad"
        ).values_list("label", "category")
    )
    lines = selectors.lines_of(period)
    touched: set[int] = set()
    position = max((line.position for line in lines), default=0)

    def find(kind, label, parent_id=None, member=None):
        for line in lines:
            if member is not None:
                if line.kind == "driftbidrag" and line.member_id == member.pk:
                    return line
            elif line.kind == kind and line.label == label and line.parent_id == parent_id:
                return line
        return None

    def create(**fields) -> FigureLine:
        nonlocal position
        position += 10
        line = FigureLine.objects.create(period=period, position=position, **fields)
        lines.append(line)
        return line

    def category(plan_line: PlanLine, label: str) -> str:
        if plan_line.rad.kind not in ("kostnad", "personalkostnad"):
            return ""
        if plan_line.insats and not plan_line.parent:
            return CostCategory.INSATS
        from sie.lines import category_for

        return budget_categories.get(label) or category_for(label)

    figures, _ = PeriodFigures.objects.get_or_create(period=period)
    figure_values: dict[str, Decimal] = {}
    for item in plan.lines:
        rad = item.rad
        if rad.key == "ingen":
            continue
        if not rad.is_line:
            if rad.closing_field:
                figure_values[rad.closing_field] = figure_values.get(rad.closing_field, ZERO) + (
                    item.amount
                )
            if rad.opening_field:
                figure_values[rad.opening_field] = figure_values.get(rad.opening_field, ZERO) + (
                    item.opening
                )
            continue
        member = members.get(item.member) if rad.needs_member else None
        parent = None
        if item.parent:
            parent = find(rad.kind, item.parent) or create(
                kind=rad.kind, label=item.parent, category=category(item, item.parent)
            )
            if parent.amount:
                parent.amount = ZERO
                parent.save(update_fields=["amount"])
            touched.add(parent.pk)
        line = find(rad.kind, item.label, parent.pk if parent else None, member)
        opening = item.opening if rad.kind in BALANCE_KINDS else None
        if line is None:
            line = create(
                kind=rad.kind,
                label=item.label,
                member=member,
                parent=parent,
                category="" if parent else category(item, item.label),
                amount=item.amount,
                opening_amount=opening,
            )
        else:
            line.amount, line.opening_amount = item.amount, opening
            line.label = item.label  # a driftbidrag line takes the mapping's name, if it has one
            line.save(update_fields=["amount", "opening_amount", "label"])
        touched.add(line.pk)
    for line in lines:
        if line.pk in touched or line.kind not in (*RESULT_KINDS, *BALANCE_KINDS):
            continue
        opening = ZERO if line.kind in BALANCE_KINDS else None
        if line.amount != 0 or line.opening_amount != opening:
            line.amount, line.opening_amount = ZERO, opening
            line.save(update_fields=["amount", "opening_amount"])
    for closing_field, opening_field in FIGURE_FIELDS:
        for name in (closing_field, opening_field):
            if name is None:
                continue
            if name in figure_values:
                setattr(figures, name, figure_values[name])
            elif not PeriodFigures._meta.get_field(name).null:
                setattr(figures, name, ZERO)
    figures.save()
    return period
