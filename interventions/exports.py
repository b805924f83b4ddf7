"""CSV and XLSX downloads of the insats tables. A text cell that a spreadsheet would read as a
formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is written with a
leading apostrophe, so opening an export never runs anything; numbers stay numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from finsam import csvsafe

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def escape_cell(value):
    """``"=SUM(A1)"`` -> ``"'=SUM(A1)"`` (finsam.csvsafe); ints, Decimals and ``None``
    unchanged, so a spreadsheet keeps them as numbers."""
    if isinstance(value, str):
        return csvsafe.escape_cell(value)
    return value


def to_csv(header: Sequence[str], rows: Iterable[Sequence]) -> str:
    """Semicolon-separated (as Swedish Excel reads it), with a BOM so the å, ä, ö survive."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([escape_cell(c) for c in header])
    for row in rows:
        writer.writerow(["" if c is None else escape_cell(c) for c in row])
    return "\ufeff" + out.getvalue()


def to_xlsx(header: Sequence[str], rows: Iterable[Sequence], title: str = "Blad1") -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append([escape_cell(c) for c in header])
    for row in rows:
        sheet.append([escape_cell(c) for c in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


PARTICIPANT_HEADER = [
    "Insats",
    "Kvinnor",
    "Män",
    "Uppgift saknas",
    "Deltagare",
    "Nya",
    "Avslutade",
    "Arbete",
    "Studier",
    "Arb.rehab",
    "Sjukdom",
    "Annat",
    "Volymdeltagare",
]


def participant_rows(table) -> list[list]:
    """The förbund's participant table (interventions.selectors.ParticipantTable) as rows,
    the totals last."""
    attrs = [
        "kvinnor", "man", "okant", "deltagare", "nya", "avslutade", "arbete", "studier",
        "arb_rehab", "sjukdom", "annat", "volym",
    ]  # fmt: skip
    rows = [[row.label, *(getattr(row, a) for a in attrs)] for row in table.rows]
    rows.append(["Totalt", *(getattr(table.totals, a) for a in attrs)])
    return rows
