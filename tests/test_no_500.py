"""No input gives a 500 (issue 13): each case that did gets a Swedish message, or 405 for a wrong
method; GET never writes; the optimistic lock is mandatory; the CSV export cannot carry a formula;
WeasyPrint fetches nothing but the app's own files."""

import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from finsam.models import Budget, BudgetKind, FiscalYear, Member, Membership
from interventions.models import IndicatorResult, Insats
from reports import texts
from reports.models import DocumentKind, ReportDocument, ReportText
from reports.rendering import html_to_pdf
from tests.approvals import approve
from tests.scoping import database_snapshot

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent
HEADER = (
    "Insats;Mätperiod;Fråga;Svarande;Andel positiva;Svarande kvinnor;Andel positiva kvinnor;"
    "Svarande män;Andel positiva män"
)


def text(response) -> str:
    return response.content.decode()


def test_soliditet_over_100_gets_a_swedish_message(clients):
    """Was: ValueError: incomplete format (the constraint message's "100 %")."""
    response = clients["finnveden-sekreterare"].post(
        "/f/finnveden/tidigare-ar/nytt/",
        {"year": "2012", "intakter": "100", "kostnader": "90", "soliditet_procent": "500"},
    )
    assert response.status_code == 400
    assert "Soliditeten kan inte vara över 100 procent." in text(response)


def test_population_zero_gets_a_swedish_message_not_the_constraint_name(clients, demo_data):
    member = Member.objects.get(forbund=demo_data["finnveden"], name="Gnosjö kommun")
    response = clients["finnveden-sekreterare"].post(
        "/f/finnveden/invanarantal/nytt/",
        {"member": member.pk, "reference_date": "2031-07-01", "inhabitants": "0"},
    )
    assert response.status_code == 400
    assert "Invånarantalet ska vara större än noll." in text(response)
    assert "population_positive" not in text(response)


def upload(client, content: bytes):
    file = SimpleUploadedFile("indikatorer.csv", content, "text/csv")
    return client.post("/f/sodra-vatterbygden/insatser/indikatorer/import/", {"file": file})


def test_indicator_csv_with_a_nul_byte_or_a_long_question(clients):
    client = clients["sodra-vatterbygden-sekreterare"]
    before = IndicatorResult.objects.count()
    nul = upload(client, (HEADER + "\r\nEnter;2024;Fr\x00aga;19;74;;;;\r\n").encode())
    assert nul.status_code == 400
    assert "ogiltiga tecken (NUL)" in text(nul)
    long_question = "Känner du dig " + "x" * 300
    too_long = upload(client, (HEADER + f"\r\nEnter;2024;{long_question};19;74;;;;\r\n").encode())
    assert too_long.status_code == 400
    assert "Rad 2: Frågan är för lång (314 tecken; högst 300)." in text(too_long)
    assert IndicatorResult.objects.count() == before


def test_http_delete_on_a_delete_url_answers_405(clients, demo_data):
    """Was: ProtectedError (a member referred to by figure lines) as a 500."""
    member = Member.objects.get(forbund=demo_data["finnveden"], name="Gnosjö kommun")
    response = clients["finnveden-sekreterare"].delete(
        f"/f/finnveden/medlemmar/{member.pk}/ta-bort/"
    )
    assert response.status_code == 405
    assert Member.objects.filter(pk=member.pk).exists()
    # The form's POST answers with a Swedish message instead.
    posted = clients["finnveden-sekreterare"].post(f"/f/finnveden/medlemmar/{member.pk}/ta-bort/")
    assert posted.status_code == 302
    assert Member.objects.filter(pk=member.pk).exists()


