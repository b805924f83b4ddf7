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


@pytest.mark.django_db
def test_forbidden_page_says_when_a_report_is_approved_and_frozen(rf):
    from django.contrib.auth.models import AnonymousUser

    from finsam.views.errors import permission_denied
    from reports.freeze import FROZEN_MESSAGE, ReportFrozen

    request = rf.get("/f/finnveden/budget/2020/budget/andra/")
    request.user = AnonymousUser()
    page = permission_denied(request, ReportFrozen()).content.decode()
    assert "Godkänd – kan inte ändras" in page and FROZEN_MESSAGE in page
