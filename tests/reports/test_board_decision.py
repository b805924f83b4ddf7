"""The board's decision: approving records the decision date, §, place, Dnr and the signatories;
the final PDF prints them and never the day the button was clicked."""

import dataclasses
import datetime
import io

import pikepdf
import pytest
from django.test import Client
from django.utils import timezone

from reports import decisions
from reports.decisions import Decision, DecisionError, Signatory
from reports.models import BoardDecision, DocumentStatus
from tests.approvals import a_decision, approve, demo_user, submit
from tests.pdf.pdftext import pages_text

pytestmark = pytest.mark.django_db

# finnveden's board sitting on 2021-03-10 (finsam/demo.py, the seed's signature page), with one
# change the board made: Arnold Carlzon was absent and the ersättare Carina Åberg served.
CHANGED_SIGNATORIES = (
    Signatory("Inga-Maj Eleholt", "Ordförande"),
    Signatory("Kari Parman", "Vice ordförande"),
    Signatory("Klas Rydell", "Ledamot"),
    Signatory("Tommy Sjögren", "Ledamot"),
    Signatory("Håkan Johansson", "Ledamot"),
    Signatory("Carina Åberg", "Tjänstgörande ersättare"),
)


def click_date_forms(day: datetime.date) -> list[str]:
    return [f"{day:%Y-%m-%d}", f"{day:%Y%m%d}", f"{day.day} {day:%m %Y}"]


def test_defaults_are_the_ordinary_members_sitting_on_the_decision_day(finnveden_2020):
    signatories = decisions.default_signatories(finnveden_2020.forbund, datetime.date(2021, 3, 10))
    assert [(s.name, s.role) for s in signatories] == [
        ("Inga-Maj Eleholt", "Ordförande"),
        ("Kari Parman", "Vice ordförande"),
        ("Klas Rydell", "Ledamot"),
        ("Tommy Sjögren", "Ledamot"),
        ("Håkan Johansson", "Ledamot"),
        ("Arnold Carlzon", "Ledamot"),
    ]


def test_approval_prints_the_decision_and_the_changed_signatories(finnveden_2020):
    document = finnveden_2020.document
    decision = Decision(
        decided_on=datetime.date(2021, 3, 10),
        paragraph="5",
        place="Värnamo",
        diarienummer="2021:02",
        signatories=CHANGED_SIGNATORIES,
    )
    version = approve(document, decision)
    clicked = timezone.localdate(version.approved_at)
    assert clicked != datetime.date(2021, 3, 10)

    stored = BoardDecision.objects.get(version=version)
    assert stored.decided_on == datetime.date(2021, 3, 10)
    assert (stored.paragraph, stored.place, stored.diarienummer) == ("5", "Värnamo", "2021:02")
    assert stored.signatories[-1] == {"name": "Carina Åberg", "role": "Tjänstgörande ersättare"}
    assert decisions.decision_of(version) == decision

    pdf = bytes(version.pdf)
    pages = pages_text(pdf)
    cover = pages[0]
    assert "Dnr 2021:02" in cover
    assert "Beslutad av styrelsen 2021-03-10, § 5" in cover
    signature_page = next(p for p in pages if p.startswith("8. Styrelsens underskrift"))
    assert "Ort och datum: Värnamo 2021-03-10" in signature_page
    for signatory in CHANGED_SIGNATORIES:
        assert f"{signatory.name} {signatory.role}" in signature_page
    assert "Arnold Carlzon" not in signature_page
    # Six signature lines, one per signatory, in the order given.
    positions = [signature_page.index(s.name) for s in CHANGED_SIGNATORIES]
    assert positions == sorted(positions)

    # The click date is nowhere: not in the text, not in the metadata, not in the raw bytes.
    text = " ".join(pages)
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        metadata = str(dict(opened.docinfo)) + str(opened.open_metadata())
    for form in click_date_forms(clicked):
        assert form not in text
        assert form not in metadata
        assert form.encode() not in pdf


