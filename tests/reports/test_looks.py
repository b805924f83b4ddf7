"""Looks of a published report: the förbund's logo (sanitised, size-limited) and accent colour on
the cover, charts in the body font with a title, labels of at least 7 pt and shares the table
does not show, and one column grid for the statement tables."""

import io
import re

import pikepdf
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from PIL import Image, PngImagePlugin

from finsam import logos
from finsam.models import Forbund
from reports.documents import document_context, document_html, render_document
from reports.models import DocumentKind, ReportDocument

pytestmark = pytest.mark.django_db


def png(width=40, height=20, text: str | None = None) -> bytes:
    image = Image.new("RGB", (width, height), (29, 78, 137))
    info = PngImagePlugin.PngInfo()
    if text:
        info.add_text("Comment", text)
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=info)
    return out.getvalue()


EVIL_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
 viewBox="0 0 100 40" onload="alert(1)">
  <script>alert(2)</script>
  <foreignObject><div>x</div></foreignObject>
  <image xlink:href="http://example.com/a.png" width="10" height="10"/>
  <a href="javascript:alert(3)"><rect width="5" height="5"/></a>
  <rect x="0" y="0" width="100" height="40" fill="#1d4e89" onclick="alert(4)"
        style="fill: url(http://example.com/x)"/>
  <use href="http://example.com/s.svg#a"/>
  <use href="#logo"/>
  <text x="4" y="28" font-size="20" fill="url(https://example.com/p)">Finsam</text>
