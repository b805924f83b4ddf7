"""Reads and computations of insatser, outcomes, goals and indicators: the figures the pages
and (later) the report PDF print. Every total is computed here, from the entered records.

A count that was left empty is ``None`` (unknown, printed blank); sums treat it as 0.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Max

from finsam.models import BudgetKind, BudgetLine, BudgetSection, Forbund
from interventions.models import (
    Goal,
    IndicatorResult,
    Insats,
    InsatsFinancing,
    ParticipantOutcome,
)
from interventions.selectors_goals import (  # noqa: F401
    NUMBER_WORDS_NEUTER,
    STATUS_ATTR,
    TENS,
    GoalCounts,
    goal_counts,
    goal_summary_sentence,
    insats_goals,
    number_word,
    plan_goals,
)
from interventions.selectors_participants import (  # noqa: F401
    COUNT_ATTRS,
    MONTHS_PER_YEAR,
    SUMMARY_GROUPS,
    AgeTable,
    BreakdownTable,
    CountRow,
    GenderRow,
    OutcomeSummary,
    ParticipantTable,
    SocioeconomicEffect,
    _summary_outcome_of,
    add_counts,
    age_table,
    exit_counts,
    exit_rows,
    kommun_members,
    member_breakdown_table,
    monthly_schablon,
    outcome_summary,
    outcomes_prefetched,
    participant_table,
    referral_rows,
    socioeconomic_effect,
    socioeconomic_effect_amount,
    socioeconomic_setting,
    summary_outcomes,
    total_of,
)

# --- Years ---------------------------------------------------------------------------------------


def years_with_data(forbund: Forbund) -> list[int]:
    years = set(
        ParticipantOutcome.objects.filter(insats__forbund=forbund).values_list(
            "period_end__year", flat=True
        )
    )
    years |= set(Goal.objects.filter(forbund=forbund).values_list("year", flat=True))
    years |= set(
        InsatsFinancing.objects.filter(insats__forbund=forbund).values_list("year", flat=True)
    )
    years |= set(
        IndicatorResult.objects.filter(insats__forbund=forbund).values_list(
            "period_year", flat=True
        )
    )
    return sorted(years, reverse=True)


def default_year(forbund: Forbund) -> int:
    years = years_with_data(forbund)
    return years[0] if years else datetime.date.today().year


# --- Economy -------------------------------------------------------------------------------------


#: Set by an app above this one (the reports app registers its cost-note lookup in its
#: ``ready()``): interventions never imports reports.
_cost_outcome_provider = None


def register_cost_outcome_provider(provider) -> None:
    """``provider(forbund=..., year=..., label=...) -> Decimal | None``: the utfall of a line of
    the year's cost note, so the insats' utfall is never typed twice."""
    global _cost_outcome_provider
    _cost_outcome_provider = provider


def cost_line_outcome(*, forbund: Forbund, year: int, label: str) -> Decimal | None:
    """Utfall of a cost line of the year's årsredovisning (``None`` when the year's figures are
    not entered or no provider is registered)."""
    if _cost_outcome_provider is None:
        return None
    return _cost_outcome_provider(forbund=forbund, year=year, label=label)


@dataclass(frozen=True)
class InsatsEconomy:
    year: int
    financing: InsatsFinancing | None
    granted_max: Decimal | None
    budget: Decimal | None
    outcome: Decimal | None
    cost_label: str

    @property
    def over_granted_max(self) -> Decimal | None:
        """How much the utfall exceeds beviljat max (positive), else ``None``."""
        if self.granted_max is None or self.outcome is None or self.outcome <= self.granted_max:
            return None
        return self.outcome - self.granted_max


def budget_cost_lines(forbund: Forbund, year: int):
    """The cost lines of the year's budget (one per fiscal year and kind), in one query."""
    return list(
        BudgetLine.objects.filter(
            budget__fiscal_year__forbund=forbund,
            budget__fiscal_year__year=year,
            budget__kind=BudgetKind.BUDGET,
            section=BudgetSection.COST,
        )
    )


_LOOK_UP = object()


