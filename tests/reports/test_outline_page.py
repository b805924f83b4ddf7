"""The sekreterare's outline page (reports.views_outline): add, rename, move and remove the
förbund's own subsections, with data blocks; read-only for the other roles; GET never writes;
an approved document's subsections cannot change by any path; "Nytt år" copies them."""

import re

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from finsam.models import Forbund
from reports import freeze, outline
from reports.documents import document_html, render_document
from reports.models import DocumentKind, DocumentSubsection, ReportDocument
from tests.approvals import approve
from tests.pdf.pdftext import pages_text
from workspace import year_setup

pytestmark = pytest.mark.django_db

SLUG = "finnveden"


def annual(slug: str, year: int) -> ReportDocument:
    return ReportDocument.objects.get(
        fiscal_year__forbund__slug=slug, fiscal_year__year=year, kind=DocumentKind.ARSREDOVISNING
    )


def url(name: str, document: ReportDocument, **kwargs) -> str:
    return reverse(
        name, kwargs={"forbund": document.fiscal_year.forbund.slug, "pk": document.pk, **kwargs}
    )


def rows(document: ReportDocument, section: str) -> list[tuple[str, int]]:
    return list(
        DocumentSubsection.objects.filter(document=document, section=section)
        .order_by("position")
        .values_list("title", "position")
    )


def test_the_sekreterare_adds_a_subsection_with_a_footnote_and_a_block(clients, demo_data):
    document = annual(SLUG, 2020)
    client = clients["finnveden-sekreterare"]
    page = client.get(url("report-outline-add", document) + "?avsnitt=personal")
    assert page.status_code == 200
    assert 'value="personal" selected' in page.content.decode()
    response = client.post(
        url("report-outline-add", document),
        {
            "section": "personal",
            "title": "  Sjukfrånvaro  ",
            "body": "Sjukfrånvaron var låg[^Enligt lönesystemet.].",
            "block": "bidrag",
        },
    )
    assert response.status_code == 302
    assert response["Location"].endswith("#avsnitt-personal")
    assert rows(document, "personal") == [("Sjukfrånvaro", 1)]
    outline_page = client.get(url("report-outline", document)).content.decode()
    assert "Sjukfrånvaro" in outline_page
    assert "Datablock: Medlemmarnas bidrag" in outline_page
    # Printed in 1.5 with its footnote and the bidrag table (finnveden-arsredovisning-2020, not 1:
    # 2 576 000 + 519 700 + 168 500 + 599 800 + 1 288 000 = 5 152 000 from the five members).
    text = " ".join(pages_text(render_document(document, draft=True).pdf))
    personal = text[text.rindex("1.5 Väsentliga") : text.rindex("1.6 Förväntad")]
    # The footnote is numbered through the document (1.4 has the first ones).
    number = re.search(r"Sjukfrånvaro Sjukfrånvaron var låg(\d+)\.", personal).group(1)
    assert "Försäkringskassan" in personal and "2 576 000" in personal
    assert re.search(r"Summa bidrag (– )?(5 152 000 )?5 152 000", personal)
    assert f"{number} Enligt lönesystemet." in text


@pytest.mark.parametrize(
    ("post", "field_error"),
    [
        ({"section": "personal", "title": " ", "body": ""}, outline.TITLE_REQUIRED),
        ({"section": "inledning", "title": "X", "body": ""}, "Välj ett giltigt alternativ."),
        ({"section": "personal", "title": "X", "block": "okänt"}, "Välj ett giltigt alternativ."),
        ({"section": "personal", "title": "X", "body": "a\x00b"}, None),
    ],
)
def test_bad_input_saves_nothing_and_says_why(clients, demo_data, post, field_error):
    document = annual(SLUG, 2020)
    before = DocumentSubsection.objects.filter(document=document).count()
    response = clients["finnveden-sekreterare"].post(url("report-outline-add", document), post)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Inget sparades." in html
    if field_error:
        assert field_error in html
    assert DocumentSubsection.objects.filter(document=document).count() == before


