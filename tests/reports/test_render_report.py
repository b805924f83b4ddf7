"""``manage.py render_report``: the stored approved PDF, or a draft rendered now; Swedish errors."""

import io

import pytest
from django.core.management import CommandError, call_command
from pypdf import PdfReader

from reports import services
from reports.management.commands import render_report
from tests.approvals import approve
from tests.pdf.pdftext import pages_text

pytestmark = pytest.mark.django_db


def run(tmp_path, *args) -> bytes:
    output = tmp_path / "dokument.pdf"
    call_command("render_report", *args, "--output", str(output))
    return output.read_bytes()


def approve_plan(forbund, year):
    return approve(services.plan_document(forbund, year))


def test_an_approved_plan_is_written_as_stored(demo_data, tmp_path):
    version = approve_plan(demo_data["finnveden"], 2020)
    pdf = run(tmp_path, "--forbund", "finnveden", "--year", "2020", "--kind", "verksamhetsplan")
    assert pdf == bytes(version.pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == version.pages


def test_a_draft_plan_is_rendered_with_the_watermark(demo_data, tmp_path):
    pdf = run(tmp_path, "--forbund", "finnveden", "--year", "2020", "--kind", "verksamhetsplan")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    assert "UTKAST" in " ".join(pages_text(pdf))


def test_a_draft_arsredovisning_is_rendered(demo_data, tmp_path):
    pdf = run(tmp_path, "--forbund", "finnveden", "--year", "2020", "--kind", "arsredovisning")
    text = " ".join(pages_text(pdf))
    assert "Årsredovisning 2020" in text and "UTKAST" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--forbund", "okant", "--year", "2020", "--kind", "arsredovisning"],
            render_report.UNKNOWN_FORBUND.format(slug="okant"),
        ),
        (
            ["--forbund", "finnveden", "--year", "2020", "--kind", "bokslut"],
            render_report.UNKNOWN_KIND.format(
                kind="bokslut", choices="verksamhetsplan, delarsrapport, arsredovisning"
            ),
        ),
        (
            ["--forbund", "finnveden", "--year", "tjugo", "--kind", "arsredovisning"],
            render_report.BAD_YEAR.format(year="tjugo"),
        ),
        (
            ["--forbund", "finnveden", "--year", "2031", "--kind", "verksamhetsplan"],
            render_report.NO_PLAN.format(forbund="Finnvedens samordningsförbund", year=2031),
        ),
        (
            ["--forbund", "finnveden", "--year", "2018", "--kind", "delarsrapport"],
            render_report.NO_DOCUMENT.format(
                forbund="Finnvedens samordningsförbund", kind="delårsrapport", year=2018
            ),
        ),
    ],
)
def test_swedish_errors(demo_data, tmp_path, args, message):
    with pytest.raises(CommandError) as error:
        run(tmp_path, *args)
    assert str(error.value) == message
