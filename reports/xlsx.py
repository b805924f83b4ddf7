"""The report's statements, notes and tables as XLSX (openpyxl): one sheet each, or the whole
report as one workbook.

The figures are the statements' own (``reports.statements``), so the workbook shows what the
pages and the PDF show. Amounts are numbers (not text) with a Swedish display format (thousands
grouped, U+2212 as the minus sign, decimals only where the amount has öre); percentages are
numbers formatted as percent. Every text cell is stored as text: a label such as ``=SUMMA(A1)``
or ``+46…`` is never read as a formula, also when opened in another program.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from reports import statements
from reports.models import ReportPeriod

FORMAT_KR = '#,##0;"−"#,##0;0'
FORMAT_ORE = '#,##0.00;"−"#,##0.00;0.00'
FORMAT_PERCENT = '0%;"−"0%'
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)


@dataclass(frozen=True)
class Sheet:
    slug: str
    title: str  # sheet name (at most 31 characters) and heading
    columns: tuple[str, ...]
    rows: tuple[statements.Row, ...]
    unit: str = "Belopp i kr"
    text: str = ""
    percent_rows: frozenset[str] = frozenset()


def _table_sheet(slug: str, title: str, table: statements.Table, text: str = "") -> Sheet:
    return Sheet(slug, title, table.columns, table.rows, table.unit, text)


def _resultatrakning(period):
    return [
        _table_sheet("resultatrakning", "Resultaträkning", statements.resultatrakning(period).table)
    ]


def _balansrakning(period):
    return [_table_sheet("balansrakning", "Balansräkning", statements.balansrakning(period).table)]


def _kassaflode(period):
    return [
        _table_sheet(
            "kassaflodesanalys", "Kassaflödesanalys", statements.kassaflodesanalys(period).table
        )
    ]


def _driftredovisning(period):
    drift = statements.driftredovisning(period)
    with_comparison = drift.comparison is not None

    def row(item, style=""):
        values = (item.utfall, item.budget, item.avvikelse)
        if with_comparison:
            values += (item.comparison,)
        return statements.Row(item.label, values, style=style)

    rows = [row(item) for item in drift.lines] + [row(item, "total") for item in drift.rows]
    return [Sheet("driftredovisning", "Driftredovisning", drift.columns, tuple(rows))]


def _noter(period):
    sheets = []
    for note in statements.noter(period):
        title = f"Not {note.number} {note.title}"
        if note.table is None:
            sheets.append(Sheet(f"not-{note.number}", title, (), (), "", note.text))
        else:
            sheets.append(_table_sheet(f"not-{note.number}", title, note.table, note.text))
    return sheets


def _balanskrav(period):
    utredning = statements.balanskravsutredning(period)
    width = max((len(r.values) for r in utredning.rows), default=1)
    columns = ("Belopp",) if width == 1 else tuple(f"Kolumn {i + 1}" for i in range(width))
    rows = list(utredning.rows) + [
        statements.Row(
            "Balanskravsresultat",
            (utredning.balanskravsresultat,) + (None,) * (width - 1),
            style="total",
        ),
    ]
    return [Sheet("balanskrav", "Balanskravsutredning", columns, tuple(rows))]


def _femar(period):
    overview = statements.five_year_overview(period.forbund, period.year)
    years = sorted(overview.years, key=lambda y: y.year, reverse=True)

    def tkr(value):
        return None if value is None else (Decimal(value) / 1000).quantize(Decimal(1))

    rows = (
        statements.Row("Verksamhetens intäkter", tuple(tkr(y.intakter) for y in years)),
        statements.Row("Verksamhetens kostnader", tuple(tkr(y.kostnader) for y in years)),
        statements.Row("Årets resultat", tuple(tkr(y.arets_resultat) for y in years)),
        statements.Row("Soliditet", tuple(y.soliditet for y in years), key="soliditet"),
        statements.Row(
            "Antal anställda",
            tuple(None if y.antal_anstallda is None else Decimal(y.antal_anstallda) for y in years),
        ),
    )
    return [
        Sheet(
            "femarsoversikt",
            "Femårsöversikt",
            tuple(str(y.year) for y in years),
            rows,
            "Belopp i tkr",
            percent_rows=frozenset({"soliditet"}),
        )
    ]


SHEETS: dict[str, tuple[str, Callable[[ReportPeriod], list[Sheet]]]] = {
    "resultatrakning": ("Resultaträkning", _resultatrakning),
    "balansrakning": ("Balansräkning", _balansrakning),
    "kassaflodesanalys": ("Kassaflödesanalys", _kassaflode),
    "driftredovisning": ("Driftredovisning", _driftredovisning),
    "noter": ("Noter", _noter),
    "balanskrav": ("Balanskravsutredning", _balanskrav),
    "femarsoversikt": ("Femårsöversikt", _femar),
}


def sheets_of(period: ReportPeriod, which: str | None = None) -> list[Sheet]:
    keys = [which] if which else list(SHEETS)
    result = []
    for key in keys:
        result += SHEETS[key][1](period)
    return result


def text_cell(cell, value: str) -> None:
    """A text cell that no spreadsheet evaluates: stored as text; a formula-like text is also
    marked with Excel's quote prefix (shown as typed, never calculated)."""
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True


