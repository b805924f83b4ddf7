"""HTML → PDF with WeasyPrint, shared by every report.

The font configuration and the print stylesheet are prepared once per process: repeated renders
(approval, downloads, the benchmark) then skip font discovery and CSS parsing.
"""

import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.template.loader import render_to_string

PDF_VARIANT = "pdf/a-3b"
PRINT_CSS = Path(settings.BASE_DIR) / "static" / "css" / "report.css"


PX_TO_PT = 0.75  # WeasyPrint lays out in CSS pixels (96 per inch); PDF points are 72 per inch


@dataclass(frozen=True)
class SignatureBox:
    """Where a signatory's line is, in PDF points from the page's lower left corner: the space
    above the line (``data-signature`` elements in the template) that a signature field covers."""

    name: str
    page: int  # 0-based
    box: tuple[float, float, float, float]  # x1, y1, x2, y2


logger = logging.getLogger("finsam.security")
FETCH_REFUSED = "WeasyPrint: hämtning av %s vägrades (bara appens statiska filer och logotyper)"


def allowed_roots() -> list[Path]:
    """The folders a report may load files from: the app's static files and uploaded logos."""
    roots = [Path(settings.BASE_DIR) / "static", Path(settings.STATIC_ROOT)]
    roots += [Path(folder) for folder in getattr(settings, "STATICFILES_DIRS", [])]
    media_root = getattr(settings, "MEDIA_ROOT", "")
    if media_root:
        roots.append(Path(media_root) / "logos")
    return [root.resolve() for root in roots]


def is_allowed(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme == "data":
        return True
    if parsed.scheme == "file" and not parsed.netloc:
        path = Path(unquote(parsed.path)).resolve()
        return path.is_file() and any(path.is_relative_to(root) for root in allowed_roots())
    return False


@cache
def restricted_fetcher():
    """WeasyPrint's fetcher, restricted: ``data:`` URLs and files under ``allowed_roots()``.
    Everything else (http, https, ftp, any other file) is refused and logged."""
    from weasyprint.urls import URLFetcher

    class RestrictedURLFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if not is_allowed(url):
                logger.warning(FETCH_REFUSED, url)
                raise ValueError(FETCH_REFUSED % url)
            return super().fetch(url, headers)

    return RestrictedURLFetcher(allowed_protocols=("file", "data"))


def url_fetcher(url: str):
    """Fetch one URL the way a report render does (refused unless allowed)."""
    return restricted_fetcher().fetch(url)


@dataclass(frozen=True)
class RenderedPdf:
    pdf: bytes
    pages: int
    signature_boxes: tuple[SignatureBox, ...] = ()


@cache
def _font_config():
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


@cache
def _stylesheet():
    from weasyprint import CSS

    return CSS(
        filename=str(PRINT_CSS), font_config=_font_config(), url_fetcher=restricted_fetcher()
    )


def report_html(template_name: str, context: dict, *, preview: bool = False) -> str:
    """The report as HTML; the same template serves the PDF and the browser preview."""
    return render_to_string(template_name, {**context, "preview": preview})


def signature_boxes(document, *, space_above_pt: float = 34.0) -> tuple[SignatureBox, ...]:
    """The signature lines of a laid-out WeasyPrint document: every element carrying
    ``data-signature="Name"``; the box spans the element's width and ``space_above_pt`` (12 mm)
    above its top edge, where the signature line is drawn."""
    found: list[SignatureBox] = []
    seen: set[int] = set()
    for index, page in enumerate(document.pages):
        height_pt = page.height * PX_TO_PT
        for box in page._page_box.descendants():
            element = getattr(box, "element", None)
            if element is None or id(element) in seen or box.element_tag != "div":
                continue
            name = element.get("data-signature")
            if not name:
                continue
            seen.add(id(element))
            x1 = box.border_box_x() * PX_TO_PT
            x2 = x1 + box.border_width() * PX_TO_PT
            line_y = height_pt - box.border_box_y() * PX_TO_PT
            found.append(
                SignatureBox(name, index, (x1, line_y, x2, line_y + space_above_pt))
            )
    return tuple(found)


def html_to_pdf(html: str, *, prepared: bool = True, attachments=()) -> RenderedPdf:
    """Render to an archival PDF (PDF/A-3b, tagged). ``prepared=False`` is the naive path that
    parses the stylesheet and discovers fonts again, kept for the benchmark's comparison.
    ``attachments`` are WeasyPrint ``Attachment`` objects embedded as PDF/A-3 associated files."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    from reports import pdf_page_references

    pdf_page_references.install()  # tagged writing no longer grows as elements × pages
    if prepared:
        font_config, stylesheet = _font_config(), _stylesheet()
    else:
        font_config = FontConfiguration()
        stylesheet = CSS(
            filename=str(PRINT_CSS), font_config=font_config, url_fetcher=restricted_fetcher()
        )
    fetcher = restricted_fetcher()
    document = HTML(string=html, base_url=str(settings.BASE_DIR), url_fetcher=fetcher).render(
        stylesheets=[stylesheet], font_config=font_config
    )
    pdf = document.write_pdf(
        pdf_variant=PDF_VARIANT, pdf_tags=True, attachments=list(attachments) or None
    )
    return RenderedPdf(
        pdf=pdf, pages=len(document.pages), signature_boxes=signature_boxes(document)
    )
