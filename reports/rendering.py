"""HTML → PDF with WeasyPrint, shared by every report.

The font configuration and the print stylesheet are prepared once per process: repeated renders
(approval, downloads, the benchmark) then skip font discovery and CSS parsing.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string

PDF_VARIANT = "pdf/a-3b"
PRINT_CSS = Path(settings.BASE_DIR) / "static" / "css" / "report.css"


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

    return CSS(filename=str(PRINT_CSS), font_config=_font_config())


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
        stylesheet = CSS(filename=str(PRINT_CSS), font_config=font_config)
    document = HTML(string=html, base_url=str(settings.BASE_DIR)).render(
        stylesheets=[stylesheet], font_config=font_config
    )
    pdf = document.write_pdf(pdf_variant=PDF_VARIANT, pdf_tags=True)
    return RenderedPdf(pdf=pdf, pages=len(document.pages))
