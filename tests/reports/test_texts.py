"""Narrative texts: the markup converter (escaping first), defaults, saving with optimistic
locking, the freeze of approved documents and the pages' permissions."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils.safestring import SafeString
from hypothesis import given, settings
from hypothesis import strategies as st

from finsam.versioning import StaleVersionError
from interventions.models import Insats
from reports import texts
from reports.freeze import ReportFrozen
from reports.models import DocumentKind, DocumentStatus, ReportDocument, ReportText
from reports.texts import markup_to_html

# --- converter ------------------------------------------------------------------------------


def test_paragraphs_are_separated_by_blank_lines():
    assert markup_to_html("Ett stycke.\n\nEtt annat.") == "<p>Ett stycke.</p>\n<p>Ett annat.</p>"


def test_a_single_line_break_stays_a_line_break():
    # finnveden-arsredovisning-2020, Ordföranden har ordet: name and role on separate lines.
    assert markup_to_html("Inga-Maj Eleholt\nordförande") == "<p>Inga-Maj Eleholt<br>ordförande</p>"


def test_bullet_lists_with_dash_or_bullet_and_windows_line_endings():
    html = markup_to_html("Tre arbetsformer:\r\n- Som idag\r\n• Samordnad administration\r\n")
    assert html == (
        "<p>Tre arbetsformer:</p>\n<ul><li>Som idag</li><li>Samordnad administration</li></ul>"
    )


def test_bold_and_italic():
    assert markup_to_html("**PLATS FÖR ALLA** och *gemensamma* medel") == (
        "<p><strong>PLATS FÖR ALLA</strong> och <em>gemensamma</em> medel</p>"
    )


def test_italic_never_spans_a_bold_boundary():
    html = markup_to_html("*a **b* c**")
    assert _well_formed(html), html


def test_lone_asterisks_and_arithmetic_stay_text():
    assert markup_to_html("3 * 4 = 12 och 5*") == "<p>3 * 4 = 12 och 5*</p>"


def test_html_typed_by_a_user_is_escaped():
    html = markup_to_html('<script>alert("x")</script>\n\n<b onclick="steal()">fet</b>')
    assert "<script" not in html and "<b " not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;b onclick=&quot;steal()&quot;&gt;fet&lt;/b&gt;" in html


def test_markup_inside_escaped_html_does_not_unescape_it():
    html = markup_to_html("**<img src=x onerror=alert(1)>**")
    assert html == "<p><strong>&lt;img src=x onerror=alert(1)&gt;</strong></p>"


def test_empty_text_gives_empty_safe_string():
    assert markup_to_html("") == "" and isinstance(markup_to_html(""), SafeString)
    assert markup_to_html(None) == ""


TAG = re.compile(r"<[^>]*>")


class _Nesting(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.ok = [], True

    def handle_starttag(self, tag, attrs):
        if attrs:
            self.ok = False
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.ok = False


def _well_formed(html: str) -> bool:
    parser = _Nesting()
    parser.feed(html)
    parser.close()
    return parser.ok and not parser.stack


TOKENS = [*"ab *-•<>&\"'/\n\r\t", "**", "- ", "<b>", "</p>", "<br>", "&lt;"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=60).map("".join) | st.text(max_size=200))
def test_any_text_gives_only_the_converters_own_tags(text):
    html = str(markup_to_html(text))
    tags = TAG.findall(html)
    assert all(tag in texts.EMITTED_TAGS for tag in tags), tags
    assert "<" not in TAG.sub("", html)
    assert _well_formed(html)


# --- defaults and reading -------------------------------------------------------------------


def _annual(forbund, year) -> ReportDocument:
    return ReportDocument.objects.get(
        fiscal_year__forbund=forbund, fiscal_year__year=year, kind=DocumentKind.ARSREDOVISNING
    )


def test_sections_per_document_kind():
    keys = {kind: [s.key for s in texts.sections_for(kind)] for kind in DocumentKind.values}
    assert keys["verksamhetsplan"] == [
        "inledning",
        "vision",
        "verksamhetside",
        "uppdrag",
        "malgrupper",
        "inriktning",
        "organisation_plan",
        "malsattningar",
        "finansiella_mal",
        "verksamhet",
        "budget_motivering",
    ]
    assert "ordforande" in keys["arsredovisning"]
    assert "vasentliga_handelser" in keys["delarsrapport"]
    assert "vasentliga_handelser" not in keys["arsredovisning"]
    for kind in ("arsredovisning", "delarsrapport"):
        assert keys[kind][-1] == "redovisningsprinciper"


@pytest.mark.django_db
def test_default_redovisningsprinciper_cites_lkbr_and_rkr(demo_data):
    document = _annual(demo_data["finnveden"], 2020)
    document.texts.filter(section="redovisningsprinciper").delete()
    html = texts.texts_for(document)["redovisningsprinciper"]
    assert html.startswith("<p>Årsredovisningen är i tillämpliga delar upprättad")
    assert "Lag (2018:597) om kommunal bokföring och redovisning (LKBR)" in html
    assert "Rådet för kommunal redovisning (RKR)" in html
    delar = ReportDocument.objects.get(fiscal_year__forbund=demo_data["insjoriket"])
    assert texts.texts_for(delar)["redovisningsprinciper"].startswith("<p>Delårsrapporten är")


@pytest.mark.django_db
def test_demo_texts_are_the_seeds(demo_data):
    finnveden = texts.texts_for(_annual(demo_data["finnveden"], 2020))
    # finnveden-arsredovisning-2020, "Ordföranden har ordet" and 1.6 Förväntad utveckling.
    assert finnveden["ordforande"].startswith(
        "<p>Ett dominerande minne från 2020 lär bli att pandemin slog till"
    )
    assert "<li>ALLA de mål förbundet satte inför 2020 har uppfyllts" in finnveden["ordforande"]
    assert "<p>Inga-Maj Eleholt<br>ordförande</p>" in finnveden["ordforande"]
    assert "<li>Sammanslagning till ett länsförbund</li>" in finnveden["forvantad_utveckling"]
    # finnveden-arsredovisning-2020, section 6: the seed's own wording replaces the default.
    assert finnveden["redovisningsprinciper"] == (
        "<p>Årsredovisningen är upprättad i enlighet med Lag (2018:597) om kommunal bokföring "
        "och redovisning samt Rådet för kommunal redovisnings rekommendationer. Principerna är "
        "oförändrade jämfört med föregående år.</p>"
    )
    sodra = texts.texts_for(_annual(demo_data["sodra-vatterbygden"], 2024))
    # sodra-vatterbygden-arsredovisning-2024, Ordföranden har ordet and 1.6.
    assert sodra["ordforande"].startswith("<p>2024 deltog 253 personer i förbundets insatser.")
    assert "<p>Håkan Sandgren<br>ordförande</p>" in sodra["ordforande"]
    assert "är att möjligheterna att pröva helt nya arbetsmetoder" in sodra["forvantad_utveckling"]


@pytest.mark.django_db
def test_text_rows_status(demo_data):
    document = _annual(demo_data["finnveden"], 2020)
    ReportText.objects.filter(document=document, section="personal").update(is_draft_copy=True)
    document.texts.filter(section="god_ekonomisk_hushallning").delete()
    rows = {row.key: row for row in texts.text_rows(document) if row.insats is None}
    assert rows["ordforande"].status == texts.TextStatus.WRITTEN
    assert rows["personal"].status == texts.TextStatus.DRAFT_COPY
    assert rows["god_ekonomisk_hushallning"].status == texts.TextStatus.EMPTY
    insats_rows = [row for row in texts.text_rows(document) if row.insats is not None]
    assert insats_rows and all(row.status == texts.TextStatus.EMPTY for row in insats_rows)


@pytest.mark.django_db
def test_insats_texts_for(demo_data):
    document = _annual(demo_data["finnveden"], 2020)
    insats = Insats.objects.filter(forbund=demo_data["finnveden"]).first()
    texts.report_text_save(
        document=document, section="insats", insats=insats, body="Om *insatsen*", seen_version=0
    )
    assert texts.insats_texts_for(document) == {insats.pk: "<p>Om <em>insatsen</em></p>"}


# --- saving ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_save_creates_then_updates_and_clears_the_draft_flag(demo_data):
    document = _annual(demo_data["finnveden"], 2020)
    text = document.texts.get(section="personal")
    text.is_draft_copy = True
    text.save()
    saved = texts.report_text_save(
        document=document, section="personal", body="Ny text", seen_version=text.version
    )
    assert (saved.body, saved.is_draft_copy, saved.version) == ("Ny text", False, text.version + 1)
    # The demo data give 1.4 a text: remove it, so that the save creates one.
    document.texts.filter(section="god_ekonomisk_hushallning").delete()
    created = texts.report_text_save(
        document=document, section="god_ekonomisk_hushallning", body="Bra", seen_version=0
    )
    assert created.version == 1


@pytest.mark.django_db
def test_save_based_on_an_old_version_is_refused(demo_data):
    document = _annual(demo_data["finnveden"], 2020)
    text = document.texts.get(section="personal")
    texts.report_text_save(
        document=document, section="personal", body="Först", seen_version=text.version
    )
    with pytest.raises(StaleVersionError) as error:
        texts.report_text_save(
            document=document, section="personal", body="Sen", seen_version=text.version
        )
    assert "Text: Först" in error.value.message
    assert document.texts.get(section="personal").body == "Först"


@pytest.mark.django_db
def test_a_new_text_someone_else_created_meanwhile_is_refused(demo_data):
    document = _annual(demo_data["finnveden"], 2020)
    document.texts.filter(section="god_ekonomisk_hushallning").delete()
    texts.report_text_save(
        document=document, section="god_ekonomisk_hushallning", body="A", seen_version=0
    )
    with pytest.raises(StaleVersionError):
        texts.report_text_save(
            document=document, section="god_ekonomisk_hushallning", body="B", seen_version=0
        )


@pytest.mark.django_db
def test_too_long_and_unknown_sections_are_refused(demo_data):
    document = _annual(demo_data["finnveden"], 2020)
    with pytest.raises(texts.TextError) as error:
        texts.report_text_save(
            document=document, section="personal", body="x" * 20_001, seen_version=None
        )
    assert error.value.message == texts.BODY_TOO_LONG.format(limit="20 000", length="20 001")
    with pytest.raises(texts.TextError):
        texts.report_text_save(document=document, section="inledning", body="x", seen_version=0)
    other = Insats.objects.filter(forbund=demo_data["sodra-vatterbygden"]).first()
    with pytest.raises(texts.TextError) as error:
        texts.report_text_save(
            document=document, section="insats", insats=other, body="x", seen_version=0
        )
    assert error.value.message == texts.INSATS_OF_OTHER_FORBUND


@pytest.mark.django_db
def test_approved_document_is_frozen_and_submitted_goes_back_to_draft(demo_data):
    document = _annual(demo_data["finnveden"], 2020)
    document.status = DocumentStatus.GODKAND
    document.save()
    with pytest.raises(ReportFrozen):
        texts.report_text_save(document=document, section="personal", body="x", seen_version=None)
    document.status = DocumentStatus.INSKICKAD
    document.save()
    current = document.texts.get(section="personal").version
    texts.report_text_save(document=document, section="personal", body="x", seen_version=current)
    document.refresh_from_db()
    assert document.status == DocumentStatus.UTKAST


@pytest.mark.django_db
def test_copy_as_drafts_skips_sections_the_target_lacks(demo_data):
    source = _annual(demo_data["finnveden"], 2020)
    target, _ = ReportDocument.objects.get_or_create(
        fiscal_year=source.fiscal_year, kind=DocumentKind.VERKSAMHETSPLAN, period=None
    )
    target.texts.all().delete()
    copied = texts.report_texts_copy(source=source, target=target)
    # The plan has its own sections (vision, uppdrag …): none of the Årsredovisning's, and the
    # Årsredovisning's insats texts belong to Bilaga 2, so nothing is copied.
    assert copied == 0
    assert not target.texts.exists()


# --- pages ----------------------------------------------------------------------------------


def _urls(document, section="personal"):
    slug = document.fiscal_year.forbund.slug
    return (
        reverse("report-text-list", kwargs={"forbund": slug, "pk": document.pk}),
        reverse(
            "report-text-edit", kwargs={"forbund": slug, "pk": document.pk, "section": section}
        ),
    )


@pytest.mark.django_db
def test_edit_page_saves_and_shows_escaped_preview(clients, demo_data):
    document = _annual(demo_data["finnveden"], 2020)
    list_url, edit_url = _urls(document)
    text = document.texts.get(section="personal")
    client = clients["finnveden-sekreterare"]
    response = client.get(edit_url)
    assert response.status_code == 200
    assert "**fet**" in response.content.decode()
    response = client.post(
        edit_url, {"body": "<script>x</script> **ok**", "seen_version": text.version}
    )
    assert response.status_code == 302 and response["Location"] == list_url
    page = client.get(edit_url).content.decode()
    assert "&lt;script&gt;x&lt;/script&gt; <strong>ok</strong>" in page
    assert "<script>x" not in page
    assert "skriven" in client.get(list_url).content.decode()


@pytest.mark.django_db
def test_edit_page_answers_409_on_a_stale_version_and_400_when_too_long(clients, demo_data):
    document = _annual(demo_data["finnveden"], 2020)
    _, edit_url = _urls(document)
    text = document.texts.get(section="personal")
    client = clients["finnveden-sekreterare"]
    client.post(edit_url, {"body": "Först", "seen_version": text.version})
    response = client.post(edit_url, {"body": "Sen", "seen_version": text.version})
    assert response.status_code == 409
    assert "Någon annan har sparat ändringar här" in response.content.decode()
    response = client.post(edit_url, {"body": "x" * 20_001, "seen_version": text.version + 1})
    assert response.status_code == 400
    assert "Texten är för lång: högst 20 000 tecken, nu 20 001." in response.content.decode()
    assert document.texts.get(section="personal").body == "Först"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["styrelse", "revisor"])
def test_readers_see_the_text_without_a_form_and_cannot_post(clients, demo_data, role):
    document = _annual(demo_data["finnveden"], 2020)
    _, edit_url = _urls(document)
    client = clients[f"finnveden-{role}"]
    page = client.get(edit_url).content.decode()
    assert "<textarea" not in page and "Förbundet har under året köpt 45%" in page
    before = document.texts.get(section="personal").body
    assert client.post(edit_url, {"body": "x", "seen_version": 1}).status_code == 403
    assert document.texts.get(section="personal").body == before


@pytest.mark.django_db
def test_unknown_section_other_forbund_and_other_insats_answer_404(clients, demo_data):
    document = _annual(demo_data["finnveden"], 2020)
    client = clients["finnveden-sekreterare"]
    assert client.get(_urls(document, "inledning")[1]).status_code == 404
    other = _annual(demo_data["sodra-vatterbygden"], 2024)
    url = reverse("report-text-list", kwargs={"forbund": "finnveden", "pk": other.pk})
    assert client.get(url).status_code == 404
    insats = Insats.objects.filter(forbund=demo_data["sodra-vatterbygden"]).first()
    url = reverse(
        "report-text-insats-edit",
        kwargs={"forbund": "finnveden", "pk": document.pk, "insats_pk": insats.pk},
    )
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_fetching_last_years_texts_keeps_written_ones(clients, demo_data):
    this_year = _annual(demo_data["finnveden"], 2020)
    last_year = _annual(demo_data["finnveden"], 2019)
    for section in ("personal", "ordforande"):
        existing = last_year.texts.filter(section=section).first()
        texts.report_text_save(
            document=last_year,
            section=section,
            body=f"{section} 2019",
            seen_version=existing.version if existing else 0,
        )
    this_year.texts.filter(section="personal").delete()
    url = reverse("report-text-copy", kwargs={"forbund": "finnveden", "pk": this_year.pk})
    assert clients["finnveden-revisor"].post(url).status_code == 403
    client = clients["finnveden-sekreterare"]
    assert "Årsredovisning 2019" in client.get(url).content.decode()
    response = client.post(url)
    assert response.status_code == 302
    personal = this_year.texts.get(section="personal")
    assert (personal.body, personal.is_draft_copy) == ("personal 2019", True)
    ordforande = this_year.texts.get(section="ordforande")
    assert ordforande.body.startswith("Ett dominerande minne") and not ordforande.is_draft_copy
    page = client.get(texts.document_url(this_year)).content.decode()
    assert "utkast kopierad från förra året" in page
