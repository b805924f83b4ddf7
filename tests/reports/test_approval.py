"""The approval workflow of a document, its freeze and its downloads, on PostgreSQL with real
PDFs. The Verksamhetsplan 2020 of finnveden (demo budget) is quick to render; the freeze of an
Årsredovisning's figures is in ``test_freeze_report``."""

import hashlib
import io

import pytest
from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection, transaction
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from finsam.models import BudgetLine
from reports import approval, freeze, services
from reports.models import (
    ApprovedVersion,
    DocumentStatus,
    FigureLine,
    PeriodFigures,
    ReportDocument,
)
from tests.approvals import approve, submit
from tests.pdf.pdftext import pages_text
from workspace.transfer import delete_forbund

pytestmark = pytest.mark.django_db


def user(name: str):
    return get_user_model().objects.get(username=f"finnveden-{name}")


def client(name: str) -> Client:
    c = Client()
    c.force_login(user(name))
    return c


@pytest.fixture
def plan(demo_data) -> ReportDocument:
    document = services.plan_document(demo_data["finnveden"], 2020)
    assert document is not None and document.status == DocumentStatus.UTKAST
    return document


def url(document: ReportDocument, suffix: str = "") -> str:
    return f"/f/finnveden/dokument/{document.pk}/{suffix}"


def test_the_board_approves_through_the_pages_and_the_pdf_is_stored_once(plan):
    sekreterare, styrelse = client("sekreterare"), client("styrelse")
    page = sekreterare.get(url(plan, "skicka-in/"))
    assert page.status_code == 200 and "Skicka för godkännande" in page.content.decode()
    response = sekreterare.post(url(plan, "skicka-in/"), {"seen_version": plan.version})
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == DocumentStatus.INSKICKAD
    assert plan.submitted_by == user("sekreterare")
    decision = {
        "seen_version": plan.version,
        "decided_on": "2019-11-19",
        "paragraph": "7",
        "place": "Värnamo",
        "signatories": "Inga-Maj Eleholt, Ordförande",
    }
    response = styrelse.post(url(plan, "godkann/"), decision)
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == DocumentStatus.GODKAND
    (version,) = plan.approved_versions.all()
    stored = bytes(version.pdf)
    assert version.number == 1
    assert version.approved_by == user("styrelse")
    assert version.submitted_by == user("sekreterare")
    assert version.sha256 == hashlib.sha256(stored).hexdigest()
    assert version.pages == len(PdfReader(io.BytesIO(stored)).pages)
    text = " ".join(pages_text(stored))
    assert "Verksamhetsplan 2020" in text
    assert "Beslutad av styrelsen 2019-11-19, § 7" in text
    assert "UTKAST" not in text


def test_submit_is_refused_while_a_check_is_an_error(finnveden_2020):
    """finnveden 2020 without kassa och bank: the check UPPGIFT_SAKNAS is an error (FEL)."""
    PeriodFigures.objects.filter(period=finnveden_2020).update(kassa_och_bank=None)
    document = finnveden_2020.document
    with pytest.raises(approval.WorkflowError) as refused:
        approval.document_submit(
            document=document, user=user("sekreterare"), seen_version=document.version
        )
    assert refused.value.errors and "Kassa och bank" in refused.value.message
    document.refresh_from_db()
    response = client("sekreterare").post(
        url(document, "skicka-in/"), {"seen_version": document.version}
    )
    assert response.status_code == 400
    assert "Kassa och bank vid periodens slut" in response.content.decode()
    document.refresh_from_db()
    assert document.status == DocumentStatus.UTKAST


def test_a_plan_without_budget_cannot_be_submitted(demo_data):
    from finsam.services import fiscal_year_get_or_create

    fiscal_year = fiscal_year_get_or_create(forbund=demo_data["finnveden"], year=2031)
    document = ReportDocument.objects.create(fiscal_year=fiscal_year, kind="verksamhetsplan")
    with pytest.raises(approval.WorkflowError) as refused:
        approval.document_submit(
            document=document, user=user("sekreterare"), seen_version=document.version
        )
    assert refused.value.errors == [approval.PLAN_WITHOUT_BUDGET.format(year=2031)]


@pytest.mark.parametrize("role", ["sekreterare", "revisor"])
def test_only_the_board_approves(plan, role):
    submit(plan)
    plan.refresh_from_db()
    c = client(role)
    assert c.get(url(plan, "godkann/")).status_code == 403
    assert c.post(url(plan, "godkann/"), {"seen_version": plan.version}).status_code == 403
    assert c.post(url(plan, "skicka-tillbaka/"), {"comment": "x"}).status_code == 403
    with pytest.raises(approval.NotAllowed):
        approval.document_approve(document=plan, user=user(role), seen_version=None)
    plan.refresh_from_db()
    assert plan.status == DocumentStatus.INSKICKAD
    assert not plan.approved_versions.exists()


