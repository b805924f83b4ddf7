"""The insatser as the published reports print them: Bilaga 2's chapters (one per
individinriktad insats), the strukturinsatser and the förvaltningsberättelse's participant
summary. The pages and the PDF both read these; every figure is computed from the records.

Everything a chapter holds is fetched for all insatser of the year at once (no per-row queries
except the economy's cost-note lookup). Values left empty are ``None`` and print nothing.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch

from finsam.models import Forbund, Member
from interventions import selectors
from interventions.models import (
    YEAR_FIELDS,
    AgeBandCount,
    ExitCount,
    Goal,
    IndicatorResult,
    Insats,
    InsatsKind,
    InsatsYear,
    MemberBreakdown,
    OrganisationCount,
    ParticipantOutcome,
    ReferralCount,
)
from interventions.reporting_overview import (  # noqa: F401
    ParticipantOverview,
    _people,
    overview_sentence,
    participant_overview,
    participant_total,
)
from interventions.reporting_tables import (  # noqa: F401
    NATIONAL_ORDER,
    SOURCE_ORDER,
    CountList,
    CountTable,
    GoalRow,
    GoalTable,
    IndicatorRow,
    IndicatorTable,
    LabelledCount,
    Row,
    _gender_columns,
    age_count_table,
    exit_list,
    goal_table,
    indicator_table,
    participant_count_table,
    referral_list,
)

# --- Year-scoped details ------------------------------------------------------------------------


@dataclass(frozen=True)
class YearDetails:
    """An insats' name, ansvar, period, målgrupp and bemanning as the year's report prints."""

    name: str
    responsible_member: Member | None
    responsible_other: str
    start_date: datetime.date | None
    planned_end_date: datetime.date | None
    ended_date: datetime.date | None
    malgrupp: str
    bemanning: str
    record: InsatsYear | None = None

    @property
    def responsible_label(self) -> str:
        member, other = self.responsible_member, self.responsible_other
        if member and other:
            return f"{member} ({other})"
        return str(member) if member else other


def details_from(source) -> dict:
    return {name: getattr(source, name) for name in YEAR_FIELDS}


def year_details(insats: Insats, year: int) -> YearDetails:
    """The record in force in ``year``: the latest from that year or earlier, else the
    earliest, else the insats' own fields. Uses ``insats.years`` (prefetch it for many)."""
    records = sorted(insats.years.all(), key=lambda r: r.year)
    chosen = None
    for record in records:
        if record.year <= year:
            chosen = record
    if chosen is None and records:
        chosen = records[0]
    if chosen is None:
        return YearDetails(**details_from(insats))
    return YearDetails(**details_from(chosen), record=chosen)


def period_text(details: YearDetails, as_of: datetime.date) -> str:
    """``2019-01-01 – 2021-04-30 (avslutad)``, ``2012-01-01 – 2021-06-30``, ``2012-01-01 –
    tills vidare`` (only when no end date is set), or ``""`` when no date is known."""
    start = details.start_date.isoformat() if details.start_date else ""
    if details.ended_date and details.ended_date <= as_of:
        return f"{start} – {details.ended_date.isoformat()} (avslutad)".lstrip(" –")
    end = details.ended_date or details.planned_end_date
    if end:
        return f"{start} – {end.isoformat()}".lstrip(" –")
    return f"{start} – tills vidare" if start else ""


def ansvar_text(details: YearDetails, as_of: datetime.date) -> str:
    """``Jönköpings kommun (Arbetsmarknadsavdelningen), 2012-01-01 – tills vidare``; the known
    parts only (``""`` when neither is known: no "Ansvar och period: ." is printed)."""
    return ", ".join(
        part for part in (details.responsible_label, period_text(details, as_of)) if part
    )


def active_in(details: YearDetails, year: int) -> bool:
    end = details.ended_date or details.planned_end_date
    return (details.start_date is None or details.start_date.year <= year) and (
        end is None or end.year >= year
    )


