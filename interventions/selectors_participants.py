"""Reads of an insats's participants for a year: the outcome summaries, the participant, age, exit,
referral and member tables, and the socioeconomic effect."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch

from finsam.models import Forbund, Member, MemberKind
from finsam.money import percent_of
from interventions.models import (
    DEFAULT_MONTHLY_SCHABLON,
    AgeBandCount,
    ExitCount,
    ExitReason,
    Insats,
    MemberBreakdown,
    ParticipantOutcome,
    ReferralCount,
    ReferralSource,
    SocioeconomicSetting,
)

MONTHS_PER_YEAR = 12


def add_counts(values: Iterable[int | None]) -> int | None:
    """Sum of the known values; ``None`` when none is known (blank stays blank)."""
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def total_of(values: Iterable[int | None]) -> int:
    """Sum for a totals row: unknown counts as 0."""
    return sum(v for v in values if v is not None)


# --- Outcomes --------------------------------------------------------------------------------


def outcomes_prefetched(queryset):
    return queryset.select_related("insats").prefetch_related(
        Prefetch("exits", queryset=ExitCount.objects.select_related("category")),
        Prefetch("referrals", queryset=ReferralCount.objects.select_related("member")),
        Prefetch("age_bands", queryset=AgeBandCount.objects.order_by("age_from")),
        Prefetch(
            "member_breakdown",
            queryset=MemberBreakdown.objects.select_related("member").order_by("member__position"),
        ),
    )


@dataclass
class OutcomeSummary:
    """One insats' line of the förbund's participant table ("Deltagare 2024" in
    sodra-vatterbygden-arsredovisning-2024): the avslutsorsaker grouped as the table prints
    them. ``None`` = not reported (blank)."""

    label: str
    kvinnor: int | None
    man: int | None
    okant: int | None
    deltagare: int | None
    nya: int | None
    avslutade: int | None
    arbete: int | None
    studier: int | None
    arb_rehab: int | None
    sjukdom: int | None
    annat: int | None
    volym: int | None = None
    outcome: ParticipantOutcome | None = None
    insats: Insats | None = None
    # Counts nobody entered (printed "–", left out of charts); on the totals row: the counts
    # that no row knows. ``partial``: totals over rows of which some do not know the count.
    unknown: frozenset[str] = frozenset()
    partial: frozenset[str] = frozenset()

    def cell(self, attribute: str) -> str:
        """The count as printed: the figure, "–" when unknown, "" when simply not reported;
        a total over partly unknown rows is marked with "*" (explained below the table)."""
        if attribute in self.unknown:
            return "–"
        value = getattr(self, attribute)
        if value is None:
            return ""
        return f"{value}*" if attribute in self.partial else str(value)

    @property
    def work_or_studies(self) -> int | None:
        return add_counts([self.arbete, self.studier])

    @property
    def share_work_or_studies(self) -> Decimal | None:
        """Share of the avslutade who left to work or studies."""
        if not self.avslutade:
            return None
        return percent_of(self.work_or_studies or 0, self.avslutade)


SUMMARY_GROUPS: dict[str, tuple[str, ...]] = {
    "arbete": (ExitReason.ARBETE_UTAN_SUBVENTION, ExitReason.ARBETE_MED_SUBVENTION),
    "studier": (ExitReason.STUDIER,),
    "arb_rehab": (ExitReason.ARBETSLIVSINRIKTAD_REHABILITERING,),
    "sjukdom": (ExitReason.SJUKDOM,),
    "annat": (ExitReason.EGEN_BEGARAN, ExitReason.ATER_TILL_REMITTENT, ExitReason.ANNAT),
}


def exit_counts(outcome: ParticipantOutcome) -> dict[str, ExitCount]:
    return {exit.reason: exit for exit in outcome.exits.all()}


def outcome_summary(outcome: ParticipantOutcome) -> OutcomeSummary:
    # The förbund's own avslutsorsaker count under the national one they map to.
    by_reason: dict[str, list[int]] = {}
    for exit in outcome.exits.all():
        by_reason.setdefault(exit.reason, []).append(exit.count)
    grouped = {
        name: add_counts(sum(by_reason[r]) if r in by_reason else None for r in reasons)
        for name, reasons in SUMMARY_GROUPS.items()
    }
    unknown = {name for name in ("nya", "avslutade") if getattr(outcome, name) is None}
    if not by_reason and outcome.avslutade != 0:
        # Some participants left (or nobody said how many) and no reason was entered: the
        # reasons are unknown, not zero.
        unknown |= set(SUMMARY_GROUPS)
    return OutcomeSummary(
        unknown=frozenset(unknown),
        label=outcome.insats.name,
        kvinnor=outcome.deltagare_kvinnor,
        man=outcome.deltagare_man,
        okant=outcome.deltagare_okant,
        deltagare=outcome.deltagare,
        nya=outcome.nya,
        avslutade=outcome.avslutade,
        volym=outcome.volym_deltagare,
        outcome=outcome,
        insats=outcome.insats,
        **grouped,
    )


def summary_outcomes(
    forbund: Forbund, year: int, until: datetime.date | None = None
) -> list[ParticipantOutcome]:
    """Per insats, the record of the förbund's participant table for the year: the one marked
    ``in_summary`` whose period ends latest, but not after ``until`` (default 31 December; a
    Delårsrapport passes 31 August)."""
    until = until or datetime.date(year, 12, 31)
    candidates = outcomes_prefetched(
        ParticipantOutcome.objects.filter(
            insats__forbund=forbund,
            in_summary=True,
            period_end__year=year,
            period_end__lte=until,
        ).order_by("insats__position", "insats__name", "-period_end")
    )
    chosen: dict[int, ParticipantOutcome] = {}
    for outcome in candidates:
        chosen.setdefault(outcome.insats_id, outcome)
    return list(chosen.values())


@dataclass
class ParticipantTable:
    year: int
    rows: list[OutcomeSummary]
    totals: OutcomeSummary

    @property
    def has_unknown_gender(self) -> bool:
        return any(row.okant for row in self.rows)

    @property
    def share_work_or_studies(self) -> Decimal | None:
        return self.totals.share_work_or_studies

    @property
    def partly_unknown(self) -> list[str]:
        """The insatser whose unknown counts the marked totals leave out."""
        if not self.totals.partial:
            return []
        return [row.label for row in self.rows if row.unknown & self.totals.partial]


# Counts that may be unknown (rather than not reported): nya, avslutade and the avslutsorsaker.
TRACKED_ATTRS = ("nya", "avslutade", "arbete", "studier", "arb_rehab", "sjukdom", "annat")
COUNT_ATTRS = (
    "kvinnor",
    "man",
    "okant",
    "deltagare",
    "nya",
    "avslutade",
    "arbete",
    "studier",
    "arb_rehab",
    "sjukdom",
    "annat",
    "volym",
)


def participant_table(
    forbund: Forbund, year: int, until: datetime.date | None = None
) -> ParticipantTable:
    """The förbund-wide participant table of the year with a totals row: a blank count adds 0;
    an unknown count (``OutcomeSummary.unknown``) adds nothing, a total that no row knows is
    unknown, and a total over partly unknown rows is marked partial."""
    rows = [outcome_summary(outcome) for outcome in summary_outcomes(forbund, year, until)]
    unknown = {attr for attr in TRACKED_ATTRS if rows and all(attr in r.unknown for r in rows)}
    partial = {attr for attr in TRACKED_ATTRS if any(attr in r.unknown for r in rows)} - unknown
    totals = OutcomeSummary(
        label="Totalt",
        unknown=frozenset(unknown),
        partial=frozenset(partial),
        **{
            attr: None
            if attr in unknown
            else total_of(getattr(row, attr) for row in rows if attr not in row.unknown)
            for attr in COUNT_ATTRS
        },
    )
    return ParticipantTable(year=year, rows=rows, totals=totals)


# --- Socioekonomisk effekt ---------------------------------------------------------------------


def socioeconomic_setting(forbund: Forbund, year: int) -> SocioeconomicSetting | None:
    """The setting in force in the year: that year's, or the latest earlier one."""
    return (
        SocioeconomicSetting.objects.filter(forbund=forbund, year__lte=year)
        .order_by("-year")
        .first()
    )


