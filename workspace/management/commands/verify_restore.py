from django.core.management.base import BaseCommand, CommandError

from finsam import ownership
from finsam.models import Forbund
from workspace.transfer import INTEGRITY_CHECKS, ImportRejected, export_forbund


class Command(BaseCommand):
    help = "Kontrollerar att varje förbund i databasen kan läsas och exporteras (återläsning)."

    def handle(self, *args, **options):
        forbund_list = list(Forbund.objects.order_by("slug"))
        if not forbund_list:
            raise CommandError("Databasen innehåller inga förbund.")
        for forbund in forbund_list:
            document = export_forbund(forbund)
            rows = sum(len(section["rows"]) for section in document["objects"])
            tables = len(ownership.owned_models())
            self.stdout.write(f"{forbund.slug}: {rows} rader i {tables} tabeller")
            # Every stored PDF against its SHA-256, every snapshot against its hash.
            for check in INTEGRITY_CHECKS:
                try:
                    check(forbund)
                except ImportRejected as failed:
                    raise CommandError(f"{forbund.slug}: {failed.message}") from None
            self.stdout.write(f"{forbund.slug}: godkända versioner och kontrollsummor stämmer")
        self.stdout.write(self.style.SUCCESS(f"{len(forbund_list)} förbund lästa och exporterade."))
