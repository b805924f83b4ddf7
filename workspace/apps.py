from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    """Above every other app of the project (see ``workspace/__init__.py``)."""

    name = "workspace"
    verbose_name = "Arbetsyta"

    def ready(self) -> None:
        from performance import memo

        # The start page and the year set-up are cached per data version, like the statements.
        memo.cache_functions(
            "workspace.dashboard", ["year_overview", "default_year", "available_years"]
        )
        memo.cache_functions("workspace.year_setup", ["default_year", "year_setup_preview"])
