"""Imports verify, never trust (issue 13): an approved report survives a replace, and a forged
export is refused with a Swedish message naming what is wrong, with nothing written.

One approval of finnveden's Årsredovisning 2020 (a real render) per test; the forgeries are
variations of its export."""

import base64
import copy
import hashlib
import io
import json
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from finsam.models import Forbund, Membership
from reports import freeze, snapshot
from reports.models import ApprovedVersion, FigureLine, ReportDocument
from tests.approvals import approve
from workspace import transfer
from workspace.transfer import ImportRejected, export_forbund, import_forbund

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved_export(demo_data) -> dict:
    document = ReportDocument.objects.get(
        fiscal_year__forbund__slug="finnveden", fiscal_year__year=2020, kind="arsredovisning"
    )
    approve(document)
    return json.loads(json.dumps(export_forbund(demo_data["finnveden"])))


def section(document: dict, label: str) -> list[dict]:
    (rows,) = [s["rows"] for s in document["objects"] if s["model"] == label]
    return rows


def version_fields(document: dict) -> dict:
    (row,) = section(document, "reports.approvedversion")
    return row["fields"]


def refused(document: dict) -> str:
    """Import the (forged) document over finnveden; the refusal's message, nothing changed."""
    name_before = Forbund.objects.get(slug="finnveden").pk
    with pytest.raises(ImportRejected) as rejected:
        import_forbund(document, replace=True)
    assert Forbund.objects.get(slug="finnveden").pk == name_before  # rolled back, still there
    return rejected.value.message


def test_replace_of_an_unmodified_export_with_an_approved_report(approved_export):
    """Failure 1: the nested purge reset the freeze switch, so the import's texts were refused."""
    stored = ApprovedVersion.objects.get(document__fiscal_year__forbund__slug="finnveden")
    stored_line_ids = list(
        FigureLine.objects.filter(period=stored.document.period).values_list("pk", flat=True)
    )
    forbund = import_forbund(copy.deepcopy(approved_export), replace=True)
    assert export_forbund(forbund) == approved_export
    again = ApprovedVersion.objects.get(document__fiscal_year__forbund=forbund)
    assert bytes(again.pdf) == bytes(stored.pdf) and again.sha256 == stored.sha256
    assert again.snapshot_sha256 == stored.snapshot_sha256
    assert again.document.status == "godkand"
    # Every row has a new id, but no value changed: "Ändrat sedan godkännandet" lists nothing.
    assert not FigureLine.objects.filter(pk__in=stored_line_ids).exists()
    assert snapshot.changes_since(again) == []
    # Frozen again, by the guards and by the database.
    line = FigureLine.objects.filter(period=again.document.period).first()
    line.amount += 1
    with pytest.raises(freeze.ReportFrozen):
        line.save()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE reports_figureline SET amount = 1 WHERE id = %s", [line.pk])


def test_forged_approved_versions_are_refused(approved_export, demo_data):
    """Failure 2, the approved version's forgeries."""
    fields = version_fields(approved_export)

    wrong_hash = copy.deepcopy(approved_export)
    version_fields(wrong_hash)["sha256"] = "0" * 64
    assert "PDF:ens SHA-256 stämmer inte med dess innehåll" in refused(wrong_hash)

    other_pdf = b"%PDF-1.7\n% another document\n%%EOF\n"
    swapped = copy.deepcopy(approved_export)
    version_fields(swapped)["pdf"] = base64.b64encode(other_pdf).decode()
    assert "PDF:ens SHA-256 stämmer inte med dess innehåll" in refused(swapped)

    # Swapped together with a matching hash: the snapshot names the approved PDF's hash.
    swapped_with_hash = copy.deepcopy(swapped)
    version_fields(swapped_with_hash)["sha256"] = hashlib.sha256(other_pdf).hexdigest()
    assert "ögonblicksbilden hör till en annan PDF" in refused(swapped_with_hash)

    edited_snapshot = copy.deepcopy(approved_export)
    version_fields(edited_snapshot)["snapshot"]["html"] = "<p>Något annat</p>"
    assert "ögonblicksbildens SHA-256 stämmer inte" in refused(edited_snapshot)

    foreign_approver = copy.deepcopy(approved_export)
    version_fields(foreign_approver)["approved_by"] = "insjoriket-sekreterare"
    # By the membership log: not on finnveden's board when the version was approved.
    assert (
        "”insjoriket-sekreterare” som står som godkännare hade inte rollen styrelse i förbundet "
        "när versionen godkändes" in refused(foreign_approver)
    )
    assert fields["approved_by"] == "finnveden-styrelse"


