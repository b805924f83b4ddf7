"""The seeds' outlines, built through sections, texts, subsections and data blocks: each seed's
section and subsection headings, copied from the seed text, appear in the render in that order.

Copied as printed, with two normalisations: the seeds' numbers "1.1." print as "1.1" (one
numbering style for the tool), and headings are compared with single spaces. The Verksamhetsplan
2020 has its own test (test_plan_2020).
"""

import datetime
import re

import pytest

from reports.documents import render_document
from reports.models import DocumentKind, ReportDocument
from tests.pdf.pdftext import pages_text

pytestmark = pytest.mark.django_db

# finnveden-arsredovisning-2020.txt, lines 64–464.
FINNVEDEN_2020 = [
    "1. Förvaltningsberättelse",
    "Till redovisningen hör 2 bilagor.",
    "Organisation",
    "Uppdrag",
    "Finansiering",
    "Verksamhetsidé och vision",
    "1.1. Översikt över verksamhetens utveckling",
    "1.2. Viktiga förhållanden för resultat och ekonomisk ställning",
    "1.3. Styrning och uppföljning av verksamheten",
    "1.4. God ekonomisk hushållning, måluppfyllelse och ekonomisk ställning",
    "Uppföljning av verksamheten",
    "Målgrupper",
    "Insatser",
    "Uppföljning och resultat för individinriktade insatser",
    "Jämställdhet",
    "Indikatorer för finansiell samordning",
    "Socioekonomiska effekter",
    "Uppföljning och resultat för strukturövergripande insatser",
    "Projekt Samverkan i GG(V)",
    "Måluppfyllelse",
    "Övrigt",
    "Ekonomi",
    "Kompetensutveckling",
    "Annan samverkan och strukturpåverkan",
    "Balanskravsresultat",
    "1.5. Väsentliga personalförhållanden",
    "1.6. Förväntad utveckling",
    "2. Driftsredovisning",
    "3. Resultaträkning",
    "4. Balansräkning",
    "5. Kassaflödesanalys",
    "6. Redovisningsprinciper",
    "7. Noter",
    "Not 1 Verksamhetens intäkter",
    "8. Styrelsens underskrift",
]

# sodra-vatterbygden-arsredovisning-2024.txt, lines 58–214 (its förvaltningsberättelse; the
# seed then orders the statements differently from finnveden's, see the report).
SODRA_2024 = [
    "1. Förvaltningsberättelse",
    "Organisation",
    "Målgrupp och uppdrag",
    "Finansiering",
    "Verksamhetsidé och vision",
    "1.1. Översikt över verksamhetens utveckling",
    "1.2. Viktiga förhållanden för resultat och ekonomisk ställning",
    "1.3. Styrning och uppföljning av verksamheten",
    "1.4. God ekonomisk hushållning, måluppfyllelse och ekonomisk ställning",
    "Uppföljning av verksamheten",
    "Insatser",
    "Individinriktade insatser",
    "Indikatorer för finansiell samordning",
    "Antidiskriminering och jämställdhet",
    "Uppföljning och resultat för strukturinriktade insatser",
    "Balanskravsresultat",
    "1.5. Väsentliga personalförhållanden",
    "1.6. Förväntad utveckling",
]


def normalised(heading: str) -> str:
    return re.sub(r"^(\d+\.\d+)\.", r"\1", " ".join(heading.split()))


def render(slug: str, year: int, decided: datetime.date) -> list[str]:
    document = ReportDocument.objects.get(
        fiscal_year__forbund__slug=slug, fiscal_year__year=year, kind=DocumentKind.ARSREDOVISNING
    )
    return pages_text(render_document(document, draft=False, approved_on=decided).pdf)


def assert_in_order(pages: list[str], headings: list[str]) -> None:
    toc = next(i for i, page in enumerate(pages) if page.startswith("Innehåll"))
    body = " ".join(pages[toc + 1 :])
    position = 0
    for heading in headings:
        found = body.find(normalised(heading) + " ", position)
        assert found >= 0, f"{heading!r} is not after position {position}"
        position = found + len(heading)


def test_finnveden_2020_outline(demo_data):
    assert_in_order(render("finnveden", 2020, datetime.date(2021, 3, 10)), FINNVEDEN_2020)


def test_sodra_2024_outline_of_the_forvaltningsberattelse(demo_data):
    pages = render("sodra-vatterbygden", 2024, datetime.date(2025, 3, 24))
    assert_in_order(pages, SODRA_2024)
    # The participant table is a data block of 1.4's "Individinriktade insatser" (as in the
    # seed), so 1.3 does not print it too: the table appears once, after 1.4's heading.
    text = " ".join(pages)
    assert text.count("Deltagare 2024 Insats Kvinnor Män") == 1
    assert text.index("Deltagare 2024 Insats") > text.index("1.4 God ekonomisk hushållning")
