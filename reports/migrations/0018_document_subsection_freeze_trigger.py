"""PostgreSQL trigger: the subsections of an approved document cannot be inserted, changed or
deleted by any path (raw SQL included), like its texts (``0004_freeze_triggers``); only the purge
of a whole förbund (``0007_purge_switch``) deletes them. The period's trigger function also
compares the statements' order (``statement_order``, 0017), as ``freeze.PERIOD_FROZEN_FIELDS``."""

import importlib

from django.db import migrations

_presentation = importlib.import_module("reports.migrations.0016_freeze_presentation_and_notes")
PERIOD_COLUMNS = (*_presentation.PERIOD_COLUMNS, "statement_order")

FORWARD = """
CREATE TRIGGER reports_documentsubsection_freeze
    BEFORE INSERT OR UPDATE OR DELETE ON reports_documentsubsection
    FOR EACH ROW EXECUTE FUNCTION reports_freeze_document_rows();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS reports_documentsubsection_freeze ON reports_documentsubsection;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(FORWARD)
            cursor.execute(_presentation._period_function(PERIOD_COLUMNS))


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(BACKWARD)
            cursor.execute(_presentation._period_function(_presentation.PERIOD_COLUMNS))


class Migration(migrations.Migration):
    dependencies = [("reports", "0017_period_statement_order")]

    operations = [migrations.RunPython(forward, backward)]