def insats_economy(insats: Insats, year: int, financing=_LOOK_UP) -> InsatsEconomy:
    """``financing``: the insats' financing of the year when the caller read it already (a list
    reads them all in one query), ``None`` when it has none."""
    if financing is _LOOK_UP:
        financing = (
            InsatsFinancing.objects.filter(insats=insats, year=year)
            .select_related("budget_line", "insats")
            .first()
        )
    label = financing.effective_cost_label if financing else insats.name
    budget_line = financing.budget_line if financing else None
    if budget_line is None:
        budget_line = next(
            (line for line in budget_cost_lines(insats.forbund, year) if line.label == label),
            None,
        )
    return InsatsEconomy(
        year=year,
        financing=financing,
        granted_max=financing.granted_max if financing else None,
        budget=budget_line.amount if budget_line else None,
        outcome=cost_line_outcome(forbund=insats.forbund, year=year, label=label),
        cost_label=label,
    )


# --- Insatser of a year ------------------------------------------------------------------------


@dataclass
class InsatsRow:
    insats: Insats
    economy: InsatsEconomy
    summary: OutcomeSummary | None

    @property
    def name(self) -> str:
        return self.insats.name

    @property
    def deltagare(self) -> int | None:
        return self.summary.deltagare if self.summary else None


@dataclass
class InsatsList:
    year: int
    rows: list[InsatsRow]
    granted_max_total: Decimal = field(default=Decimal("0"))
    budget_total: Decimal = field(default=Decimal("0"))
    outcome_total: Decimal = field(default=Decimal("0"))
    deltagare_total: int = 0


def insats_list(forbund: Forbund, year: int) -> InsatsList:
    insatser = list(
        Insats.objects.filter(forbund=forbund)
        .select_related("responsible_member", "forbund")
        .prefetch_related("years")
    )
    summaries = {o.insats_id: outcome_summary(o) for o in summary_outcomes(forbund, year)}
    financing = {
        item.insats_id: item
        for item in InsatsFinancing.objects.filter(insats__forbund=forbund, year=year)
        .select_related("budget_line", "insats")
    }
    # Read once for every row whose financing names no budget line, whether or not one does.
    budget_cost_lines(forbund, year)
    rows = []
    for insats in insatser:
        if not (insats.active_in(year) or insats.pk in summaries):
            continue
        economy = insats_economy(insats, year, financing.get(insats.pk))
        rows.append(InsatsRow(insats, economy, summaries.get(insats.pk)))
    zero = Decimal("0")
    return InsatsList(
        year=year,
        rows=rows,
        granted_max_total=sum((r.economy.granted_max or zero for r in rows), zero),
        budget_total=sum((r.economy.budget or zero for r in rows), zero),
        outcome_total=sum((r.economy.outcome or zero for r in rows), zero),
        deltagare_total=total_of(r.deltagare for r in rows),
    )


def outcomes_of(insats: Insats, year: int) -> list[ParticipantOutcome]:
    return list(
        outcomes_prefetched(
            ParticipantOutcome.objects.filter(insats=insats, period_end__year=year).order_by(
                "-in_summary", "period_start"
            )
        )
    )


def insats_years(insats: Insats) -> list[int]:
    years = set(insats.outcomes.values_list("period_end__year", flat=True))
    years |= set(insats.financing.values_list("year", flat=True))
    years |= set(insats.goals.values_list("year", flat=True))
    years |= set(insats.indicators.values_list("period_year", flat=True))
    return sorted(years, reverse=True)


def latest_year_of(insats: Insats) -> int | None:
    latest = insats.outcomes.aggregate(latest=Max("period_end__year"))["latest"]
    years = insats_years(insats)
    return latest or (years[0] if years else None)


# --- Indicators --------------------------------------------------------------------------------


def indicators_of(forbund: Forbund, year: int, insats: Insats | None = None):
    results = IndicatorResult.objects.filter(insats__forbund=forbund, period_year=year)
    if insats is not None:
        results = results.filter(insats=insats)
    return results.select_related("insats")