def test_a_block_is_placed_only_once(clients, demo_data):
    # Finnveden 2020's 1.4 already shows the socioekonomi block in "Socioekonomiska effekter".
    document = annual(SLUG, 2020)
    response = clients["finnveden-sekreterare"].post(
        url("report-outline-add", document),
        {"section": "personal", "title": "Effekter", "block": "socioekonomi"},
    )
    assert response.status_code == 400
    assert "finns redan i underavsnittet ”Socioekonomiska effekter”" in response.content.decode()


def test_rename_move_and_remove_with_confirmation(clients, demo_data):
    document = annual(SLUG, 2020)
    client = clients["finnveden-sekreterare"]
    for title in ("A", "B", "C"):
        outline.subsection_add(document=document, section="forvantad_utveckling", title=title)
    a, b, c = DocumentSubsection.objects.filter(
        document=document, section="forvantad_utveckling"
    ).order_by("position")

    edit = url("report-outline-edit", document, sub=b.pk)
    assert client.get(edit).status_code == 200
    response = client.post(edit, {"title": "Bb", "body": "*ny*", "seen_version": b.version})
    assert response.status_code == 302
    # A second save from the same (now stale) form is refused and changes nothing.
    stale = client.post(edit, {"title": "Bx", "body": "", "seen_version": b.version})
    assert stale.status_code == 409
    assert rows(document, "forvantad_utveckling") == [("A", 1), ("Bb", 2), ("C", 3)]

    move = url("report-outline-move", document, sub=c.pk)
    assert client.get(move).status_code == 405  # GET never writes
    assert client.post(move, {"riktning": "upp"}).status_code == 302
    assert rows(document, "forvantad_utveckling") == [("A", 1), ("C", 2), ("Bb", 3)]
    client.post(url("report-outline-move", document, sub=a.pk), {"riktning": "upp"})  # first
    assert rows(document, "forvantad_utveckling") == [("A", 1), ("C", 2), ("Bb", 3)]

    delete = url("report-outline-delete", document, sub=a.pk)
    confirmation = client.get(delete)
    assert confirmation.status_code == 200
    assert "Det går inte att ångra." in confirmation.content.decode()
    assert DocumentSubsection.objects.filter(pk=a.pk).exists()
    assert client.post(delete).status_code == 302
    assert rows(document, "forvantad_utveckling") == [("C", 2), ("Bb", 3)]
    html = document_html(document)
    assert html.index("<h4>C</h4>") < html.index("<h4>Bb</h4>")


@pytest.mark.parametrize("role", ["styrelse", "revisor"])
def test_other_roles_read_the_outline_and_cannot_change_it(clients, demo_data, role):
    document = annual(SLUG, 2020)
    row = DocumentSubsection.objects.filter(document=document).order_by("pk").first()
    client = clients[f"finnveden-{role}"]
    page = client.get(url("report-outline", document))
    assert page.status_code == 200
    html = page.content.decode()
    assert row.title in html
    assert "<form" not in html.split("<main", 1)[-1].split("</main>", 1)[0]
    assert "Nytt underavsnitt" not in html
    before = list(DocumentSubsection.objects.filter(document=document).values_list("pk", "title"))
    for name, kwargs, data in [
        ("report-outline-add", {}, {"section": "personal", "title": "X"}),
        ("report-outline-edit", {"sub": row.pk}, {"title": "X", "seen_version": row.version}),
        ("report-outline-move", {"sub": row.pk}, {"riktning": "ned"}),
        ("report-outline-delete", {"sub": row.pk}, {}),
    ]:
        assert client.post(url(name, document, **kwargs), data).status_code == 403
    assert client.get(url("report-outline-add", document)).status_code == 403
    after = list(DocumentSubsection.objects.filter(document=document).values_list("pk", "title"))
    assert after == before


