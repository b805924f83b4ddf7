import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from finsam.models import Forbund
from workspace.transfer import export_forbund


class Command(BaseCommand):
    help = "Exporterar allt om ett förbund till en JSON-fil (format: docs/data-format.md)."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="Förbundets kortnamn, t.ex. finnveden")
        parser.add_argument("--output", required=True, help="Filen som skrivs")

    def handle(self, *args, slug, output, **options):
        forbund = Forbund.objects.filter(slug=slug).first()
        if forbund is None:
            raise CommandError(f"Förbundet ”{slug}” finns inte.")
        document = export_forbund(forbund)
        text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True)
        Path(output).write_text(text + "\n", encoding="utf-8")
        rows = sum(len(section["rows"]) for section in document["objects"])
        message = f"Exporterade {forbund} ({rows} rader) till {output}."
        self.stdout.write(self.style.SUCCESS(message))
