"""Pages of this app under /f/<förbund>/."""

from django.urls import path

from sie import views

urlpatterns = [
    path("bokforing/", views.SieUploadView.as_view(), name="sie-upload"),
    path("bokforing/<str:token>/", views.SiePreviewView.as_view(), name="sie-preview"),
    path("bokforing/<str:token>/koppla/", views.SieMapAccountView.as_view(), name="sie-map"),
    path("bokforing/<str:token>/tillampa/", views.SieApplyView.as_view(), name="sie-apply"),
    path("kontokoppling/", views.MappingView.as_view(), name="sie-mapping"),
    path("kontokoppling.csv", views.MappingCsvView.as_view(), name="sie-mapping-csv"),
]
