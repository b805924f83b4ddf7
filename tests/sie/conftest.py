import pytest

from finsam.models import Forbund
from tests.reports.conftest import seeded_data, sodra_2024  # noqa: F401
from workspace import transfer

# What a fresh copy of a förbund leaves out: its reports, its SIE mapping and imports, and its
# users' memberships and their log (an import never gives existing users rights in another
# förbund, nor writes them into its membership log).
REPORT_MODELS = {
    "finsam.membership",
    "finsam.membershipperiod",
    "reports.reportperiod",
    "reports.figureline",
    "reports.periodfigures",
    "reports.reportdocument",
    "reports.approvedversion",
    "reports.reporttext",
    "reports.documentsubsection",
    "reports.supplementarynote",
    "reports.supplementarynoterow",
    "reports.boarddecision",
    "reports.signingaccount",
    "reports.signature",
    "reports.signedcopy",
    "reports.documentattachment",
    "sie.accountmapping",
    "sie.sieimport",
}


def fresh_copy(slug: str, new_slug: str) -> Forbund:
    """A new förbund with ``slug``'s members, budgets, driftbidrag, board, insatser and history
    (through the export format), but no report, no account mapping and no import."""
    document = transfer.export_forbund(Forbund.objects.get(slug=slug))
    document["forbund"] = new_slug
    document["objects"] = [s for s in document["objects"] if s["model"] not in REPORT_MODELS]
    for section in document["objects"]:
        if section["model"] == "finsam.forbund":
            section["rows"][0]["fields"]["slug"] = new_slug
            section["rows"][0]["fields"]["name"] += " (kopia)"
    return transfer.import_forbund(document)


@pytest.fixture
def fresh_sodra(demo_data) -> Forbund:
    return fresh_copy("sodra-vatterbygden", "sodra-kopia")
