"""Bilaga 2 and the participants of the förvaltningsberättelse against the seeds' insats
figures (issue 12's Acceptance). Each report is rendered once per module; the expected figures
are typed from the seeds, with the seed's wording next to them."""

import datetime
import re

import pytest

from reports.models import DocumentKind
from tests.pdf.test_reports import rendered, text_of


@pytest.fixture(scope="module")
def finnveden(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        _, pages = rendered(
            "finnveden", DocumentKind.ARSREDOVISNING, 2020, datetime.date(2021, 3, 10)
        )
    return pages


@pytest.fixture(scope="module")
def sodra(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        _, pages = rendered(
            "sodra-vatterbygden", DocumentKind.ARSREDOVISNING, 2024, datetime.date(2025, 3, 24)
        )
    return pages


@pytest.fixture(scope="module")
def insjoriket(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        _, pages = rendered(
            "insjoriket", DocumentKind.DELARSRAPPORT, 2018, datetime.date(2018, 9, 28)
        )
    return pages


def bilaga_start(text: str) -> int:
    """Where the bilaga of the individinriktade insatser begins (its number depends on which
    bilagor the report has; the table of contents comes earlier)."""
    return [m.start() for m in re.finditer(r"Bilaga \d+\. Individinriktade insatser", text)][-1]


def bilaga2(pages: list[str]) -> str:
    text = text_of(pages)
    return text[bilaga_start(text) :]


def chapter(pages: list[str], heading: str, next_heading: str | None) -> str:
    text = bilaga2(pages)
    start = text.index(heading)
    end = text.index(next_heading, start) if next_heading else len(text)
    return text[start:end]


@pytest.mark.django_db
def test_finnveden_2020_granted_max_of_each_insats(finnveden):
    # "Förbundet beviljade max 1.599.700kr ... 200.000kr ... " (one per chapter of Bilaga 2).
    expected = [
        ("1. Stöd till arbete – SE/IPS", "2. IT-spåret", "Beviljat max 1 599 700"),
        ("2. IT-spåret", "3. Mitt Val", "Beviljat max 200 000"),
        ("3. Mitt Val", "4. Nya Vägar", "Beviljat max 1 198 500"),
        ("4. Nya Vägar", None, "Beviljat max 1 265 000"),
    ]
    for heading, following, line in expected:
        assert line in chapter(finnveden, heading, following), heading
    # SE/IPS: budget 1 520 000 and the utfall of the cost note 1 459 434, never typed twice.
    se_ips = chapter(finnveden, "1. Stöd till arbete – SE/IPS", "2. IT-spåret")
    assert "Budget 1 520 000 Utfall 1 459 434" in se_ips


@pytest.mark.django_db
def test_finnveden_2020_previous_year_row_and_column(finnveden):
    se_ips = chapter(finnveden, "1. Stöd till arbete – SE/IPS", "2. IT-spåret")
    # Seed table: "Totalt 2019 20 48 33 101" (Gnosjö, Gislaved, Värnamo; the columns are printed
    # in the members' order Gislaved, Gnosjö, Värnamo: 48 20 33).
    assert "Totalt 2019 48 20 33 101" in se_ips
    assert "Totalt 2020 40 18 49 107" in se_ips
    # The participant table's "Totalt 2019" column: 101 participants, 38 avslutade.
    assert "Deltagare 51 56 107 101" in se_ips
    assert "Avslutade 26 30 56 38" in se_ips


@pytest.mark.django_db
def test_finnveden_2020_indicator_with_last_year_and_national(finnveden):
    se_ips = chapter(finnveden, "1. Stöd till arbete – SE/IPS", "2. IT-spåret")
    # "21 personer har besvarat enkäten"; "Nu svarade 62% ... jämfört med 44% förra året och 23%
    # nationellt".
    assert re.search(r"mer redo att kunna arbeta eller (?:\S+ )*?21 62 % 44 % 23 %", se_ips) or (
        "studera? 21 62 % 44 % 23 %" in se_ips
    ), se_ips


@pytest.mark.django_db
def test_finnveden_2020_participant_total_of_unique_individuals(finnveden):
    # 1.4: "Total 176 personer deltog ..., varav 83 kvinnor, 65 män och 28 där vi saknar uppgift
    # om kön" (83 + 65 + 28 = 176).
    assert (
        "Totalt 176 personer deltog i de insatser förbundet finansierade under 2020, varav 83 "
        "kvinnor, 65 män och 28 där uppgift om kön saknas." in text_of(finnveden)
    )


@pytest.mark.django_db
def test_finnveden_2020_own_avslutsorsak_in_bilaga_and_national_group_in_table(finnveden):
    nya_vagar = chapter(finnveden, "4. Nya Vägar", None)
    # "Utskrivning (till arbete, studier eller arbetsökande): 9 deltagare"
    assert "Jobb, studier eller aktivt arbetssökande 9" in nya_vagar
    # The förbund's table groups it under Annat: Nya Vägar 28 8 (okänt –) ... Annat 9.
    assert "Nya Vägar 28 8" in text_of(finnveden)


@pytest.mark.django_db
def test_finnveden_2020_no_empty_ansvar(finnveden):
    assert "Ansvar och period: ." not in text_of(finnveden)
    assert "Ansvar och period ." not in text_of(finnveden)


@pytest.mark.django_db
def test_sodra_2024_age_bands_referrals_and_goal_outcomes(sodra):
    nova = chapter(sodra, "1. NOVA – Stöd i förändring", "2. Enter")
    # NOVA's own bands 16–29 / 30–64: kvinnor 16 + män 12 = 28, 40 + 22 = 62 (total 90).
    assert "Totalt 28 62 90" in nova
    assert "16–29 år 30–64 år" in nova
    enter = chapter(sodra, "2. Enter", "3. ")
    # Enter: 28 + 21 = 49, 14 + 15 = 29, 0 + 1 = 1 (total 79).
    assert "Totalt 49 29 1 79" in enter
    # "Arbetsförmedlingen 9, Försäkringskassan 9, Region 49, Kommun 12" (Annat 0): 79.
    for line in ["Arbetsförmedlingen 9", "Försäkringskassan 9", "Region 49", "Kommun 12"]:
        assert line in enter
    # Goal outcomes, each after its target: 50 % → 62 %, 75 % → 85 %, 75 % → 74 %, 85 % → 67 %.
    for pair in ["50 % 62 %", "75 % 85 %", "75 % 74 %", "85 % 67 %"]:
        assert pair in enter, pair


@pytest.mark.django_db
def test_insjoriket_2018_chapters_and_totals(insjoriket):
    text = text_of(insjoriket)
    # "riktade insatser till 424 personer under perioden, 268 kvinnor och 156 män" (268 + 156).
    assert (
        "Totalt 424 personer deltog i de insatser förbundet finansierade under perioden, varav 268 "
        "kvinnor och 156 män." in text
    )
    # The seed prints its insatser in the förvaltningsberättelse, under 1.4's "Verksamheter som
    # finansieras av Samordningsförbundet" … "Verksamhetsuppföljning": a data block of the
    # outline (issue 11), so they have no appendix and end before 1.5.
    assert not re.search(r"Bilaga \d+\. Individinriktade insatser", text)
    start = text.rindex("1.4 God ekonomisk hushållning")
    chapters = text[text.index("Verksamhetsuppföljning", start) : text.rindex("1.5 Väsentliga")]
    assert "Hälsoteket Eken" in chapters
    assert "motsvarande 10 % av en heltidstjänst" in chapters
    # Hälsoskolan: "sammanlagt 14 varav 7 kvinnor och 7 män", volume participants.
    assert "Volymdeltagare utan personuppgifter: 14, varav 7 kvinnor och 7 män." in chapters
    # Mentorskap (strukturinsats): 197 trained since 2014, 37 new mentors, two rounds; after the
    # individinriktade insatser, as in the seed.
    mentorskap = chapters[chapters.index("Mentorskap Ansvar och period") :]
    assert chapters.index("Hälsoteket Eken") < chapters.index("Mentorskap Ansvar och period")
    assert "2014-01-01 – 2018-08-31 – – 197" in mentorskap
    assert "2018-01-01 – 2018-08-31 2 – – – – 37" in mentorskap
