"""The demo snapshot that transactional tests restore (tests/demo_snapshot.py): restored inside a
test's transaction it gives the demo förbund back and leaves the triggers (foreign keys, freeze
guards) on."""

import pytest
from django.db import IntegrityError, connection, transaction

from finsam.models import Member
from tests import demo_snapshot
from workspace import demo


@pytest.mark.django_db
def test_a_restore_inside_a_test_transaction_leaves_the_triggers_on():
    if connection.vendor != "postgresql":
        pytest.skip("the snapshot is PostgreSQL's COPY")
    # As in tests.conftest.demo_forbund: a query first, so the test's transaction has begun and
    # the restore runs in a savepoint of it.
    Member.objects.exists()
    restored = demo_snapshot.load()
    assert sorted(restored) == sorted(demo.DEMO_SLUGS)
    with connection.cursor() as cursor:
        cursor.execute("SHOW session_replication_role")
        assert cursor.fetchone() == ("origin",)
    # The foreign keys (triggers in PostgreSQL) still hold: a member of no förbund is refused.
    member = Member.objects.filter(forbund__slug="finnveden").order_by("pk").first()
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("UPDATE finsam_member SET forbund_id = %s WHERE id = %s", [-1, member.pk])
