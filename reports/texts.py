"""Narrative texts of a document: which sections each kind of document has, the small markup the
writers use, and the texts as safe HTML for pages and PDFs.

The markup is deliberately small – paragraphs (a blank line), bullet lists ("- " or "• " at the
start of a line), **fet** and *kursiv* – and never HTML: the text is escaped FIRST, and only then
are the converter's own tags added, so nothing a user typed can become markup on a page or in a
PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.safestring import SafeString

from finsam.versioning import MISSING_VERSION_MESSAGE, STALE_VERSION_MESSAGE, StaleVersionError
from reports.models import DocumentStatus, ReportDocument, ReportText
from reports.text_markup import (  # noqa: F401
    _BOLD,
    _BULLET,
    _FOOTNOTE,
    _ITALIC,
    _STRONG_TAGS,
    EMITTED_TAGS,
    MARKUP_HELP,
    _inline,
    markup_to_html,
)
from reports.text_sections import (  # noqa: F401
    AR,
    DEFAULT_REDOVISNINGSPRINCIPER,
    DOCUMENT_SUBJECT,
    DR,
    INSATS_KINDS,
    INSATS_SECTION,
    INSATS_TEXT_HELP,
    INSATS_TEXT_HELP_PLAN,
    SECTIONS,
    SECTIONS_BY_KEY,
    STATUTORY,
    VP,
    Section,
    is_statutory,
    section_for,
    sections_for,
)

MAX_BODY_LENGTH = 20_000

BODY_TOO_LONG = (
    "Texten är för lång: högst {limit} tecken, nu {length}. Korta texten och spara igen."
)
BODY_HAS_NULL = "Texten innehåller ett otillåtet tecken (NUL). Ta bort det och spara igen."
UNKNOWN_SECTION = "Dokumentet har inget avsnitt som heter {section}."
INSATS_OF_OTHER_FORBUND = "Insatsen hör inte till förbundet."
BACK_TO_DRAFT = (
    "Dokumentet var skickat för godkännande; eftersom en text ändrades är det nu ett utkast igen."
)
SAVED = "Texten ”{title}” är sparad."
COPIED = (
    "Texter från förra året som kopierades som utkast: {count}. Avsnitt som redan hade en text "
    "ändrades inte."
)
class TextError(Exception):
    """A text that cannot be saved; ``message`` is Swedish and shown next to the field."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# ---------------------------------------------------------------------------------------------
# Reading


def texts_for(document: ReportDocument) -> dict[str, SafeString]:
    """Section key → HTML for the document's own sections (not the per-insats texts). A section
    without text falls back to its default text, if it has one; otherwise it is left out."""
    saved = {
        text.section: text.body
        for text in ReportText.objects.filter(document=document, insats__isnull=True)
    }
    result: dict[str, SafeString] = {}
    for section in sections_for(document.kind):
        body = saved.get(section.key, "")
        if not body.strip():
            body = section.default_for(document.kind) or ""
        if body.strip():
            result[section.key] = markup_to_html(body)
    return result


def insats_texts_for(document: ReportDocument) -> dict[int, SafeString]:
    """Insats pk → HTML of its text in Bilaga 2 (only insatser with a text)."""
    return {
        text.insats_id: markup_to_html(text.body)
        for text in ReportText.objects.filter(
            document=document, section=INSATS_SECTION, insats__isnull=False
        )
        if text.body.strip()
    }


def draft_copies(document: ReportDocument) -> list[ReportText]:
    """Texts copied from last year that nobody has saved since (to review before approval)."""
    return list(
        ReportText.objects.filter(document=document, is_draft_copy=True).select_related("insats")
    )


class TextStatus:
    EMPTY = "tom"
    DEFAULT = "standardtext"
    DRAFT_COPY = "utkast kopierad från förra året"
    WRITTEN = "skriven"


@dataclass
class TextRow:
    """One line of the document's "Texter" page."""

    key: str
    title: str
    help: str
    insats: object | None
    text: ReportText | None
    status: str
    url: str

    @property
    def status_class(self) -> str:
        return {
            TextStatus.EMPTY: "status-empty",
            TextStatus.DEFAULT: "status-default",
            TextStatus.DRAFT_COPY: "status-draft",
            TextStatus.WRITTEN: "status-written",
        }[self.status]


