from django.core.management.base import BaseCommand, CommandError

from finsam import ownership
from finsam.models import Forbund
from finsam.transfer import export_forbund


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
        self.stdout.write(self.style.SUCCESS(f"{len(forbund_list)} förbund lästa och exporterade."))
