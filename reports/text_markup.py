"""The small markup of the narrative texts (paragraphs, bullet lists, **fet**, *kursiv*, footnotes)
as safe HTML: the text is escaped first, and only then are the converter's own tags added."""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MARKUP_HELP = (
    "**fet**, *kursiv*, - punktlista (en punkt per rad), tom rad = nytt stycke, "
    "[^fotnotstext] = fotnot"
)


# ---------------------------------------------------------------------------------------------
# Markup → HTML

_BULLET = re.compile(r"^\s*[-•]\s+")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)")
_STRONG_TAGS = re.compile(r"(</?strong>)")

# Every tag the converter can emit (tests check nothing else appears).
EMITTED_TAGS = ("<p>", "</p>", "<ul>", "</ul>", "<li>", "</li>", "<strong>", "</strong>", "<em>")
EMITTED_TAGS += ("</em>", "<br>", '<span class="footnote">', "</span>")
# A footnote: "[^Fotnotens text]" directly after the word it belongs to. The PDF numbers the
# footnotes of the document and prints them at the foot of the page (CSS float: footnote).
_FOOTNOTE = re.compile(r"\[\^(?=\S)([^\[\]]+?)\]")


def _inline(text: str) -> str:
    """Escape, then add <strong>/<em>; <em> never spans a <strong> boundary (well nested)."""
    pieces = _FOOTNOTE.split(text)
    if len(pieces) > 1:
        # Odd pieces are footnote texts: each is converted on its own, so tags stay nested.
        return "".join(
            f'<span class="footnote">{_inline(piece)}</span>' if index % 2 else _inline(piece)
            for index, piece in enumerate(pieces)
        )
    html = _BOLD.sub(r"<strong>\1</strong>", escape(text))
    parts = _STRONG_TAGS.split(html)
    return "".join(
        part if _STRONG_TAGS.fullmatch(part) else _ITALIC.sub(r"<em>\1</em>", part)
        for part in parts
    )


def markup_to_html(text: str | None) -> SafeString:
    """The writers' small markup as HTML; every character of ``text`` is escaped first."""
    if not text:
        return mark_safe("")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush_paragraph() -> None:
        if paragraph:
            out.append("<p>" + "<br>".join(_inline(line) for line in paragraph) + "</p>")
            paragraph.clear()

    def flush_list() -> None:
        if items:
            out.append("<ul>" + "".join(f"<li>{_inline(item)}</li>" for item in items) + "</ul>")
            items.clear()

    for raw in lines:
        line = raw.strip()
        if not line:
            flush_paragraph()
            flush_list()
        elif _BULLET.match(raw):
            flush_paragraph()
            items.append(_BULLET.sub("", raw, count=1).strip())
        else:
            flush_list()
            paragraph.append(line)
    flush_paragraph()
    flush_list()
    return mark_safe("\n".join(out))  # noqa: S308 – built from escaped text and our own tags
