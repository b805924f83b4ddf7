"""Pages of this app under /f/<förbund>/; every view uses finsam.permissions' scoped mixins."""

from django.urls import path

from interventions import views, views_import, views_settings

urlpatterns = [
    path("insatser/", views.InsatsListView.as_view(), name="insats-list"),
    path("insatser/ny/", views.InsatsCreateView.as_view(), name="insats-create"),
    path("insatser/<int:pk>/", views.InsatsDetailView.as_view(), name="insats-detail"),
    path("insatser/<int:pk>/andra/", views.InsatsUpdateView.as_view(), name="insats-edit"),
    path("insatser/<int:pk>/ta-bort/", views.InsatsDeleteView.as_view(), name="insats-delete"),
    path(
        "insatser/<int:pk>/ekonomi/<int:year>/",
        views.FinancingEditView.as_view(),
        name="insats-financing-edit",
    ),
    path(
        "insatser/<int:pk>/deltagare/ny/",
        views.OutcomeFormView.as_view(),
        name="insats-outcome-create",
    ),
    path(
        "insatser/<int:pk>/deltagare/validera/",
        views.OutcomeValidateView.as_view(),
        name="insats-outcome-validate",
    ),
    path(
        "insatser/<int:pk>/deltagare/<int:outcome>/",
        views.OutcomeFormView.as_view(),
        name="insats-outcome-edit",
    ),
    path(
        "insatser/<int:pk>/deltagare/<int:outcome>/ta-bort/",
        views.OutcomeDeleteView.as_view(),
        name="insats-outcome-delete",
    ),
    path("insatser/deltagare/", views.ParticipantsView.as_view(), name="insats-participants"),
    path(
        "insatser/deltagare/import/",
        views_import.ParticipantImportView.as_view(),
        name="insats-participant-import",
    ),
    path(
        "insatser/deltagare/export/",
        views_import.ParticipantExportView.as_view(),
        name="insats-participant-export",
    ),
    path(
        "insatser/deltagare/socioekonomi/<int:year>/",
        views.SocioeconomicEditView.as_view(),
        name="insats-socioeconomic-edit",
    ),
    path("insatser/mal/", views.GoalListView.as_view(), name="insats-goal-list"),
    path("insatser/mal/nytt/", views.GoalCreateView.as_view(), name="insats-goal-create"),
    path("insatser/mal/<int:pk>/", views.GoalUpdateView.as_view(), name="insats-goal-edit"),
    path(
        "insatser/mal/<int:pk>/ta-bort/",
        views.GoalDeleteView.as_view(),
        name="insats-goal-delete",
    ),
    path("insatser/indikatorer/", views.IndicatorListView.as_view(), name="indicator-list"),
    path(
        "insatser/indikatorer/nytt/", views.IndicatorCreateView.as_view(), name="indicator-create"
    ),
    path(
        "insatser/indikatorer/import/",
        views.IndicatorImportView.as_view(),
        name="indicator-import",
    ),
    path(
        "insatser/indikatorer/export/",
        views.IndicatorExportView.as_view(),
        name="indicator-export",
    ),
    path(
        "insatser/indikatorer/<int:pk>/",
        views.IndicatorUpdateView.as_view(),
        name="indicator-edit",
    ),
    path(
        "insatser/indikatorer/<int:pk>/ta-bort/",
        views.IndicatorDeleteView.as_view(),
        name="indicator-delete",
    ),
    path("insatser/kontroller/", views.CheckListView.as_view(), name="insats-check-list"),
    path(
        "insatser/avslutsorsaker/",
        views_settings.ExitCategoryListView.as_view(),
        name="exit-category-list",
    ),
    path(
        "insatser/avslutsorsaker/ny/",
        views_settings.ExitCategoryCreateView.as_view(),
        name="exit-category-create",
    ),
    path(
        "insatser/avslutsorsaker/<int:pk>/",
        views_settings.ExitCategoryUpdateView.as_view(),
        name="exit-category-edit",
    ),
    path(
        "insatser/avslutsorsaker/<int:pk>/ta-bort/",
        views_settings.ExitCategoryDeleteView.as_view(),
        name="exit-category-delete",
    ),
    path(
        "insatser/deltagare/unika/",
        views_settings.ParticipantTotalListView.as_view(),
        name="participant-total-list",
    ),
    path(
        "insatser/deltagare/unika/ny/",
        views_settings.ParticipantTotalCreateView.as_view(),
        name="participant-total-create",
    ),
    path(
        "insatser/deltagare/unika/<int:pk>/",
        views_settings.ParticipantTotalUpdateView.as_view(),
        name="participant-total-edit",
    ),
    path(
        "insatser/deltagare/unika/<int:pk>/ta-bort/",
        views_settings.ParticipantTotalDeleteView.as_view(),
        name="participant-total-delete",
    ),
]
