from pathlib import Path

from django.core.management.base import BaseCommand

from workspace import demo_files


class Command(BaseCommand):
    help = (
        "Skriver demoförbunden i databasen till demofilerna (demo/<förbund>.json, "
        "exportformatet i docs/data-format.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--folder", type=Path, default=None, help="Annan mapp än demo/ (t.ex. för jämförelse)"
        )

    def handle(self, *args, folder=None, **options):
        for path in demo_files.write(folder):
            self.stdout.write(f"Skrev {path}")
