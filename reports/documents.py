"""The documents the board approves, as HTML (browser preview) and PDF: the single entry point.

Everything a document shows comes from the computing modules (``reports.statements``,
``finsam.selectors``, ``interventions.selectors``, ``reports.texts``); this module only gathers
it into one template context per document kind.
"""

import dataclasses
import datetime

from django.utils import timezone
from django.utils.safestring import SafeString

from finsam import logos
from finsam import selectors as core
from finsam.models import Forbund
from interventions import selectors as insatser
from reports import blocks, chapters, charts, decisions, outline, overview, statements, texts
from reports.decisions import Decision
from reports.insats_report import insats_report_context
from reports.models import DocumentKind, ReportDocument, ReportPeriod
from reports.rendering import RenderedPdf, html_to_pdf, report_html
from reports.verksamhetsplan import TEMPLATE as PLAN_TEMPLATE
from reports.verksamhetsplan import verksamhetsplan_context, year_vision

REPORT_TEMPLATE = "pdf/arsredovisning.html"
MONTH_NAMES = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]
ATTESTATION = (
    "Vi intygar att årsredovisningen ger en rättvisande bild av verksamhetens resultat samt "
    "kostnader, intäkter och förbundets ekonomiska ställning."
)
ATTESTATION_INTERIM = (
    "Vi intygar att delårsrapporten ger en rättvisande bild av verksamhetens resultat samt "
    "kostnader, intäkter och förbundets ekonomiska ställning för perioden."
)


def document_title(document: ReportDocument) -> str:
    """ "Årsredovisning 2020", "Delårsrapport januari–augusti 2018", "Verksamhetsplan 2020 med
    budget"."""
    year = document.fiscal_year.year
    if document.kind == DocumentKind.VERKSAMHETSPLAN:
        return f"Verksamhetsplan {year} med budget"
    if document.kind == DocumentKind.ARSREDOVISNING:
        return f"Årsredovisning {year}"
    period = document.period
    return (
        f"Delårsrapport {MONTH_NAMES[period.start.month - 1]}–"
        f"{MONTH_NAMES[period.end.month - 1]} {period.end.year}"
    )


def _decision(
    document: ReportDocument, decision: Decision | None, approved_on: datetime.date | None
) -> Decision | None:
    """The decision to print; a bare ``approved_on`` date proposes the rest (säte, the board of
    that day) as the approval form would."""
    if decision is None and approved_on is not None:
        return decisions.proposed_decision(document, approved_on)
    return decision


def _branding(forbund: Forbund) -> dict:
    """The cover's logo (a data: URL) and the PDF's accent colour (a data: stylesheet; the
    browser preview keeps the default colours, since its CSP allows only the app's styles)."""
    return {
        "logo_src": logos.data_url(forbund.logo, forbund.logo_type),
        "accent_css": logos.accent_css_url(forbund.accent_colour),
    }


def document_context(
    document: ReportDocument,
    *,
    draft: bool,
    approved_on: datetime.date | None = None,
    decision: Decision | None = None,
) -> dict:
    section_texts = texts.texts_for(document)
    insats_texts = texts.insats_texts_for(document)
    decision = _decision(document, decision, approved_on)
    approved_on = decision.decided_on if decision else None
    if document.kind == DocumentKind.VERKSAMHETSPLAN:
        context = verksamhetsplan_context(
            document.fiscal_year.forbund,
            document.fiscal_year.year,
            draft=draft,
            section_texts=section_texts,
            insats_texts=insats_texts,
            subsections=outline.subsections_for(document),
        )
        context.update(
            texts=section_texts, approved_on=approved_on, decision=decision, document=document
        )
        context.update(_branding(document.fiscal_year.forbund))
        return context
    context = _report_context(document, section_texts, insats_texts, draft, approved_on)
    context["decision"] = decision
    context.update(_branding(document.fiscal_year.forbund))
    context["subsections"] = outline.subsections_for(document)
    context["placed_blocks"] = outline.placed_blocks(context["subsections"])
    if "insatskapitel" in context["placed_blocks"]:
        # The insats chapters print in the outline, so their appendix is left out.
        kept = [b for b in context["bilagor"] if b["anchor"] != "bilaga-2"]
        for number, bilaga in enumerate(kept, start=1):
            bilaga["number"] = number
        context.update(
            bilagor=kept,
            bilaga={b["anchor"]: b for b in kept},
            bilagor_sentence=bilagor_sentence(len(kept)),
        )
    context["bidrag"] = blocks.bidrag_table(document.period)
    context["chapters"] = chapters.report_chapters(
        document.period, context["noter"], context["subsections"]
    )
    if decision is not None:
        context["signatories"] = decision.signatories
    context["foreword_signatory"] = _foreword_signatory(
        document, section_texts.get("ordforande"), decision
    )
    return context


def _foreword_signatory(document: ReportDocument, text, decision: Decision | None):
    """Who signs "Ordföranden har ordet": the ordförande among the decision's signatories (else
    the one sitting on the decision day, or today for a draft); nobody when the text already
    ends with a name of its own or there is no text."""
    if not text:
        return None
    forbund = document.fiscal_year.forbund
    signatory = decision.ordforande if decision else None
    if signatory is None:
        day = decision.decided_on if decision else max(document.period.end, timezone.localdate())
        signatory = next(
            (s for s in decisions.default_signatories(forbund, day) if s.role == "Ordförande"),
            None,
        )
    if signatory is None or signatory.name in str(text):
        return None
    return signatory


