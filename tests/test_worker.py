"""A real task worker (``manage.py db_worker``, the django-tasks database backend) renders a
draft that the page showed as queued, and carries out an approval until its PDF is stored."""

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from performance.models import ApprovalJob, RenderStatus
from reports import services
from reports.models import DocumentStatus
from tests.approvals import submit
from tests.conftest import demo_forbund
from tests.pdf.pdftext import pages_text
from tests.test_background_rendering import decision

ROOT = Path(__file__).resolve().parent.parent
WAIT_SECONDS = 240


def url_of_the_test_database() -> str:
    config = settings.DATABASES["default"]
    password = f":{config['PASSWORD']}" if config["PASSWORD"] else ""
    host, port = config["HOST"] or "localhost", config["PORT"] or 5432
    return f"postgres://{config['USER']}{password}@{host}:{port}/{config['NAME']}"


@pytest.fixture
def worker(settings, tmp_path):
    """The database backend in this process and one worker process on the test database, set
    up as in production: without DEBUG, so with the static files' manifest, which collectstatic
    writes first (scripts/start-worker.sh does the same; without it the snapshot's
    ``{% static %}`` fails with "Missing staticfiles manifest entry")."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.pop("TASKS_IMMEDIATE", None)
    env.update(
        DATABASE_URL=url_of_the_test_database(),
        SECRET_KEY="worker",
        DEBUG="0",
        HTTPS="0",
        STATIC_ROOT=str(tmp_path / "static"),
    )
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    process = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--no-startup-delay",
            "--no-reload",
            "--interval",
            "0.2",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def until(condition, what: str, process):
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        assert process.poll() is None, process.stdout.read().decode()
        time.sleep(0.3)
    raise AssertionError(f"{what}: not within {WAIT_SECONDS} s")


def login(role: str) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(username=f"finnveden-{role}"))
    return client


@pytest.mark.django_db(transaction=True)
def test_a_worker_renders_the_queued_draft_and_completes_an_approval(worker):
    forbund = demo_forbund()["finnveden"]
    plan = services.plan_document(forbund, 2020)
    base = f"/f/finnveden/dokument/{plan.pk}/"
    revisor = login("revisor")

    assert revisor.post(base + "utkast.pdf").status_code == 302  # queued, not waited for
    queued = revisor.get(base + "utkast.pdf")
    assert queued.status_code == 202  # a page with the progress
    assert 'data-draft-status="queued"' in queued.content.decode()
    until(
        lambda: (
            'data-draft-status="ready"' in revisor.get(base + "utkast/status/").content.decode()
        ),
        "draft ready",
        worker,
    )
    ready = revisor.get(base + "utkast.pdf")
    assert ready.status_code == 200
    assert "UTKAST" in " ".join(pages_text(ready.content))

    submit(plan)
    plan.refresh_from_db()
    response = login("styrelse").post(base + "godkann/", decision(plan))
    assert response.status_code == 302
    job = ApprovalJob.objects.get(document=plan)
    assert job.status in (RenderStatus.QUEUED, RenderStatus.RUNNING, RenderStatus.READY)

    def finished():
        job.refresh_from_db()
        return job.status not in (RenderStatus.QUEUED, RenderStatus.RUNNING)

    until(finished, "approval complete", worker)
    assert (job.status, job.version_number, job.error) == (RenderStatus.READY, 1, "")
    plan.refresh_from_db()
    assert plan.status == DocumentStatus.GODKAND
    version = plan.approved_versions.get()
    stored = bytes(version.pdf)
    assert stored.startswith(b"%PDF")
    assert hashlib.sha256(stored).hexdigest() == version.sha256
    assert "UTKAST" not in " ".join(pages_text(stored))
