"""The freeze of an approved document, enforced by PostgreSQL (see ``reports.freeze``).

While a document has an approved version in force (``reopened_at IS NULL``):
- INSERT/UPDATE/DELETE of its ``reports_figureline``, ``reports_periodfigures`` and
  ``reports_reporttext`` rows raise an exception;
- UPDATE of its ``reports_reportperiod`` row's fiscal year, kind, dates or layout, and DELETE of it,
  raise;
- for a Verksamhetsplan: INSERT/UPDATE/DELETE of the year's ``finsam_budget`` (kind budget) and its
  ``finsam_budgetline`` rows raise.
``reports_approvedversion`` rows never change except ``reopened_*`` going from NULL to set, once,
and are never deleted.

Everything is allowed while ``current_setting('finsam.purge', true) = 'on'`` (set for the rest of
the transaction by ``finsam.purge.purging()`` when a whole förbund is deleted or imported).
Other databases (SQLite for development) rely on the model guards in ``reports.freeze``.
"""

from django.db import migrations

MESSAGE = "Rapporten är godkänd och kan inte ändras. Återöppna den för att göra ändringar."
BUDGET_MESSAGE = (
    "Budgeten ingår i en godkänd verksamhetsplan och kan inte ändras. Återöppna "
    "verksamhetsplanen för att göra ändringar."
)
VERSION_MESSAGE = (
    "En godkänd version kan inte ändras eller tas bort; den kan bara återöppnas, en gång."
)