def test_forged_figures_status_and_memberships_are_refused(approved_export):
    """Failure 2: raised figures of an approved period, a draft with a version in force, and a
    membership that makes another förbund's revisor sekreterare here."""
    document_rows = section(approved_export, "reports.reportdocument")
    approved_ref = version_fields(approved_export)["document"]
    (approved_row,) = [row for row in document_rows if row["ref"] == approved_ref]
    period_ref = approved_row["fields"]["period"]

    raised = copy.deepcopy(approved_export)
    line = next(
        row
        for row in section(raised, "reports.figureline")
        if row["fields"]["period"] == period_ref
    )
    line["fields"]["amount"] = str(Decimal(line["fields"]["amount"]) + 1_000_000)
    message = refused(raised)
    assert "uppgifterna i en godkänd rapport skiljer sig från det som godkändes" in message
    assert "1 avvikelser" in message and "Utfall" in message

    draft = copy.deepcopy(approved_export)
    (row,) = [r for r in section(draft, "reports.reportdocument") if r["ref"] == approved_ref]
    row["fields"]["status"] = "utkast"
    assert "står som utkast men har en godkänd version som gäller (version 1)" in refused(draft)

    promoted = copy.deepcopy(approved_export)
    memberships = section(promoted, "finsam.membership")
    memberships.append(
        {
            "ref": max(r["ref"] for r in memberships) + 1,
            "fields": {"user": "insjoriket-revisor", "forbund": 1, "role": "sekreterare"},
        }
    )
    promoted["users"].append(
        {"username": "insjoriket-revisor", "first_name": "", "last_name": "", "email": ""}
    )
    message = refused(promoted)
    assert "”insjoriket-revisor” finns redan här med behörighet i ett annat förbund" in message
    assert not Membership.objects.filter(
        user__username="insjoriket-revisor", forbund__slug="finnveden"
    ).exists()

    two = copy.deepcopy(approved_export)
    forbund_rows = section(two, "finsam.forbund")
    extra = copy.deepcopy(forbund_rows[0])
    extra["ref"] = 2
    extra["fields"].update(name="Ett annat förbund", slug="ett-annat")
    forbund_rows.append(extra)
    assert "exakt ett förbund" in refused(two)


def test_types_are_strict_and_sizes_limited(approved_export, tmp_path, monkeypatch):
    float_version = copy.deepcopy(approved_export)
    float_version["version"] = 1.0
    assert "Exportformatets version 1.0 stöds inte" in refused(float_version)

    float_money = copy.deepcopy(approved_export)
    section(float_money, "reports.figureline")[0]["fields"]["amount"] = 100.5
    assert (
        "reports.figureline[0].amount: ska vara ett tal skrivet som text eller heltal, inte ett "
        "decimaltal." in refused(float_money)
    )

    bool_money = copy.deepcopy(approved_export)
    section(bool_money, "reports.figureline")[0]["fields"]["amount"] = True
    assert "inte sant/falskt" in refused(bool_money)

    text_count = copy.deepcopy(approved_export)
    section(text_count, "finsam.population")[0]["fields"]["inhabitants"] = "29657"
    assert "finsam.population[0].inhabitants: ska vara ett heltal, inte text." in refused(
        text_count
    )

    deep = copy.deepcopy(approved_export)
    nested: list = []
    for _ in range(transfer.MAX_DEPTH + 5):
        nested = [nested]
    deep["users"].append({"username": "x", "extra": nested})
    assert "för djupt nästlad" in refused(deep)

    path = tmp_path / "export.json"
    path.write_text(json.dumps(approved_export), encoding="utf-8")
    monkeypatch.setattr(transfer, "MAX_FILE_BYTES", 1000)
    with pytest.raises(CommandError, match="Filen är för stor"):
        call_command("import_forbund", str(path), "--replace", stdout=io.StringIO())
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    monkeypatch.setattr(transfer, "MAX_FILE_BYTES", 10_000_000)
    with pytest.raises(CommandError, match="nästlad|inte en export"):
        call_command("import_forbund", str(path), "--replace", stdout=io.StringIO())
