"""The purge switch cannot be reached by ordinary SQL (see ``finsam.purge``).

Replaces the freeze triggers of ``0004_freeze_triggers``: the setting ``finsam.purge`` no longer
lifts anything. Instead ``finsam_begin_purge(forbund_id)`` (``SECURITY DEFINER``, the only way to
write ``finsam_purge_grant``) records the current transaction and one förbund; the triggers then
allow only DELETE of that förbund's frozen rows, and a deferred constraint trigger refuses the
commit unless that förbund's row is gone by then. An approved report's rows can therefore never be
updated or inserted into, by any session; they can only disappear together with their whole
förbund (replace on import). The approved version's snapshot and its hash are protected like its
PDF.
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
PURGE_MESSAGE = (
    "Frysningen av godkända rapporter hävs bara när ett helt förbund tas bort; förbundet finns "
    "kvar, så ändringen sparas inte."
)

FORWARD = f"""
CREATE TABLE IF NOT EXISTS finsam_purge_grant (
    txid bigint NOT NULL,
    forbund_id bigint NOT NULL,
    PRIMARY KEY (txid, forbund_id)
);
REVOKE ALL ON finsam_purge_grant FROM PUBLIC;

CREATE OR REPLACE FUNCTION finsam_begin_purge(p_forbund bigint) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    INSERT INTO finsam_purge_grant (txid, forbund_id) VALUES (txid_current(), p_forbund)
    ON CONFLICT DO NOTHING
$$;
REVOKE ALL ON FUNCTION finsam_begin_purge(bigint) FROM PUBLIC;

-- The old switch: a plain setting any session could flip. It lifts nothing any more.
CREATE OR REPLACE FUNCTION finsam_purging() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT false
$$;

CREATE OR REPLACE FUNCTION finsam_purge_allows(p_op text, p_fiscal_year bigint)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT p_op = 'DELETE' AND EXISTS (
        SELECT 1 FROM finsam_purge_grant g
        JOIN finsam_fiscalyear y ON y.forbund_id = g.forbund_id
        WHERE g.txid = txid_current() AND y.id = p_fiscal_year
    )
$$;

CREATE OR REPLACE FUNCTION finsam_purge_completed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM finsam_forbund WHERE id = NEW.forbund_id) THEN
        RAISE EXCEPTION '{PURGE_MESSAGE}' USING ERRCODE = 'raise_exception';
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS finsam_purge_grant_completed ON finsam_purge_grant;
CREATE CONSTRAINT TRIGGER finsam_purge_grant_completed
    AFTER INSERT ON finsam_purge_grant DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION finsam_purge_completed();

CREATE OR REPLACE FUNCTION reports_period_year(p_period bigint) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT fiscal_year_id FROM reports_reportperiod WHERE id = p_period
$$;

CREATE OR REPLACE FUNCTION reports_document_year(p_document bigint) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT fiscal_year_id FROM reports_reportdocument WHERE id = p_document
$$;

CREATE OR REPLACE FUNCTION reports_freeze_period_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND finsam_purge_allows(TG_OP, reports_period_year(OLD.period_id)) THEN
        RETURN OLD;
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
    IF TG_OP = 'DELETE'
       AND finsam_purge_allows(TG_OP, reports_document_year(OLD.document_id)) THEN
        RETURN OLD;
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
    IF NOT reports_period_frozen(OLD.id)
       OR (TG_OP = 'DELETE' AND finsam_purge_allows(TG_OP, OLD.fiscal_year_id)) THEN
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
    IF TG_OP = 'DELETE' AND finsam_purge_allows(TG_OP, OLD.fiscal_year_id) THEN
        RETURN OLD;
    END IF;
    IF (TG_OP <> 'INSERT' AND OLD.kind = 'budget' AND reports_plan_frozen(OLD.fiscal_year_id))
       OR (TG_OP <> 'DELETE' AND NEW.kind = 'budget'
           AND reports_plan_frozen(NEW.fiscal_year_id)) THEN
        RAISE EXCEPTION '{BUDGET_MESSAGE}' USING ERRCODE = 'raise_exception',
            DETAIL = TG_TABLE_NAME || ' ' || TG_OP;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE OR REPLACE FUNCTION reports_freeze_budget_line() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND finsam_purge_allows(
        TG_OP, (SELECT fiscal_year_id FROM finsam_budget WHERE id = OLD.budget_id)) THEN
        RETURN OLD;
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
    IF TG_OP = 'DELETE'
       AND finsam_purge_allows(TG_OP, reports_document_year(OLD.document_id)) THEN
        RETURN OLD;
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
       OR NEW.pages IS DISTINCT FROM OLD.pages
       OR NEW.snapshot IS DISTINCT FROM OLD.snapshot
       OR NEW.snapshot_sha256 IS DISTINCT FROM OLD.snapshot_sha256 THEN
        RAISE EXCEPTION '{VERSION_MESSAGE}' USING ERRCODE = 'raise_exception',
            DETAIL = TG_TABLE_NAME || ' ' || TG_OP;
    END IF;
    RETURN NEW;
END $$;
"""

# Back to the triggers of 0004 (whose functions are replaced above): re-run its SQL.
BACKWARD_EXTRA = """
DROP TRIGGER IF EXISTS finsam_purge_grant_completed ON finsam_purge_grant;
DROP FUNCTION IF EXISTS finsam_purge_completed();
DROP FUNCTION IF EXISTS finsam_purge_allows(text, bigint);
DROP FUNCTION IF EXISTS finsam_begin_purge(bigint);
DROP FUNCTION IF EXISTS reports_period_year(bigint);
DROP FUNCTION IF EXISTS reports_document_year(bigint);
DROP TABLE IF EXISTS finsam_purge_grant;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    import importlib

    previous = importlib.import_module("reports.migrations.0004_freeze_triggers")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(previous.BACKWARD)
        cursor.execute(BACKWARD_EXTRA)
        cursor.execute(previous.FORWARD)


class Migration(migrations.Migration):
    dependencies = [("reports", "0006_approved_version_snapshot")]

    operations = [migrations.RunPython(forward, backward)]