def test_a_body_over_the_size_limit_gets_a_swedish_400(clients, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = clients["finnveden-sekreterare"].post(
        "/f/finnveden/medlemmar/ny/", {"name": "x" * 20_000, "kind": "kommun"}
    )
    assert response.status_code == 400
    assert "Det du skickade är för stort" in text(response)
    assert "Bad Request" not in text(response)


def test_a_save_without_seen_version_is_refused(clients, demo_data):
    """Failure 7: leaving out seen_version skipped the optimistic lock."""
    member = Member.objects.get(forbund=demo_data["finnveden"], name="Gnosjö kommun")
    response = clients["finnveden-sekreterare"].post(
        f"/f/finnveden/medlemmar/{member.pk}/",
        {"name": "Överskrivet namn", "kind": member.kind, "position": member.position},
    )
    assert response.status_code == 409
    assert "Sidan skickade inte med vilken version" in text(response)
    member.refresh_from_db()
    assert member.name == "Gnosjö kommun"


def test_the_csv_export_escapes_formulas(clients, demo_data):
    result = IndicatorResult.objects.filter(insats__forbund=demo_data["sodra-vatterbygden"]).first()
    result.question = '=HYPERLINK("http://example.com","Klicka")'
    result.save()
    response = clients["sodra-vatterbygden-revisor"].get(
        f"/f/sodra-vatterbygden/insatser/indikatorer/export/?ar={result.period_year}"
    )
    csv_text = text(response)
    # The cell (quoted by the csv module because of its quotes) starts with an apostrophe.
    assert ';"\'=HYPERLINK(""http://example.com"",""Klicka"")";' in csv_text
    assert ";=HYPERLINK(" not in csv_text and ';"=HYPERLINK(' not in csv_text
    # The import reads its own export back without the apostrophe.
    from finsam.csvsafe import unescape_cell

    assert unescape_cell("'=HYPERLINK(x)") == "=HYPERLINK(x)"


def test_weasyprint_fetches_only_the_apps_static_files(caplog, tmp_path):
    from reports.rendering import url_fetcher

    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not for the report")
    with pytest.raises(ValueError):
        url_fetcher(secret.as_uri())
    with pytest.raises(ValueError):
        url_fetcher("http://127.0.0.1:9/logo.png")
    css = (ROOT / "static" / "css" / "report.css").resolve()
    assert b"@page" in url_fetcher(css.as_uri()).read()
    with caplog.at_level(logging.WARNING, logger="finsam.security"):
        html_to_pdf(f'<p>Text</p><img src="{secret.as_uri()}"><img src="http://127.0.0.1:9/x.png">')
    refused = [r.getMessage() for r in caplog.records if r.name == "finsam.security"]
    assert any(str(secret) in message for message in refused)
    assert any("http://127.0.0.1:9/x.png" in message for message in refused)


def test_a_revisors_document_list_writes_nothing(clients, demo_data):
    """Failure 10: the document list created missing Verksamhetsplan documents on GET."""
    forbund = demo_data["insjoriket"]
    # The plan document is created with the budget (a write) …
    year = FiscalYear.objects.create(forbund=forbund, year=2040)
    Budget.objects.create(fiscal_year=year, kind=BudgetKind.BUDGET)
    plans = ReportDocument.objects.filter(fiscal_year=year, kind=DocumentKind.VERKSAMHETSPLAN)
    assert plans.exists()
    # … and a year with a budget but no document (an older database) stays so on a GET.
    plans.delete()
    before = database_snapshot()
    assert clients["insjoriket-revisor"].get("/f/insjoriket/dokument/").status_code == 200
    assert database_snapshot() == before


def test_deleting_an_insats_with_an_approved_text_is_refused_with_a_message(clients, demo_data):
    """Failure 3: the cascade deleted the approved document's insats text (500 on PostgreSQL)."""
    document = ReportDocument.objects.get(
        fiscal_year__forbund__slug="finnveden", fiscal_year__year=2020, kind="arsredovisning"
    )
    insats = Insats.objects.filter(forbund=document.fiscal_year.forbund, name="Mitt Val").get()
    text_row = texts.report_text_save(
        document=document,
        section=texts.INSATS_SECTION,
        insats=insats,
        body="Mitt Val startade i oktober.",
        seen_version=0,
    )
    approve(document)
    response = clients["finnveden-sekreterare"].post(
        f"/f/finnveden/insatser/{insats.pk}/ta-bort/", follow=True
    )
    assert response.status_code == 200
    assert "Rapporten är godkänd och kan inte ändras" in text(response)
    assert Insats.objects.filter(pk=insats.pk).exists()
    assert ReportText.objects.filter(pk=text_row.pk).exists()


def test_users_change_and_reset_their_password(demo_data):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="finnveden-revisor")
    client = Client()
    client.force_login(user)
    form = client.get("/konto/losenord/")
    assert form.status_code == 200 and "Byt lösenord" in text(form)
    changed = client.post(
        "/konto/losenord/",
        {
            "old_password": "finsam-demo",
            "new_password1": "Ett nytt långt lösenord 7",
            "new_password2": "Ett nytt långt lösenord 7",
        },
    )
    assert changed.status_code == 302 and changed.url == "/konto/losenord/klart/"
    user.refresh_from_db()
    assert user.check_password("Ett nytt långt lösenord 7")

    anonymous = Client()
    sent = anonymous.post("/konto/aterstall/", {"email": user.email})
    assert sent.status_code == 302
    (message,) = mail.outbox
    assert message.subject == "Nytt lösenord till Finsam Rapport"
    link = re.search(r"http://[^/]+(/konto/aterstall/\S+/)", message.body).group(1)
    confirm = anonymous.get(link, follow=True)
    assert "Välj lösenord" in text(confirm)
    done = anonymous.post(
        confirm.redirect_chain[-1][0],
        {"new_password1": "Ännu ett lösenord 42", "new_password2": "Ännu ett lösenord 42"},
    )
    assert done.status_code == 302 and done.url == "/konto/aterstall/klart/"
    user.refresh_from_db()
    assert user.check_password("Ännu ett lösenord 42")