def _status(text: ReportText | None, default: str | None) -> str:
    if text is not None and text.is_draft_copy:
        return TextStatus.DRAFT_COPY
    if text is not None and text.body.strip():
        return TextStatus.WRITTEN
    return TextStatus.DEFAULT if default else TextStatus.EMPTY


def insatser_for(document: ReportDocument) -> list:
    """Insatser that get a text in the document: those active during its year, and any that
    already have one."""
    if document.kind not in INSATS_KINDS:
        return []
    from interventions.models import Insats

    forbund = document.fiscal_year.forbund
    year = document.fiscal_year.year
    with_text = set(
        ReportText.objects.filter(document=document, section=INSATS_SECTION).values_list(
            "insats_id", flat=True
        )
    )
    return [
        insats
        for insats in Insats.objects.filter(forbund=forbund).order_by("position", "name")
        if insats.active_in(year) or insats.pk in with_text
    ]


def text_rows(document: ReportDocument) -> list[TextRow]:
    """The document's sections, then its insatser (Bilaga 2), each with its text and status."""
    slug = document.fiscal_year.forbund.slug
    texts = list(ReportText.objects.filter(document=document))
    by_section = {t.section: t for t in texts if t.insats_id is None}
    by_insats = {t.insats_id: t for t in texts if t.insats_id is not None}
    rows = []
    for section in sections_for(document.kind):
        text = by_section.get(section.key)
        rows.append(
            TextRow(
                key=section.key,
                title=section.title,
                help=section.help,
                insats=None,
                text=text,
                status=_status(text, section.default_for(document.kind)),
                url=reverse(
                    "report-text-edit",
                    kwargs={"forbund": slug, "pk": document.pk, "section": section.key},
                ),
            )
        )
    for insats in insatser_for(document):
        text = by_insats.get(insats.pk)
        rows.append(
            TextRow(
                key=INSATS_SECTION,
                title=insats.name,
                help=INSATS_TEXT_HELP_PLAN if document.kind == VP else INSATS_TEXT_HELP,
                insats=insats,
                text=text,
                status=_status(text, None),
                url=reverse(
                    "report-text-insats-edit",
                    kwargs={"forbund": slug, "pk": document.pk, "insats_pk": insats.pk},
                ),
            )
        )
    return rows


# ---------------------------------------------------------------------------------------------
# Writing