@dataclass
class StructuralRow:
    period: str
    aktiviteter: int | None
    moten: int | None
    deltagare: int | None
    kvinnor: int | None
    man: int | None
    nya: int | None


@dataclass
class Chapter:
    insats: Insats
    details: YearDetails
    number: int
    ansvar: str
    metod: str
    text: object  # the document's own text of the insats (HTML), from the reports app
    texts: dict[str, str]  # resultat, utmaningar, samverkan_jamstalldhet, ansvar_och_period
    participants: CountTable | None
    ages: CountTable | None
    referrals: CountList | None
    exits: CountList | None
    breakdown: selectors.BreakdownTable | None
    volym: LabelledCount | None
    anonyma: int | None
    goals: GoalTable | None
    indicators: IndicatorTable | None
    economy: selectors.InsatsEconomy
    structural: list[StructuralRow] = field(default_factory=list)
    organisations: list[OrganisationCount] = field(default_factory=list)
    ages_chart: object = None  # set by the reports app, which draws the charts
    exits_chart: object = None

    @property
    def name(self) -> str:
        return self.details.name


# --- Gathering ------------------------------------------------------------------------------


def _outcomes(forbund: Forbund, years: list[int]):
    return (
        ParticipantOutcome.objects.filter(insats__forbund=forbund, period_end__year__in=years)
        .select_related("insats")
        .prefetch_related(
            Prefetch("exits", queryset=ExitCount.objects.select_related("category")),
            Prefetch("referrals", queryset=ReferralCount.objects.select_related("member")),
            Prefetch("age_bands", queryset=AgeBandCount.objects.order_by("age_from")),
            Prefetch(
                "member_breakdown",
                queryset=MemberBreakdown.objects.select_related("member").order_by(
                    "member__position"
                ),
            ),
            Prefetch("organisations", queryset=OrganisationCount.objects.all()),
        )
    )


def _caption(title: str, outcome: ParticipantOutcome, year: int, until: datetime.date) -> str:
    """``Deltagare 2020``; the record's own period when it is not the report's period."""
    if outcome.period_start == datetime.date(year, 1, 1) and outcome.period_end == until:
        return f"{title} {year}" if until.month == 12 else f"{title} {outcome.period_label}"
    return f"{title} {outcome.period_label}"


def _first(outcomes: list[ParticipantOutcome], has) -> ParticipantOutcome | None:
    return next((o for o in outcomes if has(o)), None)


def insats_chapters(
    forbund: Forbund,
    year: int,
    until: datetime.date | None = None,
    *,
    texts: dict | None = None,
    kind: str = InsatsKind.INDIVID,
    placement: str | None = None,
) -> list[Chapter]:
    """One chapter per insats of ``kind`` active in the year or reported on (strukturinsatser
    optionally only those the förbund places in ``placement``)."""
    until = until or datetime.date(year, 12, 31)
    texts = texts or {}
    insatser = list(
        Insats.objects.filter(forbund=forbund, kind=kind)
        .select_related("responsible_member", "forbund")
        .prefetch_related(
            Prefetch("years", queryset=InsatsYear.objects.select_related("responsible_member"))
        )
    )
    if placement is not None:
        insatser = [i for i in insatser if i.structural_placement == placement]
    by_insats: dict[int, list[ParticipantOutcome]] = {}
    previous_by_insats: dict[int, ParticipantOutcome] = {}
    for outcome in _outcomes(forbund, [year, year - 1]).order_by("-in_summary", "-period_end"):
        if outcome.period_end.year == year and outcome.period_end <= until:
            by_insats.setdefault(outcome.insats_id, []).append(outcome)
        elif outcome.period_end.year == year - 1 and outcome.in_summary:
            previous_by_insats.setdefault(outcome.insats_id, outcome)
    goals: dict[int, list[Goal]] = {}
    for goal in Goal.objects.filter(forbund=forbund, year=year, insats__isnull=False):
        goals.setdefault(goal.insats_id, []).append(goal)
    indicators: dict[tuple[int, int], list[IndicatorResult]] = {}
    for result in IndicatorResult.objects.filter(
        insats__forbund=forbund, period_year__in=[year, year - 1]
    ).order_by("id"):
        indicators.setdefault((result.insats_id, result.period_year), []).append(result)

    chapters = []
    for insats in insatser:
        details = year_details(insats, year)
        outcomes = by_insats.get(insats.pk, [])
        if not (active_in(details, year) or outcomes):
            continue
        chapters.append(
            _chapter(
                insats,
                details,
                len(chapters) + 1,
                outcomes,
                previous_by_insats.get(insats.pk),
                goals.get(insats.pk, []),
                indicators.get((insats.pk, year), []),
                indicators.get((insats.pk, year - 1), []),
                texts.get(insats.pk),
                year,
                until,
            )
        )
    return chapters


