from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    """Above every other app of the project (see ``workspace/__init__.py``)."""

    name = "workspace"
    verbose_name = "Arbetsyta"

    def ready(self) -> None:
        from performance import memo

        # The start page is computed once per data version of the förbund, like the statements.
        memo.cache_functions(
            "workspace.dashboard", ["year_overview", "default_year", "available_years"]
        )
