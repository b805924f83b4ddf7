"""The approved version is a snapshot (issue 13): what the approved document shows never changes
afterwards, whatever happens to the live data; "Ändrat sedan godkännandet" lists what changed.

finnveden's Årsredovisning 2020 is approved once per test (a real WeasyPrint render)."""

import datetime
import hashlib
import re
from decimal import Decimal

import pytest
from django.test import Client

from finsam.models import BoardMember, Driftbidrag, Forbund, Member, Population
from interventions.models import Goal, Insats, ParticipantOutcome
from reports.models import BoardDecision, FigureLine, ReportDocument, YearHistory
from tests.approvals import approve, demo_user
from tests.pdf.pdftext import pages_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(demo_data) -> ReportDocument:
    return ReportDocument.objects.get(
        fiscal_year__forbund__slug="finnveden", fiscal_year__year=2020, kind="arsredovisning"
    )


def client_of(document: ReportDocument, role: str) -> Client:
    client = Client()
    client.force_login(demo_user(document, role))
    return client


def page(client: Client, document: ReportDocument, suffix: str) -> str:
    response = client.get(f"/f/finnveden/dokument/{document.pk}/{suffix}")
    assert response.status_code == 200, suffix
    return response.content.decode()


def visible_text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def period_page(client: Client, document: ReportDocument, suffix: str) -> str:
    response = client.get(f"/f/finnveden/rapporter/{document.period_id}/{suffix}")
    assert response.status_code == 200
    html = response.content.decode()
    return visible_text(html[html.index("<main") :])


def kontroller(client: Client, document: ReportDocument) -> str:
    return period_page(client, document, "kontroller/")


def test_approved_preview_pdf_and_changes_since_approval(report):
    """The Acceptance scenario: approve, change the board, an insats and the förbund's name."""
    from reports import snapshot

    version = approve(report)
    revisor = client_of(report, "revisor")
    preview = page(revisor, report, "forhandsvisning/")
    assert "Beslutad av styrelsen" in preview and "Utkast – ej beslutad" not in preview
    assert "Inget har ändrats sedan godkännandet." in page(
        revisor, report, "andrat-sedan-godkannandet/"
    )
    stored_pdf = bytes(version.pdf)
    assert version.snapshot_sha256 == snapshot.snapshot_hash(version.snapshot)
    assert version.snapshot["pdf_sha256"] == version.sha256

    forbund = Forbund.objects.get(slug="finnveden")
    forbund.name = "Samordningsförbundet Finnveden (nytt namn)"
    forbund.save()
    board_member = BoardMember.objects.get(forbund=forbund, name="Inga-Maj Eleholt")
    board_member.name = "Ny Ordförande"
    board_member.save()
    insats = Insats.objects.get(forbund=forbund, name="Nya Vägar")
    insats.name = "Nya Vägar 2.0"
    insats.save()

    # The approved preview is exactly what was approved; the stored PDF did not change.
    again = page(revisor, report, "forhandsvisning/")
    assert again == preview
    assert "Inga-Maj Eleholt" in again and "Ny Ordförande" not in again
    assert "Finnvedens samordningsförbund" in again and "(nytt namn)" not in again
    version.refresh_from_db()
    assert bytes(version.pdf) == stored_pdf
    assert version.sha256 == hashlib.sha256(stored_pdf).hexdigest()
    download = revisor.get(f"/f/finnveden/dokument/{report.pk}/version/1/pdf/")
    assert b"".join(download.streaming_content if download.streaming else [download.content]) == (
        stored_pdf
    )
    assert "Ny Ordförande" not in " ".join(pages_text(stored_pdf))

    changed = visible_text(page(revisor, report, "andrat-sedan-godkannandet/"))
    assert (
        "Förbundet Finnvedens samordningsförbund Namn: ”Finnvedens samordningsförbund” → nu "
        "”Samordningsförbundet Finnveden (nytt namn)”" in changed
    )
    assert (
        "Styrelsen Inga-Maj Eleholt (Ordförande) Namn: ”Inga-Maj Eleholt” → nu ”Ny Ordförande”"
        in (changed)
    )
    assert "Insatser Nya Vägar Namn: ”Nya Vägar” → nu ”Nya Vägar 2.0”" in changed
    # Exactly these three changes: one row each (the insats's goals and outcomes name it by label).
    changes = snapshot.changes_since(version)
    assert [(c.section, c.label) for c in changes] == [
        ("Förbundet", "Finnvedens samordningsförbund"),
        ("Styrelsen", "Inga-Maj Eleholt (Ordförande)"),
        ("Insatser", "Nya Vägar"),
    ]
    # Historik shows the snapshot's hash beside the PDF's and links the page.
    history = page(revisor, report, "historik/")
    assert version.sha256 in history and version.snapshot_sha256 in history
    assert f"/f/finnveden/dokument/{report.pk}/version/1/andrat-sedan-godkannandet/" in history