def _amount_cell(cell, value, percent: bool) -> None:
    if value is None:
        text_cell(cell, "–")
        cell.alignment = Alignment(horizontal="right")
        return
    number = Decimal(value)
    cell.value = number
    if percent:
        cell.number_format = FORMAT_PERCENT
    else:
        cell.number_format = FORMAT_KR if number == number.to_integral() else FORMAT_ORE


def _write_sheet(book: Workbook, sheet: Sheet, period: ReportPeriod, used: set[str]) -> None:
    name = _sheet_name(sheet.title, used)
    ws = book.create_sheet(name)
    text_cell(ws.cell(1, 1), f"{sheet.title} – {period.forbund.name}, {period}")
    ws.cell(1, 1).font = TITLE
    row_number = 3
    if sheet.columns:
        text_cell(ws.cell(row_number, 1), sheet.unit)
        ws.cell(row_number, 1).font = BOLD
        for index, title in enumerate(sheet.columns, start=2):
            cell = ws.cell(row_number, index)
            text_cell(cell, title)
            cell.font = BOLD
            cell.alignment = Alignment(horizontal="right")
        has_notes = any(row.note for row in sheet.rows)
        if has_notes:
            text_cell(ws.cell(row_number, len(sheet.columns) + 2), "Not")
        for row in sheet.rows:
            row_number += 1
            label = ws.cell(row_number, 1)
            text_cell(label, ("  " * row.indent) + row.label)
            bold = row.style in ("section", "subtotal", "total")
            if bold:
                label.font = BOLD
            for index, value in enumerate(row.values, start=2):
                cell = ws.cell(row_number, index)
                if row.style == "section" and value is None:
                    continue
                _amount_cell(cell, value, row.key in sheet.percent_rows)
                if bold:
                    cell.font = BOLD
            if has_notes and row.note:
                ws.cell(row_number, len(sheet.columns) + 2).value = row.note
        ws.freeze_panes = "B4"
    if sheet.text:
        row_number += 2
        text_cell(ws.cell(row_number, 1), sheet.text)
        ws.cell(row_number, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 52
    for index in range(2, len(sheet.columns) + 3):
        ws.column_dimensions[get_column_letter(index)].width = 18


def _sheet_name(title: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\ , unique in the workbook."""
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in title).strip()[:31] or "Blad"
    name, number = cleaned, 2
    while name.lower() in used:
        suffix = f" ({number})"
        name = cleaned[: 31 - len(suffix)] + suffix
        number += 1
    used.add(name.lower())
    return name


def workbook_bytes(period: ReportPeriod, which: str | None = None) -> bytes:
    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for sheet in sheets_of(period, which):
        _write_sheet(book, sheet, period, used)
    book.properties.title = f"{period} – {period.forbund.name}"
    book.properties.creator = "Finsam Rapport"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def file_name(period: ReportPeriod, which: str | None = None) -> str:
    kind = "arsredovisning" if period.is_full_year else f"delarsrapport-{period.end:%m%d}"
    part = f"-{which}" if which else ""
    return f"{period.forbund.slug}-{kind}-{period.year}{part}.xlsx"