def monthly_schablon(forbund: Forbund, year: int) -> Decimal:
    setting = socioeconomic_setting(forbund, year)
    return setting.monthly_schablon if setting else DEFAULT_MONTHLY_SCHABLON


def socioeconomic_effect_amount(persons: int, schablon: Decimal) -> Decimal:
    """Persons who left to work × schablon per month × 12 (15 × 16 200 × 12 = 2 916 000)."""
    return Decimal(persons) * schablon * MONTHS_PER_YEAR


@dataclass(frozen=True)
class SocioeconomicEffect:
    year: int
    persons: int | None  # None: no participant figures and no reported count for the year
    schablon: Decimal
    amount: Decimal | None
    reported: bool  # True: the count an earlier årsredovisning reported, not computed here
    months: int = MONTHS_PER_YEAR


def socioeconomic_effect(forbund: Forbund, year: int) -> SocioeconomicEffect:
    """Persons who left to work in the year × the year's schablon × 12. The count is computed
    from the year's participant table, unless the year's setting holds the count an earlier
    årsredovisning reported (years whose participant figures are not in the system)."""
    own = SocioeconomicSetting.objects.filter(forbund=forbund, year=year).first()
    schablon = monthly_schablon(forbund, year)
    if own is not None and own.reported_persons_to_work is not None:
        persons, reported = own.reported_persons_to_work, True
    else:
        rows = participant_table(forbund, year).rows
        persons = total_of(row.arbete for row in rows) if rows else None
        reported = False
    return SocioeconomicEffect(
        year=year,
        persons=persons,
        schablon=schablon,
        amount=None if persons is None else socioeconomic_effect_amount(persons, schablon),
        reported=reported,
    )


