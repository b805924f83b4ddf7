import pytest


@pytest.mark.django_db
def test_not_found_and_forbidden_pages_are_in_swedish(clients):
    client = clients["finnveden-revisor"]
    missing = client.get("/f/finnveden/finns-inte/")
    assert missing.status_code == 404
    assert "Sidan finns inte" in missing.content.decode()
    forbidden = client.get("/f/finnveden/medlemmar/ny/")
    assert forbidden.status_code == 403
    assert "Ingen behörighet" in forbidden.content.decode()


def test_server_error_page_is_in_swedish():
    from django.template.loader import render_to_string

    assert "Ett fel inträffade" in render_to_string("500.html")
