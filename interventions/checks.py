"""Consistency checks of insatser, outcomes and goals, run before a report can be approved.

``run_checks(forbund, year)`` lists every problem of the year, each with a severity (``fel``
must be fixed, ``varning`` should be looked at), a Swedish message naming the figures and the
difference, and the URL of the form where it is fixed. The outcome checks work on plain figures
(``OutcomeFigures``) so the entry form can show them while the user types, before anything is
saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from django.urls import reverse

from finsam.models import Forbund
from finsam.money import format_amount
from interventions import selectors
from interventions.models import ExitReason, Goal, InsatsFinancing, ParticipantOutcome


class Severity(StrEnum):
    FEL = "fel"
    VARNING = "varning"


# Check codes.
DELTAGARE_KON = "deltagare-kon"
DELTAGARE_ALDER = "deltagare-alder"
DELTAGARE_MEDLEM = "deltagare-medlem"
NYA_OVER_DELTAGARE = "nya-over-deltagare"
AVSLUTADE_OVER_DELTAGARE = "avslutade-over-deltagare"
KON_OVER_SUMMA = "kon-over-summa"
AVSLUTSORSAK_SUMMA = "avslutsorsak-summa"
MAL_STATUS = "mal-status"
MAL_UTFALL_UTAN_STATUS = "mal-utfall-utan-status"
UTFALL_OVER_BEVILJAT = "utfall-over-beviljat"

# Messages (the figures are formatted as in the reports, e.g. "1 459 434").
DELTAGARE_KON_MSG = (
    "Kvinnor, män och uppgift saknas är tillsammans {split} men deltagarna är {total} "
    "(skillnad {diff})."
)
DELTAGARE_KON_UTAN_TOTAL_MSG = (
    "Kvinnor, män och uppgift saknas är tillsammans {split} men antalet deltagare saknas."
)
DELTAGARE_ALDER_MSG = (
    "Åldersgrupperna summerar till {split}{who} men {who_total} är {total} (skillnad {diff})."
)
DELTAGARE_MEDLEM_MSG = (
    "Deltagarna per kommun summerar till {split}{who} men {who_total} är {total} (skillnad {diff})."
)
NYA_OVER_DELTAGARE_MSG = (
    "{nya} nya deltagare är fler än de {deltagare} deltagarna (skillnad {diff})."
)
AVSLUTADE_OVER_DELTAGARE_MSG = (
    "{avslutade} avslutade är fler än de {deltagare} deltagarna (skillnad {diff})."
)
AVSLUTADE_OVER_DELTAGARE_KON_MSG = (
    "{avslutade} avslutade {who} är fler än de {deltagare} deltagande {who_def} (skillnad {diff})."
)
KON_OVER_SUMMA_MSG = (
    "{what}: kvinnor och män är tillsammans {split}, fler än totalt {total} (skillnad {diff})."
)
AVSLUTSORSAK_OVER_MSG = (
    "Avslutsorsakerna summerar till {split} men de avslutade är {total} (skillnad {diff})."
)
AVSLUTSORSAK_UNDER_MSG = (
    "Avslutsorsak saknas för {diff} av {total} avslutade (orsakerna summerar till {split})."
)
AVSLUTSORSAK_UTAN_TOTAL_MSG = "Avslutsorsakerna summerar till {split} men antalet avslutade saknas."
MAL_STATUS_MSG = "Målet ”{text}” saknar bedömning av måluppfyllelse."
MAL_UTFALL_UTAN_STATUS_MSG = (
    "Målet ”{text}” har utfallet {outcome} (målvärde {target}) men ingen bedömning av "
    "måluppfyllelse."
)
UTFALL_OVER_BEVILJAT_MSG = (
    "Utfallet {outcome} kr är högre än beviljat max {granted} kr (skillnad {diff} kr)."
)


def n(value: int) -> str:
    return format_amount(value)


@dataclass(frozen=True)
class Problem:
    """A problem of one record: ``field`` names the entry field it is shown next to."""

    code: str
    severity: Severity
    message: str
    field: str = ""


@dataclass(frozen=True)
class CheckResult:
    code: str
    severity: Severity
    subject: str
    message: str
    url: str

    @property
    def text(self) -> str:
        return f"{self.subject}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.FEL


# --- Outcome figures -----------------------------------------------------------------------------


@dataclass
class ExitFigures:
    count: int | None
    kvinnor: int | None = None
    man: int | None = None


@dataclass
class AgeFigures:
    label: str
    kvinnor: int | None
    man: int | None
    okant: int | None


@dataclass
class MemberFigures:
    name: str
    deltagare: int | None
    kvinnor: int | None = None
    man: int | None = None


@dataclass
class OutcomeFigures:
    deltagare: int | None = None
    deltagare_kvinnor: int | None = None
    deltagare_man: int | None = None
    deltagare_okant: int | None = None
    nya: int | None = None
    nya_kvinnor: int | None = None
    nya_man: int | None = None
    avslutade: int | None = None
    avslutade_kvinnor: int | None = None
    avslutade_man: int | None = None
    exits: dict[str, ExitFigures] = field(default_factory=dict)
    age_bands: list[AgeFigures] = field(default_factory=list)
    members: list[MemberFigures] = field(default_factory=list)

    @classmethod
    def of(cls, outcome: ParticipantOutcome) -> OutcomeFigures:
        return cls(
            **{name: getattr(outcome, name) for name in COUNT_FIELDS},
            exits={
                (e.category.name if e.category_id else e.reason): ExitFigures(
                    e.count, e.kvinnor, e.man
                )
                for e in outcome.exits.all()
            },
            age_bands=[
                AgeFigures(b.label, b.kvinnor, b.man, b.okant) for b in outcome.age_bands.all()
            ],
            members=[
                MemberFigures(b.member.name, b.deltagare, b.kvinnor, b.man)
                for b in outcome.member_breakdown.all()
            ],
        )


def _exit_label(key: str) -> str:
    """A national avslutsorsak's label; the förbund's own categories are keyed by their name."""
    return ExitReason(key).label if key in ExitReason.values else key


COUNT_FIELDS = (
    "deltagare",
    "deltagare_kvinnor",
    "deltagare_man",
    "deltagare_okant",
    "nya",
    "nya_kvinnor",
    "nya_man",
    "avslutade",
    "avslutade_kvinnor",
    "avslutade_man",
)


def _sum(values) -> int | None:
    return selectors.add_counts(values)


def outcome_problems(f: OutcomeFigures) -> list[Problem]:
    """Every inconsistency of one outcome record's figures."""
    problems: list[Problem] = []
    fel, varning = Severity.FEL, Severity.VARNING

    # Gender split of the participants.
    split = _sum([f.deltagare_kvinnor, f.deltagare_man, f.deltagare_okant])
    if split is not None and f.deltagare is None:
        problems.append(
            Problem(
                DELTAGARE_KON, fel, DELTAGARE_KON_UTAN_TOTAL_MSG.format(split=n(split)), "deltagare"
            )
        )
    elif split is not None and split != f.deltagare:
        problems.append(
            Problem(
                DELTAGARE_KON,
                fel,
                DELTAGARE_KON_MSG.format(
                    split=n(split), total=n(f.deltagare), diff=n(abs(split - f.deltagare))
                ),
                "deltagare",
            )
        )

    # Age bands, in total and per gender where both are known.
    if f.age_bands:
        pairs = [
            (
                "",
                "deltagarna",
                f.deltagare,
                _sum(_sum([b.kvinnor, b.man, b.okant]) for b in f.age_bands),
            ),
            (
                " för kvinnor",
                "kvinnorna",
                f.deltagare_kvinnor,
                _sum(b.kvinnor for b in f.age_bands),
            ),
            (" för män", "männen", f.deltagare_man, _sum(b.man for b in f.age_bands)),
        ]
        for who, who_total, total, age_sum in pairs:
            if total is None or age_sum is None or total == age_sum:
                continue
            message = DELTAGARE_ALDER_MSG.format(
                split=n(age_sum),
                who=who,
                who_total=who_total,
                total=n(total),
                diff=n(abs(total - age_sum)),
            )
            problems.append(Problem(DELTAGARE_ALDER, fel, message, "age"))
            break

    # Breakdown by member kommun.
    if f.members:
        for member in f.members:
            member_split = _sum([member.kvinnor, member.man])
            if (
                member_split is not None
                and member.deltagare is not None
                and (member_split > member.deltagare)
            ):
                problems.append(
                    Problem(
                        KON_OVER_SUMMA,
                        fel,
                        KON_OVER_SUMMA_MSG.format(
                            what=member.name,
                            split=n(member_split),
                            total=n(member.deltagare),
                            diff=n(member_split - member.deltagare),
                        ),
                        "members",
                    )
                )
        pairs = [
            ("", "deltagarna", f.deltagare, _sum(m.deltagare for m in f.members)),
            (
                " för kvinnor",
                "kvinnorna",
                f.deltagare_kvinnor,
                _sum(m.kvinnor for m in f.members)
                if all(m.kvinnor is not None for m in f.members)
                else None,
            ),
            (
                " för män",
                "männen",
                f.deltagare_man,
                _sum(m.man for m in f.members)
                if all(m.man is not None for m in f.members)
                else None,
            ),
        ]
        for who, who_total, total, member_sum in pairs:
            if total is None or member_sum is None or total == member_sum:
                continue
            message = DELTAGARE_MEDLEM_MSG.format(
                split=n(member_sum),
                who=who,
                who_total=who_total,
                total=n(total),
                diff=n(abs(total - member_sum)),
            )
            problems.append(Problem(DELTAGARE_MEDLEM, fel, message, "members"))

    # Nya and avslutade are among the participants.
    if f.nya is not None and f.deltagare is not None and f.nya > f.deltagare:
        problems.append(
            Problem(
                NYA_OVER_DELTAGARE,
                fel,
                NYA_OVER_DELTAGARE_MSG.format(
                    nya=n(f.nya), deltagare=n(f.deltagare), diff=n(f.nya - f.deltagare)
                ),
                "nya",
            )
        )
    for template, who, who_def, done, part in (
        (AVSLUTADE_OVER_DELTAGARE_MSG, "", "", f.avslutade, f.deltagare),
        (
            AVSLUTADE_OVER_DELTAGARE_KON_MSG,
            "kvinnor",
            "kvinnorna",
            f.avslutade_kvinnor,
            f.deltagare_kvinnor,
        ),
        (AVSLUTADE_OVER_DELTAGARE_KON_MSG, "män", "männen", f.avslutade_man, f.deltagare_man),
    ):
        if done is not None and part is not None and done > part:
            message = template.format(
                avslutade=n(done),
                deltagare=n(part),
                who=who,
                who_def=who_def,
                diff=n(done - part),
            )
            problems.append(Problem(AVSLUTADE_OVER_DELTAGARE, fel, message, "avslutade"))

    # Gender splits of nya, avslutade and each avslutsorsak do not exceed their totals.
    for what, total, kvinnor, man, field_name in (
        ("Nya", f.nya, f.nya_kvinnor, f.nya_man, "nya"),
        ("Avslutade", f.avslutade, f.avslutade_kvinnor, f.avslutade_man, "avslutade"),
        *(
            (_exit_label(reason), e.count, e.kvinnor, e.man, "exits")
            for reason, e in f.exits.items()
        ),
    ):
        split = _sum([kvinnor, man])
        if split is not None and total is not None and split > total:
            problems.append(
                Problem(
                    KON_OVER_SUMMA,
                    fel,
                    KON_OVER_SUMMA_MSG.format(
                        what=what, split=n(split), total=n(total), diff=n(split - total)
                    ),
                    field_name,
                )
            )

    # Avslutsorsaker add up to the avslutade.
    reasons = _sum(e.count for e in f.exits.values())
    if reasons is not None:
        if f.avslutade is None:
            problems.append(
                Problem(
                    AVSLUTSORSAK_SUMMA,
                    varning,
                    AVSLUTSORSAK_UTAN_TOTAL_MSG.format(split=n(reasons)),
                    "avslutade",
                )
            )
        elif reasons > f.avslutade:
            problems.append(
                Problem(
                    AVSLUTSORSAK_SUMMA,
                    fel,
                    AVSLUTSORSAK_OVER_MSG.format(
                        split=n(reasons), total=n(f.avslutade), diff=n(reasons - f.avslutade)
                    ),
                    "exits",
                )
            )
        elif reasons < f.avslutade:
            problems.append(
                Problem(
                    AVSLUTSORSAK_SUMMA,
                    varning,
                    AVSLUTSORSAK_UNDER_MSG.format(
                        split=n(reasons), total=n(f.avslutade), diff=n(f.avslutade - reasons)
                    ),
                    "exits",
                )
            )
    return problems


