"""The completeness gate: no document goes to the board with an empty statutory section,
placeholder text, or last year's text that nobody has reviewed. The refusal names the section."""

import pytest
from django.test import Client

from reports import approval, completeness, texts
from reports.models import ReportText
from tests.approvals import demo_user

pytestmark = pytest.mark.django_db


def refusal(document) -> approval.WorkflowError:
    document.refresh_from_db()
    with pytest.raises(approval.WorkflowError) as refused:
        approval.document_submit(
            document=document,
            user=demo_user(document, "sekreterare"),
            seen_version=document.version,
        )
    return refused.value


def test_the_seed_documents_are_complete(finnveden_2020, sodra_2024):
    assert completeness.incomplete_sections(finnveden_2020.document) == []
    assert completeness.incomplete_sections(sodra_2024.document) == []


def test_submitting_with_an_empty_statutory_section_is_refused_naming_it(finnveden_2020):
    document = finnveden_2020.document
    ReportText.objects.filter(document=document, section="forvantad_utveckling").update(body="")
    refused = refusal(document)
    expected = completeness.EMPTY.format(title="Förväntad utveckling")
    assert refused.errors == [expected]
    assert "Förväntad utveckling" in refused.message
    document.refresh_from_db()
    assert document.status == "utkast"

    # The submit page shows the same reason next to the button.
    client = Client()
    client.force_login(demo_user(document, "sekreterare"))
    page = client.get(f"/f/finnveden/dokument/{document.pk}/skicka-in/").content.decode()
    assert "Avsnittet ”Förväntad utveckling” är tomt." in page


def test_a_missing_statutory_text_is_refused_and_optional_ones_are_not(finnveden_2020):
    document = finnveden_2020.document
    # Ordföranden har ordet is not statutory: removing it does not block.
    ReportText.objects.filter(document=document, section="ordforande").delete()
    assert completeness.incomplete_sections(document) == []
    ReportText.objects.filter(document=document, section="personal").delete()
    assert completeness.incomplete_sections(document) == [
        completeness.EMPTY.format(title="Väsentliga personalförhållanden")
    ]


def test_placeholder_text_is_refused_naming_section_and_placeholder(finnveden_2020):
    document = finnveden_2020.document
    ReportText.objects.filter(document=document, section="viktiga_forhallanden").update(
        body="Omvärlden under året: [skriv här om arbetsmarknaden]."
    )
    ReportText.objects.filter(document=document, section="styrning").update(
        body="Styrelsen har haft XXX möten."
    )
    assert refusal(document).errors == [
        completeness.PLACEHOLDER.format(
            title="Viktiga förhållanden för resultat och ekonomisk ställning",
            found="[skriv här om arbetsmarknaden]",
        ),
        completeness.PLACEHOLDER.format(title="Styrning och uppföljning", found="XXX"),
    ]


def test_an_unreviewed_copy_is_refused_until_it_is_saved(finnveden_2020):
    document = finnveden_2020.document
    ReportText.objects.filter(document=document, section="personal").update(is_draft_copy=True)
    assert refusal(document).errors == [
        completeness.UNREVIEWED.format(title="Väsentliga personalförhållanden")
    ]
    text = ReportText.objects.get(document=document, section="personal")
    texts.report_text_save(
        document=document, section="personal", body=text.body, seen_version=text.version
    )
    assert completeness.incomplete_sections(document) == []


def test_the_delarsrapport_needs_its_r17_sections(insjoriket_2018):
    """insjöriket's Delårsrapport 2018 has no texts in the demo data: its three statutory text
    sections are named, in the document's order."""
    assert completeness.incomplete_sections(insjoriket_2018.document) == [
        completeness.EMPTY.format(
            title="Viktiga förhållanden för resultat och ekonomisk ställning"
        ),
        completeness.EMPTY.format(title="Händelser av väsentlig betydelse"),
        completeness.EMPTY.format(title="Förväntad utveckling"),
    ]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("[Text saknas: Förväntad utveckling]", "[Text saknas: Förväntad utveckling]"),
        ("Lorem ipsum dolor", "Lorem ipsum"),
        ("Att göra: TODO", "TODO"),
        ("Antal ??? deltagare", "???"),
    ],
)
def test_placeholders_recognised(body, found):
    assert completeness.placeholder_in(body) == found


@pytest.mark.parametrize(
    "body",
    ["Förbundet hade 12 möten [se bilaga 1].", "Sexton deltagare (XX-kromosom ej relevant)"],
)
def test_ordinary_text_is_not_a_placeholder(body):
    assert completeness.placeholder_in(body) is None
