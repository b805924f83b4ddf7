"""The figures inside the approved PDF: the document's data as PDF/A-3 associated files.

An approved Årsredovisning or Delårsrapport embeds (``AFRelationship /Data``):
- ``finsam-data.json``: statements, notes, driftbidrag and participant tables in the schema of
  ``docs/embedded-data.md`` (money as exact decimal strings, ``null`` for an unknown figure);
- one CSV per statement (``resultatrakning.csv``, ``balansrakning.csv``, ...), semicolon
  separated, UTF-8 with BOM, decimal point, so that a spreadsheet opens them as they are.

The data come from the same statement functions the PDF prints (``reports.statements``), so the
embedded figures are the printed figures. A Verksamhetsplan embeds its budget table.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from decimal import Decimal

from finsam import selectors as core
from finsam.models import Driftbidrag
from interventions import selectors as insatser
from reports import statements
from reports.models import DocumentKind, ReportDocument

SCHEMA = "https://finsam-rapport.se/schema/embedded-data"
SCHEMA_VERSION = 1
JSON_NAME = "finsam-data.json"
STATEMENT_TITLES = {
    "resultatrakning": "Resultaträkning",
    "balansrakning": "Balansräkning",
    "kassaflodesanalys": "Kassaflödesanalys",
    "driftredovisning": "Driftredovisning",
    "balanskravsutredning": "Balanskravsutredning",
}


def money(value: Decimal | None) -> str | None:
    """An amount as an exact decimal string ("154858.00"); ``None`` stays unknown (null)."""
    if value is None:
        return None
    return f"{Decimal(value):.2f}"


def table_json(table: statements.Table) -> dict:
    return {
        "unit": table.unit,
        "columns": list(table.columns),
        "rows": [
            {
                "key": row.key,
                "label": row.label,
                "style": row.style,
                "note": row.note,
                "indent": row.indent,
                "values": [money(value) for value in row.values],
            }
            for row in table.rows
        ],
    }


def _drift_table(drift: statements.Driftredovisning) -> statements.Table:
    with_comparison = drift.comparison is not None
    rows = []
    for row in (*drift.rows, *drift.lines):
        values = (row.utfall, row.budget, row.avvikelse)
        if with_comparison:
            values += (row.comparison,)
        rows.append(statements.Row(row.label, values, key=row.key))
    return statements.Table(drift.columns, tuple(rows))


def _balanskrav_table(balanskrav: statements.Balanskravsutredning) -> statements.Table:
    return statements.Table((balanskrav.period.closing_label,), balanskrav.rows)


def statement_tables(document: ReportDocument) -> dict[str, statements.Table]:
    """Statement key → the table the PDF prints, in the PDF's order."""
    period = document.period
    tables = {
        "resultatrakning": statements.resultatrakning(period).table,
        "balansrakning": statements.balansrakning(period).table,
        "kassaflodesanalys": statements.kassaflodesanalys(period).table,
        "driftredovisning": _drift_table(statements.driftredovisning(period)),
    }
    balanskrav = statements.balanskravsutredning(period)
    if balanskrav.rows:
        tables["balanskravsutredning"] = _balanskrav_table(balanskrav)
    return tables


def _participants_json(table) -> dict:
    def counts(summary) -> dict:
        return {
            "label": summary.label,
            **{attr: getattr(summary, attr) for attr in insatser.COUNT_ATTRS},
        }

    return {
        "year": table.year,
        "rows": [counts(row) for row in table.rows],
        "totals": counts(table.totals),
    }


def _driftbidrag_json(forbund, year: int) -> dict | None:
    driftbidrag = Driftbidrag.objects.filter(
        fiscal_year__forbund=forbund, fiscal_year__year=year
    ).first()
    if driftbidrag is None:
        return None
    try:
        allocation = core.driftbidrag_allocation(driftbidrag)
    except (core.AllocationError, TypeError, ArithmeticError):
        return None
    return {
        "year": allocation.year,
        "basis": driftbidrag.basis,
        "total": money(allocation.total),
        "kommuner_total": money(allocation.kommuner_total),
        "rows": [
            {
                "member": row.member.name,
                "member_kind": row.member.kind,
                "share": f"{row.share:.6f}",
                "amount": money(row.amount),
                "inhabitants": row.inhabitants,
            }
            for row in allocation.rows
        ],
    }


