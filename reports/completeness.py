"""The completeness gate: a document is not sent to the board while a statutory section is
empty, still holds placeholder text, or holds a text copied from last year that nobody has
reviewed. Each refusal names the section, in Swedish.

What is statutory per kind of document is ``reports.texts.STATUTORY`` (R15/R17 and the seeds):
the sections whose content is the writer's text alone. Sections with computed content (the board
table, the five-year overview) are never empty and are not listed there.
"""

from __future__ import annotations

import re

from reports import texts
from reports.models import ReportDocument, ReportText

EMPTY = "Avsnittet ”{title}” är tomt. Skriv texten innan dokumentet skickas till styrelsen."
PLACEHOLDER = (
    "Avsnittet ”{title}” innehåller platshållartext (”{found}”). Skriv den färdiga texten."
)
UNREVIEWED = (
    "Texten i ”{title}” är kopierad från förra året och inte granskad. Läs igenom den och spara "
    "den (eller ändra den) innan dokumentet skickas in."
)

# Typical placeholders: "[Text saknas …]", "[skriv här]", "XXX", "TODO", "Lorem ipsum", "…?…".
PLACEHOLDERS = re.compile(
    r"\[\s*(?:text saknas|skriv|fyll i|infoga|lägg till|platshållare)[^\]]*\]"
    r"|\bX{3,}\b|\bTODO\b|\bTBD\b|lorem ipsum|\?\?\?",
    re.IGNORECASE,
)


def placeholder_in(body: str) -> str | None:
    found = PLACEHOLDERS.search(body or "")
    return found.group(0) if found else None


def _title(text: ReportText, document: ReportDocument) -> str:
    if text.insats_id is not None:
        return f"Bilaga 2: {text.insats.name}"
    section = texts.section_for(document, text.section)
    return section.title if section else text.section


def incomplete_sections(document: ReportDocument) -> list[str]:
    """Why the document's texts are not ready for the board, one Swedish message per section,
    in the document's order; empty when they are."""
    saved = {
        (text.section, text.insats_id): text
        for text in ReportText.objects.filter(document=document).select_related("insats")
    }
    problems: list[str] = []
    for section in texts.sections_for(document.kind):
        text = saved.get((section.key, None))
        body = text.body if text is not None else ""
        if not body.strip():
            if texts.is_statutory(section, document.kind) and not section.default_for(
                document.kind
            ):
                problems.append(EMPTY.format(title=section.title))
            continue
        found = placeholder_in(body)
        if found:
            problems.append(PLACEHOLDER.format(title=section.title, found=found))
        elif text.is_draft_copy:
            problems.append(UNREVIEWED.format(title=section.title))
    insats_texts = sorted(
        (text for (_, insats_id), text in saved.items() if insats_id is not None),
        key=lambda text: (text.insats.position, text.insats.name),
    )
    for text in insats_texts:
        if not text.body.strip():
            continue
        found = placeholder_in(text.body)
        if found:
            problems.append(PLACEHOLDER.format(title=_title(text, document), found=found))
        elif text.is_draft_copy:
            problems.append(UNREVIEWED.format(title=_title(text, document)))
    return problems