</svg>"""


def test_a_png_is_decoded_and_written_again_without_its_chunks():
    cleaned, kind = logos.clean_logo(png(text="dold text"), "logo.png")
    assert kind == logos.PNG
    assert b"dold text" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == "PNG" and image.size == (40, 20)


def test_an_svg_keeps_only_drawing_elements_and_local_references():
    cleaned, kind = logos.clean_logo(EVIL_SVG, "logo.svg")
    assert kind == logos.SVG
    text = cleaned.decode()
    for gone in ("script", "alert", "foreignObject", "image", "example.com", "onload", "<a "):
        assert gone not in text, gone
    assert '<rect x="0" y="0" width="100" height="40" fill="#1d4e89"' in text
    assert 'href="#logo"' in text
    assert ">Finsam</text>" in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"x" * (logos.MAX_BYTES + 1), "Logotypen är för stor: högst 300 kB, filen är 301 kB."),
        (b"GIF89a....", logos.NOT_AN_IMAGE),
        (
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>',
            logos.SVG_DOCTYPE,
        ),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', logos.SVG_EMPTY),
        (b"\x89PNG\r\n\x1a\nnot really", logos.BAD_PNG),
        (png(3001, 10), "Bilden är för stor: högst 3000 × 3000 bildpunkter, den är 3001 × 10."),
    ],
)
def test_bad_logos_are_refused_with_a_swedish_message(data, message):
    with pytest.raises(logos.LogoError) as refused:
        logos.clean_logo(data, "fil")
    assert refused.value.message == message


def test_the_sekreterare_uploads_a_logo_and_an_accent_colour(clients, demo_data):
    forbund = Forbund.objects.get(slug="finnveden")
    url = reverse("forbund-edit", kwargs={"forbund": "finnveden"})
    client = clients["finnveden-sekreterare"]
    form = {
        "name": forbund.name,
        "organisationsnummer": forbund.organisationsnummer,
        "sate": forbund.sate,
        "founded": forbund.founded.isoformat() if forbund.founded else "",
        "vision": forbund.vision,
        "kommun_split_rule": forbund.kommun_split_rule,
        "seen_version": forbund.version,
    }
    bad = client.post(url, {**form, "accent_colour": "blå"})
    assert bad.status_code == 400
    assert "Ange färgen som #RRGGBB, t.ex. #1d4e89." in bad.content.decode()
    forbund.refresh_from_db()
    assert forbund.accent_colour == logos.DEFAULT_ACCENT and not forbund.logo_type
    response = client.post(
        url,
        {
            **form,
            "accent_colour": "#7A1F5C",
            "logo_file": SimpleUploadedFile("logo.png", png(text="x"), "image/png"),
        },
    )
    assert response.status_code == 302
    forbund.refresh_from_db()
    assert (forbund.accent_colour, forbund.logo_type) == ("#7a1f5c", logos.PNG)

    document = ReportDocument.objects.get(
        fiscal_year__forbund=forbund, fiscal_year__year=2020, kind=DocumentKind.ARSREDOVISNING
    )
    html = document_html(document, draft=False)
    assert '<img class="logo" src="data:image/png;base64,' in html
    assert 'rel="stylesheet" href="data:text/css;base64,' in html
    # The browser preview shows the logo, but keeps the app's own stylesheet only (CSP).
    preview = document_html(document, preview=True)
    assert "data:text/css" not in preview and "data:image/png" in preview
    pdf = pikepdf.open(io.BytesIO(render_document(document, draft=False).pdf))
    cover_images = [
        name
        for name, obj in pdf.pages[0].resources.get("/XObject", {}).items()
        if obj.get("/Subtype") == "/Image"
    ]
    assert cover_images, "the cover has no image"


def test_the_database_refuses_a_colour_that_is_not_hex(demo_data):
    forbund = Forbund.objects.get(slug="finnveden")
    forbund.accent_colour = "red"
    with pytest.raises(IntegrityError), transaction.atomic():
        Forbund.objects.filter(pk=forbund.pk).update(accent_colour="red")


def test_charts_use_the_body_font_a_title_and_labels_of_at_least_7_pt(demo_data):
    document = ReportDocument.objects.get(
        fiscal_year__forbund__slug="sodra-vatterbygden",
        fiscal_year__year=2024,
        kind=DocumentKind.ARSREDOVISNING,
    )
    context = document_context(document, draft=True)
    for key in ("participants_chart", "exits_chart", "five_years_chart"):
        svg = str(context[key])
        assert re.search(r'width="\d+pt" height="\d+(\.\d+)?pt"', svg), key  # 1 unit = 1 pt
        assert 'font-family="Liberation Sans' in svg
        assert min(float(size) for size in re.findall(r'font-size="([\d.]+)"', svg)) >= 7
        title = re.search(r"<title>(.*?)</title>", svg).group(1)
        assert f'font-weight="bold">{title}</text>' in svg  # the title is printed, not only tagged
    # What the table beside does not show: shares. Enter 41 kvinnor and 39 män:
    # 41 / 80 = 51.25 % → "51 %", 39 / 80 = 48.75 % → "49 %".
    participants = str(context["participants_chart"])
    assert ">41 (51 %)</text>" in participants and ">39 (49 %)</text>" in participants
    # Avslutsorsaker of 79 avslutade: arbete 11 / 79 = 13.9 % → "14 %".
    assert ">11 (14 %)</text>" in str(context["exits_chart"])
    # Five years: 2024 kostnader 11 819 tkr of intäkter 11 935 tkr = 99.0 % → "99 %" (the seed's
    # five-year table: 11 935 and 11 819).
    assert ">11 819 tkr (99 %)</text>" in str(context["five_years_chart"])


def x_of(pdf: bytes, word: str) -> list[float]:
    """The x positions (pt) where a text run equal to ``word`` is drawn, on every page."""
    from pypdf import PdfReader

    found: list[float] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip() == word:
            found.append(round(cm[4] + tm[4] * cm[0], 1))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_statement_tables_share_one_column_grid(demo_data):
    # Södra 2024: the column "2023-12-31" closes the resultaträkning (Not, Budget 2024,
    # 2024-12-31, 2023-12-31), the balansräkning and kassaflödesanalys (two columns) and the
    # notes: every one of them prints it at the same place.
    document = ReportDocument.objects.get(
        fiscal_year__forbund__slug="sodra-vatterbygden",
        fiscal_year__year=2024,
        kind=DocumentKind.ARSREDOVISNING,
    )
    positions = x_of(render_document(document, draft=False).pdf, "2023-12-31")
    assert len(positions) >= 4, positions
    assert len(set(positions)) == 1, positions
