"""The demo förbund are data (issue 18): files in the export format under demo/, which an import
reads and an export writes back unchanged."""

import pytest

from finsam.models import Forbund
from workspace import demo_files, transfer


@pytest.mark.django_db
@pytest.mark.parametrize("slug", demo_files.DEMO_SLUGS)
def test_each_demo_forbund_round_trips_through_import_and_export(slug):
    document = demo_files.read(slug)
    assert document["format"] == transfer.FORMAT and document["forbund"] == slug
    forbund = transfer.import_forbund(document, replace=True)
    assert transfer.export_forbund(forbund) == document


@pytest.mark.django_db
def test_loading_the_files_twice_leaves_the_same_rows():
    first = demo_files.load("finsam-demo")
    ids = {slug: forbund.pk for slug, forbund in first.items()}
    second = demo_files.load("finsam-demo")
    assert {slug: forbund.pk for slug, forbund in second.items()} == ids
    assert Forbund.objects.filter(slug__in=demo_files.DEMO_SLUGS).count() == 3


def test_the_demo_folder_holds_the_forbund_and_the_sie_files():
    names = sorted(path.name for path in demo_files.DEMO_DIR.iterdir())
    for slug in demo_files.DEMO_SLUGS:
        assert f"{slug}.json" in names
