"""The browser preview of a document: the PDF's template with screen styles, scoped by förbund."""

import pytest
from django.urls import reverse

from reports.models import DocumentKind, ReportDocument


def preview_url(slug: str, document: ReportDocument) -> str:
    return reverse("report-document-preview", kwargs={"forbund": slug, "pk": document.pk})


def arsredovisning(slug: str, year: int) -> ReportDocument:
    return ReportDocument.objects.get(
        fiscal_year__forbund__slug=slug, fiscal_year__year=year, kind=DocumentKind.ARSREDOVISNING
    )


@pytest.mark.django_db
def test_preview_shows_the_report_with_screen_styles_and_no_inline_code(clients, demo_data):
    document = arsredovisning("finnveden", 2020)
    response = clients["finnveden-revisor"].get(preview_url("finnveden", document))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Årsredovisning 2020" in html
    assert "Finnvedens samordningsförbund" in html
    # Headings and a figure of the seed (finnveden 2020, RESULTATRÄKNING: årets resultat).
    for heading in ["1. Förvaltningsberättelse", "3. Resultaträkning", "8. Styrelsens underskrift"]:
        assert heading in html
    assert "154 858" in html
    assert 'class="preview' in html
    # The CSP forbids inline scripts and styles.
    assert "<script" not in html
    assert "<style" not in html
    assert " style=" not in html


@pytest.mark.django_db
def test_preview_of_another_forbunds_document_is_not_found(clients, demo_data):
    document = arsredovisning("sodra-vatterbygden", 2024)
    response = clients["finnveden-sekreterare"].get(preview_url("finnveden", document))
    assert response.status_code == 404
