"""PostgreSQL triggers: a recorded signature and a stored signed copy never change and are never
deleted, except together with their whole förbund (the purge grant of ``0007_purge_switch``)."""

from django.db import migrations

MESSAGE = "En signatur eller signerad kopia kan inte ändras eller tas bort."

FORWARD = f"""
CREATE OR REPLACE FUNCTION reports_version_year(p_version bigint) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT d.fiscal_year_id FROM reports_approvedversion v
    JOIN reports_reportdocument d ON d.id = v.document_id
    WHERE v.id = p_version
$$;

CREATE OR REPLACE FUNCTION reports_protect_signing_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND finsam_purge_allows(TG_OP, reports_version_year(OLD.version_id)) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'raise_exception',
        DETAIL = TG_TABLE_NAME || ' ' || TG_OP;
END $$;

CREATE TRIGGER reports_signature_protect
    BEFORE UPDATE OR DELETE ON reports_signature
    FOR EACH ROW EXECUTE FUNCTION reports_protect_signing_rows();
CREATE TRIGGER reports_signedcopy_protect
    BEFORE UPDATE OR DELETE ON reports_signedcopy
    FOR EACH ROW EXECUTE FUNCTION reports_protect_signing_rows();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS reports_signature_protect ON reports_signature;
DROP TRIGGER IF EXISTS reports_signedcopy_protect ON reports_signedcopy;
DROP FUNCTION IF EXISTS reports_protect_signing_rows();
DROP FUNCTION IF EXISTS reports_version_year(bigint);
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
    dependencies = [("reports", "0012_signing_and_attachments")]

    operations = [migrations.RunPython(forward, backward)]
