"""Bilaga 2 and the förvaltningsberättelse's participants in a report document: the chapters
and overview from ``interventions.reporting`` with each chapter's charts (the charts live in
this app). documents.py adds the returned context to the report's."""

import datetime

from django.utils.safestring import SafeString

from interventions import reporting
from interventions.models import InsatsKind, StructuralPlacement
from interventions.selectors import ParticipantTable
from reports.charts import Series, bar_chart


def _ages_chart(chapter) -> SafeString | None:
    table = chapter.ages
    rows = {row.label: row for row in table.rows}
    if "Kvinnor" not in rows or "Män" not in rows:
        return None
    return bar_chart(
        f"{chapter.name}: {table.caption.lower()} och kön",
        table.columns,
        [
            Series("Kvinnor", tuple(rows["Kvinnor"].values)),
            Series("Män", tuple(rows["Män"].values)),
        ],
    )


def _exits_chart(chapter) -> SafeString | None:
    rows = [row for row in chapter.exits.rows if row.count]
    if len(rows) < 2:
        return None
    return bar_chart(
        f"{chapter.name}: {chapter.exits.caption.lower()}",
        [row.label for row in rows],
        [Series("Avslutade", tuple(row.count for row in rows))],
    )


def _with_charts(chapters: list) -> list:
    for chapter in chapters:
        chapter.ages_chart = _ages_chart(chapter) if chapter.ages else None
        chapter.exits_chart = _exits_chart(chapter) if chapter.exits else None
    return chapters


def insats_report_context(
    forbund,
    year: int,
    until: datetime.date | None,
    participants: ParticipantTable,
    insats_texts: dict[int, SafeString],
) -> dict:
    structural = reporting.insats_chapters(
        forbund, year, until, texts=insats_texts, kind=InsatsKind.STRUKTUR
    )
    return {
        "insatser": _with_charts(
            reporting.insats_chapters(forbund, year, until, texts=insats_texts)
        ),
        "structural_here": [
            c
            for c in structural
            if c.insats.structural_placement == StructuralPlacement.FORVALTNING
        ],
        "structural_bilaga": [
            c for c in structural if c.insats.structural_placement == StructuralPlacement.BILAGA
        ],
        "participant_overview": reporting.participant_overview(
            forbund, year, until, table=participants
        ),
    }