def _count(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def validate_body(body: str) -> str:
    """The body as stored (line endings normalised); raises TextError with a Swedish message."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in body:
        raise TextError(BODY_HAS_NULL)
    if len(body) > MAX_BODY_LENGTH:
        raise TextError(
            BODY_TOO_LONG.format(limit=_count(MAX_BODY_LENGTH), length=_count(len(body)))
        )
    return body


def ensure_editable(document: ReportDocument) -> None:
    """Texts of an approved document are frozen (they are what the board approved): raises the
    approval workflow's ``ReportFrozen`` (a PermissionDenied with a Swedish message)."""
    from reports import freeze

    freeze.ensure_document_editable(document)
    if document.status == DocumentStatus.GODKAND:
        raise freeze.ReportFrozen()


def _stale(current: ReportText) -> StaleVersionError:
    shown = " ".join(current.body.split())
    if len(shown) > 80:
        shown = shown[:79] + "…"
    return StaleVersionError(current, STALE_VERSION_MESSAGE.format(current=f"Text: {shown or '–'}"))


@transaction.atomic
def report_text_save(
    *,
    document: ReportDocument,
    section: str,
    insats=None,
    body: str,
    seen_version: int | None,
) -> ReportText:
    """Save one text of the document (a section, or an insats's text when ``insats`` is given).

    ``seen_version`` is the version the writer saw; 0 means "there was no text yet". A save
    based on an older version is refused (StaleVersionError), as is a change of an approved
    document (``reports.freeze.ReportFrozen``); a submitted document becomes a draft again.
    Saving clears ``is_draft_copy``: the text is reviewed.
    """
    document = ReportDocument.objects.select_for_update().get(pk=document.pk)
    ensure_editable(document)
    if document.status == DocumentStatus.INSKICKAD:
        # The board approves what it was sent: a changed text makes the document a draft again.
        document.status = DocumentStatus.UTKAST
        document.version += 1
        document.save(update_fields=["status", "version"])
    if insats is not None:
        if section != INSATS_SECTION or document.kind not in INSATS_KINDS:
            raise TextError(UNKNOWN_SECTION.format(section=section))
        if insats.forbund_id != document.fiscal_year.forbund_id:
            raise TextError(INSATS_OF_OTHER_FORBUND)
    elif section_for(document, section) is None:
        raise TextError(UNKNOWN_SECTION.format(section=section))
    body = validate_body(body)
    text = (
        ReportText.objects.select_for_update()
        .filter(document=document, section=section, insats=insats)
        .order_by("pk")
        .first()
    )
    if text is None:
        try:
            with transaction.atomic():
                return ReportText.objects.create(
                    document=document, section=section, insats=insats, body=body
                )
        except IntegrityError:
            current = ReportText.objects.get(document=document, section=section, insats=insats)
            raise _stale(current) from None
    if seen_version is None:
        raise StaleVersionError(text, MISSING_VERSION_MESSAGE)
    if seen_version != text.version:
        raise _stale(text)
    text.version += 1
    text.body = body
    text.is_draft_copy = False
    text.save()
    return text


@transaction.atomic
def report_texts_copy(*, source: ReportDocument, target: ReportDocument, insats_ids=None) -> int:
    """Copy the source document's texts into ``target`` as drafts (``is_draft_copy``), for the
    sections the target's kind has and, for insats texts, the insatser in ``insats_ids`` (all when
    None). Texts the target already has are left alone. Returns the number copied."""
    existing = set(ReportText.objects.filter(document=target).values_list("section", "insats_id"))
    copied = 0
    for text in ReportText.objects.filter(document=source).order_by("section", "insats_id"):
        if not text.body.strip() or (text.section, text.insats_id) in existing:
            continue
        if text.insats_id is None and section_for(target, text.section) is None:
            continue
        if text.insats_id is not None and (
            target.kind not in INSATS_KINDS
            or target.kind != source.kind
            or (insats_ids is not None and text.insats_id not in insats_ids)
        ):
            continue
        ReportText.objects.create(
            document=target,
            section=text.section,
            insats_id=text.insats_id,
            body=text.body,
            is_draft_copy=True,
        )
        copied += 1
    return copied


def continuing_insats_ids(forbund, year: int) -> set[int]:
    """The insatser active in ``year``: their texts in last year's plan carry into the new one."""
    from interventions.models import Insats

    return {
        insats.pk for insats in Insats.objects.filter(forbund=forbund) if insats.active_in(year)
    }


def plan_texts_for_new_year(source: ReportDocument, year: int) -> int:
    """How many of last year's plan texts "Nytt år" copies: the plan's sections with a text and
    the texts of the insatser that continue into ``year``."""
    continuing = continuing_insats_ids(source.fiscal_year.forbund, year)
    return sum(
        1
        for text in source.texts.all()
        if text.body.strip()
        and (
            (text.insats_id is None and SECTIONS_BY_KEY.get(text.section) in sections_for(VP))
            or text.insats_id in continuing
        )
    )


def previous_document(document: ReportDocument) -> ReportDocument | None:
    """Last year's document of the same kind (for a Delårsrapport: last year's latest one)."""
    return (
        ReportDocument.objects.filter(
            fiscal_year__forbund_id=document.fiscal_year.forbund_id,
            fiscal_year__year=document.fiscal_year.year - 1,
            kind=document.kind,
        )
        .order_by("-period__end")
        .first()
    )


def texts_copy_from_previous(*, document: ReportDocument) -> int:
    """Copy last year's texts of the same kind of document as drafts; sections that already have
    a text are kept. Returns the number copied (0 when there is no such document)."""
    source = previous_document(document)
    if source is None:
        return 0
    ensure_editable(document)
    from reports import outline

    insats_ids = {insats.pk for insats in insatser_for(document)}
    outline.subsections_copy(source=source, target=document)
    return report_texts_copy(source=source, target=document, insats_ids=insats_ids)


def document_url(document: ReportDocument) -> str:
    return reverse(
        "report-text-list",
        kwargs={"forbund": document.fiscal_year.forbund.slug, "pk": document.pk},
    )