def test_the_board_cannot_submit_or_reopen(plan):
    with pytest.raises(approval.NotAllowed):
        approval.document_submit(document=plan, user=user("styrelse"), seen_version=None)
    assert client("styrelse").get(url(plan, "skicka-in/")).status_code == 403
    assert client("styrelse").get(url(plan, "ateroppna/")).status_code == 403


def test_approving_a_draft_is_refused(plan):
    with pytest.raises(approval.WorkflowError) as refused:
        approval.document_approve(document=plan, user=user("styrelse"), seen_version=plan.version)
    assert refused.value.message == approval.NOT_SUBMITTED.format(status="utkast")


def test_the_board_returns_with_a_comment(plan):
    submit(plan)
    plan.refresh_from_db()
    styrelse = client("styrelse")
    missing = styrelse.post(url(plan, "skicka-tillbaka/"), {"seen_version": plan.version})
    assert missing.status_code == 400
    assert approval.COMMENT_REQUIRED in missing.content.decode()
    response = styrelse.post(
        url(plan, "skicka-tillbaka/"),
        {"seen_version": plan.version, "comment": "Komplettera insatsernas mål."},
    )
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == DocumentStatus.UTKAST
    assert plan.return_comment == "Komplettera insatsernas mål."
    page = client("sekreterare").get(url(plan)).content.decode()
    assert "Komplettera insatsernas mål." in page


def test_a_stale_confirmation_is_refused(plan):
    seen = plan.version
    submit(plan)
    decision = {
        "seen_version": seen,
        "decided_on": "2019-11-19",
        "paragraph": "7",
        "place": "Värnamo",
        "signatories": "Inga-Maj Eleholt, Ordförande",
    }
    response = client("styrelse").post(url(plan, "godkann/"), decision)
    assert response.status_code == 409
    assert not plan.approved_versions.exists()


def test_reopen_keeps_version_1_and_the_next_approval_is_version_2(plan):
    first = approve(plan)
    first_hash, first_bytes = first.sha256, bytes(first.pdf)
    sekreterare = client("sekreterare")
    plan.refresh_from_db()
    confirm = sekreterare.get(url(plan, "ateroppna/"))
    assert confirm.status_code == 200 and "Skäl till återöppning" in confirm.content.decode()
    no_reason = sekreterare.post(url(plan, "ateroppna/"), {"seen_version": plan.version})
    assert no_reason.status_code == 400
    assert approval.REASON_REQUIRED in no_reason.content.decode()
    response = sekreterare.post(
        url(plan, "ateroppna/"),
        {"seen_version": plan.version, "reason": "Fel belopp för kansliet."},
    )
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == DocumentStatus.UTKAST
    first.refresh_from_db()
    assert first.reopened_by == user("sekreterare")
    assert first.reopen_reason == "Fel belopp för kansliet."
    assert first.sha256 == first_hash
    assert bytes(first.pdf) == first_bytes
    # Unfrozen: the budget can be changed again.
    line = BudgetLine.objects.filter(budget__fiscal_year=plan.fiscal_year).first()
    line.footnote = "Ändrad efter återöppning"
    line.save()
    second = approve(plan)
    assert second.number == 2
    assert list(plan.approved_versions.values_list("number", flat=True)) == [2, 1]
    first.refresh_from_db()
    assert first.sha256 == first_hash == hashlib.sha256(bytes(first.pdf)).hexdigest()
    assert second.sha256 == hashlib.sha256(bytes(second.pdf)).hexdigest()


