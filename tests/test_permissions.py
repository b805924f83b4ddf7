"""Scoping and roles: another förbund's pages answer 404, read-only roles cannot write."""

import pytest

from finsam.permissions import Capability
from tests.scoping import database_snapshot, scoped_urls

# A plausible form submission: a change a sekreterare could make on any edit page.
SOME_POST = {"name": "Ändrat namn", "kind": "kommun", "position": "1", "inhabitants": "1"}


def view_class(path: str):
    from django.urls import resolve

    return resolve(path).func.view_class


@pytest.mark.django_db
def test_every_page_of_another_forbund_answers_404_with_nothing_changed(clients, demo_data):
    other = demo_data["sodra-vatterbygden"]
    client = clients["finnveden-sekreterare"]
    before = database_snapshot()
    urls = scoped_urls(other)
    assert len(urls) >= 20
    for name, path in urls:
        assert client.get(path).status_code == 404, name
        assert client.post(path, SOME_POST).status_code == 404, name
    assert database_snapshot() == before


@pytest.mark.django_db
def test_own_pages_open_for_every_role(clients, demo_data):
    forbund = demo_data["finnveden"]
    for name, path in scoped_urls(forbund):
        needs_edit = view_class(path).read_capability == Capability.EDIT
        for role in ("sekreterare", "styrelse", "revisor"):
            status = clients[f"finnveden-{role}"].get(path).status_code
            expected = 403 if needs_edit and role != "sekreterare" else 200
            assert status == expected, (name, role, status)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["revisor", "styrelse"])
def test_read_only_roles_cannot_post_to_any_page(clients, demo_data, role):
    forbund = demo_data["finnveden"]
    client = clients[f"finnveden-{role}"]
    before = database_snapshot()
    for name, path in scoped_urls(forbund):
        response = client.post(path, SOME_POST)
        assert response.status_code in (403, 405), (name, response.status_code)
    assert database_snapshot() == before


@pytest.mark.django_db
def test_anonymous_users_are_sent_to_the_login_page(client, demo_data):
    for name, path in scoped_urls(demo_data["finnveden"]):
        response = client.get(path)
        assert response.status_code == 302, name
        assert response.url.startswith("/logga-in/"), name


@pytest.mark.django_db
def test_home_redirects_a_single_forbund_user_to_it(clients):
    response = clients["finnveden-revisor"].get("/")
    assert response.status_code == 302
    assert response.url == "/f/finnveden/"
