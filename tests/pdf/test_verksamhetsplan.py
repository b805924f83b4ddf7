"""Södra Vätterbygden's Verksamhetsplan 2020 as a PDF (seed: its verksamhetsplan-2020)."""

import io

import pikepdf
import pytest

from reports.verksamhetsplan import render_verksamhetsplan
from tests.pdf.pdftext import pages_text


@pytest.fixture
def vp_2020(demo_data):
    return render_verksamhetsplan(demo_data["sodra-vatterbygden"], 2020, draft=True)


@pytest.mark.django_db
def test_budget_section_prints_the_published_figures(vp_2020):
    text = " ".join(pages_text(vp_2020.pdf))
    # Section 9 of the seed: the budget table, its roll-forward and footnotes a)–e).
    for line in [
        "Summa intäkter 7 927 011 8 194 970 7 465 670 6 816 870 6 778 570",
        "Summa kostnader 7 925 150 7 409 300 7 328 800 6 718 300 6 715 000",
        "Prel balanserat resultat 1 861 785 670 136 870 98 570 63 570",
        "Jönköpings kommun 1 225 700 1 225 700 1 345 100 1 345 100 1 345 100",
        "Balanserat resultat (prel) 1 855 011 2 122 970 785 670 136 870 98 570 b)",
        "Enter 2 750 000 2 602 800 2 914 000 2 991 000 3 086 000 c)",
        "a) Fördelningen mellan kommunerna är preliminär.",
        "Verksamhetsplanen fastställdes av styrelsen 2019-11-19",
    ]:
        assert line in text


@pytest.mark.django_db
def test_cover_contents_and_running_header(vp_2020):
    pages = pages_text(vp_2020.pdf)
    assert "Verksamhetsplan 2020" in pages[0]
    assert "med budget 2020 och plan 2021–2022" in pages[0]
    assert "Dnr 2019:12 / 6" in pages[0]
    assert "Sida" not in pages[0]
    assert f"Sida 2 av {len(pages)}" in pages[1]
    assert "Samordningsförbundet Södra Vätterbygden" in pages[1]
    assert "UTKAST" in pages[1]
    assert 3 <= vp_2020.pages <= 8


@pytest.mark.django_db
def test_table_of_contents_points_at_the_pages_where_sections_start(vp_2020):
    pages = pages_text(vp_2020.pdf)
    toc = pages[1]
    budget_page = next(i for i, p in enumerate(pages, start=1) if "9. Budget 2020 Behoven" in p)
    assert f"Budget 2020{'.' * 3}" not in toc  # leaders are dots, but the number must follow
    assert toc.split("Budget 2020")[1].lstrip(". ").split()[0] == str(budget_page)


@pytest.mark.django_db
def test_pdf_declares_pdf_a_and_swedish(vp_2020):
    with pikepdf.open(io.BytesIO(vp_2020.pdf)) as pdf:
        with pdf.open_metadata() as meta:
            assert meta.get("pdfaid:part") == "3"
            assert meta.get("pdfaid:conformance") == "B"
            assert "Verksamhetsplan 2020" in meta.get("dc:title")
        assert str(pdf.Root.Lang) == "sv"
        assert pdf.docinfo["/Author"] == "Samordningsförbundet Södra Vätterbygden"
