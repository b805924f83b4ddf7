from django.apps import AppConfig


class PerformanceConfig(AppConfig):
    """Above finsam, interventions and reports: the data version of each förbund, the cache of
    computed statements and checks keyed on it, and background PDF rendering."""

    name = "performance"
    verbose_name = "Prestanda"

    def ready(self) -> None:
        from performance import memo, versions

        versions.connect_signals()
        memo.install()