# --- One insats' figures (Bilaga 2) --------------------------------------------------------------


@dataclass
class GenderRow:
    label: str
    values: list[int | None]
    total: int | None


@dataclass
class AgeTable:
    bands: list[str]
    rows: list[GenderRow]  # kvinnor, män, (uppgift saknas), totalt


def age_table(outcome: ParticipantOutcome) -> AgeTable | None:
    bands = list(outcome.age_bands.all())
    if not bands:
        return None
    rows = [
        GenderRow("Kvinnor", [b.kvinnor for b in bands], add_counts(b.kvinnor for b in bands)),
        GenderRow("Män", [b.man for b in bands], add_counts(b.man for b in bands)),
    ]
    if any(b.okant is not None for b in bands):
        rows.append(
            GenderRow(
                "Uppgift saknas", [b.okant for b in bands], add_counts(b.okant for b in bands)
            )
        )
    totals = [b.total for b in bands]
    rows.append(GenderRow("Totalt", totals, add_counts(totals)))
    return AgeTable(bands=[b.label for b in bands], rows=rows)


@dataclass
class CountRow:
    label: str
    count: int | None
    kvinnor: int | None = None
    man: int | None = None


def exit_rows(outcome: ParticipantOutcome) -> list[CountRow]:
    """Every national avslutsorsak in the order of the form, blank where not reported, each
    followed by the förbund's own avslutsorsaker mapped to it."""
    exits = {e.reason: e for e in outcome.exits.all() if not e.category_id}
    own = sorted(
        (e for e in outcome.exits.all() if e.category_id),
        key=lambda e: (e.category.position, e.category.name),
    )
    rows = []
    for reason in ExitReason:
        exit = exits.get(reason.value)
        rows.append(
            CountRow(
                reason.label,
                exit.count if exit else None,
                exit.kvinnor if exit else None,
                exit.man if exit else None,
            )
        )
        for e in own:
            if e.reason == reason.value:
                rows.append(
                    CountRow(
                        f"{e.category.name} ({reason.label.lower()})", e.count, e.kvinnor, e.man
                    )
                )
    return rows


