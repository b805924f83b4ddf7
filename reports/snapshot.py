"""The approved version's snapshot: everything the document shows, copied at approval.

In the spirit of pretix's invoice records, an ``ApprovedVersion`` keeps, beside its PDF and the
PDF's SHA-256, a JSON snapshot (``snapshot``) and that snapshot's SHA-256 (``snapshot_sha256``):

- ``html``: the document as the browser preview shows it, rendered with the board's decision date
  (the approved preview serves exactly these bytes; live data may move on for next year);
- ``checks``: the Kontroller as they stood at approval;
- ``pages``: the femår and balanskrav page bodies as they stood (``reports.snapshot_pages``);
- ``sections``: the data the document is built from, one entry of the registry ``SECTIONS`` each
  (the förbund, members and populations, board, driftbidrag, budget, figures, texts, Tidigare år,
  insatser with outcomes, goals and indicators …). Each section is a list of items
  ``{"key", "label", "fields": {Swedish field label: displayed value}}``.

"Ändrat sedan godkännandet" (``changes_since``) compares the live sections with the snapshot's and
lists the differences in Swedish. Sections registered with ``frozen=True`` are also frozen in the
database while the version is in force, so the import requires them to equal the snapshot
(``frozen_mismatches``).

Other modules add what their documents show with one ``register_section`` call (or the
``register_rows`` shortcut for model rows), e.g. ``register_rows("decision", "Beslut", rows)``.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import models

from reports.models import ApprovedVersion, ReportDocument

SNAPSHOT_FORMAT = 1
MISSING = "–"


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    capture: Callable[[ReportDocument], list[dict]]
    frozen: bool = False


SECTIONS: dict[str, Section] = {}


def register_section(
    key: str, title: str, capture: Callable[[ReportDocument], list[dict]], *, frozen=False
) -> None:
    """Add (or replace) one section of every future snapshot."""
    SECTIONS[key] = Section(key, title, capture, frozen)


# --- Items from model rows -----------------------------------------------------------------------

# Columns that say nothing the reader sees: ids, lock counters, the owner the section is about.
SKIPPED_COLUMNS = {"id", "version", "forbund", "period", "document", "fiscal_year", "budget"}


def display_value(obj: models.Model, field: models.Field) -> str:
    if field.choices:
        value = getattr(obj, field.attname)
        return MISSING if value in (None, "") else str(dict(field.flatchoices).get(value, value))
    value = getattr(obj, field.name)
    if value is None or value == "":
        return MISSING
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f").replace(".", ",")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    return str(value)


def row_item(obj: models.Model, *, key: str | None = None, skip: Iterable[str] = ()) -> dict:
    skipped = SKIPPED_COLUMNS | set(skip)
    fields = {}
    for field in obj._meta.concrete_fields:
        if field.primary_key or field.name in skipped:
            continue
        fields[str(field.verbose_name).capitalize()] = display_value(obj, field)
    return {"key": key or str(obj), "label": str(obj), "fields": fields}


def row_key(obj: models.Model) -> str:
    """A row's identity in this database (``id`` of an item): a renamed row is matched by it and
    reads as one change. Ids change with an export and import, so items are matched first by
    their natural key (``key``, what the reader sees) and only then by identity."""
    return f"{obj._meta.label_lower}:{obj.pk}"


def register_rows(
    key: str,
    title: str,
    rows: Callable[[ReportDocument], Iterable[models.Model]],
    *,
    frozen: bool = False,
    item_key: Callable[[models.Model], str] | None = None,
    skip: Iterable[str] = (),
) -> None:
    """A section made of model rows: each row's visible columns with their Swedish labels.

    ``item_key`` is the natural key that matches a stored row with a live one, and survives an
    export and import (rows get new ids there), e.g. a figure line's kind and label; by default
    the row's label. Each item also keeps the row's identity (``id``), the second way to match
    it (a renamed row)."""

    def capture(document: ReportDocument) -> list[dict]:
        items = []
        for obj in rows(document):
            item = row_item(obj, key=item_key(obj) if item_key else str(obj), skip=skip)
            item["id"] = row_key(obj)
            items.append(item)
        return items

    register_section(key, title, capture, frozen=frozen)


def _unique_keys(items: list[dict]) -> list[dict]:
    """Natural keys unique within a section, whatever order the rows come in: rows that share
    a key are told apart by their values, and only identical rows by their order."""
    shared = {key for key, count in Counter(item["key"] for item in items).items() if count > 1}
    for item in items:
        if item["key"] in shared:
            values = ", ".join(f"{name}: {value}" for name, value in sorted(item["fields"].items()))
            item["key"] = f"{item['key']} ({values})"
    seen: dict[str, int] = {}
    for item in items:
        count = seen.get(item["key"], 0)
        seen[item["key"]] = count + 1
        if count:
            item["key"] = f"{item['key']} #{count + 1}"
    return items


# --- Capture -------------------------------------------------------------------------------------


def capture_sections(document: ReportDocument) -> dict[str, list[dict]]:
    return {key: _unique_keys(section.capture(document)) for key, section in SECTIONS.items()}


def capture_checks(document: ReportDocument) -> list[dict]:
    from reports import checks

    if document.period_id is None:
        return []
    return [
        {
            "code": result.code,
            "severity": str(result.severity),
            "name": str(result.name),
            "message": str(result.message),
        }
        for result in checks.run_checks(document.period)
    ]


def capture(document: ReportDocument, *, decision) -> dict:
    """Everything the approved document shows, as JSON-ready data (called inside approval);
    ``decision`` is the board's ``reports.decisions.Decision`` the document prints."""
    from reports.documents import document_html
    from reports.snapshot_pages import capture_pages

    return {
        "format": SNAPSHOT_FORMAT,
        "approved_on": decision.decided_on.isoformat(),
        "decision": {
            "decided_on": decision.decided_on.isoformat(),
            "paragraph": decision.paragraph,
            "place": decision.place,
            "diarienummer": decision.diarienummer,
            "signatories": [signatory.as_dict() for signatory in decision.signatories],
        },
        "html": document_html(document, draft=False, preview=True, decision=decision),
        "checks": capture_checks(document),
        "pages": capture_pages(document),
        "sections": capture_sections(document),
    }


