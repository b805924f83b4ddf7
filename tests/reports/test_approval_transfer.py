"""Export/import carries documents, approved versions (PDF as base64 with its hash) and texts;
an imported approved document is frozen again."""

import base64
import hashlib
import json

import pytest

from finsam.models import BudgetLine
from reports import freeze, services
from reports.models import ApprovedVersion, ReportDocument
from tests.approvals import approve
from tests.test_transfer import (  # noqa: F401  (fixtures)
    export_after_import,
    fresh_database,
    migrated_template,
)
from workspace.transfer import export_forbund, import_forbund

pytestmark = pytest.mark.django_db


def approve_plan(forbund, year: int) -> ApprovedVersion:
    return approve(services.plan_document(forbund, year))


def exported_versions(document: dict) -> list[dict]:
    (section,) = [s for s in document["objects"] if s["model"] == "reports.approvedversion"]
    return [row["fields"] for row in section["rows"]]


def test_an_approved_document_round_trips_and_stays_frozen(demo_data):
    forbund = demo_data["finnveden"]
    version = approve_plan(forbund, 2020)
    stored = bytes(version.pdf)
    original = export_forbund(forbund)
    (exported,) = exported_versions(original)
    assert base64.b64decode(exported["pdf"]) == stored
    assert exported["sha256"] == version.sha256 == hashlib.sha256(stored).hexdigest()
    assert any(s["model"] == "reports.reportdocument" for s in original["objects"])
    assert any(s["model"] == "reports.reporttext" for s in original["objects"])

    imported = import_forbund(json.loads(json.dumps(original)), replace=True)
    assert export_forbund(imported) == original
    again = ApprovedVersion.objects.get(document__fiscal_year__forbund=imported)
    assert bytes(again.pdf) == stored and again.sha256 == version.sha256
    assert again.document.status == "godkand"
    line = BudgetLine.objects.filter(budget__fiscal_year=again.document.fiscal_year).first()
    line.amount += 1
    with pytest.raises(freeze.ReportFrozen):
        line.save()


def test_round_trip_of_an_approved_document_through_a_fresh_database(
    demo_data,
    fresh_database,  # noqa: F811
    tmp_path,
):
    forbund = demo_data["sodra-vatterbygden"]
    approve_plan(forbund, 2020)
    original = export_forbund(forbund)
    assert len(exported_versions(original)) == 1
    assert export_after_import(fresh_database, original, tmp_path / "export.json") == original
    assert ReportDocument.objects.filter(fiscal_year__forbund=forbund).exists()
