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
from collections import defaultdict
from decimal import Decimal

from finsam.models import Forbund
from reports import freeze, selectors
from reports.models import (
    BALANCE_KINDS,
    ReportKind,
    ReportPeriod,
)
from sie import mapping as sie_mapping
from sie.import_apply import (  # noqa: F401
    ImportBlocked,
    _write,
    apply_import,
)
from sie.import_plan import (  # noqa: F401
    FIGURE_FIELDS,
    ZERO,
    ImportPlan,
    PlanLine,
    Source,
    Unmapped,
    YearPlan,
    _existing_period,
    last_day,
    sha256_of,
)
from sie.lines import RADER, Rad
from sie.reader import SieFile

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
