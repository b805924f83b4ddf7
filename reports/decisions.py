"""The board's decision on a document: what the cover and the signature page print.

A ``Decision`` is the decision date, the meeting's paragraph (§), the place, the diarienummer and
the signatories (name and board role, in print order). Before approval it is proposed from the
document and the board of the day (``proposed_decision``) and edited on the approval form; at
approval it is stored as a ``BoardDecision`` with the approved version (``store_decision``) and
read back from there (``decision_of``). The time the button was clicked is not part of it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from finsam import selectors as core
from finsam.models import BoardRole
from reports.models import ApprovedVersion, BoardDecision, ReportDocument

MAX_SIGNATORIES = 40

DATE_REQUIRED = "Ange datumet för styrelsens beslut."
DATE_IN_FUTURE = "Beslutsdatumet kan inte ligga efter i dag ({today})."
PARAGRAPH_REQUIRED = "Ange protokollets paragraf (§) för beslutet."
PLACE_REQUIRED = "Ange orten där beslutet fattades (skrivs ut på underskriftssidan)."
SIGNATORIES_REQUIRED = "Ange minst en undertecknare."
SIGNATORY_LINE = (
    "Rad {number}: skriv namn och roll åtskilda av kommatecken, t.ex. ”Anna Berg, Ledamot”."
)
TOO_MANY_SIGNATORIES = "Högst {limit} undertecknare."
TOO_LONG = "Rad {number} är för lång (högst 200 tecken)."


class DecisionError(Exception):
    """Invalid decision data: ``errors`` maps a form field to its Swedish message."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


@dataclass(frozen=True)
class Signatory:
    name: str
    role: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role}


@dataclass(frozen=True)
class Decision:
    decided_on: datetime.date
    paragraph: str = ""
    place: str = ""
    diarienummer: str = ""
    signatories: tuple[Signatory, ...] = field(default_factory=tuple)

    @property
    def paragraph_label(self) -> str:
        """ "§ 5" (the paragraph as typed, with the sign once)."""
        text = self.paragraph.strip().lstrip("§").strip()
        return f"§ {text}" if text else ""

    @property
    def ordforande(self) -> Signatory | None:
        """Who signs "Ordföranden har ordet": the signatory who is ordförande."""
        label = BoardRole.ORDFORANDE.label.lower()
        return next((s for s in self.signatories if s.role.lower() == label), None)


# --- Reads --------------------------------------------------------------------------------------


def default_signatories(forbund, day: datetime.date) -> tuple[Signatory, ...]:
    """The ordinary board members sitting on ``day``, ordförande first, with their role."""
    return tuple(
        Signatory(member.name, member.get_role_display())
        for member in core.board_signatories(forbund, day)
    )


def proposed_decision(document: ReportDocument, day: datetime.date | None = None) -> Decision:
    """What the approval form starts from: today (or ``day``), the förbund's säte, the document's
    diarienummer and the board sitting that day."""
    forbund = document.fiscal_year.forbund
    day = day or timezone.localdate()
    return Decision(
        decided_on=day,
        paragraph="",
        place=forbund.sate or "",
        diarienummer=document.diarienummer,
        signatories=default_signatories(forbund, day),
    )


def decision_of(version: ApprovedVersion) -> Decision | None:
    stored = BoardDecision.objects.filter(version=version).first()
    if stored is None:
        return None
    return Decision(
        decided_on=stored.decided_on,
        paragraph=stored.paragraph,
        place=stored.place,
        diarienummer=stored.diarienummer,
        signatories=tuple(Signatory(s["name"], s["role"]) for s in stored.signatories),
    )


# --- The form's text of signatories -------------------------------------------------------------


def signatories_text(signatories) -> str:
    """One line per signatory, "Namn, Roll", as the approval form shows them."""
    return "\n".join(f"{s.name}, {s.role}" for s in signatories)


def parse_signatories(text: str) -> tuple[Signatory, ...]:
    """ "Namn, Roll" per line (blank lines skipped); raises DecisionError naming the line."""
    signatories = []
    lines = [line.strip() for line in (text or "").replace("\r", "").split("\n")]
    for number, line in enumerate(lines, start=1):
        if not line:
            continue
        if len(line) > 200:
            raise DecisionError({"signatories": TOO_LONG.format(number=number)})
        name, comma, role = line.rpartition(",")
        if not comma or not name.strip() or not role.strip():
            raise DecisionError({"signatories": SIGNATORY_LINE.format(number=number)})
        role = role.strip()
        signatories.append(Signatory(" ".join(name.split()), role[:1].upper() + role[1:]))
    if not signatories:
        raise DecisionError({"signatories": SIGNATORIES_REQUIRED})
    if len(signatories) > MAX_SIGNATORIES:
        raise DecisionError({"signatories": TOO_MANY_SIGNATORIES.format(limit=MAX_SIGNATORIES)})
    return tuple(signatories)


# --- Validation and storing ---------------------------------------------------------------------


def validate_decision(document: ReportDocument, decision: Decision) -> Decision:
    """The decision with its fields trimmed; raises DecisionError (field → Swedish message)."""
    errors: dict[str, str] = {}
    today = timezone.localdate()
    if decision.decided_on is None:
        errors["decided_on"] = DATE_REQUIRED
    elif decision.decided_on > today:
        errors["decided_on"] = DATE_IN_FUTURE.format(today=f"{today:%Y-%m-%d}")
    paragraph = decision.paragraph.strip().lstrip("§").strip()
    if not paragraph:
        errors["paragraph"] = PARAGRAPH_REQUIRED
    place = " ".join(decision.place.split())
    if not place:
        errors["place"] = PLACE_REQUIRED
    if not decision.signatories:
        errors["signatories"] = SIGNATORIES_REQUIRED
    if errors:
        raise DecisionError(errors)
    return Decision(
        decided_on=decision.decided_on,
        paragraph=paragraph[:20],
        place=place[:100],
        diarienummer=decision.diarienummer.strip()[:40],
        signatories=tuple(decision.signatories),
    )


def store_decision(version: ApprovedVersion, decision: Decision) -> BoardDecision:
    return BoardDecision.objects.create(
        version=version,
        decided_on=decision.decided_on,
        paragraph=decision.paragraph,
        place=decision.place,
        diarienummer=decision.diarienummer,
        signatories=[s.as_dict() for s in decision.signatories],
    )
