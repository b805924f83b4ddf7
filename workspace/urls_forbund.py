"""Pages of one förbund that span the apps: the start page and "Nytt år"."""

from django.urls import path

from workspace.views import start_page, year_setup

urlpatterns = [
    path("", start_page.ForbundHomeView.as_view(), name="forbund-home"),
    path("nytt-ar/", year_setup.YearSetupView.as_view(), name="year-setup"),
]
