"""Pages of this app under /f/<förbund>/; every view uses finsam.permissions' scoped mixins."""

from django.urls import path

from interventions import views

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
]