def _chapter(
    insats, details, number, outcomes, previous, goals, results, previous_results, text, year, until
) -> Chapter:
    main = _first(outcomes, lambda o: o.in_summary) or (outcomes[0] if outcomes else None)
    with_ages = _first(outcomes, lambda o: bool(o.age_bands.all()))
    with_referrals = _first(outcomes, lambda o: bool(o.referrals.all()))
    with_exits = _first(outcomes, lambda o: bool(o.exits.all()))
    narrative = {}
    for name in ("ansvar_och_period", "resultat", "utmaningar", "samverkan_jamstalldhet"):
        source = _first(outcomes, lambda o, n=name: bool(getattr(o, n)))
        if source is not None:
            narrative[name] = getattr(source, name)
    volym = None
    if main is not None and main.volym_deltagare is not None:
        volym = LabelledCount(
            "Volymdeltagare", main.volym_deltagare, main.volym_kvinnor, main.volym_man
        )
    breakdown = None
    if main is not None and main.member_breakdown.all():
        breakdown = selectors.member_breakdown_table(insats, year)
    structural = []
    organisations = []
    if insats.kind == InsatsKind.STRUKTUR:
        for o in sorted(outcomes, key=lambda o: (o.period_start, o.period_end)):
            structural.append(
                StructuralRow(
                    o.period_label,
                    o.aktiviteter,
                    o.moten,
                    o.deltagare,
                    o.deltagare_kvinnor,
                    o.deltagare_man,
                    o.nya,
                )
            )
            organisations.extend(o.organisations.all())
    return Chapter(
        insats=insats,
        details=details,
        number=number,
        ansvar=ansvar_text(details, until),
        metod=insats.metod,
        text=text,
        texts=narrative,
        participants=(
            participant_count_table(main, previous, _caption("Deltagare", main, year, until))
            if main is not None and insats.kind == InsatsKind.INDIVID
            else None
        ),
        ages=age_count_table(with_ages, _caption("Ålder", with_ages, year, until))
        if with_ages
        else None,
        referrals=(
            referral_list(
                with_referrals, _caption("Remitterande myndighet", with_referrals, year, until)
            )
            if with_referrals
            else None
        ),
        exits=exit_list(with_exits, _caption("Avslutsorsak", with_exits, year, until))
        if with_exits
        else None,
        breakdown=breakdown,
        volym=volym,
        anonyma=main.anonyma if main is not None else None,
        goals=goal_table(goals),
        indicators=indicator_table(results, previous_results),
        economy=selectors.insats_economy(insats, year),
        structural=structural,
        organisations=organisations,
    )


def verksamhetsplan_insatser(forbund: Forbund, year: int) -> list[dict]:
    """The insatser of the year's Verksamhetsplan with their goals, in the list's order."""
    goals_by_insats: dict[int, list[str]] = {}
    for goal in selectors.insats_goals(forbund, year):
        goals_by_insats.setdefault(goal.insats_id, []).append(goal.text)
    rows = []
    for row in selectors.insats_list(forbund, year).rows:
        details = year_details(row.insats, year)
        rows.append(
            {
                "pk": row.insats.pk,
                "name": details.name,
                "malgrupp": details.malgrupp,
                "goals": goals_by_insats.get(row.insats.pk, []),
            }
        )
    return rows
