"""The tables of an insats's chapter in Bilaga 2: participants by gender and age, referrals, exits,
goals and indicators, as rows ready to print."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from interventions.models import (
    ExitCount,
    ExitReason,
    Goal,
    IndicatorResult,
    ParticipantOutcome,
    ReferralCount,
    ReferralSource,
)
from interventions.selectors import add_counts

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
