"""Participant files aggregated into counts: a CSV and an XLSX with hand-counted expectations,
a bad row that saves nothing and names the row, the preview-then-confirm pages, and exports
that escape formula-like cells."""

import csv
import datetime
import io

import pytest
from openpyxl import Workbook, load_workbook

from interventions import exports
from interventions.models import (
    ExitCategory,
    ExitReason,
    Insats,
    ParticipantOutcome,
)
from interventions.participant_import import (
    ParticipantFileError,
    apply_import,
    parse_participant_file,
    preview,
)

D = datetime.date
PERIOD = {"period_start": D(2025, 1, 1), "period_end": D(2025, 12, 31)}
HEADER = "insats;kön;födelseår;ålder;startdatum;slutdatum;avslutsorsak;remittent"
ROWS = [
    # 1: in the period since before it, 2025 − 2000 = 25 → 16–29, remittent AF.
    "Enter;kvinna;2000;;2024-06-01;;;AF",
    # 2: new, ended to work; 2025 − 1990 = 35 → 30–49.
    "Enter;man;1990;;2025-02-01;2025-10-31;Arbete utan subvention;FK",
    # 3: gender unknown, new; 55 → 50–64; the kommun by its short name.
    "Enter;;1970;;2025-03-01;;;Habo",
    # 4: the förbund's own avslutsorsak; 22 → 16–29; the kommun by its full name.
    "Enter;K;2003;;2025-04-01;2025-05-31;Jobb, studier eller aktivt arbetssökande;Vaggeryds kommun",
    # 5: ended before the period: valid, not counted.
    "Enter;man;1985;;2023-01-01;2024-12-31;Studier;AF",
    # 6: NOVA's own bands (16–29, 30–64), age given directly.
    "NOVA – Stöd i förändring;man;;40;2025-01-15;;;Region",
]


def csv_bytes(rows=ROWS) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode("utf-8")


@pytest.fixture
def sodra(demo_data):
    forbund = demo_data["sodra-vatterbygden"]
    ExitCategory.objects.create(
        forbund=forbund,
        name="Jobb, studier eller aktivt arbetssökande",
        national_reason=ExitReason.ANNAT,
    )
    return forbund


def assert_enter_and_nova(forbund) -> None:
    enter = ParticipantOutcome.objects.get(
        insats__forbund=forbund, insats__name="Enter", period_start=D(2025, 1, 1)
    )
    # Rows 1–4: kvinnor 1 + 4, man 2, unknown 3 → 4; new 2, 3, 4; ended 2 and 4.
    assert (enter.deltagare, enter.deltagare_kvinnor, enter.deltagare_man) == (4, 2, 1)
    assert enter.deltagare_okant == 1
    assert (enter.nya, enter.nya_kvinnor, enter.nya_man) == (3, 1, 1)
    assert (enter.avslutade, enter.avslutade_kvinnor, enter.avslutade_man) == (2, 1, 1)
    ages = {(a.age_from, a.age_to): (a.kvinnor, a.man, a.okant) for a in enter.age_bands.all()}
    assert ages == {(16, 29): (2, 0, None), (30, 49): (0, 1, None), (50, 64): (0, 0, 1)}
    referrals = {r.label: r.count for r in enter.referrals.all()}
    assert referrals == {
        "Arbetsförmedlingen": 1,
        "Försäkringskassan": 1,
        "Habo kommun": 1,
        "Vaggeryds kommun": 1,
    }
    exits = {(e.label, e.reason): (e.count, e.kvinnor, e.man) for e in enter.exits.all()}
    assert exits == {
        ("Arbete utan subvention", "arbete_utan_subvention"): (1, 0, 1),
        ("Jobb, studier eller aktivt arbetssökande", "annat"): (1, 1, 0),
    }
    nova = ParticipantOutcome.objects.get(
        insats__forbund=forbund, insats__name__startswith="NOVA", period_start=D(2025, 1, 1)
    )
    assert (nova.deltagare, nova.deltagare_man, nova.nya) == (1, 1, 1)
    assert [(a.age_from, a.age_to, a.man) for a in nova.age_bands.all()] == [(30, 64, 1)]
    assert [(r.label, r.count) for r in nova.referrals.all()] == [("Region", 1)]


@pytest.mark.django_db
def test_csv_is_counted_previewed_and_saved(sodra):
    parsed = parse_participant_file(forbund=sodra, raw=csv_bytes(), **PERIOD)
    assert parsed.rows == 6
    rows = {row.name: row for row in preview(sodra, parsed)}
    # Deltagare, kvinnor, män, okänt, nya, avslutade; nothing stored for 2025 yet.
    assert rows["Enter"].before == [None] * 6
    assert rows["Enter"].after == [4, 2, 1, 1, 3, 2]
    assert ParticipantOutcome.objects.filter(period_start=D(2025, 1, 1)).count() == 0
    assert apply_import(sodra, parsed) == 2
    assert_enter_and_nova(sodra)
    # Importing again replaces the counts (no duplicates).
    apply_import(sodra, parse_participant_file(forbund=sodra, raw=csv_bytes(), **PERIOD))
    assert_enter_and_nova(sodra)


@pytest.mark.django_db
def test_xlsx_gives_the_same_counts(sodra):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(";"))
    for line in ROWS:
        cells = [c or None for c in line.split(";")]
        for i in (4, 5):  # the dates as Excel dates
            if cells[i]:
                cells[i] = datetime.datetime.fromisoformat(cells[i])
        for i in (2, 3):
            if cells[i]:
                cells[i] = int(cells[i])
        sheet.append(cells)
    out = io.BytesIO()
    workbook.save(out)
    parsed = parse_participant_file(
        forbund=sodra, raw=out.getvalue(), filename="deltagare.xlsx", **PERIOD
    )
    apply_import(sodra, parsed)
    assert_enter_and_nova(sodra)