FORWARD = f"""
CREATE OR REPLACE FUNCTION finsam_purging() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('finsam.purge', true), '') = 'on'
$$;

CREATE OR REPLACE FUNCTION reports_period_frozen(p_period bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM reports_approvedversion v
        JOIN reports_reportdocument d ON d.id = v.document_id
        WHERE d.period_id = p_period AND v.reopened_at IS NULL
    )
$$;

CREATE OR REPLACE FUNCTION reports_document_frozen(p_document bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM reports_approvedversion v
        WHERE v.document_id = p_document AND v.reopened_at IS NULL
    )
$$;

CREATE OR REPLACE FUNCTION reports_plan_frozen(p_fiscal_year bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM reports_approvedversion v
        JOIN reports_reportdocument d ON d.id = v.document_id
        WHERE d.fiscal_year_id = p_fiscal_year AND d.kind = 'verksamhetsplan'
          AND v.reopened_at IS NULL
    )
$$;

-- Rows that belong to a period: figure lines and the period's single figures.
CREATE OR REPLACE FUNCTION reports_freeze_period_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF finsam_purging() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF (TG_OP <> 'INSERT' AND reports_period_frozen(OLD.period_id))
       OR (TG_OP <> 'DELETE' AND reports_period_frozen(NEW.period_id)) THEN
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'raise_exception',
            DETAIL = TG_TABLE_NAME || ' ' || TG_OP;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE OR REPLACE FUNCTION reports_freeze_document_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF finsam_purging() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF (TG_OP <> 'INSERT' AND reports_document_frozen(OLD.document_id))
       OR (TG_OP <> 'DELETE' AND reports_document_frozen(NEW.document_id)) THEN
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'raise_exception',
            DETAIL = TG_TABLE_NAME || ' ' || TG_OP;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE OR REPLACE FUNCTION reports_freeze_period() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF finsam_purging() OR NOT reports_period_frozen(OLD.id) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE'
       OR NEW.fiscal_year_id IS DISTINCT FROM OLD.fiscal_year_id
       OR NEW.kind IS DISTINCT FROM OLD.kind
       OR NEW.start IS DISTINCT FROM OLD.start
       OR NEW."end" IS DISTINCT FROM OLD."end"
       OR NEW.layout IS DISTINCT FROM OLD.layout THEN
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'raise_exception',
            DETAIL = TG_TABLE_NAME || ' ' || TG_OP;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE OR REPLACE FUNCTION reports_freeze_budget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF finsam_purging() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF (TG_OP <> 'INSERT' AND OLD.kind = 'budget' AND reports_plan_frozen(OLD.fiscal_year_id))
       OR (TG_OP <> 'DELETE' AND NEW.kind = 'budget'
           AND reports_plan_frozen(NEW.fiscal_year_id)) THEN
        RAISE EXCEPTION '{BUDGET_MESSAGE}' USING ERRCODE = 'raise_exception',
            DETAIL = TG_TABLE_NAME || ' ' || TG_OP;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE OR REPLACE FUNCTION reports_budget_frozen(p_budget bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM finsam_budget b
        WHERE b.id = p_budget AND b.kind = 'budget' AND reports_plan_frozen(b.fiscal_year_id)
    )
$$;

CREATE OR REPLACE FUNCTION reports_freeze_budget_line() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF finsam_purging() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF (TG_OP <> 'INSERT' AND reports_budget_frozen(OLD.budget_id))
       OR (TG_OP <> 'DELETE' AND reports_budget_frozen(NEW.budget_id)) THEN
        RAISE EXCEPTION '{BUDGET_MESSAGE}' USING ERRCODE = 'raise_exception',
            DETAIL = TG_TABLE_NAME || ' ' || TG_OP;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE OR REPLACE FUNCTION reports_protect_approved_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF finsam_purging() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE'
       OR OLD.reopened_at IS NOT NULL
       OR NEW.document_id IS DISTINCT FROM OLD.document_id
       OR NEW.number IS DISTINCT FROM OLD.number
       OR NEW.submitted_by_id IS DISTINCT FROM OLD.submitted_by_id
       OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at
       OR NEW.approved_by_id IS DISTINCT FROM OLD.approved_by_id
       OR NEW.approved_at IS DISTINCT FROM OLD.approved_at
       OR NEW.pdf IS DISTINCT FROM OLD.pdf
       OR NEW.sha256 IS DISTINCT FROM OLD.sha256
       OR NEW.pages IS DISTINCT FROM OLD.pages THEN
        RAISE EXCEPTION '{VERSION_MESSAGE}' USING ERRCODE = 'raise_exception',
            DETAIL = TG_TABLE_NAME || ' ' || TG_OP;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER reports_figureline_freeze
    BEFORE INSERT OR UPDATE OR DELETE ON reports_figureline
    FOR EACH ROW EXECUTE FUNCTION reports_freeze_period_rows();
CREATE TRIGGER reports_periodfigures_freeze
    BEFORE INSERT OR UPDATE OR DELETE ON reports_periodfigures
    FOR EACH ROW EXECUTE FUNCTION reports_freeze_period_rows();
CREATE TRIGGER reports_reporttext_freeze
    BEFORE INSERT OR UPDATE OR DELETE ON reports_reporttext
    FOR EACH ROW EXECUTE FUNCTION reports_freeze_document_rows();
CREATE TRIGGER reports_reportperiod_freeze
    BEFORE UPDATE OR DELETE ON reports_reportperiod
    FOR EACH ROW EXECUTE FUNCTION reports_freeze_period();
CREATE TRIGGER finsam_budget_freeze
    BEFORE INSERT OR UPDATE OR DELETE ON finsam_budget
    FOR EACH ROW EXECUTE FUNCTION reports_freeze_budget();
CREATE TRIGGER finsam_budgetline_freeze
    BEFORE INSERT OR UPDATE OR DELETE ON finsam_budgetline
    FOR EACH ROW EXECUTE FUNCTION reports_freeze_budget_line();
CREATE TRIGGER reports_approvedversion_protect
    BEFORE UPDATE OR DELETE ON reports_approvedversion
    FOR EACH ROW EXECUTE FUNCTION reports_protect_approved_version();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS reports_figureline_freeze ON reports_figureline;
DROP TRIGGER IF EXISTS reports_periodfigures_freeze ON reports_periodfigures;
DROP TRIGGER IF EXISTS reports_reporttext_freeze ON reports_reporttext;
DROP TRIGGER IF EXISTS reports_reportperiod_freeze ON reports_reportperiod;
DROP TRIGGER IF EXISTS finsam_budget_freeze ON finsam_budget;
DROP TRIGGER IF EXISTS finsam_budgetline_freeze ON finsam_budgetline;
DROP TRIGGER IF EXISTS reports_approvedversion_protect ON reports_approvedversion;
DROP FUNCTION IF EXISTS reports_protect_approved_version();
DROP FUNCTION IF EXISTS reports_freeze_budget_line();
DROP FUNCTION IF EXISTS reports_budget_frozen(bigint);
DROP FUNCTION IF EXISTS reports_freeze_budget();
DROP FUNCTION IF EXISTS reports_freeze_period();
DROP FUNCTION IF EXISTS reports_freeze_document_rows();
DROP FUNCTION IF EXISTS reports_freeze_period_rows();
DROP FUNCTION IF EXISTS reports_plan_frozen(bigint);
DROP FUNCTION IF EXISTS reports_document_frozen(bigint);
DROP FUNCTION IF EXISTS reports_period_frozen(bigint);
DROP FUNCTION IF EXISTS finsam_purging();
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
    dependencies = [
        ("reports", "0003_document_status_only"),
        ("finsam", "0002_history_and_versions"),
    ]

    operations = [migrations.RunPython(forward, backward)]
