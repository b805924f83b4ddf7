from django.apps import AppConfig


class SieConfig(AppConfig):
    name = "sie"
    verbose_name = "Bokföringen (SIE)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from finsam import ownership
        from sie.models import AccountMapping, SieImport

        ownership.register(AccountMapping, "forbund")
        ownership.register(SieImport, "forbund")