def bilagor(plan_goals: list, insats_chapters: list, year: int) -> list[dict]:
    """The appendices that have something to show, numbered in order: the one list the table of
    contents, the headings and the sentence "Till redovisningen hör N bilagor" come from."""
    found = []
    if plan_goals:
        found.append({"anchor": "bilaga-1", "title": "Måluppfyllelse"})
    if insats_chapters:
        found.append({"anchor": "bilaga-2", "title": f"Individinriktade insatser {year}"})
    for number, bilaga in enumerate(found, start=1):
        bilaga["number"] = number
    return found


def bilagor_sentence(count: int) -> str:
    if count == 0:
        return ""
    if count == 1:
        return "Till redovisningen hör en bilaga."
    return f"Till redovisningen hör {count} bilagor."


def _report_context(
    document: ReportDocument,
    section_texts: dict[str, SafeString],
    insats_texts: dict[int, SafeString],
    draft: bool,
    approved_on: datetime.date | None,
) -> dict:
    period: ReportPeriod = document.period
    forbund: Forbund = period.forbund
    year = period.year
    full_year = period.is_full_year
    until = None if full_year else period.end
    participants = insatser.participant_table(forbund, year, until)
    five_years = statements.five_year_overview(forbund, year)
    plan_goals = insatser.plan_goals(forbund, year)
    # Those who sit on the board when it decides sign; a draft shows who would sign today.
    signing_day = approved_on or max(period.end, timezone.localdate())
    insats_context = insats_report_context(forbund, year, until, participants, insats_texts)
    appendices = bilagor(
        plan_goals, insats_context["insatser"] or insats_context["structural_bilaga"], year
    )
    return {
        "document": document,
        "document_title": document_title(document),
        "forbund": forbund,
        "period": period,
        "year": year,
        "full_year": full_year,
        "draft": draft,
        "approved_on": approved_on,
        "texts": section_texts,
        "vision": year_vision(forbund, year),
        "member_names": core.member_names(forbund),
        "board": core.board_table(forbund, year),
        "signatories": decisions.default_signatories(forbund, signing_day),
        "attestation": ATTESTATION if full_year else ATTESTATION_INTERIM,
        "participants": participants,
        "participants_chart": charts.participants_by_gender(participants),
        "exits_chart": charts.exit_reasons(participants),
        "five_years": five_years,
        "five_years_chart": charts.five_year_result(five_years) if full_year else None,
        "socioeconomic": insatser.socioeconomic_effect(forbund, year) if full_year else None,
        "plan_goals": plan_goals,
        "goal_summary": insatser.goal_summary_sentence(insatser.goal_counts(plan_goals), year),
        "resultatrakning": statements.resultatrakning(period),
        "balansrakning": statements.balansrakning(period),
        "kassaflodesanalys": statements.kassaflodesanalys(period),
        "driftredovisning": statements.driftredovisning(period),
        "noter": _notes_with_own_principles(statements.noter(period), section_texts),
        "balanskrav": statements.balanskravsutredning(period),
        "prognos": None if full_year else statements.helarsprognos(period),
        "period_overview": None if full_year else overview.shown_period_overview(period),
        **insats_context,
        "bilagor": appendices,
        "bilaga": {bilaga["anchor"]: bilaga for bilaga in appendices},
        "bilagor_sentence": bilagor_sentence(len(appendices)),
    }


def _notes_with_own_principles(notes: list, section_texts: dict) -> list:
    """The note Redovisningsprinciper prints the document's own text (section 6), so that the
    two never disagree; the standard text only when the document has none."""
    own = section_texts.get("redovisningsprinciper")
    if not own:
        return notes
    return [dataclasses.replace(n, html=own) if n.key == "principer" else n for n in notes]


def _template(document: ReportDocument) -> str:
    if document.kind == DocumentKind.VERKSAMHETSPLAN:
        return PLAN_TEMPLATE
    return REPORT_TEMPLATE


def document_html(
    document: ReportDocument,
    *,
    draft: bool = True,
    preview: bool = False,
    approved_on: datetime.date | None = None,
    decision: Decision | None = None,
) -> str:
    context = document_context(document, draft=draft, approved_on=approved_on, decision=decision)
    return report_html(_template(document), context, preview=preview)


def render_document(
    document: ReportDocument,
    *,
    draft: bool = True,
    approved_on: datetime.date | None = None,
    decision: Decision | None = None,
) -> RenderedPdf:
    """The document as PDF; the final (not draft) PDF embeds its figures as associated files
    (``reports.embedded_data``)."""
    from reports.embedded_data import weasyprint_attachments

    final_date = decision.decided_on if decision else approved_on
    attachments = () if draft else weasyprint_attachments(document, final_date)
    return html_to_pdf(
        document_html(document, draft=draft, approved_on=approved_on, decision=decision),
        attachments=attachments,
    )


def benchmark_documents() -> dict[str, str]:
    """Name → HTML of the demo förbund's Årsredovisningar and Delårsrapporter."""
    documents = ReportDocument.objects.exclude(kind=DocumentKind.VERKSAMHETSPLAN).select_related(
        "fiscal_year__forbund", "period"
    )
    return {
        f"{document_title(document).lower()} {document.fiscal_year.forbund.slug}": document_html(
            document
        )
        for document in documents
    }
