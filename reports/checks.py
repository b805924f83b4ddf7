"""Kontroller: consistency checks of a report period before it can be sent for approval.

Each result has a severity, a Swedish message naming the figures and the difference, and the
URL of the form where the figure is fixed. A difference that rounding to whole kronor can explain
is reported as AVRUNDNING (informational): every figure involved that is a whole krona may be a
rounded value off by up to 0,50 kr, so a difference up to 0,50 kr × the number of such figures is
rounding; anything larger, or any difference between exact öre amounts, is an error (FEL).
"""

from __future__ import annotations

from decimal import Decimal

from django.urls import reverse

from finsam.models import Driftbidrag, MemberKind
from finsam.money import format_amount, format_percent, round_kr
from finsam.selectors import AllocationError, driftbidrag_allocation
from finsam.wording import period_wording
from reports import selectors, statements
from reports.check_results import (  # noqa: F401
    ANLAGGNINGAR,
    AVVIKELSE,
    BALANSRAKNING,
    BUDGET_SAKNAS,
    BUDGET_TOTAL,
    CHECK_NAMES,
    DRIFTBIDRAG_ANDELAR,
    EGET_KAPITAL,
    HALF,
    INGAENDE_BALANS,
    KASSAFLODE,
    KOMMUNFORDELNING,
    KONTROLLSUMMA,
    MSG_AVVIKELSE,
    MSG_BALANCE,
    MSG_BUDGET_LINE,
    MSG_BUDGET_NONE,
    MSG_BUDGET_TOTAL,
    MSG_CASH_FLOW,
    MSG_CONTROL,
    MSG_EQUITY,
    MSG_FIXED_ASSETS,
    MSG_KOMMUN,
    MSG_MISSING,
    MSG_NOTE,
    MSG_NOTE_LINE,
    MSG_OPENING,
    MSG_ROUNDING,
    MSG_SHARES,
    NOT_RAD,
    NOT_SUMMA,
    SEVERITY_LABELS,
    UPPGIFT_SAKNAS,
    ZERO,
    CheckResult,
    Severity,
    kr,
    severity_of,
)
from reports.models import COST_KINDS, LineKind, ReportKind, ReportPeriod
from reports.statements import PeriodData, period_data


