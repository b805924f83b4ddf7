"""Pages of one förbund: every URL here is scoped by the förbund slug and the user's role. (The
start page and "Nytt år" span the apps: ``workspace.urls_forbund``.)"""

from django.urls import path

from finsam.views import budget, driftbidrag, help_page, organisation, users

urlpatterns = [
    path("uppgifter/", organisation.ForbundUpdateView.as_view(), name="forbund-edit"),
    path("hjalp/", help_page.HelpView.as_view(), name="forbund-help"),
    path("anvandare/", users.UserListView.as_view(), name="user-list"),
    path("anvandare/bjud-in/", users.UserInviteView.as_view(), name="user-invite"),
    path("anvandare/<int:pk>/ta-bort/", users.UserRemoveView.as_view(), name="user-remove"),
    path("medlemmar/", organisation.MemberListView.as_view(), name="member-list"),
    path("medlemmar/ny/", organisation.MemberCreateView.as_view(), name="member-create"),
    path("medlemmar/<int:pk>/", organisation.MemberUpdateView.as_view(), name="member-edit"),
    path(
        "medlemmar/<int:pk>/ta-bort/",
        organisation.MemberDeleteView.as_view(),
        name="member-delete",
    ),
    path("invanarantal/", organisation.PopulationListView.as_view(), name="population-list"),
    path(
        "invanarantal/nytt/",
        organisation.PopulationCreateView.as_view(),
        name="population-create",
    ),
    path(
        "invanarantal/<int:pk>/",
        organisation.PopulationUpdateView.as_view(),
        name="population-edit",
    ),
    path(
        "invanarantal/<int:pk>/ta-bort/",
        organisation.PopulationDeleteView.as_view(),
        name="population-delete",
    ),
    path("styrelse/", organisation.BoardListView.as_view(), name="board-list"),
    path("styrelse/ny/", organisation.BoardMemberCreateView.as_view(), name="board-member-create"),
    path(
        "styrelse/<int:pk>/",
        organisation.BoardMemberUpdateView.as_view(),
        name="board-member-edit",
    ),
    path(
        "styrelse/<int:pk>/ta-bort/",
        organisation.BoardMemberDeleteView.as_view(),
        name="board-member-delete",
    ),
    path("budget/", budget.BudgetListView.as_view(), name="budget-list"),
    path("budget/ny/", budget.BudgetCreateView.as_view(), name="budget-create"),
    path("budget/<int:year>/", budget.BudgetDetailView.as_view(), name="budget-detail"),
    path(
        "budget/<int:year>/<str:kind>/andra/",
        budget.BudgetEditView.as_view(),
        name="budget-edit",
    ),
    path("driftbidrag/", driftbidrag.DriftbidragListView.as_view(), name="driftbidrag-list"),
    path(
        "driftbidrag/nytt/",
        driftbidrag.DriftbidragEditView.as_view(),
        name="driftbidrag-create",
    ),
    path(
        "driftbidrag/<int:year>/",
        driftbidrag.DriftbidragDetailView.as_view(),
        name="driftbidrag-detail",
    ),
    path(
        "driftbidrag/<int:year>/andra/",
        driftbidrag.DriftbidragEditView.as_view(),
        name="driftbidrag-edit",
    ),
]