def test_the_decision_cannot_be_changed_after_approval(finnveden_2020):
    version = approve(finnveden_2020.document)
    stored = BoardDecision.objects.get(version=version)
    stored.paragraph = "99"
    from reports.freeze import ReportFrozen

    with pytest.raises(ReportFrozen):
        stored.save()
    with pytest.raises(ReportFrozen):
        stored.delete()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"paragraph": " "}, "paragraph", decisions.PARAGRAPH_REQUIRED),
        ({"place": ""}, "place", decisions.PLACE_REQUIRED),
        ({"signatories": ()}, "signatories", decisions.SIGNATORIES_REQUIRED),
    ],
)
def test_invalid_decisions_are_refused_and_nothing_is_stored(
    finnveden_2020, changes, field, message
):
    document = finnveden_2020.document
    submit(document)
    document.refresh_from_db()
    from reports import approval

    decision = dataclasses.replace(a_decision(document), **changes)
    with pytest.raises(DecisionError) as refused:
        approval.document_approve(
            document=document,
            user=demo_user(document, "styrelse"),
            seen_version=document.version,
            decision=decision,
        )
    assert refused.value.errors == {field: message}
    document.refresh_from_db()
    assert document.status == DocumentStatus.INSKICKAD
    assert not document.approved_versions.exists()


def test_a_decision_in_the_future_is_refused(finnveden_2020):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(DecisionError) as refused:
        decisions.validate_decision(
            finnveden_2020.document, a_decision(finnveden_2020.document, decided_on=tomorrow)
        )
    assert set(refused.value.errors) == {"decided_on"}


def test_signatory_lines_are_parsed_and_bad_lines_named():
    parsed = decisions.parse_signatories("Anna Berg, ledamot\n\n  Per  Ek , Ordförande ")
    assert parsed == (Signatory("Anna Berg", "Ledamot"), Signatory("Per Ek", "Ordförande"))
    with pytest.raises(DecisionError) as refused:
        decisions.parse_signatories("Anna Berg, Ledamot\nPer Ek")
    assert refused.value.errors == {"signatories": decisions.SIGNATORY_LINE.format(number=2)}


def test_the_approval_page_proposes_the_board_and_stores_an_edited_list(finnveden_2020):
    document = finnveden_2020.document
    submit(document)
    document.refresh_from_db()
    styrelse = Client()
    styrelse.force_login(demo_user(document, "styrelse"))
    url = f"/f/finnveden/dokument/{document.pk}/godkann/"
    page = styrelse.get(url).content.decode()
    assert 'name="paragraph"' in page and 'name="decided_on"' in page
    assert "Värnamo" in page  # the säte proposed as the place

    missing = styrelse.post(url, {"seen_version": document.version, "place": "Värnamo"})
    assert missing.status_code == 400
    assert decisions.PARAGRAPH_REQUIRED in missing.content.decode()
    assert not document.approved_versions.exists()

    signatories = "Inga-Maj Eleholt, Ordförande\nCarina Åberg, Tjänstgörande ersättare"
    response = styrelse.post(
        url,
        {
            "seen_version": document.version,
            "decided_on": "2021-03-10",
            "paragraph": "§ 5",
            "place": "Värnamo",
            "diarienummer": "2021:02",
            "signatories": signatories,
            "proposed_signatories": "something else",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    version = document.approved_versions.get()
    detail = styrelse.get(f"/f/finnveden/dokument/{document.pk}/").content.decode()
    assert "2021-03-10, § 5, Värnamo, Dnr 2021:02" in detail
    assert decisions.decision_of(version) == Decision(
        decided_on=datetime.date(2021, 3, 10),
        paragraph="5",
        place="Värnamo",
        diarienummer="2021:02",
        signatories=(
            Signatory("Inga-Maj Eleholt", "Ordförande"),
            Signatory("Carina Åberg", "Tjänstgörande ersättare"),
        ),
    )


def test_an_untouched_proposal_follows_the_decision_date(finnveden_2020):
    """The form proposed today's board; the board set the date to 2021-03-10 and left the list:
    the members sitting on 2021-03-10 sign (six ordinary members, see above)."""
    document = finnveden_2020.document
    submit(document)
    document.refresh_from_db()
    styrelse = Client()
    styrelse.force_login(demo_user(document, "styrelse"))
    proposed = decisions.signatories_text(
        decisions.default_signatories(document.fiscal_year.forbund, timezone.localdate())
    )
    response = styrelse.post(
        f"/f/finnveden/dokument/{document.pk}/godkann/",
        {
            "seen_version": document.version,
            "decided_on": "2021-03-10",
            "paragraph": "5",
            "place": "Värnamo",
            "signatories": proposed or "Någon, Ledamot",
            "proposed_signatories": proposed or "Någon, Ledamot",
        },
    )
    assert response.status_code == 302
    decision = decisions.decision_of(document.approved_versions.get())
    assert [s.name for s in decision.signatories][0] == "Inga-Maj Eleholt"
    assert len(decision.signatories) == 6
