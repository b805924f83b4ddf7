"""Read a SIE file and print its validation log.

    python manage.py check_sie FILE

Exit status 0: the file is readable (warnings allowed); 1: it is rejected (or cannot be opened).
"""

import sys

from django.core.management.base import BaseCommand

from sie import reader
from sie.report import summary_lines


class Command(BaseCommand):
    help = "Kontrollerar en SIE-fil och skriver ut fel och varningar med radnummer."

    def add_arguments(self, parser):
        parser.add_argument("file", help="SIE-filen (typ 1–4, .SE eller .SI).")

    def handle(self, *args, file, **options):
        sie = reader.read(file)
        for line in summary_lines(sie):
            self.stdout.write(line)
        if not sie.ok:
            self.stdout.write("Filen avvisas.")
            sys.exit(1)
        self.stdout.write("Filen kan läsas.")
