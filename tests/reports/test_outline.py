"""Subsections a sekreterare adds inside a section: validation, order, data blocks, freeze."""

import pytest

from reports import outline
from reports.freeze import ReportFrozen
from reports.models import DocumentStatus, DocumentSubsection

pytestmark = pytest.mark.django_db


def test_subsections_are_appended_in_order_with_their_block(finnveden_2020):
    document = finnveden_2020.document
    DocumentSubsection.objects.filter(document=document).delete()
    outline.subsection_add(document=document, section="personal", title="  Sjukfrånvaro ")
    outline.subsection_add(
        document=document, section="personal", title="Balans", body="**Text**", block="balanskrav"
    )
    (first, second) = outline.subsections_for(document)["personal"]
    assert (first.title, second.title) == ("Sjukfrånvaro", "Balans")
    assert str(second.html) == "<p><strong>Text</strong></p>"
    assert outline.placed_blocks(outline.subsections_for(document)) == {"balanskrav"}


@pytest.mark.parametrize(
    ("section", "title", "block", "message"),
    [
        ("personal", " ", "", outline.TITLE_REQUIRED),
        ("inledning", "X", "", "Dokumentet har inget avsnitt som heter inledning."),
        ("personal", "X", "okänt", outline.UNKNOWN_BLOCK.format(block="okänt")),
    ],
)
def test_invalid_subsections_are_refused(finnveden_2020, section, title, block, message):
    with pytest.raises(outline.OutlineError) as refused:
        outline.subsection_add(
            document=finnveden_2020.document, section=section, title=title, block=block
        )
    assert refused.value.message == message


def test_an_approved_documents_subsections_are_frozen(finnveden_2020):
    document = finnveden_2020.document
    document.status = DocumentStatus.GODKAND
    document.save()
    with pytest.raises(ReportFrozen):
        outline.subsection_add(document=document, section="personal", title="Ny")
