"""The entry page of a period's supplementary notes ("Kompletterande noter") in Django's test
client: a new note with two rows is saved in their order, "Lägg till rad" gives one more empty
row without saving, and a note without a heading saves nothing and says so next to the field."""

from decimal import Decimal

import pytest

from reports import supplementary, views
from reports.forms import VersionForm
from reports.models import SupplementaryNote
from tests.reports.test_forms import login, post_data, url
from tests.scoping import database_snapshot

D = Decimal


@pytest.fixture
def sekreterare(seeded_data):
    return login("finnveden-sekreterare")


def new_note_data(period) -> dict[str, str]:
    note = SupplementaryNote(period=period)
    return post_data(
        VersionForm(initial={"seen_version": period.version}, prefix="v"),
        supplementary.SupplementaryNoteForm(instance=note, prefix="f"),
        supplementary.row_formset(note),
    )


def test_a_new_note_with_two_rows_is_saved(sekreterare, finnveden_2020):
    page = sekreterare.get(url(finnveden_2020, "kompletterande-noter"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Ny kompletterande not" in html and "Lägg till rad" in html
    data = new_note_data(finnveden_2020)
    data.update(
        {
            "f-title": "Kompletterande nettouppgifter",
            "f-text_before": "Nettokostnader jämförda med budget.",
            "rader-TOTAL_FORMS": "2",
            "rader-0-label": "Kansli",
            "rader-0-budget": "1 150 000",
            "rader-0-amount": "1 098 417,50",
            "rader-1-label": "Insatser",
            "rader-1-budget": "2 000 000",
            "rader-1-amount": "1 875 000",
            "rader-1-comparison_amount": "1 900 000",
        }
    )
    response = sekreterare.post(url(finnveden_2020, "kompletterande-noter"), data)
    assert response.status_code == 302, response.content.decode()
    note = SupplementaryNote.objects.get(period=finnveden_2020, title=data["f-title"])
    assert response["Location"].endswith(f"?not={note.pk}")
    rows = [(r.label, r.budget, r.amount, r.comparison_amount) for r in note.rows.all()]
    assert rows == [
        ("Kansli", D("1150000"), D("1098417.50"), None),
        ("Insatser", D("2000000"), D("1875000"), D("1900000")),
    ]
    again = sekreterare.get(response["Location"]).content.decode()
    assert "Ändra ”Kompletterande nettouppgifter”" in again


def test_add_row_saves_nothing_and_gives_one_more_row(sekreterare, finnveden_2020):
    data = new_note_data(finnveden_2020)
    data.update({"f-title": "Ny not", "rader-0-label": "Kansli", "add_row": "rader"})
    before = database_snapshot()
    response = sekreterare.post(url(finnveden_2020, "kompletterande-noter"), data)
    assert response.status_code == 200
    assert database_snapshot() == before
    html = response.content.decode()
    # A new note starts with one row (TOTAL_FORMS 1); "Lägg till rad" makes it 1 + 1 = 2.
    assert 'name="rader-TOTAL_FORMS" value="2"' in html
    assert 'name="rader-1-label"' in html and 'value="Kansli"' in html


def test_a_note_without_a_heading_saves_nothing(sekreterare, finnveden_2020):
    data = new_note_data(finnveden_2020)
    data.update({"rader-0-label": "Kansli", "rader-0-amount": "5 000"})
    before = database_snapshot()
    response = sekreterare.post(url(finnveden_2020, "kompletterande-noter"), data)
    assert response.status_code == 400
    assert database_snapshot() == before
    html = response.content.decode()
    assert views.NOTHING_SAVED in html
    assert 'id="id_f-title_error"' in html
