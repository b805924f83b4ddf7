"""The outline a förbund shapes inside the statutory skeleton: subsections (a title, a text and
optionally a data block) placed in any section of a document, in their order.

Data blocks are chosen from ``BLOCKS``: computed tables the document already shows elsewhere,
rendered from the same context (one place computes each figure). A block placed in a subsection
is printed there instead of in its default place.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.safestring import SafeString

from reports import texts
from reports.models import DocumentSubsection, ReportDocument

TITLE_REQUIRED = "Ange en rubrik för underavsnittet."
UNKNOWN_BLOCK = "Det finns inget datablock som heter {block}."

# key → (label, the kinds of document that can show it)
BLOCKS: dict[str, tuple[str, tuple[str, ...]]] = {
    "styrelse": ("Styrelsens ledamöter och ersättare per medlem", (texts.DR, texts.AR)),
    "deltagare": ("Deltagare per insats (kvinnor, män, avslut)", (texts.DR, texts.AR)),
    "femar": ("Femårsöversikt", (texts.AR,)),
    "balanskrav": ("Balanskravsresultat", (texts.DR, texts.AR)),
    "socioekonomi": ("Socioekonomiska effekter", (texts.AR,)),
    "mal": ("Verksamhetsplanens mål och måluppfyllelse", (texts.DR, texts.AR)),
}


class OutlineError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Subsection:
    title: str
    html: SafeString
    block: str


def subsections_for(document: ReportDocument) -> dict[str, list[Subsection]]:
    """Section key → its subsections in order, as the templates print them."""
    result: dict[str, list[Subsection]] = {}
    for row in DocumentSubsection.objects.filter(document=document).order_by(
        "section", "position", "pk"
    ):
        result.setdefault(row.section, []).append(
            Subsection(row.title, texts.markup_to_html(row.body), row.block)
        )
    return result


def placed_blocks(subsections: dict[str, list[Subsection]]) -> set[str]:
    return {sub.block for subs in subsections.values() for sub in subs if sub.block}


@transaction.atomic
def subsection_add(
    *, document: ReportDocument, section: str, title: str, body: str = "", block: str = ""
) -> DocumentSubsection:
    """Append a subsection to a section of the document (the document must be editable)."""
    texts.ensure_editable(document)
    if texts.section_for(document, section) is None:
        raise OutlineError(texts.UNKNOWN_SECTION.format(section=section))
    title = " ".join((title or "").split())
    if not title:
        raise OutlineError(TITLE_REQUIRED)
    if block and (block not in BLOCKS or document.kind not in BLOCKS[block][1]):
        raise OutlineError(UNKNOWN_BLOCK.format(block=block))
    body = texts.validate_body(body or "")
    last = (
        DocumentSubsection.objects.filter(document=document, section=section)
        .order_by("-position")
        .values_list("position", flat=True)
        .first()
    )
    return DocumentSubsection.objects.create(
        document=document,
        section=section,
        position=(last or 0) + 1,
        title=title[:200],
        body=body,
        block=block,
    )
