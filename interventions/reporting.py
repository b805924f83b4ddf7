"""The insatser as the published reports print them: Bilaga 2's chapters (one per
individinriktad insats), the strukturinsatser and the förvaltningsberättelse's participant
summary. The pages and the PDF both read these; every figure is computed from the records.

Everything a chapter holds is fetched for all insatser of the year at once (no per-row queries
except the economy's cost-note lookup). Values left empty are ``None`` and print nothing.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch

from finsam.models import Forbund, Member
from finsam.wording import join_swedish
from interventions import selectors
from interventions.models import (
    YEAR_FIELDS,
    AgeBandCount,
    ExitCount,
    ExitReason,
    Goal,
    IndicatorResult,
    Insats,
    InsatsKind,
    InsatsYear,
    MemberBreakdown,
    OrganisationCount,
    ParticipantOutcome,
    ParticipantTotal,
    ReferralCount,
    ReferralSource,
)
from interventions.selectors import add_counts

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


# --- Tables of one chapter -------------------------------------------------------------------


@dataclass
class Row:
    label: str
    values: list[int | None]
    total: int | None = None
    previous: int | None = None


@dataclass
class CountTable:
    """A participant table: header columns, rows, and the previous year's column when known."""

    caption: str
    columns: list[str]
    rows: list[Row]
    total_label: str = "Totalt"
    previous_label: str = ""


def _gender_columns(values: list[list[int | None]]) -> tuple[list[str], list[int]]:
    """Kvinnor and Män always; Uppgift saknas only when any row knows it."""
    columns, indexes = ["Kvinnor", "Män"], [0, 1]
    if any(row[2] is not None for row in values):
        columns.append("Uppgift saknas")
        indexes.append(2)
    return columns, indexes


def participant_count_table(
    outcome: ParticipantOutcome, previous: ParticipantOutcome | None, caption: str
) -> CountTable | None:
    """Deltagare / Varav nya / Avslutade by gender, with ``Totalt <last year>`` beside."""
    specs = [
        ("Deltagare", ("deltagare_kvinnor", "deltagare_man", "deltagare_okant"), "deltagare"),
        ("Varav nya", ("nya_kvinnor", "nya_man", None), "nya"),
        ("Avslutade", ("avslutade_kvinnor", "avslutade_man", None), "avslutade"),
    ]
    raw = []
    for label, parts, total in specs:
        values = [getattr(outcome, name) if name else None for name in parts]
        previous_total = getattr(previous, total) if previous else None
        raw.append((label, values, getattr(outcome, total), previous_total))
    raw = [
        r for r in raw if any(v is not None for v in r[1]) or r[2] is not None or r[3] is not None
    ]
    if not raw:
        return None
    columns, indexes = _gender_columns([r[1] for r in raw])
    rows = [
        Row(label, [values[i] for i in indexes], total, prev) for label, values, total, prev in raw
    ]
    has_previous = previous is not None and any(r.previous is not None for r in rows)
    return CountTable(
        caption=caption,
        columns=columns,
        rows=rows,
        previous_label=f"Totalt {previous.period_end.year}" if has_previous else "",
    )


def age_count_table(outcome: ParticipantOutcome, caption: str) -> CountTable | None:
    """Participants by the insats' own age bands (stored with the counts) and gender."""
    bands = list(outcome.age_bands.all())
    if not bands:
        return None
    rows = [
        Row("Kvinnor", [b.kvinnor for b in bands], add_counts(b.kvinnor for b in bands)),
        Row("Män", [b.man for b in bands], add_counts(b.man for b in bands)),
    ]
    if any(b.okant is not None for b in bands):
        rows.append(
            Row("Uppgift saknas", [b.okant for b in bands], add_counts(b.okant for b in bands))
        )
    totals = [b.total for b in bands]
    rows.append(Row("Totalt", totals, add_counts(totals)))
    return CountTable(caption=caption, columns=[f"{b.label} år" for b in bands], rows=rows)


@dataclass
class LabelledCount:
    label: str
    count: int | None
    kvinnor: int | None = None
    man: int | None = None


@dataclass
class CountList:
    caption: str
    rows: list[LabelledCount]
    total: int | None
    with_gender: bool = False


SOURCE_ORDER = list(ReferralSource)


def referral_list(outcome: ParticipantOutcome, caption: str) -> CountList | None:
    """Remitterande myndighet: AF, FK, Region, each kommun (or Kommun together), Annat."""
    referrals = list(outcome.referrals.all())
    if not referrals:
        return None

    def key(r: ReferralCount):
        member_position = (r.member.position, r.member.name) if r.member_id else (-1, "")
        return SOURCE_ORDER.index(ReferralSource(r.source)), member_position

    rows = [LabelledCount(r.label, r.count) for r in sorted(referrals, key=key)]
    return CountList(caption, rows, add_counts(r.count for r in rows))


NATIONAL_ORDER = list(ExitReason)


def exit_list(outcome: ParticipantOutcome, caption: str) -> CountList | None:
    """Avslutade by avslutsorsak: the förbund's own categories where used, else the national."""
    exits = list(outcome.exits.all())
    if not exits:
        return None

    def key(e: ExitCount):
        own = (e.category.position, e.category.name) if e.category_id else (-1, "")
        return NATIONAL_ORDER.index(ExitReason(e.reason)), own

    rows = [LabelledCount(e.label, e.count, e.kvinnor, e.man) for e in sorted(exits, key=key)]
    total = (
        outcome.avslutade if outcome.avslutade is not None else add_counts(r.count for r in rows)
    )
    with_gender = any(r.kvinnor is not None or r.man is not None for r in rows)
    return CountList(caption, rows, total, with_gender)


