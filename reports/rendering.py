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


def html_to_pdf(html: str, *, prepared: bool = True) -> RenderedPdf:
    """Render to an archival PDF (PDF/A-3b, tagged). ``prepared=False`` is the naive path that
    parses the stylesheet and discovers fonts again, kept for the benchmark's comparison."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

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
    pdf = document.write_pdf(pdf_variant=PDF_VARIANT, pdf_tags=True)
    return RenderedPdf(pdf=pdf, pages=len(document.pages))
