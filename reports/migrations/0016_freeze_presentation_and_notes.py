"""Approved reports are immutable by any path, also their presentation and supplementary notes.

Replaces ``reports_freeze_period()`` (0007) so that an approved period's presentation choices
(balance-sheet columns, driftredovisning comparison, tkr tables, zero lines, the income note,
the equity layout) cannot be updated either, and freezes the supplementary notes
(``reports.models.notes``): a note through its period, a note row through its note's period.
The compared columns are the list ``PERIOD_COLUMNS``, the same as ``freeze.PERIOD_FROZEN_FIELDS``.
"""

from django.db import migrations

MESSAGE = "Rapporten är godkänd och kan inte ändras. Återöppna den för att göra ändringar."
PERIOD_COLUMNS = (
    "fiscal_year_id",
    "kind",
    "start",
    "end",
    "layout",
    "balance_columns",
    "drift_comparison",
    "tkr_tables",
    "income_note_with_financial",
    "show_zero_lines",
    "equity_layout",
)


def _period_function(columns) -> str:
    changed = "\n       OR ".join(f'NEW."{c}" IS DISTINCT FROM OLD."{c}"' for c in columns)
    return f"""
CREATE OR REPLACE FUNCTION reports_freeze_period() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT reports_period_frozen(OLD.id)
       OR (TG_OP = 'DELETE' AND finsam_purge_allows(TG_OP, OLD.fiscal_year_id)) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE'
       OR {changed} THEN
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'raise_exception',
            DETAIL = TG_TABLE_NAME || ' ' || TG_OP;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
"""


NOTES = f"""
CREATE OR REPLACE FUNCTION reports_note_period(p_note bigint) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT period_id FROM reports_supplementarynote WHERE id = p_note
$$;

CREATE OR REPLACE FUNCTION reports_freeze_note_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND (reports_note_period(OLD.note_id) IS NULL OR finsam_purge_allows(
        TG_OP, reports_period_year(reports_note_period(OLD.note_id)))) THEN
        RETURN OLD;
    END IF;
    IF (TG_OP <> 'INSERT' AND reports_period_frozen(reports_note_period(OLD.note_id)))
       OR (TG_OP <> 'DELETE' AND reports_period_frozen(reports_note_period(NEW.note_id))) THEN
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'raise_exception',
            DETAIL = TG_TABLE_NAME || ' ' || TG_OP;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

DROP TRIGGER IF EXISTS reports_supplementarynote_freeze ON reports_supplementarynote;
CREATE TRIGGER reports_supplementarynote_freeze
    BEFORE INSERT OR UPDATE OR DELETE ON reports_supplementarynote
    FOR EACH ROW EXECUTE FUNCTION reports_freeze_period_rows();
DROP TRIGGER IF EXISTS reports_supplementarynoterow_freeze ON reports_supplementarynoterow;
CREATE TRIGGER reports_supplementarynoterow_freeze
    BEFORE INSERT OR UPDATE OR DELETE ON reports_supplementarynoterow
    FOR EACH ROW EXECUTE FUNCTION reports_freeze_note_rows();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS reports_supplementarynote_freeze ON reports_supplementarynote;
DROP TRIGGER IF EXISTS reports_supplementarynoterow_freeze ON reports_supplementarynoterow;
DROP FUNCTION IF EXISTS reports_freeze_note_rows();
DROP FUNCTION IF EXISTS reports_note_period(bigint);
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(_period_function(PERIOD_COLUMNS))
            cursor.execute(NOTES)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(BACKWARD)
            cursor.execute(_period_function(PERIOD_COLUMNS[:5]))


class Migration(migrations.Migration):
    dependencies = [("reports", "0015_complete_statements")]

    operations = [migrations.RunPython(forward, backward)]
