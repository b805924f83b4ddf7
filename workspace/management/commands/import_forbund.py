import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from workspace import transfer
from workspace.transfer import ImportRejected, import_forbund


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
        path = Path(file)
        try:
            size = path.stat().st_size
        except OSError as error:
            raise CommandError(f"Kan inte läsa {file}: {error}") from error
        if size > transfer.MAX_FILE_BYTES:
            raise CommandError(
                "Importen avbröts, inget sparades. "
                + transfer.TOO_LARGE.format(size=size, limit=transfer.MAX_FILE_BYTES)
            )
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CommandError(f"Kan inte läsa {file}: {error}") from error
        except RecursionError:
            raise CommandError(
                "Importen avbröts, inget sparades. "
                + transfer.TOO_DEEP.format(limit=transfer.MAX_DEPTH)
            ) from None
        try:
            forbund = import_forbund(document, replace=replace)
        except ImportRejected as rejected:
            raise CommandError(f"Importen avbröts, inget sparades. {rejected.message}") from None
        self.stdout.write(self.style.SUCCESS(f"Importerade {forbund} ({forbund.slug})."))