# --- The year's checks ---------------------------------------------------------------------------


def _outcome_url(outcome: ParticipantOutcome) -> str:
    return reverse(
        "insats-outcome-edit",
        kwargs={
            "forbund": outcome.insats.forbund.slug,
            "pk": outcome.insats_id,
            "outcome": outcome.pk,
        },
    )


def outcome_checks(forbund: Forbund, year: int) -> list[CheckResult]:
    outcomes = selectors.outcomes_prefetched(
        ParticipantOutcome.objects.filter(insats__forbund=forbund, period_end__year=year)
        .select_related("insats__forbund")
        .order_by("insats__position", "insats__name", "period_start")
    )
    results = []
    for outcome in outcomes:
        for problem in outcome_problems(OutcomeFigures.of(outcome)):
            results.append(
                CheckResult(
                    code=problem.code,
                    severity=problem.severity,
                    subject=f"{outcome.insats.name}, {outcome.period_label}",
                    message=problem.message,
                    url=_outcome_url(outcome),
                )
            )
    return results


def _goal_problem(goal: Goal) -> tuple[str, Severity, str]:
    """A goal without status is an error; one whose outcome value is entered but not yet
    assessed is a warning that names the value."""
    if goal.outcome_value is not None:
        message = MAL_UTFALL_UTAN_STATUS_MSG.format(
            text=str(goal), outcome=goal.outcome_display, target=goal.target_display or "–"
        )
        return MAL_UTFALL_UTAN_STATUS, Severity.VARNING, message
    return MAL_STATUS, Severity.FEL, MAL_STATUS_MSG.format(text=str(goal))