@dataclass
class GoalRow:
    text: str
    target: str
    outcome: str
    comment: str
    status: str


@dataclass
class GoalTable:
    rows: list[GoalRow]
    with_values: bool


def goal_table(goals: list[Goal]) -> GoalTable | None:
    if not goals:
        return None
    rows = [
        GoalRow(g.text, g.target_display, g.outcome_display, g.outcome_text, g.get_status_display())
        for g in goals
    ]
    return GoalTable(rows, any(r.target or r.outcome for r in rows))


@dataclass
class IndicatorRow:
    question: str
    respondents: int
    share: Decimal | None
    share_kvinnor: Decimal | None
    share_man: Decimal | None
    previous: Decimal | None
    national: Decimal | None


@dataclass
class IndicatorTable:
    period_label: str
    previous_label: str
    rows: list[IndicatorRow]
    with_gender: bool
    with_previous: bool
    with_national: bool


def indicator_table(
    results: list[IndicatorResult], previous: list[IndicatorResult]
) -> IndicatorTable | None:
    """Each question with respondents and share positive (by gender), last year's share of the
    same question and the national comparison value, when entered."""
    if not results:
        return None
    before = {r.question: r.share_positive for r in previous}
    rows = [
        IndicatorRow(
            r.question,
            r.respondents,
            r.share_positive,
            r.share_positive_kvinnor,
            r.share_positive_man,
            before.get(r.question),
            r.share_positive_national,
        )
        for r in results
    ]
    return IndicatorTable(
        period_label=results[0].period_label,
        previous_label=previous[0].period_label if previous else "",
        rows=rows,
        with_gender=any(r.share_kvinnor is not None or r.share_man is not None for r in rows),
        with_previous=any(r.previous is not None for r in rows),
        with_national=any(r.national is not None for r in rows),
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


# --- The förvaltningsberättelse's participant summary ---------------------------------------


@dataclass
class ParticipantOverview:
    year: int
    deltagare: int | None
    kvinnor: int | None
    man: int | None
    okant: int | None
    unique: bool  # True: the förbund's count of unique individuals, not a sum of the insatser
    volym: int | None
    anonyma: int | None
    previous: selectors.OutcomeSummary | None
    sentence: str


def participant_total(
    forbund: Forbund, year: int, until: datetime.date | None = None
) -> ParticipantTotal | None:
    until = until or datetime.date(year, 12, 31)
    return (
        ParticipantTotal.objects.filter(
            forbund=forbund, period_end__year=year, period_end__lte=until
        )
        .order_by("-period_end", "period_start")
        .first()
    )


def _people(n: int) -> str:
    return f"{n} {'person' if n == 1 else 'personer'}"


def overview_sentence(
    deltagare: int | None,
    kvinnor: int | None,
    man: int | None,
    okant: int | None,
    volym: int | None,
    anonyma: int | None,
    period: str,
) -> str:
    """``Totalt 176 personer deltog i de insatser förbundet finansierade under 2020, varav 83
    kvinnor, 65 män och 28 där uppgift om kön saknas.`` Unknown parts are left out."""
    if not deltagare:
        return ""
    parts = []
    if kvinnor is not None:
        parts.append(f"{kvinnor} kvinnor")
    if man is not None:
        parts.append(f"{man} män")
    if okant:
        parts.append(f"{okant} där uppgift om kön saknas")
    sentence = f"Totalt {_people(deltagare)} deltog i de insatser förbundet finansierade {period}"
    if parts:
        sentence += ", varav " + join_swedish(parts)
    sentence += "."
    extra = []
    if volym:
        extra.append(f"{volym} volymdeltagare utan personuppgifter")
    if anonyma:
        extra.append(f"{anonyma} anonyma deltagare")
    if extra:
        sentence += " Därutöver deltog " + join_swedish(extra) + ", som räknas för sig."
    return sentence


def participant_overview(
    forbund: Forbund,
    year: int,
    until: datetime.date | None = None,
    table: selectors.ParticipantTable | None = None,
) -> ParticipantOverview:
    """The förbund's participants of the period: the entered count of unique individuals when
    there is one, else the sum of the insatser's participant table."""
    until = until or datetime.date(year, 12, 31)
    table = table or selectors.participant_table(forbund, year, until)
    outcomes = [row.outcome for row in table.rows if row.outcome is not None]
    volym = add_counts(o.volym_deltagare for o in outcomes)
    anonyma = add_counts(o.anonyma for o in outcomes)
    total = participant_total(forbund, year, until)
    if total is not None:
        deltagare, kvinnor, man, okant = total.deltagare, total.kvinnor, total.man, total.okant
    else:
        t = table.totals
        deltagare = t.deltagare if table.rows else None
        kvinnor, man, okant = (t.kvinnor, t.man, t.okant) if table.rows else (None, None, None)
    previous_table = selectors.participant_table(forbund, year - 1) if until.month == 12 else None
    period = f"under {year}" if until.month == 12 else "under perioden"
    return ParticipantOverview(
        year=year,
        deltagare=deltagare,
        kvinnor=kvinnor,
        man=man,
        okant=okant,
        unique=total is not None,
        volym=volym,
        anonyma=anonyma,
        previous=previous_table.totals if previous_table and previous_table.rows else None,
        sentence=overview_sentence(deltagare, kvinnor, man, okant, volym, anonyma, period),
    )
