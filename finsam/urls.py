from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from finsam.views import organisation

urlpatterns = [
    path("", organisation.home, name="home"),
    path(
        "logga-in/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("f/<slug:forbund>/", include("finsam.urls_forbund")),
    path("f/<slug:forbund>/", include("reports.urls")),
    path("f/<slug:forbund>/", include("interventions.urls")),
    path("f/<slug:forbund>/", include("sie.urls")),
]
handler403 = "finsam.views.errors.permission_denied"
