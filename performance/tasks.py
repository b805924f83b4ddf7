"""Background tasks (django-tasks; the database backend's worker: ``manage.py db_worker``)."""

from django_tasks import task

from performance import approvals, drafts


@task()
def render_draft(document_id: int) -> int | None:
    draft = drafts.render_draft_now(document_id)
    return draft.pk if draft else None


@task()
def approve_document(job_id: int) -> int | None:
    return approvals.run_approval(job_id)
