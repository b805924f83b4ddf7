"""Hardened settings, login throttling, and the URL classification every new page must join."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from finsam.permissions import Capability, ForbundScopedMixin
from finsam.views.auth import LOCKED_OUT_MESSAGE

ROOT = Path(__file__).resolve().parent.parent

# Pages anyone may open (the login flow, Django's password reset); everything else needs a login.
PUBLIC_URL_NAMES = {
    "login",
    "logout",
    "favicon",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
}
# Signed-in pages that are not about one förbund: the list of the user's förbund, and changing
# one's own password (Django's PasswordChangeView requires a login).
SIGNED_IN_URL_NAMES = {"home", "password_change", "password_change_done"}
# Django's admin has its own staff-only authentication.
ADMIN_PREFIX = "admin/"
SCOPED_PREFIX = "f/<slug:forbund>/"


def walk(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, prefix + str(entry.pattern))
        else:
            assert isinstance(entry, URLPattern)
            yield prefix + str(entry.pattern), entry


def test_every_url_is_public_signed_in_admin_or_scoped_to_a_forbund():
    unclassified = []
    scoped = 0
    for route, pattern in walk(get_resolver().url_patterns):
        if route.startswith(ADMIN_PREFIX):
            continue
        if pattern.name in PUBLIC_URL_NAMES | SIGNED_IN_URL_NAMES:
            continue
        view_class = getattr(pattern.callback, "view_class", None)
        is_scoped = (
            route.startswith(SCOPED_PREFIX)
            and view_class is not None
            and issubclass(view_class, ForbundScopedMixin)
            and view_class.read_capability in set(Capability)
            and view_class.write_capability in set(Capability)
        )
        if is_scoped:
            scoped += 1
        else:
            unclassified.append(route)
    assert unclassified == [], "URLs neither public nor scoped to a förbund and a role"
    assert scoped >= 20


def deploy_env(**extra) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTEST", "DJANGO_ALLOW"))
    }
    env.update(
        SECRET_KEY=secrets.token_urlsafe(50),
        DEBUG="0",
        ALLOWED_HOSTS="rapport.example.se",
        HTTPS="1",
        **extra,
    )
    return env


def test_check_deploy_passes_with_production_environment():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=deploy_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_use_host_prefixed_secure_cookies():
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'finsam.settings'; "
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, s.SESSION_COOKIE_SECURE, "
        "s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_AGE, s.SESSION_SAVE_EVERY_REQUEST)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=deploy_env(), capture_output=True, text=True
    )
    assert result.stdout.split() == [
        "__Host-sessionid",
        "__Host-csrftoken",
        "True",
        "31536000",
        "1800",
        "True",
    ], result.stderr


def test_missing_secret_key_is_refused_outside_debug():
    env = deploy_env()
    del env["SECRET_KEY"]
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "SECRET_KEY måste sättas" in result.stderr


@pytest.mark.django_db
def test_pages_carry_a_content_security_policy_without_inline_scripts(clients):
    response = clients["finnveden-sekreterare"].get("/f/finnveden/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert b"<script>" not in response.content
    assert b" style=" not in response.content


@pytest.mark.django_db
def test_login_is_locked_after_five_failures(client, demo_data):
    wrong = {"username": "finnveden-sekreterare", "password": "fel"}
    for _ in range(4):
        response = client.post("/logga-in/", wrong)
        assert response.status_code == 200
        assert "Ange ett korrekt användarnamn och lösenord" in response.content.decode()
    # The fifth failure locks the username from this address, even with the right password.
    assert client.post("/logga-in/", wrong).status_code == 429
    response = client.post(
        "/logga-in/", {"username": "finnveden-sekreterare", "password": "finsam-demo"}
    )
    assert response.status_code == 429
    assert LOCKED_OUT_MESSAGE in response.content.decode()
    # Another username from the same address is not locked.
    response = client.post(
        "/logga-in/", {"username": "finnveden-revisor", "password": "finsam-demo"}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_htmx_requests_pass_csrf_with_the_header(demo_data):
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(get_user_model().objects.get(username="finnveden-sekreterare"))
    page = client.get("/f/finnveden/medlemmar/ny/")
    token = str(page.context["csrf_token"])
    assert f'"X-CSRFToken": "{token}"' in page.content.decode()
    data = {"kind": "kommun", "name": "Vaggeryds kommun", "position": "7"}
    assert client.post("/f/finnveden/medlemmar/ny/", data).status_code == 403
    response = client.post(
        "/f/finnveden/medlemmar/ny/", data, headers={"X-CSRFToken": token, "HX-Request": "true"}
    )
    assert response.status_code == 302
