import pytest
from django.test import Client

from finsam import demo
from finsam.models import Forbund


@pytest.fixture
def demo_data(db) -> dict[str, Forbund]:
    return demo.load()


def client_for(username: str) -> Client:
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def clients(demo_data):
    """A logged-in Django test client per demo user, e.g. ``clients["finnveden-revisor"]``."""
    return {username: client_for(username) for username, _, _ in demo.demo_users()}