def referral_rows(outcome: ParticipantOutcome) -> list[CountRow]:
    """Every remitterande myndighet; after Kommun, each member kommun counted on its own."""
    counts = {r.source: r.count for r in outcome.referrals.all() if not r.member_id}
    per_member = sorted(
        (r for r in outcome.referrals.all() if r.member_id),
        key=lambda r: (r.member.position, r.member.name),
    )
    rows = []
    for source in ReferralSource:
        rows.append(CountRow(source.label, counts.get(source.value)))
        if source == ReferralSource.KOMMUN:
            rows.extend(CountRow(str(r.member), r.count) for r in per_member)
    return rows


@dataclass
class BreakdownTable:
    """Participants by member kommun and gender for a year and the year before, as
    finnveden-arsredovisning-2020 prints Stöd till arbete – SE/IPS:

    ========== ====== ======== ======= =========== ===========
    \\          Gnosjö Gislaved Värnamo Totalt 2020 Totalt 2019
    Män        8      23       25      56          56
    Kvinnor    10     17       24      51          45
    Totalt 2020 18    40       49      107
    Totalt 2019 20    48       33                  101
    ========== ====== ======== ======= =========== ===========
    """

    year: int
    members: list[Member]
    man: list[int | None]
    kvinnor: list[int | None]
    totals: list[int | None]
    previous_totals: list[int | None]
    total_man: int | None
    total_kvinnor: int | None
    total: int | None
    previous_man: int | None
    previous_kvinnor: int | None
    previous_total: int | None


def _summary_outcome_of(insats: Insats, year: int) -> ParticipantOutcome | None:
    return (
        ParticipantOutcome.objects.filter(insats=insats, in_summary=True, period_end__year=year)
        .order_by("-period_end")
        .prefetch_related(
            Prefetch("member_breakdown", queryset=MemberBreakdown.objects.select_related("member"))
        )
        .first()
    )


def member_breakdown_table(insats: Insats, year: int) -> BreakdownTable | None:
    current = _summary_outcome_of(insats, year)
    if current is None or not current.member_breakdown.all():
        return None
    previous = _summary_outcome_of(insats, year - 1)
    now = {b.member_id: b for b in current.member_breakdown.all()}
    before = {b.member_id: b for b in previous.member_breakdown.all()} if previous else {}
    member_ids = set(now) | set(before)
    members = sorted(
        (b.member for b in [*now.values(), *before.values()] if b.member_id in member_ids),
        key=lambda m: (m.position, m.name),
    )
    members = list({m.pk: m for m in members}.values())

    def col(rows, attr):
        return [getattr(rows[m.pk], attr) if m.pk in rows else None for m in members]

    return BreakdownTable(
        year=year,
        members=members,
        man=col(now, "man"),
        kvinnor=col(now, "kvinnor"),
        totals=col(now, "deltagare"),
        previous_totals=col(before, "deltagare"),
        total_man=add_counts(col(now, "man")),
        total_kvinnor=add_counts(col(now, "kvinnor")),
        total=add_counts(col(now, "deltagare")),
        previous_man=previous.deltagare_man if previous else None,
        previous_kvinnor=previous.deltagare_kvinnor if previous else None,
        previous_total=previous.deltagare if previous else None,
    )


def kommun_members(insats: Insats) -> list[Member]:
    """The kommuner a per-member breakdown is offered for: the participating ones, else all."""
    chosen = [m for m in insats.participants.all() if m.kind == MemberKind.KOMMUN]
    if chosen:
        return sorted(chosen, key=lambda m: (m.position, m.name))
    return list(insats.forbund.members.filter(kind=MemberKind.KOMMUN).order_by("position"))
