"""pydyf's page references are kept per page count (reports.pdf_page_references): what is read
is what pydyf builds, after every page added, and one tagged render's references are unchanged."""

import pydyf

from reports import pdf_page_references


def test_the_kept_references_follow_every_page_added():
    pdf_page_references.install()
    pdf_page_references.install()  # idempotent: the property is replaced once
    build = pydyf.PDF.page_references.fget.built_by
    assert not hasattr(build, "kept_per_page_count")
    pdf = pydyf.PDF()
    seen = []
    for _ in range(3):
        page = pydyf.Dictionary({"Type": "/Page"})
        pdf.add_object(page)
        pdf.add_page(page)
        seen.append(pdf.page_references)
        assert pdf.page_references == build(pdf)
    # pydyf numbers the catalog's objects first; each page is one reference more.
    assert [len(refs) for refs in seen] == [1, 2, 3]
    assert seen[2][:2] == seen[1]
    assert all(ref.endswith(b" 0 R") for ref in seen[2])


def test_a_tagged_render_reads_the_same_pages():
    from reports.rendering import html_to_pdf
    from tests.pdf.pdftext import pages_text

    sections = [
        f"<section style='break-before: page'><h1>Avsnitt {n}</h1><p>Text {n}.</p></section>"
        for n in (1, 2, 3)
    ]
    rendered = html_to_pdf(f"<html lang='sv'><body>{''.join(sections)}</body></html>")
    # Three sections, each starting a page: 3 pages.
    assert rendered.pages == 3
    assert [text.split() for text in pages_text(rendered.pdf)] == [
        ["Avsnitt", "1", "Text", "1.", "Sida", "1", "av", "3"],  # the print CSS's footer
        ["Avsnitt", "2", "Text", "2.", "Sida", "2", "av", "3"],
        ["Avsnitt", "3", "Text", "3.", "Sida", "3", "av", "3"],
    ]


def _tagged_pdf(html: str) -> bytes:
    """What ``html_to_pdf`` writes (PDF/A-3b, tagged), without installing anything."""
    from django.conf import settings
    from weasyprint import HTML

    from reports import rendering

    document = HTML(string=html, base_url=str(settings.BASE_DIR)).render(
        stylesheets=[rendering._stylesheet()], font_config=rendering._font_config()
    )
    return document.write_pdf(pdf_variant=rendering.PDF_VARIANT, pdf_tags=True)


def test_a_tagged_render_is_byte_identical_with_pydyfs_own_property():
    sections = "".join(
        f"<section style='break-before: page'><h1>Avsnitt {n}</h1><p>Text {n}.</p>"
        f"<table><tr><th>Rad</th><td>{n}</td></tr></table></section>"
        for n in range(1, 8)
    )
    html = f"<html lang='sv'><body>{sections}</body></html>"
    pdf_page_references.install()
    installed = pydyf.PDF.page_references
    kept = _tagged_pdf(html)
    pydyf.PDF.page_references = property(installed.fget.built_by)
    try:
        built_each_time = _tagged_pdf(html)
    finally:
        pydyf.PDF.page_references = installed
    # Every structure element's /Pg names the same page object either way: the same bytes.
    assert len(kept) > 5000
    assert kept == built_each_time
