"""The Historik for auditors (issue 15): name and role, Europe/Stockholm time labelled so,
Swedish labels (never internal keys), filters by year, document, data and kind of change, paging."""

import datetime

import pytest

from finsam.models import Member
from reports.models import ReportDocument
from tests.test_versioning import member_form


@pytest.mark.django_db
def test_history_names_the_person_and_role_in_swedish_time(clients, demo_data):
    member = Member.objects.get(forbund=demo_data["finnveden"], name="Gnosjö kommun")
    # Moving the member in the list changes its position too: an internal field, not shown.
    form = member_form(member, "Gnosjö kommun (ändrad)", seen_version=1)
    form["position"] = member.position + 30
    response = clients["finnveden-sekreterare"].post(f"/f/finnveden/medlemmar/{member.pk}/", form)
    assert response.status_code == 302

    page = clients["finnveden-revisor"].get("/f/finnveden/historik/?typ=Medlem&handelse=Ändrad")
    assert page.status_code == 200
    entries = page.context["entries"]
    assert [e.action for e in entries] == ["Ändrad"]  # the filter on the kind of change
    entry = entries[0]
    assert (entry.who, entry.role) == ("Anna Lindqvist", "Förbundssekreterare")
    assert [c.field for c in entry.changes] == ["Namn"]  # not "Ordning"
    assert str(entry.when.tzinfo) == "Europe/Stockholm"
    assert entry.when.utcoffset() == datetime.timedelta(hours=1)  # December: CET, UTC+1
    html = page.content.decode()
    assert "Tid (svensk tid)" in html and "UTC" not in html
    assert "Förbundssekreterare" in html


@pytest.mark.django_db
def test_history_filters_by_year_and_document_and_pages(clients, demo_data):
    client = clients["sodra-vatterbygden-revisor"]
    everything = client.get("/f/sodra-vatterbygden/historik/")
    total = everything.context["total"]
    assert total > 50  # the demo's loading alone records more than one page
    assert len(everything.context["entries"]) == 50
    second = client.get("/f/sodra-vatterbygden/historik/?sida=2")
    assert second.context["page_obj"].number == 2
    assert len(second.context["entries"]) == min(50, total - 50)

    # A text's subject is its section's title, never its key.
    subjects = [
        e.subject
        for e in client.get("/f/sodra-vatterbygden/historik/?typ=Text&sida=1").context["entries"]
    ]
    assert any(s.startswith("Förväntad utveckling (") for s in subjects)
    assert not any("forvantad_utveckling" in s for s in subjects)

    # The year filter keeps data of that year only (members have no year: left out).
    year_2024 = client.get("/f/sodra-vatterbygden/historik/?ar=2024").context
    assert 0 < year_2024["total"] < total
    assert all(e.kind != "Medlem" for e in year_2024["entries"])
    assert all("2023" not in e.subject for e in year_2024["entries"])

    document = ReportDocument.objects.get(
        fiscal_year__forbund__slug="sodra-vatterbygden",
        fiscal_year__year=2023,
        kind="arsredovisning",
    )
    only = client.get(f"/f/sodra-vatterbygden/historik/?dokument={document.pk}").context
    assert only["document"] == document
    assert 0 < only["total"] < total
    assert all("2024" not in e.subject for e in only["entries"])
    # Another förbund's document is not a choice: the filter is ignored, not a leak.
    other = ReportDocument.objects.filter(fiscal_year__forbund__slug="finnveden").first()
    ignored = client.get(f"/f/sodra-vatterbygden/historik/?dokument={other.pk}").context
    assert ignored["document"] is None and ignored["total"] == total
