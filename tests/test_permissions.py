"""The permission matrix: every förbund-scoped URL × role (anonymous, sekreterare, styrelse,
revisor, member of another förbund) × method (GET, POST).

Each test walks all URLs and reports every combination that answered wrongly, so a failure names
the pages, roles and methods at fault.
"""

import pytest
from django.test import Client
from django.urls import resolve

from finsam.permissions import Capability
from tests.scoping import database_snapshot, scoped_urls

# A plausible form submission: a change a sekreterare could make on an edit page.
SOME_POST = {"name": "Ändrat namn", "kind": "kommun", "position": "1", "inhabitants": "1"}
ROLES = ("sekreterare", "styrelse", "revisor")


@pytest.fixture(autouse=True)
def an_approved_document(demo_data):
    """The download of an approved version needs one: finnveden's board approves its
    Årsredovisning 2019 (rolled back after each test, as all test data). Not a document of the
    pages the other examples edit (2020's report, budget and texts), which it would freeze."""
    from reports.models import ReportDocument
    from tests.approvals import approve

    document = ReportDocument.objects.get(
        fiscal_year__forbund=demo_data["finnveden"], fiscal_year__year=2019, kind="arsredovisning"
    )
    version = approve(document)
    _signed_copy_and_attachment(version)
    return version


def _signed_copy_and_attachment(version) -> None:
    """The downloads of a signed copy and of an attachment need one of each."""
    from django.utils import timezone

    from reports.models import DocumentAttachment, SignedCopy

    SignedCopy.objects.create(
        version=version,
        source="extern",
        pdf=bytes(version.pdf),
        sha256=version.sha256,
        created_at=timezone.now(),
        verdict="Exempel",
    )
    DocumentAttachment.objects.create(
        document=version.document,
        kind="protokollsutdrag",
        filename="utdrag.pdf",
        pdf=b"%PDF-1.7 exempel",
        sha256="0" * 64,
        size=16,
        uploaded_at=timezone.now(),
    )


def needs(path: str, method: str) -> Capability:
    view_class = resolve(path).func.view_class
    return view_class.read_capability if method == "GET" else view_class.write_capability


def expected_status(path: str, method: str, role: str) -> set[int]:
    capability = needs(path, method)
    allowed = {
        "sekreterare": {Capability.VIEW, Capability.EDIT},
        "styrelse": {Capability.VIEW, Capability.APPROVE},
        "revisor": {Capability.VIEW},
    }[role]
    if capability not in allowed:
        return {403}
    if method.lower() not in resolve(path).func.view_class.http_method_names:
        return {405}
    if method == "GET":
        return {200}
    # Allowed to post: a redirect after saving, a form re-shown with errors, or no POST handler.
    return {200, 302, 400, 405, 409}


@pytest.mark.django_db
def test_matrix_for_the_forbunds_own_users(clients, demo_data):
    wrong = []
    urls = scoped_urls(demo_data["finnveden"])
    for role in ROLES:
        client = clients[f"finnveden-{role}"]
        for name, path in urls:
            for method in ("GET", "POST"):
                if method == "POST" and role == "sekreterare":
                    continue  # a sekreterare's posts change data; covered by the page tests
                response = client.get(path) if method == "GET" else client.post(path, SOME_POST)
                if response.status_code not in expected_status(path, method, role):
                    wrong.append((name, role, method, response.status_code))
    assert wrong == []


@pytest.mark.django_db
def test_read_only_roles_change_nothing(clients, demo_data):
    before = database_snapshot()
    for role in ("styrelse", "revisor"):
        for _, path in scoped_urls(demo_data["finnveden"]):
            clients[f"finnveden-{role}"].post(path, SOME_POST)
    assert database_snapshot() == before


def answers_other_than(accepted: set[int], clients, urls) -> list[tuple]:
    """Every (page, role, method, status) of finnveden's users whose status is not accepted."""
    wrong = []
    for role in ROLES:
        client = clients[f"finnveden-{role}"]
        for name, path in urls:
            for method in ("GET", "POST"):
                response = client.get(path) if method == "GET" else client.post(path, SOME_POST)
                if response.status_code not in accepted:
                    wrong.append((name, role, method, response.status_code))
    return wrong


@pytest.mark.django_db
def test_every_page_of_another_forbund_answers_404_with_nothing_changed(clients, demo_data):
    urls = scoped_urls(demo_data["sodra-vatterbygden"])
    assert len(urls) >= 20
    before = database_snapshot()
    assert answers_other_than({404}, clients, urls) == []
    assert database_snapshot() == before


@pytest.mark.django_db
def test_another_forbunds_objects_under_the_own_forbund_answer_404_with_nothing_changed(
    clients, demo_data
):
    """/f/finnveden/…/<pk of a Södra Vätterbygden row>/: each view must look its object up
    within the förbund of the URL, not only check the förbund."""
    urls = scoped_urls(demo_data["finnveden"], objects_of=demo_data["sodra-vatterbygden"])
    assert len(urls) >= 25
    before = database_snapshot()
    # 403: the role may not use the page at all; 405: a page without POST.
    assert answers_other_than({403, 404, 405}, clients, urls) == []
    assert database_snapshot() == before


@pytest.mark.django_db
def test_anonymous_users_are_sent_to_the_login_page(demo_data):
    client = Client()
    wrong = []
    for name, path in scoped_urls(demo_data["finnveden"]):
        for method in ("GET", "POST"):
            response = client.get(path) if method == "GET" else client.post(path, SOME_POST)
            if response.status_code != 302 or not response.url.startswith("/logga-in/"):
                wrong.append((name, method, response.status_code))
    assert wrong == []


@pytest.mark.django_db
def test_home_redirects_a_single_forbund_user_to_it(clients):
    response = clients["finnveden-revisor"].get("/")
    assert response.status_code == 302
    assert response.url == "/f/finnveden/"
