"""Indikatorer för finansiell samordning: the table and the import from a CSV file of the same
columns (all rows or none)."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from finsam.forms_fields import ANTAL_OGILTIGT
from interventions import services
from interventions.forms import PROCENT_INTERVALL
from interventions.models import IndicatorResult
from tests.scoping import database_snapshot

HEADER = (
    "Insats;Mätperiod;Fråga;Svarande;Andel positiva;Svarande kvinnor;Andel positiva kvinnor;"
    "Svarande män;Andel positiva män"
)


def upload(client, text: str, encoding: str = "utf-8-sig"):
    file = SimpleUploadedFile("indikatorer.csv", text.encode(encoding), "text/csv")
    return client.post("/f/sodra-vatterbygden/insatser/indikatorer/import/", {"file": file})


@pytest.mark.django_db
def test_the_table_shows_the_seed_figures(clients):
    # sodra-vatterbygden-arsredovisning-2024, Bilaga 2, Enter: "Årets enkät ... besvarades av 19
    # deltagare vid avslut. Nästan 74% svarade mycket positivt"; "18 avslutade deltagare valde
    # att svara på denna fråga. 67% svarade positivt".
    html = (
        clients["sodra-vatterbygden-revisor"]
        .get("/f/sodra-vatterbygden/insatser/indikatorer/?ar=2024")
        .content.decode()
    )
    assert "november 2023 – oktober 2024" in html
    row = html[html.index("Har du fått stöd på ett sätt som är till stor nytta") :]
    row = row[: row.index("</tr>")]
    assert ">19<" in row and ">74 %<" in row
    row = html[html.index("Har personalen tagit tillvara") :]
    assert ">18<" in row[: row.index("</tr>")] and ">67 %<" in row[: row.index("</tr>")]


@pytest.mark.django_db
def test_import_creates_and_updates(clients, demo_data):
    text = "\n".join(
        [
            HEADER,
            # Windows Excel writes semicolons and decimal commas.
            "Enter;2024;Har du fått stöd på ett sätt som är till stor nytta för dig?;19;73,7;"
            "10;70;9;77,8",
            "NOVA – Stöd i förändring;nov 2024 – okt 2025;Har stödet fått ta den tid du behövt?;"
            "40;55 %;;;;",
        ]
    )
    response = upload(clients["sodra-vatterbygden-sekreterare"], text)
    assert response.status_code == 302
    enter = IndicatorResult.objects.get(
        insats__name="Enter",
        period_year=2024,
        question="Har du fått stöd på ett sätt som är till stor nytta för dig?",
    )
    assert (enter.respondents, enter.share_positive) == (19, Decimal("0.737"))
    assert (enter.respondents_kvinnor, enter.share_positive_kvinnor) == (10, Decimal("0.7"))
    assert (enter.respondents_man, enter.share_positive_man) == (9, Decimal("0.778"))
    assert enter.version == 2  # the demo's row was updated, not duplicated
    nova = IndicatorResult.objects.get(insats__name="NOVA – Stöd i förändring", period_year=2025)
    assert (nova.respondents, nova.share_positive, nova.respondents_man) == (
        40,
        Decimal("0.55"),
        None,
    )


@pytest.mark.django_db
def test_a_file_with_bad_rows_imports_nothing_and_names_every_row(clients):
    before = database_snapshot()
    text = "\n".join(
        [
            HEADER,
            "Enter;2024;Fråga A;19;74;;;;",
            "Okänd insats;2024;Fråga B;5;50;;;;",
            "Enter;tjugotjugofyra;Fråga C;5;50;;;;",
            "Enter;2024;Fråga D;fem;50;;;;",
            "Enter;2024;Fråga E;5;150;;;;",
            "Enter;2024;Fråga A;19;74;;;;",
            "Enter;2024;Fråga F;5;50;;60;;",
        ]
    )
    response = upload(clients["sodra-vatterbygden-sekreterare"], text)
    html = response.content.decode()
    assert response.status_code == 400
    for message in [
        "Rad 3: " + services.IMPORT_UNKNOWN_INSATS.format(name="Okänd insats"),
        "Rad 4: " + services.IMPORT_PERIOD.format(value="tjugotjugofyra"),
        f"Rad 5: Svarande: {ANTAL_OGILTIGT}",
        f"Rad 6: Andel positiva: {PROCENT_INTERVALL}",
        "Rad 7: " + services.IMPORT_DUPLICATE.format(row=2),
        "Rad 8: " + services.IMPORT_SHARE_WITHOUT_RESPONDENTS.format(who="kvinnor"),
    ]:
        assert message in html, message
    assert "Rad 2" not in html
    assert database_snapshot() == before


@pytest.mark.django_db
def test_missing_columns_and_empty_files_are_refused(demo_data):
    forbund = demo_data["sodra-vatterbygden"]
    with pytest.raises(services.IndicatorImportError) as error:
        services.indicator_import_csv(forbund=forbund, raw=b"Insats;Fr\xc3\xa5ga\nEnter;X\n")
    assert error.value.errors == [
        services.IMPORT_MISSING_COLUMNS.format(columns="Mätperiod, Svarande")
    ]
    with pytest.raises(services.IndicatorImportError) as error:
        services.indicator_import_csv(forbund=forbund, raw=HEADER.encode())
    assert error.value.errors == [services.IMPORT_EMPTY]


@pytest.mark.django_db
def test_export_then_import_gives_the_same_results(clients, demo_data):
    client = clients["sodra-vatterbygden-sekreterare"]
    exported = client.get("/f/sodra-vatterbygden/insatser/indikatorer/export/?ar=2024")
    assert exported["Content-Type"] == "text/csv; charset=utf-8"
    text = exported.content.decode("utf-8-sig")
    assert text.splitlines()[0] == HEADER
    before = list(
        IndicatorResult.objects.filter(insats__forbund=demo_data["sodra-vatterbygden"])
        .order_by("pk")
        .values("question", "respondents", "share_positive", "period_year", "version")
    )
    result = services.indicator_import_csv(
        forbund=demo_data["sodra-vatterbygden"], raw=exported.content
    )
    # 13/38 is stored as 0,3421 and exported as "34,21": nothing changes on the way back.
    assert (result.created, result.updated) == (0, 0)
    after = list(
        IndicatorResult.objects.filter(insats__forbund=demo_data["sodra-vatterbygden"])
        .order_by("pk")
        .values("question", "respondents", "share_positive", "period_year", "version")
    )
    assert after == before


@pytest.mark.django_db
def test_windows_encoded_files_are_read(demo_data):
    text = HEADER + "\nEnter;2023;Känner du dig mer redo?;12;50;;;;\n"
    result = services.indicator_import_csv(
        forbund=demo_data["sodra-vatterbygden"], raw=text.encode("cp1252")
    )
    assert (result.created, result.updated) == (1, 0)
    assert IndicatorResult.objects.filter(question="Känner du dig mer redo?").exists()