class _Checker:
    def __init__(self, period: ReportPeriod, data: PeriodData | None = None):
        self.period = period
        self.data = data if data is not None else period_data(period)
        self.results: list[CheckResult] = []

    def url(self, name: str) -> str:
        return reverse(name, kwargs={"forbund": self.period.forbund.slug, "pk": self.period.pk})

    def add(self, code, severity, message, fix, difference=None):
        url_name, label = FIXES[fix]
        if severity == Severity.AVRUNDNING:
            message += MSG_ROUNDING
        if not self.period.is_full_year:
            message = period_wording(message)  # a Delårsrapport speaks of the period
        self.results.append(
            CheckResult(code, severity, message, self.url(url_name), label, difference)
        )

    def reconcile(
        self, code, fix, typed, computed, terms, message_template, *, shown="computed", **values
    ):
        """Compare a typed figure (a control total, an opening balance) with the computed one.
        A typed figure in whole kronor is compared with the computed figure rounded to kronor,
        as a printed report shows it; the difference is typed − computed."""
        terms = [typed, *terms]
        if typed == typed.to_integral_value():
            computed = round_kr(computed)
            terms.append(computed)
        values[shown] = kr(computed)
        self.compare(code, fix, typed - computed, terms, message_template, **values)

    def compare(self, code, fix, difference, terms, message_template, **values):
        severity = severity_of(difference, terms)
        if severity is not None:
            message = message_template.format(diff=kr(difference), **values)
            self.add(code, severity, message, fix, difference)

    # -- figures used by several checks

    def result_terms(self) -> list[Decimal]:
        terms = []
        for line in self.data.lines:
            if line.kind in statements.RESULT_LINE_KINDS and not self.data.subs(line):
                terms.append(line.amount)
        return terms

    def balance_terms(self, *, opening: bool) -> list[Decimal | None]:
        f = self.data.figures
        lines = [
            line.opening_amount if opening else line.amount
            for line in self.data.top(LineKind.FORDRAN, LineKind.KORTFRISTIG_SKULD)
        ]
        if opening:
            return [
                *lines,
                f.opening_kassa,
                f.opening_equity,
                f.opening_anlaggningstillgangar,
                f.opening_avsattningar,
                f.opening_langfristiga_skulder,
            ]
        return [
            *lines,
            f.kassa_och_bank,
            f.opening_equity,
            f.anlaggningstillgangar,
            f.avsattningar,
            f.langfristiga_skulder,
            *self.result_terms(),
        ]

    # -- the checks

    def run(self) -> list[CheckResult]:
        missing = self.missing()
        self.balance(skip_closing=missing)
        self.equity()
        self.cash_flow()
        self.opening_balances()
        self.control_totals()
        self.driftbidrag_shares()
        self.kommun_split()
        self.budget()
        self.notes_against_lines()
        self.fixed_assets()
        order = {Severity.FEL: 0, Severity.VARNING: 1, Severity.AVRUNDNING: 2}
        return sorted(self.results, key=lambda r: order[r.severity])

    def missing(self) -> bool:
        f = self.data.figures
        absent = False
        for value, what, fix in (
            (f.kassa_och_bank, "Kassa och bank vid periodens slut", "balance"),
            (f.opening_equity, "Eget kapital vid årets början", "balance"),
            (
                f.opening_kassa,
                "Likvida medel vid årets början (behövs för kassaflödesanalysen)",
                "balance",
            ),
        ):
            if value is None:
                absent = True
                self.add(UPPGIFT_SAKNAS, Severity.FEL, MSG_MISSING.format(what=what), fix)
        if (
            self.period.kind == ReportKind.DELARSRAPPORT
            and statements.helarsprognos(self.period) is None
        ):
            self.add(
                UPPGIFT_SAKNAS,
                Severity.VARNING,
                MSG_MISSING.format(what="Helårsprognosen (intäkter och kostnader för helåret)"),
                "other",
            )
        return absent

    def balance(self, *, skip_closing: bool) -> None:
        opening = statements.opening_balance(self.data)
        if opening.kassa_and_equity_known:
            self.compare(
                BALANSRAKNING,
                "balance",
                opening.difference,
                self.balance_terms(opening=True),
                MSG_BALANCE,
                when=f"vid årets början ({self.period.opening_date:%Y-%m-%d})",
                assets=kr(opening.summa_tillgangar),
                liabilities=kr(opening.summa_eget_kapital_och_skulder),
            )
        if skip_closing:
            return
        closing = statements.closing_balance(self.data)
        self.compare(
            BALANSRAKNING,
            "balance",
            closing.difference,
            self.balance_terms(opening=False),
            MSG_BALANCE,
            when=f"per {self.period.closing_label}",
            assets=kr(closing.summa_tillgangar),
            liabilities=kr(closing.summa_eget_kapital_och_skulder),
        )

    def equity(self) -> None:
        equity = statements.equity_rollforward(self.data)
        if equity.control is None or equity.closing is None:
            return
        self.reconcile(
            EGET_KAPITAL,
            "controls",
            equity.control,
            equity.closing,
            [equity.opening, *self.result_terms()],
            MSG_EQUITY,
            control=kr(equity.control),
            opening=kr(equity.opening),
            result=kr(equity.result),
        )

    def cash_flow(self) -> None:
        flow = statements.cash_flow(self.data)
        if flow.likvida_medel_slut is None or flow.kassa_och_bank is None:
            return
        terms = [*self.balance_terms(opening=False), *self.balance_terms(opening=True)]
        self.compare(
            KASSAFLODE,
            "balance",
            flow.likvida_medel_slut - flow.kassa_och_bank,
            terms,
            MSG_CASH_FLOW,
            flow=kr(flow.likvida_medel_slut),
            kassa=kr(flow.kassa_och_bank),
        )

    def opening_balances(self) -> None:
        previous = selectors.previous_year_end_period(self.period)
        opening = statements.opening_balance(self.data)
        if previous is None:
            history = selectors.history_of(self.period.forbund, self.period.year - 1)
            if (
                history is not None
                and history.eget_kapital is not None
                and (opening.eget_kapital is not None)
            ):
                self.reconcile(
                    INGAENDE_BALANS,
                    "balance",
                    opening.eget_kapital,
                    history.eget_kapital,
                    [],
                    MSG_OPENING,
                    shown="previous",
                    what="Eget kapital",
                    opening=kr(opening.eget_kapital),
                    source=f"uppgifterna för {history.year} anger",
                )
            return
        closing = statements.closing_balance(previous)
        source = f"föregående års balansräkning ({previous.closing_label}) visar"
        for what, now, before in (
            ("Eget kapital", opening.eget_kapital, closing.eget_kapital),
            ("Likvida medel", opening.kassa_och_bank, closing.kassa_och_bank),
            ("Fordringar", opening.fordringar, closing.fordringar),
            ("Kortfristiga skulder", opening.kortfristiga_skulder, closing.kortfristiga_skulder),
            ("Anläggningstillgångar", opening.anlaggningstillgangar, closing.anlaggningstillgangar),
            ("Avsättningar", opening.avsattningar, closing.avsattningar),
            ("Långfristiga skulder", opening.langfristiga_skulder, closing.langfristiga_skulder),
        ):
            if now is None or before is None:
                continue
            self.reconcile(
                INGAENDE_BALANS,
                "balance",
                now,
                before,
                [],
                MSG_OPENING,
                shown="previous",
                what=what,
                opening=kr(now),
                source=source,
            )

    def control_totals(self) -> None:
        f = self.data.figures
        result = statements.result_figures(self.data)
        closing = statements.closing_balance(self.data)
        income_lines = [x.amount for x in self.data.top(*statements.OPERATING_INCOME)]
        cost_lines = [
            line.amount
            for line in self.data.lines
            if line.kind in statements.OPERATING_COSTS and not self.data.subs(line)
        ]
        for control, computed, what, terms in (
            (f.kontroll_intakter, result.verksamhetens_intakter, "Summa intäkter", income_lines),
            (f.kontroll_kostnader, result.verksamhetens_kostnader, "Summa kostnader", cost_lines),
            (
                f.kontroll_resultat,
                result.arets_resultat,
                "Årets resultat" if self.period.is_full_year else "Periodens resultat",
                self.result_terms(),
            ),
            (
                f.kontroll_tillgangar,
                closing.summa_tillgangar,
                "Summa tillgångar",
                self.balance_terms(opening=False)[:-1],
            ),
        ):
            if control is None:
                continue
            self.reconcile(
                KONTROLLSUMMA,
                "controls",
                control,
                computed,
                terms,
                MSG_CONTROL,
                what=what,
                control=kr(control),
            )
        for control, kind, what in (
            (f.kontroll_fordringar, LineKind.FORDRAN, "Fordringar"),
            (f.kontroll_skulder, LineKind.KORTFRISTIG_SKULD, "Kortfristiga skulder"),
        ):
            if control is None:
                continue
            lines = self.data.top(kind)
            computed = self.data.balance_total(kind)
            self.reconcile(
                NOT_SUMMA,
                "controls",
                control,
                computed,
                [line.amount for line in lines],
                MSG_NOTE,
                what=what.lower(),
                control=kr(control),
            )
        if f.kontroll_avvikelse is not None:
            row = statements.driftredovisning(self.period).row("kostnader")
            if row.avvikelse is not None:
                terms = [
                    x for line in self.data.top(*COST_KINDS) for x in (line.amount, line.budget)
                ]
                self.reconcile(
                    AVVIKELSE,
                    "controls",
                    f.kontroll_avvikelse,
                    row.avvikelse,
                    terms,
                    MSG_AVVIKELSE,
                    control=kr(f.kontroll_avvikelse),
                    budget=format_amount(row.budget),
                    utfall=format_amount(row.utfall),
                )

    def driftbidrag_shares(self) -> None:
        lines = self.data.top(LineKind.DRIFTBIDRAG)
        total = sum((line.amount for line in lines), ZERO)
        if not lines or total <= 0:
            return
        groups = (
            ("staten", (MemberKind.STATE, MemberKind.AF), Decimal("0.50")),
            ("regionen", (MemberKind.REGION,), Decimal("0.25")),
            ("kommunerna", (MemberKind.KOMMUN,), Decimal("0.25")),
        )
        for who, kinds, share in groups:
            amount = sum((x.amount for x in lines if x.member.kind in kinds), ZERO)
            expected = total * share
            difference = amount - expected
            if abs(difference) < 1:
                continue
            self.add(
                DRIFTBIDRAG_ANDELAR,
                Severity.VARNING,
                MSG_SHARES.format(
                    who=who,
                    amount=kr(amount),
                    percent=format_percent(amount / total, decimals=2),
                    total=kr(total),
                    share=format_percent(share),
                    expected=kr(expected),
                    diff=kr(difference),
                ),
                "income",
                difference,
            )

    def kommun_split(self) -> None:
        lines = [
            x for x in self.data.top(LineKind.DRIFTBIDRAG) if x.member.kind == MemberKind.KOMMUN
        ]
        driftbidrag = (
            Driftbidrag.objects.filter(fiscal_year=self.period.fiscal_year)
            .select_related("fiscal_year__forbund")
            .first()
        )
        if not lines or driftbidrag is None:
            return
        try:
            allocation = driftbidrag_allocation(driftbidrag)
        except AllocationError:
            return
        allocated = {row.member: row.amount for row in allocation.rows}
        allocated_total = sum((allocated.get(x.member, ZERO) for x in lines), ZERO)
        actual_total = sum((x.amount for x in lines), ZERO)
        if allocated_total <= 0:
            return
        fraction = Decimal(self.period.months) / 12
        for line in lines:
            # A kommun is off when it differs both from its allocated amount (for the period)
            # and from its allocated share of what the kommuner actually paid together (so that
            # all kommuner paying the same percentage more or less is not a split problem).
            allocated_share = allocated.get(line.member, ZERO) / allocated_total
            expected = round_kr(allocated.get(line.member, ZERO) * fraction)
            proportional = actual_total * allocated_share
            difference = line.amount - expected
            if abs(difference) < 1 or abs(line.amount - proportional) < driftbidrag.rounding_unit:
                continue
            self.add(
                KOMMUNFORDELNING,
                Severity.VARNING,
                MSG_KOMMUN.format(
                    kommun=line.member.name,
                    amount=kr(line.amount),
                    expected=kr(expected),
                    diff=kr(difference),
                ),
                "income",
                difference,
            )

    def budget(self) -> None:
        if not self.data.has_budget:
            if self.data.lines:
                self.add(BUDGET_SAKNAS, Severity.VARNING, MSG_BUDGET_NONE, "costs")
            return
        f = self.data.figures
        for side, total, kinds, fix in (
            ("intäkter", f.budget_intakter, statements.OPERATING_INCOME, "income"),
            ("kostnader", f.budget_kostnader, statements.OPERATING_COSTS, "costs"),
        ):
            lines_total = self.data.budget_total(*kinds)
            if total is not None and lines_total is not None:
                self.compare(
                    BUDGET_TOTAL,
                    fix,
                    lines_total - total,
                    [total, *(line.budget for line in self.data.top(*kinds))],
                    MSG_BUDGET_TOTAL,
                    side=side,
                    total=kr(total),
                    lines=kr(lines_total),
                )
        for line in self.data.top(*COST_KINDS):
            amount = self.data.amount(line)
            if (
                f.budget_kostnader is not None
                and line.kind in statements.OPERATING_COSTS
                and line.budget is None
            ):
                continue  # budgeted as the total of verksamhetens kostnader
            if amount != 0 and line.budget is None:
                self.add(
                    BUDGET_SAKNAS,
                    Severity.VARNING,
                    MSG_BUDGET_LINE.format(label=line.label, amount=kr(amount)),
                    "costs",
                )


    def notes_against_lines(self) -> None:
        """A note attached to a statement line must sum to that line (exact amounts)."""
        for mismatch in statements.note_line_mismatches(self.data):
            self.compare(
                NOT_RAD,
                "income" if mismatch.kind == "intakter" else "costs",
                mismatch.note_total - mismatch.line_amount,
                mismatch.terms,
                MSG_NOTE_LINE,
                number=mismatch.number,
                title=mismatch.title,
                note=kr(mismatch.note_total),
                line=mismatch.line_label,
                statement="resultaträkningen",
                amount=kr(mismatch.line_amount),
            )

    def fixed_assets(self) -> None:
        assets = statements.fixed_assets(self.data)
        if not assets.investeringar_entered:
            return
        self.compare(
            ANLAGGNINGAR,
            "balance",
            assets.difference,
            [assets.opening, assets.investeringar, assets.closing, assets.avskrivningar],
            MSG_FIXED_ASSETS,
            closing=kr(assets.closing),
            opening=kr(assets.opening),
            investeringar=kr(assets.investeringar),
            avskrivningar=kr(assets.avskrivningar),
            computed=kr(assets.computed_closing),
        )


FIXES = {
    "income": ("report-income-edit", "Ändra intäkter"),
    "costs": ("report-costs-edit", "Ändra kostnader"),
    "balance": ("report-balance-edit", "Ändra balansräkningen"),
    "controls": ("report-controls-edit", "Ändra kontrollsummor"),
    "other": ("report-other-edit", "Ändra övriga uppgifter"),
}


def run_checks(period: ReportPeriod, data: PeriodData | None = None) -> list[CheckResult]:
    """Every check of the period: errors first, then warnings, then rounding differences.
    ``data``: the period's figures as typed but not yet saved (reports.live)."""
    return _Checker(period, data).run()


def has_blocking_errors(period: ReportPeriod) -> bool:
    return any(result.is_error for result in run_checks(period))


def counts(results: list[CheckResult]) -> dict[str, int]:
    return {
        severity.value: sum(1 for r in results if r.severity == severity) for severity in Severity
    }
