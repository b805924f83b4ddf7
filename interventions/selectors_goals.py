"""Reads of the goals of the förbund and its insatser: the goals of a year, their counts by status,
and the sentence that sums them up."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from finsam.models import Forbund
from finsam.wording import join_swedish
from interventions.models import (
    Goal,
    GoalStatus,
    Insats,
)

# --- Goals -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoalCounts:
    uppfyllt: int = 0
    delvis: int = 0
    ej_uppfyllt: int = 0
    ej_bedomt: int = 0
    utan_status: int = 0

    @property
    def total(self) -> int:
        return self.uppfyllt + self.delvis + self.ej_uppfyllt + self.ej_bedomt + self.utan_status


STATUS_ATTR = {
    GoalStatus.UPPFYLLT: "uppfyllt",
    GoalStatus.DELVIS: "delvis",
    GoalStatus.EJ_UPPFYLLT: "ej_uppfyllt",
    GoalStatus.EJ_BEDOMT: "ej_bedomt",
    "": "utan_status",
}


def plan_goals(forbund: Forbund, year: int) -> list[Goal]:
    """The verksamhetsplan's åtaganden of the year (Bilaga 1), in their order."""
    return list(Goal.objects.filter(forbund=forbund, year=year, insats__isnull=True))


def insats_goals(forbund: Forbund, year: int, insats: Insats | None = None) -> list[Goal]:
    goals = Goal.objects.filter(forbund=forbund, year=year, insats__isnull=False)
    if insats is not None:
        goals = goals.filter(insats=insats)
    return list(goals.select_related("insats"))


def goal_counts(goals: Iterable[Goal]) -> GoalCounts:
    counts = dict.fromkeys(STATUS_ATTR.values(), 0)
    for goal in goals:
        counts[STATUS_ATTR[goal.status]] += 1
    return GoalCounts(**counts)


NUMBER_WORDS_NEUTER = [
    "inget",
    "ett",
    "två",
    "tre",
    "fyra",
    "fem",
    "sex",
    "sju",
    "åtta",
    "nio",
    "tio",
    "elva",
    "tolv",
    "tretton",
    "fjorton",
    "femton",
    "sexton",
    "sjutton",
    "arton",
    "nitton",
]
TENS = {2: "tjugo", 3: "trettio", 4: "fyrtio", 5: "femtio", 6: "sextio", 7: "sjuttio"}
TENS |= {8: "åttio", 9: "nittio"}


def number_word(number: int) -> str:
    """A count of (neuter) goals in Swedish words: 0 'inget', 1 'ett', 13 'tretton', 21
    'tjugoett'; digits from 100."""
    if number < 0:
        raise ValueError("number must be >= 0")
    if number < len(NUMBER_WORDS_NEUTER):
        return NUMBER_WORDS_NEUTER[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return TENS[tens] + (NUMBER_WORDS_NEUTER[ones] if ones else "")
    return str(number)


def goal_summary_sentence(counts: GoalCounts, year: int) -> str:
    """Bilaga 1's summary sentence, worded as sodra-vatterbygden-arsredovisning-2024 does:
    'Sju av de tretton målen i verksamhetsplanen för 2024 bedöms uppfyllda under året, fyra
    bedöms inte vara uppfyllda, ett delvis uppfyllt och ett mål har inte varit möjligt att
    bedöma.' Parts with no goals are left out; goals without a status are named last."""
    total = counts.total
    if total == 0:
        return f"Verksamhetsplanen för {year} har inga registrerade mål."
    if total == 1:
        single = {
            "uppfyllt": "bedöms uppfyllt under året",
            "delvis": "bedöms delvis uppfyllt under året",
            "ej_uppfyllt": "bedöms inte vara uppfyllt",
            "ej_bedomt": "har inte varit möjligt att bedöma",
            "utan_status": "har ännu ingen bedömning",
        }
        attr = next(a for a in single if getattr(counts, a))
        return f"Det enda målet i verksamhetsplanen för {year} {single[attr]}."

    def plural(n: int, one: str, many: str) -> str:
        return one if n <= 1 else many

    head = (
        f"{number_word(counts.uppfyllt)} av de {number_word(total)} målen i verksamhetsplanen "
        f"för {year} bedöms {plural(counts.uppfyllt, 'uppfyllt', 'uppfyllda')} under året"
    )
    parts = []
    if counts.ej_uppfyllt:
        n = counts.ej_uppfyllt
        parts.append(f"{number_word(n)} bedöms inte vara {plural(n, 'uppfyllt', 'uppfyllda')}")
    if counts.delvis:
        n = counts.delvis
        parts.append(f"{number_word(n)} delvis {plural(n, 'uppfyllt', 'uppfyllda')}")
    if counts.ej_bedomt:
        n = counts.ej_bedomt
        parts.append(
            f"{number_word(n)} mål har inte varit {plural(n, 'möjligt', 'möjliga')} att bedöma"
        )
    if counts.utan_status:
        parts.append(f"{number_word(counts.utan_status)} saknar ännu bedömning")
    sentence = join_swedish([head, *parts])
    return sentence[0].upper() + sentence[1:] + "."
