"""No lost updates: a save based on a version someone else has replaced is refused."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

from finsam.models import Budget, Member
from finsam.versioning import STALE_VERSION_MESSAGE
from tests import demo_snapshot


def member_form(member: Member, name: str, seen_version: int) -> dict:
    return {
        "kind": member.kind,
        "name": name,
        "position": member.position,
        "explicit_share": "",
        "seen_version": seen_version,
    }


@pytest.mark.django_db
def test_a_stale_save_is_refused_and_shows_the_newer_value(clients, demo_data):
    client = clients["finnveden-sekreterare"]
    member = Member.objects.get(forbund=demo_data["finnveden"], name="Gnosjö kommun")
    url = f"/f/finnveden/medlemmar/{member.pk}/"
    assert client.get(url).context["form"]["seen_version"].value() == 1

    first = client.post(url, member_form(member, "Gnosjö kommun (A)", seen_version=1))
    assert first.status_code == 302
    second = client.post(url, member_form(member, "Gnosjö kommun (B)", seen_version=1))
    assert second.status_code == 409
    expected = STALE_VERSION_MESSAGE.format(current="Namn: Gnosjö kommun (A)")
    assert expected in second.content.decode()
    member.refresh_from_db()
    assert (member.name, member.version) == ("Gnosjö kommun (A)", 2)


@pytest.mark.django_db
def test_budget_changes_are_versioned_too(clients, demo_data):
    budget = Budget.objects.get(fiscal_year__forbund=demo_data["finnveden"], kind="budget")
    url = f"/f/finnveden/budget/{budget.fiscal_year.year}/budget/andra/"
    data = {
        "budget-opening_balance": "1 689 771",
        "budget-opening_balance_note": "",
        "budget-adopted_on": "",
        "budget-diarienummer": "2020:1",
        "budget-seen_version": "1",
        "lines-TOTAL_FORMS": "0",
        "lines-INITIAL_FORMS": "0",
    }
    client = clients["finnveden-sekreterare"]
    assert client.post(url, data).status_code == 302
    data["budget-diarienummer"] = "2020:2"
    assert client.post(url, data).status_code == 409
    budget.refresh_from_db()
    assert (budget.diarienummer, budget.version) == ("2020:1", 2)


def _post_concurrently(url: str, payloads: list[dict]) -> list[int]:
    user = get_user_model().objects.get(username="finnveden-sekreterare")
    barrier = threading.Barrier(len(payloads))
    statuses: list[int] = [0] * len(payloads)

    def post(index: int) -> None:
        client = Client()
        client.force_login(user)
        barrier.wait()
        try:
            statuses[index] = client.post(url, payloads[index]).status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(i,)) for i in range(len(payloads))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return statuses


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_saves_of_the_same_version_exactly_one_succeeds():
    forbund = demo_snapshot.load()["finnveden"]
    member = Member.objects.get(forbund=forbund, name="Värnamo kommun")
    url = f"/f/finnveden/medlemmar/{member.pk}/"
    statuses = _post_concurrently(
        url,
        [
            member_form(member, "Värnamo kommun (A)", seen_version=1),
            member_form(member, "Värnamo kommun (B)", seen_version=1),
        ],
    )
    assert sorted(statuses) == [302, 409]
    member.refresh_from_db()
    assert member.version == 2
    winner = "Värnamo kommun (A)" if statuses[0] == 302 else "Värnamo kommun (B)"
    assert member.name == winner


@pytest.mark.django_db
def test_history_shows_who_changed_what_from_which_value(clients, demo_data):
    member = Member.objects.get(forbund=demo_data["finnveden"], name="Gnosjö kommun")
    url = f"/f/finnveden/medlemmar/{member.pk}/"
    response = clients["finnveden-sekreterare"].post(
        url, member_form(member, "Gnosjö kommun (ändrad)", seen_version=1)
    )
    assert response.status_code == 302
    page = clients["finnveden-revisor"].get("/f/finnveden/historik/?typ=Medlem")
    assert page.status_code == 200
    entry = next(e for e in page.context["entries"] if e.action == "Ändrad")
    assert entry.who == "Anna Lindqvist"  # workspace.demo.DEMO_NAMES
    assert entry.role == "Förbundssekreterare"
    assert entry.kind == "Medlem"
    assert [(c.field, c.old, c.new) for c in entry.changes] == [
        ("Namn", "Gnosjö kommun", "Gnosjö kommun (ändrad)")
    ]
    assert str(entry.when.tzinfo) == "Europe/Stockholm"
    # Another förbund's history shows nothing of this change.
    other = clients["sodra-vatterbygden-revisor"].get("/f/sodra-vatterbygden/historik/")
    assert all("Gnosjö" not in e.subject for e in other.context["entries"])
