"""XLSX downloads: every statement, note and table as numbers in Swedish formats, the whole
report as one workbook, formula-like labels stored as text."""

import io

import openpyxl
from django.urls import reverse

from reports import xlsx
from reports.models import FigureLine


def load(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def rows_of(ws) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in ws.iter_rows(min_row=4, values_only=True) if r[0]}


def test_the_whole_report_is_one_workbook(sodra_2024):
    book = load(xlsx.workbook_bytes(sodra_2024))
    assert book.sheetnames == [
        "Resultaträkning",
        "Balansräkning",
        "Kassaflödesanalys",
        "Driftredovisning",
        "Not 1 Redovisningsprinciper",
        "Not 2 Verksamhetens intäkter",
        "Not 3 Verksamhetens kostnader",
        "Not 4 Fordringar",
        "Not 5 Kortfristiga skulder",
        "Not 6 Kompletterande nettouppgi",  # Excel's 31-character limit on a sheet name
        "Balanskravsutredning",
        "Femårsöversikt",
    ]
    rr = book["Resultaträkning"]
    assert [c.value for c in rr[3]][:4] == [
        "Belopp i kr",
        "Budget 2024",
        "2024-12-31",
        "2023-12-31",
    ]
    rows = rows_of(rr)
    # Seed: verksamhetens intäkter 11 764 068 (2024) and 9 589 737 (2023), as numbers.
    intakter = rows["Verksamhetens intäkter"]
    assert [round(v) for v in intakter[1:3]] == [11764068, 9589737]
    cell = rr.cell(row=4 + list(rows).index("Verksamhetens intäkter"), column=3)
    assert cell.data_type == "n"
    assert cell.number_format == '#,##0;"−"#,##0;0'
    # Balansräkning: summa tillgångar 4 655 144 (2024).
    br = rows_of(book["Balansräkning"])
    assert round(br["Summa tillgångar"][0]) == 4655144
    # Femårsöversikt in tkr: 2024 intäkter 11 935; soliditet 51 % as a percent number.
    femar = book["Femårsöversikt"]
    assert [c.value for c in femar[3]][:3] == ["Belopp i tkr", "2024", "2023"]
    fem = rows_of(femar)
    assert fem["Verksamhetens intäkter"][0] == 11935
    assert round(fem["Soliditet"][0], 2) == 0.51
    assert femar.cell(row=7, column=2).number_format == '0%;"−"0%'


def test_one_statement_and_ore_format(sodra_2024):
    book = load(xlsx.workbook_bytes(sodra_2024, "noter"))
    assert book.sheetnames[0] == "Not 1 Redovisningsprinciper"
    skulder = rows_of(book["Not 5 Kortfristiga skulder"])
    # Upplupna semesterlöner 58 086,49 kr keeps its öre, with a two-decimal format.
    assert skulder["Upplupna semesterlöner"][0] == 58086.49


def test_formula_like_labels_are_text(sodra_2024):
    line = FigureLine.objects.get(period=sodra_2024, label="Övriga försäljningar")
    line.label = '=HYPERLINK("http://example.com","klicka")'
    line.save()
    book = load(xlsx.workbook_bytes(sodra_2024, "noter"))
    ws = book["Not 2 Verksamhetens intäkter"]
    cells = [c for row in ws.iter_rows(min_col=1, max_col=1) for c in row if c.value]
    evil = next(c for c in cells if str(c.value).startswith("=HYPERLINK"))
    assert evil.data_type == "s"
    assert evil.quotePrefix


def test_download_pages(clients, sodra_2024):
    client = clients["sodra-vatterbygden-revisor"]
    base = {"forbund": "sodra-vatterbygden", "pk": sodra_2024.pk}
    response = client.get(reverse("report-xlsx", kwargs=base))
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="sodra-vatterbygden-arsredovisning-2024.xlsx"'
    )
    assert len(load(response.content).sheetnames) == 12  # 4 statements, 6 notes, 2 overviews
    one = client.get(reverse("report-xlsx-sheet", kwargs={**base, "sheet": "balansrakning"}))
    assert load(one.content).sheetnames == ["Balansräkning"]
    assert (
        client.get(reverse("report-xlsx-sheet", kwargs={**base, "sheet": "x"})).status_code == 404
    )
    page = client.get(reverse("report-balansrakning", kwargs=base))
    assert reverse("report-xlsx-sheet", kwargs={**base, "sheet": "balansrakning"}) in (
        page.content.decode()
    )
