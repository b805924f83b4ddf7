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


@pytest.mark.django_db
def test_swedish_error_pages_also_with_debug_on(clients, rf, settings):
    """The demo runs with DEBUG=1: no English technical 404 page, and no traceback page."""
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponseBadRequest, HttpResponseServerError

    from finsam.middleware import SwedishErrorPagesMiddleware

    settings.DEBUG = True
    missing = clients["finnveden-revisor"].get("/f/finnveden/finns-inte/")
    assert missing.status_code == 404
    page = missing.content.decode()
    assert "Sidan finns inte" in page and "Page not found" not in page
    assert "/static/favicon" in page  # the page has the favicon

    request = rf.get("/")
    request.user = AnonymousUser()
    error = SwedishErrorPagesMiddleware(lambda r: HttpResponseServerError("Traceback …"))(request)
    assert error.status_code == 500 and "Ett fel inträffade" in error.content.decode()
    bad = SwedishErrorPagesMiddleware(lambda r: HttpResponseBadRequest("Bad Request"))(request)
    assert bad.status_code == 400 and "Felaktig förfrågan" in bad.content.decode()

    settings.DEBUG_TECHNICAL_ERRORS = True  # a developer's choice: Django's own pages
    technical = SwedishErrorPagesMiddleware(lambda r: HttpResponseServerError("Traceback"))(request)
    assert technical.content == b"Traceback"


@pytest.mark.django_db
def test_favicon_ico_leads_to_the_svg_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith(".svg")
