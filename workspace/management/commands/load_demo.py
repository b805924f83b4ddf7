from django.core.management.base import BaseCommand

from workspace import demo


class Command(BaseCommand):
    help = "Läser in demoförbunden från de publicerade rapporterna (kan köras flera gånger)."

    def handle(self, *args, **options):
        loaded = demo.load()
        self.stdout.write(self.style.SUCCESS(f"Demodata inläst: {', '.join(loaded)}."))
        self.stdout.write(f"Demoinloggningar (lösenord för alla: {demo.DEMO_PASSWORD}):")
        for username, slug, role in demo.demo_users():
            self.stdout.write(f"  {username:32} {role:12} {loaded[slug].name}")