def goal_checks(forbund: Forbund, year: int) -> list[CheckResult]:
    goals = Goal.objects.filter(forbund=forbund, year=year, status="").select_related("insats")
    results = []
    for goal in goals:
        code, severity, message = _goal_problem(goal)
        results.append(
            CheckResult(
                code=code,
                severity=severity,
                subject=goal.insats.name if goal.insats else f"Verksamhetsplan {year}",
                message=message,
                url=reverse("insats-goal-edit", kwargs={"forbund": forbund.slug, "pk": goal.pk}),
            )
        )
    return results


def financing_checks(forbund: Forbund, year: int) -> list[CheckResult]:
    results = []
    financing = InsatsFinancing.objects.filter(
        insats__forbund=forbund, year=year, granted_max__isnull=False
    ).select_related("insats__forbund", "budget_line")
    # Read once for every financing that names no budget line, whether or not one does.
    selectors.budget_cost_lines(forbund, year)
    for item in financing:
        economy = selectors.insats_economy(item.insats, year, item)
        over = economy.over_granted_max
        if over is None:
            continue
        results.append(
            CheckResult(
                code=UTFALL_OVER_BEVILJAT,
                severity=Severity.VARNING,
                subject=f"{item.insats.name} {year}",
                message=UTFALL_OVER_BEVILJAT_MSG.format(
                    outcome=format_amount(economy.outcome),
                    granted=format_amount(economy.granted_max),
                    diff=format_amount(over),
                ),
                url=reverse(
                    "insats-financing-edit",
                    kwargs={"forbund": forbund.slug, "pk": item.insats_id, "year": year},
                ),
            )
        )
    return results


def run_checks(forbund: Forbund, year: int) -> list[CheckResult]:
    """Every check of the year's insatser, outcomes and goals; errors first."""
    results = [
        *outcome_checks(forbund, year),
        *goal_checks(forbund, year),
        *financing_checks(forbund, year),
    ]
    return sorted(results, key=lambda r: r.severity != Severity.FEL)