@pytest.mark.parametrize("role", ["sekreterare", "styrelse", "revisor"])
def test_downloads_return_exactly_the_stored_bytes(plan, role):
    version = approve(plan)
    response = client(role).get(url(plan, "version/1/pdf/"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content == bytes(version.pdf)
    assert hashlib.sha256(response.content).hexdigest() == version.sha256
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "version%201.pdf" in disposition or "version 1.pdf" in disposition
    assert client(role).get(url(plan, "version/2/pdf/")).status_code == 404


def test_the_draft_pdf_is_rendered_with_the_watermark(plan):
    revisor = client("revisor")
    assert revisor.post(url(plan, "utkast.pdf")).status_code == 302  # asks for it (issue 16)
    response = revisor.get(url(plan, "utkast.pdf"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    text = " ".join(pages_text(response.content))
    assert "UTKAST" in text


def test_revisor_sees_the_versions_and_no_actions(plan):
    version = approve(plan)
    page = client("revisor").get(url(plan))
    html = page.content.decode()
    assert page.status_code == 200
    assert version.sha256 in html
    assert url(plan, "version/1/pdf/") in html
    for action in ("skicka-in/", "godkann/", "skicka-tillbaka/", "ateroppna/"):
        assert url(plan, action) not in html
    # The sekreterare is offered the reopening; the board nothing more.
    assert url(plan, "ateroppna/") in client("sekreterare").get(url(plan)).content.decode()
    assert url(plan, "ateroppna/") not in client("styrelse").get(url(plan)).content.decode()


def test_an_approved_plan_freezes_its_budget(plan):
    approve(plan)
    line = BudgetLine.objects.filter(budget__fiscal_year=plan.fiscal_year).first()
    line.amount += 1
    with pytest.raises(freeze.ReportFrozen) as refused:
        line.save()
    assert refused.value.message == freeze.BUDGET_FROZEN_MESSAGE
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE finsam_budgetline SET amount = amount + 1 WHERE id = %s", [line.pk])
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM finsam_budgetline WHERE id = %s", [line.pk])
    # The budget page says so and offers no edit of the budget; its edit page answers 403.
    year, slug = plan.fiscal_year.year, plan.fiscal_year.forbund.slug
    page = client("sekreterare").get(f"/f/{slug}/budget/{year}/").content.decode()
    assert freeze.BUDGET_FROZEN_MESSAGE in page
    assert f"/f/{slug}/budget/{year}/budget/andra/" not in page
    refused_page = client("sekreterare").post(f"/f/{slug}/budget/{year}/budget/andra/", {})
    assert refused_page.status_code == 403
    assert freeze.BUDGET_FROZEN_MESSAGE in refused_page.content.decode()


def test_the_approved_version_row_cannot_be_changed_or_deleted_in_sql(plan):
    version = approve(plan)
    statements = [
        ("UPDATE reports_approvedversion SET sha256 = %s WHERE id = %s", ["0" * 64, version.pk]),
        ("UPDATE reports_approvedversion SET pdf = %s WHERE id = %s", [b"%PDF-1.7", version.pk]),
        ("UPDATE reports_approvedversion SET pages = 1 WHERE id = %s", [version.pk]),
        ("UPDATE reports_approvedversion SET number = 7 WHERE id = %s", [version.pk]),
        ("UPDATE reports_approvedversion SET approved_at = now() WHERE id = %s", [version.pk]),
        ("DELETE FROM reports_approvedversion WHERE id = %s", [version.pk]),
    ]
    for sql, params in statements:
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, params)
    with pytest.raises(freeze.ReportFrozen):
        ApprovedVersion.objects.filter(pk=version.pk).update(sha256="0" * 64)
    with pytest.raises(freeze.ReportFrozen):
        version.delete()
    # Reopening sets reopened_* once; a second time is refused.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE reports_approvedversion SET reopened_at = now(), reopened_by_id = %s, "
            "reopen_reason = 'x' WHERE id = %s",
            [user("sekreterare").pk, version.pk],
        )
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "UPDATE reports_approvedversion SET reopen_reason = 'y' WHERE id = %s", [version.pk]
        )
    stored = ApprovedVersion.objects.get(pk=version.pk)
    assert stored.sha256 == version.sha256 == hashlib.sha256(bytes(stored.pdf)).hexdigest()


def test_the_history_page_shows_the_decisions_in_utc(plan):
    version = approve(plan)
    page = client("revisor").get(url(plan, "historik/"))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Inskickad för godkännande" in html
    assert "Godkänd, version 1" in html
    assert version.sha256 in html
    # The Historik shows Swedish time (issue 15's svensk_tid).
    assert f"{timezone.localtime(version.approved_at):%Y-%m-%d %H:%M}" in html


def test_a_forbund_with_an_approved_document_can_still_be_deleted(plan):
    approve(plan)
    forbund = plan.fiscal_year.forbund
    delete_forbund(forbund)
    assert not ApprovedVersion.objects.filter(document__fiscal_year__forbund=forbund).exists()
    assert not ReportDocument.objects.filter(fiscal_year__forbund=forbund).exists()


def test_figure_changes_are_audited_including_bulk_updates(finnveden_2020):
    line = FigureLine.objects.filter(period=finnveden_2020, parent=None).first()
    history = FigureLine.history.model.objects.filter(id=line.pk)
    before = history.count()
    FigureLine.objects.filter(pk=line.pk).update(amount=line.amount + 100)
    assert history.count() == before + 1
    assert history.order_by("-history_id").first().amount == line.amount + 100
    document = finnveden_2020.document
    html = client("revisor").get(url(document, "historik/")).content.decode()
    assert f"Rad: {line.label}" in html
    assert "Utfall" in html