def test_the_sekreterare_invites_and_removes_users_of_their_own_forbund_only(clients):
    sekreterare = clients["finnveden-sekreterare"]
    invited = sekreterare.post(
        "/f/finnveden/anvandare/bjud-in/",
        {"email": "Ny.Person@Example.com", "first_name": "Ny", "role": "revisor"},
    )
    assert invited.status_code == 302
    membership = Membership.objects.get(user__email="ny.person@example.com")
    assert membership.forbund.slug == "finnveden" and membership.role == "revisor"
    assert not membership.user.has_usable_password()
    (message,) = mail.outbox
    assert message.to == ["ny.person@example.com"]
    assert "Du har bjudits in till Finnvedens samordningsförbund" in message.body
    assert "/konto/aterstall/" in message.body
    # Nobody grants a role in a förbund they do not belong to, nor without the sekreterare role.
    assert (
        sekreterare.post(
            "/f/sodra-vatterbygden/anvandare/bjud-in/",
            {"email": "a@example.com", "role": "styrelse"},
        ).status_code
        == 404
    )
    assert (
        clients["finnveden-styrelse"]
        .post("/f/finnveden/anvandare/bjud-in/", {"email": "b@example.com", "role": "sekreterare"})
        .status_code
        == 403
    )
    assert not Membership.objects.filter(
        user__email__in=["a@example.com", "b@example.com"]
    ).exists()
    removed = sekreterare.post(f"/f/finnveden/anvandare/{membership.pk}/ta-bort/")
    assert removed.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_the_sqlite_default_has_no_write_transaction_around_gets():
    """Failure 5: every GET took SQLite's write lock (ATOMIC_REQUESTS with IMMEDIATE)."""
    code = (
        "from django.conf import settings; d = settings.DATABASES['default']; "
        "print(d['ENGINE'], d['ATOMIC_REQUESTS'], d['OPTIONS']['timeout'], "
        "'finsam.transactions.WriteRequestTransactionMiddleware' in settings.MIDDLEWARE, "
        "d['OPTIONS']['init_command'])"
    )
    env = {"DJANGO_SETTINGS_MODULE": "finsam.settings", "DEBUG": "1", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    engine, atomic, timeout, middleware, init = result.stdout.split(" ", 4)
    assert engine == "django.db.backends.sqlite3"
    assert atomic == "False" and middleware == "True"
    assert int(timeout) >= 30 and "journal_mode=WAL" in init
