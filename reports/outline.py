"""The outline a förbund shapes inside the statutory skeleton: subsections (a title, a text and
optionally a data block) placed in any section of a document, in their order.

The statutory sections themselves (``reports.texts.SECTIONS`` and the statement chapters of
``reports.chapters``) are fixed; the subsections are the förbund's own and can be added,
renamed, moved and removed. Data blocks are chosen from ``BLOCKS``: computed tables the
document already shows elsewhere, rendered from the same context (one place computes each
figure). A block placed in a subsection is printed there instead of in its default place.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.safestring import SafeString

from finsam.versioning import lock_current_version
from reports import chapters, texts
from reports.models import DocumentStatus, DocumentSubsection, ReportDocument

TITLE_REQUIRED = "Ange en rubrik för underavsnittet."
UNKNOWN_BLOCK = "Det finns inget datablock som heter {block}."
BLOCK_PLACED = "Datablocket ”{label}” finns redan i underavsnittet ”{title}”."
NOT_IN_DOCUMENT = "Underavsnittet hör inte till dokumentet."
MAX_TITLE = 200
TITLE_TOO_LONG = "Rubriken är för lång: högst {limit} tecken."

# key → (label, the kinds of document that can show it)
BLOCKS: dict[str, tuple[str, tuple[str, ...]]] = {
    "bidrag": ("Medlemmarnas bidrag (budget och utfall per medlem)", (texts.DR, texts.AR)),
    "styrelse": ("Styrelsens ledamöter och ersättare per medlem", (texts.DR, texts.AR)),
    "deltagare": ("Deltagare per insats (kvinnor, män, avslut)", (texts.DR, texts.AR)),
    "insatskapitel": (
        "De individinriktade insatserna, en per rubrik (i stället för bilagan)",
        (texts.DR, texts.AR),
    ),
    "femar": ("Femårsöversikt (periodöversikt i en delårsrapport)", (texts.DR, texts.AR)),
    "balanskrav": ("Balanskravsresultat", (texts.DR, texts.AR)),
    "prognos": ("Helårsprognos", (texts.DR,)),
    "socioekonomi": ("Socioekonomiska effekter", (texts.AR,)),
    "mal": ("Verksamhetsplanens mål och måluppfyllelse", (texts.DR, texts.AR)),
}


class OutlineError(Exception):
    """A change of the outline that cannot be made; ``message`` is Swedish, ``field`` the form
    field it belongs to (None: the whole form)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class Subsection:
    title: str
    html: SafeString
    block: str


@dataclass(frozen=True)
class OutlineSection:
    key: str
    title: str


def outline_sections(kind: str) -> list[OutlineSection]:
    """The sections of a kind of document, in print order, that can hold subsections."""
    found = [OutlineSection(s.key, s.title) for s in texts.sections_for(kind)]
    if kind != texts.VP:
        statutory_texts = {s.key for s in found}
        found += [
            OutlineSection(key, chapters.TITLES[key])
            for key in chapters.OUTLINE_KEYS
            if key not in statutory_texts
        ]
    return found


def section_title(kind: str, key: str) -> str | None:
    return next((s.title for s in outline_sections(kind) if s.key == key), None)


def blocks_for(kind: str) -> list[tuple[str, str]]:
    return [(key, label) for key, (label, kinds) in BLOCKS.items() if kind in kinds]


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


def ordered_rows(document: ReportDocument) -> list[tuple[OutlineSection, list]]:
    """Every section of the document with its subsection rows (for the outline page)."""
    rows: dict[str, list] = {}
    for row in DocumentSubsection.objects.filter(document=document).order_by("position", "pk"):
        rows.setdefault(row.section, []).append(row)
    return [(section, rows.get(section.key, [])) for section in outline_sections(document.kind)]


# --- Writing ------------------------------------------------------------------------------------


def _editable(document: ReportDocument) -> ReportDocument:
    """Lock the document; refuse an approved one; a submitted one becomes a draft again (the
    board approves what it was sent)."""
    document = ReportDocument.objects.select_for_update().get(pk=document.pk)
    texts.ensure_editable(document)
    if document.status == DocumentStatus.INSKICKAD:
        document.status = DocumentStatus.UTKAST
        document.version += 1
        document.save(update_fields=["status", "version"])
    return document