def _document_json(document: ReportDocument, approved_on: datetime.date | None) -> dict:
    from reports.documents import document_title

    forbund = document.fiscal_year.forbund
    period = document.period
    return {
        "kind": document.kind,
        "title": document_title(document),
        "year": document.fiscal_year.year,
        "period": (
            {"start": period.start.isoformat(), "end": period.end.isoformat()} if period else None
        ),
        "approved_on": approved_on.isoformat() if approved_on else None,
        "forbund": {
            "name": forbund.name,
            "slug": forbund.slug,
            "organisationsnummer": forbund.organisationsnummer,
        },
    }


def embedded_data(document: ReportDocument, approved_on: datetime.date | None = None) -> dict:
    """The document's figures as one JSON-ready dict (``docs/embedded-data.md``)."""
    data = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "currency": "SEK",
        "document": _document_json(document, approved_on),
    }
    forbund = document.fiscal_year.forbund
    year = document.fiscal_year.year
    if document.kind == DocumentKind.VERKSAMHETSPLAN:
        data["budget"] = _budget_json(forbund, year)
        data["driftbidrag"] = _driftbidrag_json(forbund, year)
        return data
    period = document.period
    data["statements"] = {
        key: {"title": STATEMENT_TITLES[key], **table_json(table)}
        for key, table in statement_tables(document).items()
    }
    data["notes"] = [
        {
            "number": note.number,
            "key": note.key,
            "title": note.title,
            "text": note.text,
            "table": table_json(note.table) if note.table else None,
        }
        for note in statements.noter(period)
    ]
    data["driftbidrag"] = _driftbidrag_json(forbund, year)
    until = None if period.is_full_year else period.end
    data["participants"] = _participants_json(insatser.participant_table(forbund, year, until))
    return data


def _budget_json(forbund, year: int) -> dict | None:
    table = core.budget_table(forbund, year)
    if table is None:
        return None

    def rows(budget_rows) -> list[dict]:
        return [
            {"label": row.label, "values": [money(value) for value in row.values]}
            for row in budget_rows
        ]

    return {
        "year": table.year,
        "columns": [column.title for column in table.columns],
        "opening": [money(value) for value in table.opening_row],
        "income": rows(table.income_rows),
        "income_totals": [money(value) for value in table.income_totals],
        "costs": rows(table.cost_rows),
        "cost_totals": [money(value) for value in table.cost_totals],
        "closing": [money(value) for value in table.closings],
    }


def table_csv(table: statements.Table) -> bytes:
    """One statement as CSV: Rad; Nyckel; Not; <columns...>; amounts with a decimal point."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Rad", "Nyckel", "Not", *table.columns])
    for row in table.rows:
        writer.writerow(
            [
                row.label,
                row.key,
                row.note or "",
                *("" if value is None else money(value) for value in row.values),
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def embedded_files(
    document: ReportDocument, approved_on: datetime.date | None = None
) -> list[tuple[str, bytes, str, str]]:
    """(file name, bytes, MIME type, description) of every file the approved PDF embeds."""
    data = embedded_data(document, approved_on)
    encoded = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    files = [(JSON_NAME, encoded, "application/json", "Dokumentets siffror (JSON)")]
    if document.kind != DocumentKind.VERKSAMHETSPLAN:
        for key, table in statement_tables(document).items():
            files.append(
                (f"{key}.csv", table_csv(table), "text/csv", f"{STATEMENT_TITLES[key]} (CSV)")
            )
    return files


def weasyprint_attachments(document: ReportDocument, approved_on: datetime.date | None = None):
    """The embedded files as WeasyPrint attachments, related to the document as ``/Data``.
    Their dates are the decision's (WeasyPrint would stamp the time of rendering, a click time
    the approved PDF must not carry), or the figures' year-end for a draft without one."""
    from weasyprint import Attachment

    day = approved_on or datetime.date(document.fiscal_year.year, 12, 31)
    stamp = datetime.datetime.combine(day, datetime.time(12, 0))
    return [
        Attachment(
            file_obj=io.BytesIO(content),
            name=name,
            description=description,
            relationship="Data",
            created=stamp,
            modified=stamp,
        )
        for name, content, _mime, description in embedded_files(document, approved_on)
    ]
