"""PostgreSQL trigger: the subsections of an approved document cannot be inserted, changed or
deleted by any path (raw SQL included), like its texts (``0004_freeze_triggers``); only the purge
of a whole förbund (``0007_purge_switch``) deletes them."""

from django.db import migrations

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


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("reports", "0015_period_statement_order")]

    operations = [migrations.RunPython(forward, backward)]
