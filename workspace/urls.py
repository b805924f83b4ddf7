"""The site's root URL configuration: every app's pages (the top layer may name them all)."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from finsam.views import errors, organisation

urlpatterns = [
    path("", organisation.home, name="home"),
    path(
        "logga-in/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    # Django's own views for changing and resetting a password (templates/registration/).
    path(
        "konto/losenord/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "konto/losenord/klart/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path(
        "konto/aterstall/",
        auth_views.PasswordResetView.as_view(
            email_template_name="registration/password_reset_email.txt"
        ),
        name="password_reset",
    ),
    path(
        "konto/aterstall/skickat/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "konto/aterstall/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "konto/aterstall/klart/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("admin/", admin.site.urls),
    # Browsers ask for /favicon.ico on pages without a <link rel="icon"> (PDFs, downloads).
    path("favicon.ico", errors.favicon, name="favicon"),
    path("f/<slug:forbund>/", include("workspace.urls_forbund")),
    path("f/<slug:forbund>/", include("finsam.urls_forbund")),
    # Before reports.urls: the document pages that use the worker (same paths, subclassed views).
    path("f/<slug:forbund>/", include("performance.urls")),
    path("f/<slug:forbund>/", include("reports.urls")),
    path("f/<slug:forbund>/", include("interventions.urls")),
    path("f/<slug:forbund>/", include("sie.urls")),
]
handler400 = "finsam.views.errors.bad_request"
handler403 = "finsam.views.errors.permission_denied"