def test_eleven_live_edits_after_approval_leave_preview_and_kontroller_as_approved(report):
    """Failure 4: the board, members, populations, driftbidrag, insats name, goal, outcome, the
    förbund's name, Tidigare år and the previous year's figures may move on for next year; the
    approved document's preview and Kontroller stay as approved."""
    from reports import snapshot

    approve(report)
    revisor = client_of(report, "revisor")
    preview = page(revisor, report, "forhandsvisning/")
    checks_before = kontroller(revisor, report)
    pages = (
        "resultatrakning/",
        "balansrakning/",
        "driftredovisning/",
        "noter/",
        "femarsoversikt/",
        "balanskrav/",
    )
    statements = {suffix: period_page(revisor, report, suffix) for suffix in pages}
    # The statement pages show the approved document's statements (from the snapshot).
    for suffix in pages:
        assert "Så som det godkändes" in statements[suffix], suffix
    assert "154 858" in statements["resultatrakning/"]  # seed: årets resultat 2020
    forbund = Forbund.objects.get(slug="finnveden")

    board_member = BoardMember.objects.filter(forbund=forbund).first()
    board_member.name = "Någon Annan"
    board_member.save()
    member = Member.objects.get(forbund=forbund, name="Gnosjö kommun")
    member.name = "Gnosjö kommun (ny)"
    member.save()
    Population.objects.filter(member__forbund=forbund).update(inhabitants=1)
    Driftbidrag.objects.filter(fiscal_year__forbund=forbund, fiscal_year__year=2020).update(
        amount=Decimal("9999999")
    )
    insats = Insats.objects.get(forbund=forbund, name="Mitt Val")
    insats.name = "Mitt Val (nytt)"
    insats.save()
    Goal.objects.filter(forbund=forbund, year=2020).update(text="Ändrat mål")
    ParticipantOutcome.objects.filter(insats__forbund=forbund, period_end__year=2020).update(
        deltagare=999
    )
    forbund.name = "Annat förbund"
    forbund.save()
    YearHistory.objects.filter(forbund=forbund).update(intakter=Decimal("1"))
    FigureLine.objects.filter(
        period__fiscal_year__forbund=forbund,
        period__fiscal_year__year=2019,
        period__kind="arsredovisning",
    ).update(amount=Decimal("123456"))

    assert page(revisor, report, "forhandsvisning/") == preview
    assert kontroller(revisor, report) == checks_before
    for suffix, before in statements.items():
        assert period_page(revisor, report, suffix) == before, suffix
    # Every one of them is listed as a change since the approval.
    sections = {change.section for change in snapshot.changes_since(report.version_in_force)}
    assert {
        "Förbundet",
        "Medlemmar",
        "Invånare",
        "Styrelsen",
        "Driftbidrag",
        "Insatser",
        "Mål",
        "Deltagare",
        "Tidigare år",
        "Föregående års siffror",
    } <= sections


def test_a_document_approved_before_snapshots_existed_still_previews_live(report):
    """Versions without a snapshot (approved before this change) fall back to the live preview,
    and the page says the comparison is not possible."""

    from reports.models import ApprovedVersion

    version = approve(report)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")  # triggers off
        cursor.execute(
            "UPDATE reports_approvedversion SET snapshot = '{}', snapshot_sha256 = '' "
            "WHERE id = %s",
            [version.pk],
        )
        cursor.execute("SET LOCAL session_replication_role = DEFAULT")
    assert ApprovedVersion.objects.get(pk=version.pk).snapshot == {}
    revisor = client_of(report, "revisor")
    assert "Årsredovisning 2020" in page(revisor, report, "forhandsvisning/")
    assert "innan ögonblicksbilder sparades" in page(revisor, report, "andrat-sedan-godkannandet/")


def test_snapshot_sections_are_a_registry_other_data_join_with_one_entry(report):
    from reports import snapshot

    def decision(document):
        return [{"key": "beslut", "label": "Beslut", "fields": {"Paragraf": "§ 12"}}]

    snapshot.register_section("test_decision", "Beslut", decision)
    try:
        version = approve(report)
        assert version.snapshot["sections"]["test_decision"][0]["fields"] == {"Paragraf": "§ 12"}
        assert snapshot.changes_since(version) == []
    finally:
        del snapshot.SECTIONS["test_decision"]
    # The snapshot dates the approval by the board's decision (issue 11), not by the click.
    decided_on = BoardDecision.objects.get(version=version).decided_on
    assert datetime.date.fromisoformat(version.snapshot["approved_on"]) == decided_on
