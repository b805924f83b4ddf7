"""Export and import of a förbund: round trip through a fresh database, scoping, rejection."""

import copy
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from finsam import ownership
from finsam.models import Forbund, Member
from tests import empty_database
from tests.pdf.pdftext import pages_text
from tests.scoping import database_snapshot
from workspace.transfer import (
    NOT_A_DOCUMENT,
    SLUG_EXISTS,
    ImportRejected,
    delete_forbund,
    export_forbund,
    import_forbund,
)

ROOT = Path(__file__).resolve().parent.parent


def test_every_model_of_the_project_belongs_to_a_forbund():
    unregistered = [
        model._meta.label
        for app in ("finsam", "reports", "interventions")
        for model in apps.get_app_config(app).get_models()
        if not model._meta.object_name.startswith("Historical")
        and model not in ownership.owned_models()
    ]
    assert unregistered == []


@pytest.mark.django_db
def test_export_contains_nothing_of_another_forbund(demo_data):
    text = json.dumps(export_forbund(demo_data["finnveden"]), ensure_ascii=False)
    for foreign in ["Jönköpings kommun", "Habo kommun", "Mölndals stad", "Klas Rydell, ordf"]:
        assert foreign not in text
    assert "sodra-vatterbygden" not in text
    assert "Gnosjö kommun" in text


def _database_url(name: str) -> str:
    config, params = settings.DATABASES["default"], empty_database.server_params()
    password = f":{config['PASSWORD']}" if config["PASSWORD"] else ""
    return f"postgres://{config['USER']}{password}@{params['host']}:{params['port']}/{name}"


@pytest.fixture(scope="session")
def migrated_template(django_db_setup):
    """An empty, migrated database to copy: the test database as migrated, before the demo was
    loaded (``tests/empty_database.py``)."""
    name = empty_database.name()
    if name is None:
        pytest.skip("needs PostgreSQL (the fresh database is a copy of a template)")
    return name


@pytest.fixture
def fresh_database(migrated_template):
    """An empty, migrated PostgreSQL database beside the test database."""
    name = empty_database.copy_of(migrated_template, "finsam_fresh")
    try:
        yield _database_url(name)
    finally:
        empty_database.drop_database(name)


def manage(database_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(DATABASE_URL=database_url, SECRET_KEY="transfer-test", DEBUG="0", HTTPS="0")
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def export_after_import(database_url: str, document: dict, source: Path) -> dict:
    """Import the export document into the (fresh) database and export the förbund again."""
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    again = source.with_name("again.json")
    for command in (
        ["import_forbund", str(source)],
        ["export_forbund", document["forbund"], "--output", str(again)],
    ):
        result = manage(database_url, *command)
        assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(again.read_text(encoding="utf-8"))


RENDERED_AFTER_IMPORT = [("verksamhetsplan", 2020), ("arsredovisning", 2024)]


@pytest.mark.django_db
def test_round_trip_through_a_fresh_database_gives_identical_json(
    demo_data, fresh_database, tmp_path
):
    original = export_forbund(demo_data["sodra-vatterbygden"])
    source = tmp_path / "export.json"
    assert export_after_import(fresh_database, original, source) == original

    # The imported förbund's reports read exactly like the originals.
    for kind, year in RENDERED_AFTER_IMPORT:
        arguments = ["--forbund", "sodra-vatterbygden", "--year", str(year), "--kind", kind]
        here, there = tmp_path / f"here-{kind}.pdf", tmp_path / f"there-{kind}.pdf"
        call_command("render_report", *arguments, "--output", str(here), stdout=io.StringIO())
        result = manage(fresh_database, "render_report", *arguments, "--output", str(there))
        assert result.returncode == 0, result.stdout + result.stderr
        original_text = pages_text(here.read_bytes())
        assert len(original_text) > 2 and pages_text(there.read_bytes()) == original_text

    refused = manage(fresh_database, "import_forbund", str(source))
    assert refused.returncode != 0
    assert SLUG_EXISTS.format(slug="sodra-vatterbygden") in refused.stderr


@pytest.mark.django_db
def test_import_replaces_only_when_told(demo_data):
    document = export_forbund(demo_data["finnveden"])
    with pytest.raises(ImportRejected) as refused:
        import_forbund(document)
    assert refused.value.message == SLUG_EXISTS.format(slug="finnveden")
    member = Member.objects.get(forbund=demo_data["finnveden"], name="Gnosjö kommun")
    member.name = "Ändrat efter exporten"
    member.save()
    forbund = import_forbund(document, replace=True)
    assert forbund.members.filter(name="Gnosjö kommun").exists()
    assert export_forbund(forbund) == document


@pytest.mark.django_db
def test_a_bad_field_is_named_and_nothing_is_written(demo_data):
    document = export_forbund(demo_data["insjoriket"])
    delete_forbund(Forbund.objects.get(slug="insjoriket"))
    before = database_snapshot()
    members = next(s for s in document["objects"] if s["model"] == "finsam.member")
    members["rows"][3]["fields"]["kind"] = "landsting"
    with pytest.raises(ImportRejected) as rejected:
        import_forbund(document)
    assert rejected.value.message.startswith("finsam.member[3].kind:")
    assert database_snapshot() == before

    with pytest.raises(ImportRejected) as rejected:
        import_forbund({"version": 1})
    assert rejected.value.message == NOT_A_DOCUMENT


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=12,
)


@pytest.mark.django_db
@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=json_values)
def test_random_documents_are_rejected_cleanly(demo_data, document):
    before = database_snapshot()
    with pytest.raises(ImportRejected):
        import_forbund(document)
    assert database_snapshot() == before


@pytest.fixture
def exported_insjoriket(demo_data):
    document = export_forbund(demo_data["insjoriket"])
    delete_forbund(Forbund.objects.get(slug="insjoriket"))
    return document


@pytest.mark.django_db
@hypothesis_settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), value=json_values)
def test_random_field_values_import_or_reject_cleanly(exported_insjoriket, data, value):
    document = copy.deepcopy(exported_insjoriket)
    sections = [s for s in document["objects"] if s["rows"]]
    section = data.draw(st.sampled_from(sections))
    row = data.draw(st.sampled_from(section["rows"]))
    field = data.draw(st.sampled_from(sorted(row["fields"])))
    row["fields"][field] = value
    before = database_snapshot()
    try:
        forbund = import_forbund(document)
    except ImportRejected as rejected:
        assert rejected.message
        assert database_snapshot() == before
    else:
        assert forbund.slug == "insjoriket"
        delete_forbund(forbund)


@pytest.mark.django_db(transaction=True)
def test_restore_drill_restores_a_backup_into_a_scratch_database(tmp_path):
    from workspace import demo

    demo.load()
    config = settings.DATABASES["default"]
    password = f":{config['PASSWORD']}" if config["PASSWORD"] else ""
    server = f"postgres://{config['USER']}{password}@{config['HOST']}:{config['PORT']}"
    dump = tmp_path / "backup.dump"
    subprocess.run(
        ["pg_dump", "-Fc", "-f", str(dump), f"{server}/{config['NAME']}"], check=True, timeout=120
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env["DATABASE_URL"] = f"{server}/{config['NAME']}"
    result = subprocess.run(
        ["bash", "scripts/restore-drill.sh", str(dump)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 förbund lästa och exporterade." in result.stdout
    assert "finnveden:" in result.stdout and "Restore drill passed" in result.stdout
