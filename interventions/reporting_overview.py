"""The förbund's participant overview of a year: the unique individuals and the sentence the report
prints about them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from finsam.models import Forbund
from finsam.wording import join_swedish
from interventions import selectors
from interventions.models import (
    ParticipantTotal,
)
from interventions.selectors import add_counts

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
