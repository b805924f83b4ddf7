import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from finsam.transfer import ImportRejected, import_forbund


class Command(BaseCommand):
    help = "Importerar ett förbund från en JSON-export. Allt eller inget."

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON-filen från export_forbund")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Ersätt ett förbund med samma kortnamn om det redan finns",
        )

    def handle(self, *args, file, replace, **options):
        try:
            document = json.loads(Path(file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CommandError(f"Kan inte läsa {file}: {error}") from error
        try:
            forbund = import_forbund(document, replace=replace)
        except ImportRejected as rejected:
            raise CommandError(f"Importen avbröts, inget sparades. {rejected.message}") from None
        self.stdout.write(self.style.SUCCESS(f"Importerade {forbund} ({forbund.slug})."))
