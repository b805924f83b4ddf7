"""An approved Årsredovisning is frozen: its figures cannot change through the entry page, the
ORM (save, queryset update/delete) or raw SQL (the database triggers), and the stored PDF and its
SHA-256 stay as approved. Reopening lifts the freeze. finnveden 2020 (no FEL in the demo data)."""

import hashlib

import pytest
from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection, transaction
from django.test import Client

from reports import approval, freeze
from reports.models import FigureLine, PeriodFigures, ReportPeriod, ReportText
from tests.approvals import approve
from tests.reports.test_forms import balance_page_data, url
from tests.scoping import database_snapshot

pytestmark = pytest.mark.django_db


def user(name: str):
    return get_user_model().objects.get(username=f"finnveden-{name}")


@pytest.fixture
def approved(finnveden_2020):
    version = approve(finnveden_2020.document)
    return finnveden_2020, version, version.sha256


def assert_pdf_unchanged(version, recorded_hash: str) -> None:
    version.refresh_from_db()
    assert hashlib.sha256(bytes(version.pdf)).hexdigest() == recorded_hash == version.sha256


def test_the_entry_page_refuses_a_change(approved):
    period, version, recorded = approved
    sekreterare = Client()
    sekreterare.force_login(user("sekreterare"))
    page = sekreterare.get(url(period, "balans"))
    assert page.status_code == 200
    html = page.content.decode()
    assert freeze.FROZEN_MESSAGE in html
    assert '<button type="submit" class="primary">Spara</button>' not in html
    data = balance_page_data(period)
    data["f-kassa_och_bank"] = "2 796 218"
    before = database_snapshot()
    response = sekreterare.post(url(period, "balans"), data)
    assert response.status_code == 409
    assert freeze.FROZEN_MESSAGE in response.content.decode()
    assert database_snapshot() == before
    assert_pdf_unchanged(version, recorded)


def test_the_orm_refuses_a_change(approved):
    period, version, recorded = approved
    line = FigureLine.objects.filter(period=period).first()
    line.amount += 1
    with pytest.raises(freeze.ReportFrozen) as refused:
        line.save()
    assert refused.value.message == freeze.FROZEN_MESSAGE
    with pytest.raises(freeze.ReportFrozen):
        line.delete()
    with pytest.raises(freeze.ReportFrozen):
        FigureLine.objects.create(period=period, kind="kostnad", label="Ny rad", amount=1)
    with pytest.raises(freeze.ReportFrozen):
        FigureLine.objects.filter(period=period).update(amount=0)
    with pytest.raises(freeze.ReportFrozen):
        PeriodFigures.objects.filter(period=period).update(kassa_och_bank=None)
    with pytest.raises(freeze.ReportFrozen):
        ReportText.objects.create(document=period.document, section="organisation", body="x")
    period.layout = "rader"
    with pytest.raises(freeze.ReportFrozen):
        period.save()
    with pytest.raises(freeze.ReportFrozen):
        ReportPeriod.objects.filter(pk=period.pk).update(end="2020-11-30")
    ReportPeriod.objects.filter(pk=period.pk).update(version=99)  # not a figure: allowed
    assert_pdf_unchanged(version, recorded)


def test_the_database_refuses_a_raw_change(approved):
    period, version, recorded = approved
    line = FigureLine.objects.filter(period=period).first()
    statements = [
        ("UPDATE reports_figureline SET amount = amount + 1 WHERE id = %s", [line.pk]),
        ("DELETE FROM reports_figureline WHERE id = %s", [line.pk]),
        (
            "INSERT INTO reports_figureline (period_id, kind, label, position, amount, "
            "category, \"group\") VALUES (%s, 'kostnad', 'Smygrad', 1, 1, '', '')",
            [period.pk],
        ),
        (
            "UPDATE reports_periodfigures SET kassa_och_bank = 0 WHERE period_id = %s",
            [period.pk],
        ),
        ("UPDATE reports_reportperiod SET layout = 'rader' WHERE id = %s", [period.pk]),
    ]
    for sql, params in statements:
        with (
            pytest.raises(DatabaseError) as refused,
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, params)
        assert freeze.FROZEN_MESSAGE in str(refused.value)
    line.refresh_from_db()
    assert_pdf_unchanged(version, recorded)


def test_reopening_lifts_the_freeze_and_keeps_the_version(approved):
    period, version, recorded = approved
    document = period.document
    document.refresh_from_db()
    approval.document_reopen(
        document=document,
        user=user("sekreterare"),
        reason="Rättelse",
        seen_version=document.version,
    )
    line = FigureLine.objects.filter(period=period).first()
    line.amount += 1
    line.save()
    assert_pdf_unchanged(version, recorded)
    assert version.reopened_at is not None
