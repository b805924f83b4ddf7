"""The membership log (issue 13): which role a user held in a förbund, and when; an import
verifies that an approval's approver held the styrelse role in that förbund at that time.

One approval of finnveden's Årsredovisning 2020 (a real render) in the import tests."""

import copy
import datetime
import json

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from finsam import accounts, membership_log
from finsam.models import Forbund, Membership, MembershipPeriod, Role
from reports.models import ApprovedVersion, ReportDocument
from tests.approvals import approve
from workspace.transfer import ImportRejected, export_forbund, import_forbund

pytestmark = pytest.mark.django_db


def user(username: str):
    return get_user_model().objects.get(username=username)


def periods(username: str, forbund: Forbund) -> list[tuple[str, bool]]:
    return [
        (period.role, period.valid_to is None)
        for period in MembershipPeriod.objects.filter(user__username=username, forbund=forbund)
    ]


def test_invite_role_change_and_removal_are_logged(demo_data):
    forbund = demo_data["finnveden"]
    sekreterare = user("finnveden-sekreterare")
    membership = accounts.user_invite(
        inviter=sekreterare, forbund=forbund, email="ny@example.se", role=Role.REVISOR
    )
    invited = timezone.now()
    assert periods("ny@example.se", forbund) == [("revisor", True)]
    membership.role = Role.STYRELSE
    membership.save()
    promoted = timezone.now()
    membership.save()  # the same role again: no new period
    assert periods("ny@example.se", forbund) == [("revisor", False), ("styrelse", True)]
    accounts.membership_remove(remover=sekreterare, membership=membership)
    assert periods("ny@example.se", forbund) == [("revisor", False), ("styrelse", False)]
    assert membership_log.role_at(membership.user_id, forbund, invited) == "revisor"
    assert membership_log.role_at(membership.user_id, forbund, promoted) == "styrelse"
    assert membership_log.role_at(membership.user_id, forbund, timezone.now()) is None


@pytest.fixture
def approved(demo_data) -> ApprovedVersion:
    document = ReportDocument.objects.get(
        fiscal_year__forbund__slug="finnveden", fiscal_year__year=2020, kind="arsredovisning"
    )
    return approve(document)


def exported(forbund_slug: str = "finnveden") -> dict:
    return json.loads(json.dumps(export_forbund(Forbund.objects.get(slug=forbund_slug))))


def log_rows(document: dict) -> list[dict]:
    (rows,) = [s["rows"] for s in document["objects"] if s["model"] == "finsam.membershipperiod"]
    return rows


def test_a_former_board_member_s_approval_imports_by_the_log(approved):
    """The approver left the board after approving: no role in the file now, but the log shows
    the styrelse role at the time, so the import (a restore) is accepted."""
    forbund = approved.document.fiscal_year.forbund
    Membership.objects.get(user__username="finnveden-styrelse", forbund=forbund).delete()
    document = exported()
    assert [
        r["fields"]["role"]
        for r in log_rows(document)
        if r["fields"]["user"] == ("finnveden-styrelse")
    ] == ["styrelse"]
    imported = import_forbund(copy.deepcopy(document), replace=True)
    again = ApprovedVersion.objects.get(document__fiscal_year__forbund=imported)
    assert again.approved_by.get_username() == "finnveden-styrelse"
    assert not Membership.objects.filter(forbund=imported, user=again.approved_by).exists()
    assert membership_log.role_at(again.approved_by_id, imported, again.approved_at) == "styrelse"


def test_an_approver_who_was_not_on_the_board_then_is_refused(approved):
    """The forgery the log catches: the approver is on the board in the file, but the log says
    they were revisor when the version was approved (styrelse only from the next day)."""
    document = exported()
    approved_at = approved.approved_at
    rows = log_rows(document)
    (row,) = [r for r in rows if r["fields"]["user"] == "finnveden-styrelse"]
    later = approved_at + datetime.timedelta(days=1)
    earlier = dict(row["fields"], role="revisor", valid_to=later.isoformat())
    row["fields"]["valid_from"] = later.isoformat()
    rows.append({"ref": max(r["ref"] for r in rows) + 1, "fields": earlier})
    with pytest.raises(ImportRejected) as rejected:
        import_forbund(document, replace=True)
    assert "”finnveden-styrelse” som står som godkännare hade inte rollen styrelse" in (
        rejected.value.message
    )
    assert "enligt förbundets behörighetslogg" in rejected.value.message
    # Rolled back: finnveden and its approval are still there.
    assert ApprovedVersion.objects.filter(pk=approved.pk).exists()


def test_the_log_names_no_user_of_another_forbund_and_agrees_with_the_roles(approved):
    document = exported()
    rows = log_rows(document)
    foreign = copy.deepcopy(document)
    (row,) = [r for r in log_rows(foreign) if r["fields"]["user"] == "finnveden-revisor"]
    row["fields"]["user"] = "insjoriket-sekreterare"
    foreign["users"].append(
        {"username": "insjoriket-sekreterare", "first_name": "", "last_name": "", "email": ""}
    )
    with pytest.raises(ImportRejected) as rejected:
        import_forbund(foreign, replace=True)
    assert "”insjoriket-sekreterare” finns redan här med behörighet i ett annat förbund" in (
        rejected.value.message
    )

    disagrees = copy.deepcopy(document)
    (row,) = [r for r in log_rows(disagrees) if r["fields"]["user"] == "finnveden-revisor"]
    row["fields"]["role"] = "sekreterare"
    with pytest.raises(ImportRejected) as rejected:
        import_forbund(disagrees, replace=True)
    assert (
        "behörighetsloggen säger att ”finnveden-revisor” har rollen förbundssekreterare nu, men "
        "behörigheten är revisor" in rejected.value.message
    )
    assert len(rows) >= 3


def test_a_file_without_a_log_imports_and_opens_one(approved):
    """An export from before the log: the approver is checked against the file's roles, and
    each membership gets a period from the import on."""
    document = exported()
    document["objects"] = [
        s for s in document["objects"] if s["model"] != "finsam.membershipperiod"
    ]
    before = timezone.now()
    forbund = import_forbund(document, replace=True)
    logged = MembershipPeriod.objects.filter(forbund=forbund)
    assert logged.count() == Membership.objects.filter(forbund=forbund).count()
    assert all(p.valid_from >= before and p.valid_to is None for p in logged)