def canonical(snapshot: dict) -> bytes:
    return json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def snapshot_hash(snapshot: dict) -> str:
    return hashlib.sha256(canonical(snapshot)).hexdigest()


# --- Reading the snapshot ------------------------------------------------------------------------


def has_snapshot(version: ApprovedVersion | None) -> bool:
    return version is not None and bool(version.snapshot) and "html" in version.snapshot


def approved_html(version: ApprovedVersion) -> str:
    return version.snapshot["html"]


def approved_fragment(version: ApprovedVersion, section_id: str) -> str | None:
    """The approved document's ``<section id="…">`` (a statement as approved), or None."""
    html = version.snapshot.get("html", "")
    match = re.search(rf'<section\b[^>]*\bid="{re.escape(section_id)}"', html)
    if match is None:
        return None
    depth, position = 0, match.start()
    for tag in re.finditer(r"<(/?)section\b[^>]*>", html[match.start() :]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return html[position : match.start() + tag.end()]
    return None


@dataclass(frozen=True)
class CheckRecord:
    """A check as the snapshot stored it, with the attributes the Kontroller template reads."""

    code: str
    severity: str
    name: str
    message: str
    fix_url: str = ""
    fix_label: str = ""


def approved_checks(version: ApprovedVersion) -> list:
    from reports.checks import Severity

    return [
        CheckRecord(
            code=item["code"],
            severity=Severity(item["severity"]),
            name=item["name"],
            message=item["message"],
        )
        for item in version.snapshot.get("checks", [])
    ]


@dataclass(frozen=True)
class Change:
    section: str
    label: str
    description: str


def _value(text: str) -> str:
    return f"”{text}”"


def compare_sections(stored: dict[str, list], live: dict[str, list]) -> list[Change]:
    """Live values that differ from the stored ones, in Swedish, section by section."""
    changes: list[Change] = []
    for key, section in SECTIONS.items():
        if key not in stored:
            continue  # a section added after this version was approved
        pairs, added = _match(stored[key], live.get(key, []))
        for old, new in pairs:
            if new is None:
                changes.append(Change(section.title, old["label"], "borttagen"))
                continue
            for name, old_value in old["fields"].items():
                new_value = new["fields"].get(name, MISSING)
                if new_value != old_value:
                    changes.append(
                        Change(
                            section.title,
                            old["label"],
                            f"{name}: {_value(old_value)} → nu {_value(new_value)}",
                        )
                    )
        for new in added:
            shown = ", ".join(f"{name}: {value}" for name, value in new["fields"].items())
            changes.append(Change(section.title, new["label"], f"tillagd ({shown})"))
    return changes


def _match(stored: list[dict], live: list[dict]) -> tuple[list[tuple], list[dict]]:
    """Pair each stored item with its live item (or None if it is gone), in the stored order,
    first by natural key, then by identity; returns the pairs and the live items left (added).

    Items of snapshots taken before items had an ``id`` were keyed by identity: their key is
    their identity."""
    by_key = {item["key"]: item for item in live}
    matched: dict[int, dict] = {}
    for index, old in enumerate(stored):
        new = by_key.pop(old["key"], None)
        if new is not None:
            matched[index] = new
    by_id = {item["id"]: item for item in by_key.values() if item.get("id")}
    for index, old in enumerate(stored):
        if index not in matched:
            new = by_id.pop(old.get("id", old["key"]), None)
            if new is not None:
                matched[index] = new
    left = {id(item) for item in by_id.values()} | {
        id(item) for item in by_key.values() if not item.get("id")
    }
    added = [item for item in live if id(item) in left]
    return [(old, matched.get(index)) for index, old in enumerate(stored)], added


def changes_since(version: ApprovedVersion) -> list[Change]:
    """ "Ändrat sedan godkännandet": the live data of the version's document against its
    snapshot."""
    if not has_snapshot(version):
        return []
    return compare_sections(version.snapshot.get("sections", {}), _live_sections(version))


def _live_sections(version: ApprovedVersion) -> dict[str, list[dict]]:
    document = ReportDocument.objects.select_related("fiscal_year__forbund", "period").get(
        pk=version.document_id
    )
    return capture_sections(document)


def frozen_mismatches(version: ApprovedVersion) -> list[Change]:
    """Differences in the frozen sections (figures, texts, budget), which cannot change while the
    version is in force; an import that has any is a forgery."""
    stored = version.snapshot.get("sections", {})
    live = _live_sections(version)
    frozen = {key for key, section in SECTIONS.items() if section.frozen}
    return compare_sections(
        {key: value for key, value in stored.items() if key in frozen},
        {key: value for key, value in live.items() if key in frozen},
    )