def _clean(document: ReportDocument, title: str, body: str, block: str, exclude=None):
    title = " ".join((title or "").split())
    if not title:
        raise OutlineError(TITLE_REQUIRED, "title")
    if len(title) > MAX_TITLE:
        raise OutlineError(TITLE_TOO_LONG.format(limit=MAX_TITLE), "title")
    if block:
        if block not in BLOCKS or document.kind not in BLOCKS[block][1]:
            raise OutlineError(UNKNOWN_BLOCK.format(block=block), "block")
        other = (
            DocumentSubsection.objects.filter(document=document, block=block)
            .exclude(pk=exclude)
            .first()
        )
        if other is not None:
            raise OutlineError(
                BLOCK_PLACED.format(label=BLOCKS[block][0], title=other.title), "block"
            )
    try:
        body = texts.validate_body(body or "")
    except texts.TextError as error:
        raise OutlineError(error.message, "body") from None
    return title, body


@transaction.atomic
def subsection_add(
    *, document: ReportDocument, section: str, title: str, body: str = "", block: str = ""
) -> DocumentSubsection:
    """Append a subsection to a section of the document (the document must be editable)."""
    document = _editable(document)
    if section_title(document.kind, section) is None:
        raise OutlineError(texts.UNKNOWN_SECTION.format(section=section), "section")
    title, body = _clean(document, title, body, block)
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
        title=title,
        body=body,
        block=block,
    )


def _own(document: ReportDocument, subsection: DocumentSubsection) -> None:
    if subsection.document_id != document.pk:
        raise OutlineError(NOT_IN_DOCUMENT)


@transaction.atomic
def subsection_update(
    *,
    document: ReportDocument,
    subsection: DocumentSubsection,
    title: str,
    body: str,
    block: str,
    seen_version: int | None,
) -> DocumentSubsection:
    """Rename a subsection and change its text and block; refused when it changed since it was
    shown (``StaleVersionError``)."""
    document = _editable(document)
    _own(document, subsection)
    title, body = _clean(document, title, body, block, exclude=subsection.pk)
    lock_current_version(subsection, seen_version, ["title", "body", "block"])
    subsection.title, subsection.body, subsection.block = title, body, block
    subsection.save()
    return subsection


@transaction.atomic
def subsection_move(*, document: ReportDocument, subsection: DocumentSubsection, step: int) -> None:
    """Move a subsection one place up (step −1) or down (+1) within its section; the positions
    of the section are renumbered 1, 2, 3 …"""
    document = _editable(document)
    _own(document, subsection)
    siblings = list(
        DocumentSubsection.objects.select_for_update()
        .filter(document=document, section=subsection.section)
        .order_by("position", "pk")
    )
    index = next(i for i, row in enumerate(siblings) if row.pk == subsection.pk)
    target = index + (1 if step > 0 else -1)
    if 0 <= target < len(siblings):
        siblings[index], siblings[target] = siblings[target], siblings[index]
    for position, row in enumerate(siblings, start=1):
        if row.position != position:
            row.position = position
            row.version += 1
            row.save(update_fields=["position", "version"])


@transaction.atomic
def subsection_delete(*, document: ReportDocument, subsection: DocumentSubsection) -> None:
    """Remove one of the förbund's own subsections (the statutory sections cannot be removed)."""
    document = _editable(document)
    _own(document, subsection)
    subsection.delete()


def subsections_copy(*, source: ReportDocument, target: ReportDocument) -> int:
    """Copy the source document's subsections into ``target`` ("Nytt år", "Kopiera förra årets
    texter"), for the sections the target's kind has; a section that already has subsections in
    the target is left alone. Blocks the target's kind cannot show are left out. Returns the
    number copied."""
    allowed = {section.key for section in outline_sections(target.kind)}
    filled = set(
        DocumentSubsection.objects.filter(document=target).values_list("section", flat=True)
    )
    copied = 0
    for row in DocumentSubsection.objects.filter(document=source).order_by(
        "section", "position", "pk"
    ):
        if row.section not in allowed or row.section in filled:
            continue
        block = row.block if row.block in dict(blocks_for(target.kind)) else ""
        DocumentSubsection.objects.create(
            document=target,
            section=row.section,
            position=row.position,
            title=row.title,
            body=row.body,
            block=block,
        )
        copied += 1
    return copied
