"""The approved PDF is signing-ready and self-describing: one empty signature field per signatory
over their line (pyHanko, pypdf), the SHA-256 of exactly those bytes, and the figures embedded as
PDF/A-3 associated files (pikepdf). Finnveden's Årsredovisning 2020, approved as its users do."""

import csv
import hashlib
import io
import json
from decimal import Decimal

import pikepdf
import pytest
from pypdf import PdfReader

from interventions import selectors as insatser
from reports import statements
from reports.models import DocumentKind, ReportDocument
from reports.signature_fields import signature_field_names
from tests.approvals import approve
from tests.pdf.pdftext import pages_text

pytestmark = pytest.mark.django_db

# seeds/finnveden-arsredovisning-2020.txt, "8. Styrelsens underskrift": the six ordinary members
# (the product orders them by role, then by the appointing member's position).
FINNVEDEN_SIGNATORIES = [
    "Inga-Maj Eleholt",
    "Kari Parman",
    "Klas Rydell",
    "Tommy Sjögren",
    "Håkan Johansson",
    "Arnold Carlzon",
]


def finnveden_2020(demo_data) -> ReportDocument:
    return ReportDocument.objects.get(
        fiscal_year__forbund=demo_data["finnveden"],
        fiscal_year__year=2020,
        kind=DocumentKind.ARSREDOVISNING,
    )


@pytest.fixture
def approved(demo_data):
    document = finnveden_2020(demo_data)
    return document, approve(document)


def test_one_signature_field_per_signatory_over_their_line(approved):
    document, version = approved
    pdf = bytes(version.pdf)
    assert hashlib.sha256(pdf).hexdigest() == version.sha256

    # pyHanko: the fields, named after the signatories, all empty.
    assert signature_field_names(pdf) == FINNVEDEN_SIGNATORIES
    # pypdf: the same six /Sig fields, none with a value, each a printable widget.
    reader = PdfReader(io.BytesIO(pdf))
    fields = reader.get_fields()
    sig_fields = {name: f for name, f in fields.items() if f.get("/FT") == "/Sig"}
    assert sorted(sig_fields) == sorted(FINNVEDEN_SIGNATORIES)
    assert all(f.get("/V") is None for f in sig_fields.values())

    # The fields sit on the signature page (after the TOC, the one with the attestation), above
    # the line that carries each signatory's name.
    texts = pages_text(pdf)
    page_index = next(i for i, t in enumerate(texts) if "Vi intygar att årsredovisningen" in t)
    page = reader.pages[page_index]
    widgets = [a.get_object() for a in page.get("/Annots", [])]
    names = [w.get("/T") for w in widgets if w.get("/FT") == "/Sig"]
    assert names == FINNVEDEN_SIGNATORIES
    for widget in widgets:
        if widget.get("/FT") != "/Sig":
            continue
        x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
        # 45 % of the 170 mm text width ≈ 76.5 mm ≈ 217 pt (the line's width), 12 mm = 34 pt
        # above the line; the print flag (4) is set for PDF/A.
        assert 200 < x2 - x1 < 225
        assert y2 - y1 == 34
        assert int(widget["/F"]) & 4

    # One revision: the approved bytes contain a single %%EOF, so every signature added later
    # is an incremental update whose first revision is exactly these bytes.
    assert pdf.rstrip().endswith(b"%%EOF") and pdf.count(b"%%EOF") == 1


def test_the_figures_are_embedded_as_pdfa3_associated_files(approved):
    document, version = approved
    pdf = pikepdf.open(io.BytesIO(bytes(version.pdf)))
    assert pdf.open_metadata().pdfa_status == "3B"
    assert sorted(pdf.attachments) == [
        "balanskravsutredning.csv",
        "balansrakning.csv",
        "driftredovisning.csv",
        "finsam-data.json",
        "kassaflodesanalys.csv",
        "resultatrakning.csv",
    ]
    # Each file is an associated file of the document with relationship Data, listed once.
    associated = {spec.F: spec for spec in (f for f in pdf.Root.AF)}
    assert len(pdf.Root.AF) == 6 and set(associated) == set(pdf.attachments)
    for spec in pdf.attachments.values():
        assert spec.obj.AFRelationship == pikepdf.Name.Data
    assert pdf.attachments["finsam-data.json"].get_file().mime_type == "application/json"
    assert pdf.attachments["resultatrakning.csv"].get_file().mime_type == "text/csv"

    data = json.loads(pdf.attachments["finsam-data.json"].get_file().read_bytes())
    assert data["schema_version"] == 1
    assert data["document"]["title"] == "Årsredovisning 2020"
    assert data["document"]["period"] == {"start": "2020-01-01", "end": "2020-12-31"}
    rr = data["statements"]["resultatrakning"]
    assert rr["columns"] == ["Budget 2020", "2020-12-31", "2019-12-31"]
    rows = {row["key"]: row["values"] for row in rr["rows"]}
    # Hand-checked against the seed's Resultaträkning (printed in whole kronor):
    # intäkter 5 151 996; kostnader −4 997 138,20 (printed −4 997 138); årets resultat
    # 5 151 996,00 − 4 997 138,20 = 154 857,80 (printed 154 858); 2019: −480 307,20.
    assert rows["verksamhetens_intakter"] == ["5152000.00", "5151996.00", "5144001.00"]
    assert rows["verksamhetens_kostnader"][1] == "-4997138.20"
    assert rows["arets_resultat"][1:] == ["154857.80", "-480307.20"]
    assert round(Decimal(rows["arets_resultat"][1])) == 154858
    # Every row of every statement equals the statement functions the PDF prints.
    period = document.period
    for key, table in (
        ("resultatrakning", statements.resultatrakning(period).table),
        ("balansrakning", statements.balansrakning(period).table),
    ):
        embedded = {row["key"]: row["values"] for row in data["statements"][key]["rows"]}
        for row in table.rows:
            want = [None if v is None else f"{v:.2f}" for v in row.values]
            assert embedded[row.key] == want, (key, row.key)
    balans = {row["key"]: row["values"] for row in data["statements"]["balansrakning"]["rows"]}
    # domain.md: eget kapital 1 689 771 + 154 858 = 1 844 629.
    assert round(Decimal(balans["eget_kapital"][0])) == 1844629
    # Notes, driftbidrag and participants as the PDF prints them: Driftbidrag is note 1
    # (the resultaträkning's reference), the year's driftbidrag 5 152 000, and the
    # participant table's totals row.
    assert data["notes"][0]["number"] == rr["rows"][1]["note"] == 1
    assert data["driftbidrag"]["total"] == "5152000.00"
    printed_totals = insatser.participant_table(document.fiscal_year.forbund, 2020).totals
    totals = data["participants"]["totals"]
    assert totals["label"] == "Totalt"
    assert all(totals[attr] == getattr(printed_totals, attr) for attr in insatser.COUNT_ATTRS)

    # One CSV per statement: the same figures, semicolon separated, UTF-8 with BOM.
    content = pdf.attachments["resultatrakning.csv"].get_file().read_bytes().decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(content), delimiter=";"))
    assert lines[0] == ["Rad", "Nyckel", "Not", "Budget 2020", "2020-12-31", "2019-12-31"]
    assert ["Årets resultat", "arets_resultat", "", "-1347000.00", "154857.80", "-480307.20"] in (
        lines
    )
