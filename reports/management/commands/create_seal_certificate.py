from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reports.seal import SEAL_PASSWORD_ENV, SEAL_PATH_ENV, self_signed_pkcs12


class Command(BaseCommand):
    help = (
        "Skapar ett självsignerat sigillcertifikat (PKCS#12) för demo och test. I produktion "
        "används ett certifikat från en utfärdare."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="Sökväg till .p12-filen.")
        parser.add_argument("--password", required=True)
        parser.add_argument("--name", default="Finsam Rapport (demo)")
        parser.add_argument(
            "--keep", action="store_true", help="Behåll en befintlig fil i stället för att skapa."
        )

    def handle(self, *args, **options):
        path = Path(options["output"])
        if options["keep"] and path.is_file():
            self.stdout.write(f"Sigillcertifikatet finns redan: {path}")
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(self_signed_pkcs12(options["name"], options["password"]))
            path.chmod(0o600)
        except OSError as error:
            raise CommandError(f"Kunde inte skriva {path}: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Sigillcertifikat skapat: {path}"))
        self.stdout.write(f"Sätt {SEAL_PATH_ENV}={path} och {SEAL_PASSWORD_ENV}=<lösenordet>.")
