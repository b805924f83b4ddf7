"""The purge switch cannot be reached by ordinary SQL (issue 13, failure 11), and the restore
drill's check verifies every stored PDF against its SHA-256."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from finsam.models import BudgetLine
from reports import services
from reports.models import ApprovedVersion
from tests.approvals import approve
from workspace.transfer import delete_forbund

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved_plan(demo_data) -> ApprovedVersion:
    return approve(services.plan_document(demo_data["finnveden"], 2020))


def line_of(version: ApprovedVersion) -> BudgetLine:
    return BudgetLine.objects.filter(budget__fiscal_year=version.document.fiscal_year).first()


def test_setting_the_old_switch_no_longer_unfreezes(approved_plan):
    line = line_of(approved_plan)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT set_config('finsam.purge', 'on', true)")
        cursor.execute("UPDATE finsam_budgetline SET amount = amount + 1 WHERE id = %s", [line.pk])
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT set_config('finsam.purge', 'on', false)")
        cursor.execute("DELETE FROM finsam_budgetline WHERE id = %s", [line.pk])
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT set_config('finsam.purge', 'on', true)")
        cursor.execute(
            "UPDATE reports_approvedversion SET sha256 = %s WHERE id = %s",
            ["0" * 64, approved_plan.pk],
        )
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('finsam.purge', 'off', false)")


def test_the_purge_grant_only_lets_a_whole_forbund_disappear(approved_plan):
    line = line_of(approved_plan)
    forbund_id = approved_plan.document.fiscal_year.forbund_id
    # Granted, an update is still refused: the purge only deletes.
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT finsam_begin_purge(%s)", [forbund_id])
        cursor.execute("UPDATE finsam_budgetline SET amount = amount + 1 WHERE id = %s", [line.pk])
    # Deleting one frozen row while the förbund stays is refused when the transaction commits
    # (SET CONSTRAINTS finsam_purge_grant_completed IMMEDIATE runs the deferred check now).
    refused = pytest.raises(DatabaseError, match="hävs bara när ett helt förbund tas bort")
    with refused, transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT finsam_begin_purge(%s)", [forbund_id])
        cursor.execute("DELETE FROM finsam_budgetline WHERE id = %s", [line.pk])
        cursor.execute("SET CONSTRAINTS finsam_purge_grant_completed IMMEDIATE")
    assert BudgetLine.objects.filter(pk=line.pk).exists()
    # Deleting the whole förbund is what the purge is for.
    with transaction.atomic():
        delete_forbund(approved_plan.document.fiscal_year.forbund)
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS finsam_purge_grant_completed IMMEDIATE")
    assert not ApprovedVersion.objects.filter(pk=approved_plan.pk).exists()


def test_the_restore_check_verifies_every_pdf_hash(approved_plan):
    out = io.StringIO()
    call_command("verify_restore", stdout=out)
    assert "finnveden: godkända versioner och kontrollsummor stämmer" in out.getvalue()
    # A PDF changed behind the application's back (here by a superuser, who can switch the
    # trigger off): the drill no longer says it passed.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")  # triggers off
        cursor.execute(
            "UPDATE reports_approvedversion SET pdf = %s WHERE id = %s",
            [b"%PDF-1.7 forged", approved_plan.pk],
        )
        cursor.execute("SET LOCAL session_replication_role = DEFAULT")
    with pytest.raises(CommandError, match="PDF:ens SHA-256 stämmer inte med dess innehåll"):
        call_command("verify_restore", stdout=io.StringIO())
