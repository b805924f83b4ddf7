"""Approving a demo document the way its förbund's users do: the sekreterare submits, the board
approves (a real render of the final PDF)."""

import dataclasses
import datetime

from django.contrib.auth import get_user_model

from reports import approval, decisions
from reports.models import ApprovedVersion, ReportDocument


def demo_user(document: ReportDocument, role: str):
    slug = document.fiscal_year.forbund.slug
    return get_user_model().objects.get(username=f"{slug}-{role}")


def write_statutory_texts(document: ReportDocument) -> None:
    """The completeness gate refuses a document with an empty statutory section: the demo
    documents without the seeds' texts (finnveden 2019, insjöriket 2018) get a short one."""
    from reports import texts
    from reports.models import ReportText

    for section in texts.sections_for(document.kind):
        if not texts.is_statutory(section, document.kind):
            continue
        text = ReportText.objects.filter(document=document, section=section.key).first()
        if text is None or not text.body.strip():
            texts.report_text_save(
                document=document,
                section=section.key,
                body=f"{section.title}: styrelsens text.",
                seen_version=text.version if text else None,
            )


def submit(document: ReportDocument) -> None:
    write_statutory_texts(document)
    document.refresh_from_db()
    approval.document_submit(
        document=document, user=demo_user(document, "sekreterare"), seen_version=document.version
    )


def a_decision(document: ReportDocument, **changes) -> decisions.Decision:
    """A decision on the day the period ends (the plan: 1 January of its year), § 1, at the
    förbund's säte, with the board sitting that day."""
    if document.period_id:
        day = document.period.end
    else:
        day = datetime.date(document.fiscal_year.year, 1, 1)
    decision = dataclasses.replace(
        decisions.proposed_decision(document, day), paragraph="1", place="Orten"
    )
    if document.fiscal_year.forbund.sate:
        decision = dataclasses.replace(decision, place=document.fiscal_year.forbund.sate)
    if not decision.signatories:
        # No board member of the demo data sits that day (e.g. Södra Vätterbygden in 2020).
        decision = dataclasses.replace(
            decision, signatories=(decisions.Signatory("Styrelsens ordförande", "Ordförande"),)
        )
    return dataclasses.replace(decision, **changes)


def approve(document: ReportDocument, decision=None) -> ApprovedVersion:
    submit(document)
    document.refresh_from_db()
    return approval.document_approve(
        document=document,
        user=demo_user(document, "styrelse"),
        seen_version=document.version,
        decision=decision or a_decision(document),
    )