def test_another_forbunds_subsection_is_not_found(clients, demo_data):
    own = annual(SLUG, 2020)
    foreign = DocumentSubsection.objects.filter(
        document__fiscal_year__forbund__slug="sodra-vatterbygden"
    ).first()
    client = clients["finnveden-sekreterare"]
    assert client.get(url("report-outline-edit", own, sub=foreign.pk)).status_code == 404
    response = client.post(url("report-outline-delete", own, sub=foreign.pk))
    assert response.status_code == 404
    assert DocumentSubsection.objects.filter(pk=foreign.pk).exists()
    sodra = foreign.document
    assert client.get(url("report-outline", sodra)).status_code == 404


def test_an_approved_documents_subsections_cannot_change_by_any_path(clients, demo_data):
    document = annual("sodra-vatterbygden", 2024)
    approve(document)
    document.refresh_from_db()
    assert freeze.document_frozen(document.pk)
    row = DocumentSubsection.objects.filter(document=document).order_by("pk").first()
    client = clients["sodra-vatterbygden-sekreterare"]
    page = client.get(url("report-outline", document)).content.decode()
    assert "dispositionen kan inte ändras" in page
    response = client.post(
        url("report-outline-add", document), {"section": "personal", "title": "Sent tillägg"}
    )
    assert response.status_code == 409
    with pytest.raises(freeze.ReportFrozen):
        outline.subsection_delete(document=document, subsection=row)
    with pytest.raises(freeze.ReportFrozen):
        row.title = "Ändrad"
        row.save()
    # Raw SQL is refused by the trigger (PostgreSQL), for update, delete and insert alike.
    for sql, params in [
        ("UPDATE reports_documentsubsection SET title = 'X' WHERE id = %s", [row.pk]),
        ("DELETE FROM reports_documentsubsection WHERE id = %s", [row.pk]),
        (
            "INSERT INTO reports_documentsubsection (document_id, section, position, title, "
            "body, block, version) VALUES (%s, 'personal', 9, 'Smyg', '', '', 1)",
            [document.pk],
        ),
    ]:
        with (
            pytest.raises(DatabaseError) as refused,
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, params)
        assert freeze.FROZEN_MESSAGE in str(refused.value)
    row.refresh_from_db()
    assert row.title != "Ändrad"


def test_nytt_ar_copies_the_plans_subsections(demo_data):
    forbund = Forbund.objects.get(slug="sodra-vatterbygden")
    plan_2024 = ReportDocument.objects.get(
        fiscal_year__forbund=forbund, fiscal_year__year=2024, kind=DocumentKind.VERKSAMHETSPLAN
    )
    outline.subsection_add(
        document=plan_2024, section="verksamhet", title="Samverkansdagar", body="Två per år."
    )
    year_setup.year_setup(forbund=forbund, year=2025)
    plan_2025 = ReportDocument.objects.get(
        fiscal_year__forbund=forbund, fiscal_year__year=2025, kind=DocumentKind.VERKSAMHETSPLAN
    )
    assert rows(plan_2025, "verksamhet") == [("Samverkansdagar", 1)]
    # The plan prints it in its section "Verksamhet under 2025".
    html = document_html(plan_2025)
    assert html.index("Verksamhet under 2025") < html.index("<h4>Samverkansdagar</h4>")


def test_copying_last_years_texts_copies_the_outline(demo_data):
    source, target = annual(SLUG, 2020), annual(SLUG, 2019)
    DocumentSubsection.objects.filter(document=target).delete()
    # 2020's outline: its 1.4 subsections (demo_outline) in 1.4 and nothing elsewhere.
    expected = rows(source, "god_ekonomisk_hushallning")
    copied = outline.subsections_copy(source=source, target=target)
    assert copied == DocumentSubsection.objects.filter(document=source).count()
    assert rows(target, "god_ekonomisk_hushallning") == expected
    # A second copy leaves the sections that already have subsections alone.
    assert outline.subsections_copy(source=source, target=target) == 0