@pytest.mark.django_db
def test_bad_rows_are_named_and_nothing_is_saved(sodra):
    rows = list(ROWS)
    rows[2] = "Enter;x;1970;;2025-03-01;;;Habo"  # row 4 of the file (header is row 1)
    rows[4] = "Enter;man;1985;;2023-01-01;2024-12-31;Pension;AF"  # row 6
    before = ParticipantOutcome.objects.count()
    with pytest.raises(ParticipantFileError) as caught:
        parse_participant_file(forbund=sodra, raw=csv_bytes(rows), **PERIOD)
    assert caught.value.errors == [
        "Rad 4: okänt kön ”x” (skriv kvinna, man eller lämna tomt).",
        "Rad 6: okänd avslutsorsak ”Pension”. Lägg till den bland förbundets avslutsorsaker först.",
    ]
    assert ParticipantOutcome.objects.count() == before


@pytest.mark.django_db
def test_missing_columns_and_other_row_errors(sodra):
    with pytest.raises(ParticipantFileError) as caught:
        parse_participant_file(
            forbund=sodra, raw=b"insats;startdatum\nEnter;2025-01-01\n", **PERIOD
        )
    assert caught.value.errors == [
        "Kolumnen ”kön” saknas i rubrikraden (rad 1).",
        "Rubrikraden (rad 1) ska ha kolumnen ”födelseår” eller ”ålder”.",
    ]
    rows = [
        "Okänd insats;kvinna;2000;;2025-01-01;;;",
        "Enter;kvinna;2000;;2025-13-01;;;",
        "Enter;kvinna;2015;;2025-01-01;;;",
        "Enter;kvinna;2000;;2025-05-01;2025-04-01;;",
        "Enter;kvinna;2000;;2025-05-01;;;Polisen",
    ]
    with pytest.raises(ParticipantFileError) as caught:
        parse_participant_file(forbund=sodra, raw=csv_bytes(rows), **PERIOD)
    assert caught.value.errors == [
        "Rad 2: insatsen ”Okänd insats” finns inte hos förbundet.",
        "Rad 3: startdatum ”2025-13-01” är inte ett datum (skriv ÅÅÅÅ-MM-DD).",
        # 2025 − 2015 = 10, below the first band.
        "Rad 4: åldern 10 år ligger utanför insatsens åldersgrupper (16–29, 30–49, 50–64).",
        "Rad 5: slutdatum 2025-04-01 är före startdatum 2025-05-01.",
        "Rad 6: okänd remittent ”Polisen” (skriv AF, FK, Region, en medlemskommun eller Annat).",
    ]


@pytest.mark.django_db
def test_upload_preview_confirm_pages(clients, sodra):
    client = clients["sodra-vatterbygden-sekreterare"]
    url = "/f/sodra-vatterbygden/insatser/deltagare/import/"
    assert client.get(url).status_code == 200
    upload = io.BytesIO(csv_bytes())
    upload.name = "deltagare.csv"
    response = client.post(
        url, {"file": upload, "period_start": "2025-01-01", "period_end": "2025-12-31"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Förhandsvisning: perioden 2025-01-01 – 2025-12-31" in page
    assert ParticipantOutcome.objects.filter(period_start=D(2025, 1, 1)).count() == 0
    # Only counts are kept between the steps: no birth year or date of the file's rows.
    stored = str(client.session["participant-import"])
    assert "2000" not in stored and "2024-06-01" not in stored
    response = client.post(url, {"confirm": "1"})
    assert response.status_code == 302
    assert_enter_and_nova(sodra)


@pytest.mark.django_db
def test_bad_upload_answers_400_and_saves_nothing(clients, sodra):
    client = clients["sodra-vatterbygden-sekreterare"]
    upload = io.BytesIO(csv_bytes(["Enter;x;1970;;2025-03-01;;;Habo"]))
    upload.name = "deltagare.csv"
    response = client.post(
        "/f/sodra-vatterbygden/insatser/deltagare/import/",
        {"file": upload, "period_start": "2025-01-01", "period_end": "2025-12-31"},
    )
    assert response.status_code == 400
    assert "Rad 2: okänt kön ”x”" in response.content.decode()
    assert "participant-import" not in client.session


@pytest.mark.django_db
def test_revisor_cannot_import(clients, sodra):
    response = clients["sodra-vatterbygden-revisor"].post(
        "/f/sodra-vatterbygden/insatser/deltagare/import/", {"confirm": "1"}
    )
    assert response.status_code == 403


def test_escape_cell():
    assert exports.escape_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    for text in ["+46", "-1", "@SUM(A1)", "\tx", "\rx"]:
        assert exports.escape_cell(text) == "'" + text
    assert exports.escape_cell("Enter") == "Enter"
    assert exports.escape_cell(-12) == -12


@pytest.mark.django_db
def test_participant_exports_escape_formula_like_names(clients, demo_data):
    Insats.objects.filter(forbund=demo_data["finnveden"], name="Nya Vägar").update(
        name='=HYPERLINK("http://x")'
    )
    client = clients["finnveden-revisor"]
    url = "/f/finnveden/insatser/deltagare/export/?ar=2020"
    text = client.get(url).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:3] == ["Insats", "Kvinnor", "Män"]
    assert rows[4][:3] == ['\'=HYPERLINK("http://x")', "28", "8"]
    # Totalt: kvinnor 51 + 28 = 79, män 56 + 8 = 64.
    assert rows[-1][:3] == ["Totalt", "79", "64"]
    content = client.get(url + "&format=xlsx").content
    sheet = load_workbook(io.BytesIO(content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[4][:3] == ['\'=HYPERLINK("http://x")', 28, 8]
