"""Write a document's PDF: the stored approved version when the document is approved, otherwise
a draft rendered now (with the UTKAST watermark).

    python manage.py render_report --forbund finnveden --year 2020 --kind arsredovisning \\
        --output arsredovisning-2020.pdf [--period-end 2020-08-31]
"""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from finsam.models import Forbund
from reports import approval, services
from reports.models import DocumentKind, ReportDocument

UNKNOWN_FORBUND = "Förbundet ”{slug}” finns inte."
UNKNOWN_KIND = "Okänd dokumenttyp ”{kind}”. Välj en av: {choices}."
BAD_YEAR = "Året ska vara ett årtal, t.ex. 2020 (inte ”{year}”)."
BAD_DATE = "Periodens slut ska skrivas ÅÅÅÅ-MM-DD, t.ex. 2018-08-31 (inte ”{value}”)."
NO_PLAN = "{forbund} har ingen budget för {year}, så det finns ingen verksamhetsplan."
NO_DOCUMENT = "{forbund} har ingen {kind} för {year}."
SEVERAL_PERIODS = (
    "{forbund} har flera delårsrapporter för {year} ({ends}). Välj en med --period-end."
)
WROTE_APPROVED = "Skrev {document}, godkänd version {number} (SHA-256 {sha256}), till {path}."
WROTE_DRAFT = "Skrev {document} som utkast till {path}; dokumentet är inte godkänt."


class Command(BaseCommand):
    help = "Skriver ett dokuments PDF: den godkända versionen, annars ett utkast."

    def add_arguments(self, parser):
        parser.add_argument("--forbund", required=True, help="Förbundets kortnamn (slug).")
        parser.add_argument("--year", required=True, help="Året, t.ex. 2020.")
        parser.add_argument(
            "--kind", required=True, help="arsredovisning, delarsrapport eller verksamhetsplan."
        )
        parser.add_argument("--output", required=True, help="Filen som PDF:en skrivs till.")
        parser.add_argument(
            "--period-end", help="Delårsrapportens sista dag, ÅÅÅÅ-MM-DD, om det finns flera."
        )

    def handle(self, *args, forbund, year, kind, output, period_end=None, **options):
        document = find_document(forbund, year, kind, period_end)
        path = Path(output)
        version = document.version_in_force
        if version is not None:
            path.write_bytes(bytes(version.pdf))
            message = WROTE_APPROVED.format(
                document=document, number=version.number, sha256=version.sha256, path=path
            )
        else:
            path.write_bytes(approval.render_pdf(document, draft=True).pdf)
            message = WROTE_DRAFT.format(document=document, path=path)
        self.stdout.write(message)


def find_document(slug: str, year: str, kind: str, period_end: str | None) -> ReportDocument:
    forbund = Forbund.objects.filter(slug=slug).first()
    if forbund is None:
        raise CommandError(UNKNOWN_FORBUND.format(slug=slug))
    if kind not in DocumentKind.values:
        raise CommandError(UNKNOWN_KIND.format(kind=kind, choices=", ".join(DocumentKind.values)))
    if not year.isdigit() or not 2000 <= int(year) <= 2100:
        raise CommandError(BAD_YEAR.format(year=year))
    year_number = int(year)
    if kind == DocumentKind.VERKSAMHETSPLAN:
        document = services.plan_document(forbund, year_number)
        if document is None:
            raise CommandError(NO_PLAN.format(forbund=forbund, year=year_number))
        return document
    documents = ReportDocument.objects.filter(
        fiscal_year__forbund=forbund, fiscal_year__year=year_number, kind=kind
    ).select_related("period", "fiscal_year__forbund")
    if period_end:
        try:
            end = datetime.date.fromisoformat(period_end)
        except ValueError:
            raise CommandError(BAD_DATE.format(value=period_end)) from None
        documents = documents.filter(period__end=end)
    found = list(documents.order_by("period__end"))
    label = DocumentKind(kind).label.lower()
    if not found:
        raise CommandError(NO_DOCUMENT.format(forbund=forbund, kind=label, year=year_number))
    if len(found) > 1:
        ends = ", ".join(f"{d.period.end:%Y-%m-%d}" for d in found)
        raise CommandError(SEVERAL_PERIODS.format(forbund=forbund, year=year_number, ends=ends))
    return found[0]
