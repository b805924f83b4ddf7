"""The numbered chapters of an Årsredovisning or Delårsrapport after the förvaltningsberättelse:
the financial statements in the period's chosen order (``ReportPeriod.statement_order``), the
redovisningsprinciper (unless the notes carry them as Not 1), the notes and the signatures.

One list serves the table of contents and the headings, so both always number alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reports.models import ReportPeriod, StatementOrder

TITLES = {
    "driftredovisning": "Driftsredovisning",
    "resultatrakning": "Resultaträkning",
    "balansrakning": "Balansräkning",
    "kassaflodesanalys": "Kassaflödesanalys",
    "redovisningsprinciper": "Redovisningsprinciper",
    "noter": "Noter",
    "underskrift": "Styrelsens underskrift",
}

STATEMENTS = ("resultatrakning", "balansrakning", "kassaflodesanalys")
ORDERS = {
    StatementOrder.DRIFT_FORST: ("driftredovisning", *STATEMENTS),
    StatementOrder.DRIFT_SIST: (*STATEMENTS, "driftredovisning"),
}

# Where the sekreterare can place subsections besides the text sections (``reports.outline``).
OUTLINE_KEYS = ("driftredovisning", *STATEMENTS, "noter")


@dataclass
class Chapter:
    key: str
    number: int
    title: str
    new_page: bool
    subs: list = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return self.key


def report_chapters(
    period: ReportPeriod, notes: list, subsections: dict[str, list] | None = None
) -> list[Chapter]:
    """Chapters 2, 3, … in print order. The first starts a new page and the others follow on
    (a long table breaks across pages with its header repeated, rather than leaving a
    near-empty page); the signatures always start a page of their own."""
    keys = list(ORDERS.get(period.statement_order, ORDERS[StatementOrder.DRIFT_FORST]))
    if not any(note.key == "principer" for note in notes):
        keys.append("redovisningsprinciper")
    keys.append("noter")
    subsections = subsections or {}
    chapters = [
        Chapter(
            key=key,
            number=number,
            title=TITLES[key],
            new_page=index == 0,
            subs=subsections.get(key, []),
        )
        for index, (number, key) in enumerate(enumerate(keys, start=2))
    ]
    chapters.append(Chapter("underskrift", len(keys) + 2, TITLES["underskrift"], True))
    return chapters
