import pytest

from tests.scoping import database_snapshot
from workspace import demo


@pytest.mark.django_db
def test_load_demo_is_idempotent():
    demo.load()
    first = database_snapshot()
    demo.load()
    assert database_snapshot() == first
    assert first["finsam.Forbund"] and len(first["finsam.Forbund"]) == 3
