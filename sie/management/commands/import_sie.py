"""Fill a year's Årsredovisning (or, with --through, its Delårsrapport) from a SIE file.

    python manage.py import_sie FILE --forbund SLUG --year YYYY [--through YYYY-MM-DD]
        [--mapping FILE.csv] [--dry-run]

Prints the reconciliation (each report line, the accounts it comes from, the difference against
the figures entered). ``--mapping`` first replaces the förbund's account mapping with the CSV
(``konto;rad;medlem;insats``, docs/sie.md); with ``--dry-run`` nothing is saved, not even the
mapping. Unmapped accounts with a balance, a rejected file or an approved report stop the import.
"""

import datetime
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from finsam.models import Forbund
from reports import freeze
from sie import importing, reader
from sie import mapping as sie_mapping
from sie.reconciliation import reconciliation_lines
from sie.report import summary_lines


class DryRun(Exception):
    pass


class Command(BaseCommand):
    help = "Fyller årsredovisningen (eller delårsrapporten) från en SIE-fil."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--forbund", required=True, help="Förbundets kortnamn (slug).")
        parser.add_argument("--year", required=True, help="Året, t.ex. 2024.")
        parser.add_argument("--through", help="Delårsrapportens sista dag, ÅÅÅÅ-MM-DD.")
        parser.add_argument("--mapping", help="Kontokoppling som CSV (konto;rad;medlem;insats).")
        parser.add_argument("--dry-run", action="store_true", help="Visa bara avstämningen.")

    def handle(
        self, *args, file, forbund, year, through=None, mapping=None, dry_run=False, **options
    ):
        target = Forbund.objects.filter(slug=forbund).first()
        if target is None:
            raise CommandError(f"Förbundet ”{forbund}” finns inte.")
        if not (year.isdigit() and len(year) == 4):
            raise CommandError(f"Året ska vara ett årtal, t.ex. 2024 (inte ”{year}”).")
        through_date = None
        if through:
            try:
                through_date = datetime.date.fromisoformat(through)
            except ValueError:
                raise CommandError(
                    f"--through ska skrivas ÅÅÅÅ-MM-DD, t.ex. {year}-08-31 (inte ”{through}”)."
                ) from None
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Filen {file} kan inte läsas: {error.strerror}.") from None
        sie = reader.read(data, name=path.name)
        rules = None
        if mapping:
            try:
                text = Path(mapping).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"Kopplingsfilen {mapping} kan inte läsas ({error}).") from None
            try:
                rules = sie_mapping.parse_csv(text, {m.name for m in target.members.all()})
            except sie_mapping.MappingError as error:
                raise CommandError("\n".join(error.messages)) from None
        plan = importing.plan_import(
            forbund=target,
            sie=sie,
            data_sha256=importing.sha256_of(data),
            file_name=path.name,
            year=int(year),
            through=through_date,
            rules=rules,
        )
        if not sie.ok:
            for line in summary_lines(sie):
                self.stdout.write(line)
        for line in reconciliation_lines(plan):
            self.stdout.write(line)
        if not plan.ok:
            for message in plan.blocking:
                self.stderr.write(message)
            sys.exit(1)
        if dry_run:
            self.stdout.write("Provkörning: inget sparades.")
            return
        try:
            with transaction.atomic():
                if rules is not None:
                    sie_mapping.save_rules(target, rules)
                record = importing.apply_import(plan)
        except importing.ImportBlocked as error:
            raise CommandError("\n".join(error.messages)) from None
        except freeze.ReportFrozen:
            raise CommandError("Rapporten är godkänd och kan inte ändras.") from None
        self.stdout.write(f"Importerat till {record.period}. {record}")
