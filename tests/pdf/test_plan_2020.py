"""Södra Vätterbygden's Verksamhetsplan 2020 against its seed: the 2020 texts, vision and
insatser (and nothing of 2024), the seed's outline in order, the footnotes."""

import pytest

from reports.verksamhetsplan import render_verksamhetsplan, year_vision
from tests.pdf.pdftext import pages_text

pytestmark = pytest.mark.django_db

# The seed's section and subsection headings in order, copied from
# sodra-vatterbygden-verksamhetsplan-2020.txt ("Verksamheten Enter" and "Projekt Funktionsnedsatta
# i arbete (FIA)" print the insatser's names, "Enter" and "Funktionsnedsatta i arbete (FIA)").
SEED_HEADINGS = [
    "1. Inledning",
    "2. Vision",
    "3. Samordningsförbundets uppgifter",
    "4. Målgrupper",
    "5. Inriktning på samverkansarbetet",
    "6. Samordningsförbundets organisation",
    "7. Målsättningar",
    "Övergripande mål",
    "Individmål",
    "Enter",
    "Funktionsnedsatta i arbete (FIA)",
    "IT-spåret i Eksjö",
    "Projekt SAMS – SAMverkan i Södra Vätterbygden",
    "Projekt Efterstöd",
    "Projekt SE-N, Supported Employment för nyanlända",
    "Finansiella mål",
    "8. Verksamhet under 2020",
    "9. Budget 2020",
]


@pytest.fixture
def vp_2020(demo_data):
    return pages_text(render_verksamhetsplan(demo_data["sodra-vatterbygden"], 2020).pdf)


def body_of(pages: list[str]) -> str:
    """The text after the table of contents."""
    return " ".join(pages[2:])


def test_the_2020_vision_and_not_2024s(vp_2020, demo_data):
    assert year_vision(demo_data["sodra-vatterbygden"], 2020) == (
        "Livskvalitet och egen försörjning för alla!"
    )
    cover = vp_2020[0]
    assert "Vår gemensamma vision: Livskvalitet och egen försörjning för alla!" in cover
    text = " ".join(vp_2020)
    assert "Förbundets vision är ”Livskvalitet och egen försörjning för alla!”" in text
    assert "Egenförsörjning och livskvalitet för individen" not in text


def test_the_seeds_headings_in_order(vp_2020):
    body = " ".join(vp_2020[1:])
    toc, rest = body.split("1. Inledning Samordningsförbundet Södra Vätterbygden arbetar", 1)
    position = 0
    for heading in SEED_HEADINGS[1:]:
        found = rest.find(heading + " ", position)
        assert found >= 0, f"{heading!r} missing after position {position}"
        position = found + len(heading)
    for heading in [h for h in SEED_HEADINGS if h[0].isdigit()]:
        assert heading in toc


def test_only_the_insatser_of_2020_with_their_goals(vp_2020):
    text = body_of(vp_2020)
    section_7 = text.split("7. Målsättningar", 1)[1].split("8. Verksamhet under 2020", 1)[0]
    for goal in [
        # Enter, first and last of its five goals
        "40% av deltagarna som bedöms ha arbetsförmåga skall komma i arbete eller studier",
        "85% av avslutade deltagare ska uppleva att personalen har tagit tillvara",
        # FIA, IT-spåret, SAMS, Efterstöd and SE-N, one each
        "30% av deltagarna ska ha arbete eller praktik vid avslut",
        "Minst 90 % av de antagna studenterna ska genomföra utbildningen med godkända betyg.",
        "Antalet personer från kommunerna Vaggeryd, Habo och Mullsjö som deltar i insatser",
        "att 75% av de individer som är aktuella för efterstöd ska kunna behålla sitt arbete",
        "14 personer ska kontinuerligt delta i verksamheten",
    ]:
        assert goal in section_7
    # The insatser of 2024 that did not run in 2020, and 2024's goals, are not there.
    for later in ["NOVA", "Koll på förmåga", "IT-spåret Målgrupp", "BIP som mindset"]:
        assert later not in text
    # Six insatser, each once, with "Mål:" before its goals.
    assert section_7.count("Mål:") == 6


def test_section_8_footnotes_print_at_the_foot_of_the_page(vp_2020):
    page = next(p for p in vp_2020 if "8. Verksamhet under 2020 Vid en strategidag" in p)
    assert "Supported Employment1" in page
    assert "integrerad samverkan2" in page
    assert "SUS3" in page
    assert page.index("3 SUS – sektorsövergripande system") > page.index("Lex Heller")


def test_section_9_reasoning_before_the_table(vp_2020):
    text = body_of(vp_2020)
    budget = text.split("9. Budget 2020", 1)[1]
    for sentence in [
        "Staten erbjöd en ökning från 3,0 till 5,6 milj inför 2020.",
        "Den medlem som lägger in minst medel styr budgeten eftersom fördelningen är fast.",
        "bör ha ett sparat kapital om max 20% av insatta medel",
    ]:
        assert sentence in budget
        assert budget.index(sentence) < budget.index("Summa intäkter")
