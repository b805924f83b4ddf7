"""Participant files (CSV or XLSX, one row per participant and period) aggregated into the counts
the reports print. The rows are personal data: they are read, counted and dropped; only the
counts are kept (docs/participants.md documents the columns).

``parse_participant_file`` reads and validates every row and returns the aggregated counts per
insats (or every error, by row number, in Swedish); ``preview`` compares them with what is
stored; ``apply_import`` saves them in one transaction. Nothing is saved when any row is bad.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from dataclasses import asdict, dataclass, field

from django.db import transaction
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from finsam.csvsafe import unescape_cell
from finsam.models import Forbund, MemberKind
from interventions.models import (
    AgeBandCount,
    ExitCategory,
    ExitCount,
    ExitReason,
    Insats,
    ParticipantOutcome,
    ReferralCount,
    ReferralSource,
)

MAX_ROWS = 50_000
COLUMNS = {
    "insats": "insats",
    "kön": "kon",
    "kon": "kon",
    "födelseår": "fodelsear",
    "fodelsear": "fodelsear",
    "ålder": "alder",
    "alder": "alder",
    "startdatum": "startdatum",
    "slutdatum": "slutdatum",
    "avslutsorsak": "avslutsorsak",
    "remittent": "remittent",
}
REQUIRED = ("insats", "kon", "startdatum")

GENDERS = {
    "k": 0, "kvinna": 0, "kvinnor": 0, "kv": 0, "f": 0,
    "m": 1, "man": 1, "män": 1,
    "": 2, "okänt": 2, "uppgift saknas": 2, "vill ej uppge": 2, "annat": 2,
}  # fmt: skip
SOURCES = {
    "af": ReferralSource.ARBETSFORMEDLINGEN,
    "arbetsförmedlingen": ReferralSource.ARBETSFORMEDLINGEN,
    "fk": ReferralSource.FORSAKRINGSKASSAN,
    "försäkringskassan": ReferralSource.FORSAKRINGSKASSAN,
    "region": ReferralSource.REGION,
    "kommun": ReferralSource.KOMMUN,
    "annat": ReferralSource.ANNAT,
    "egen": ReferralSource.ANNAT,
    "egenremiss": ReferralSource.ANNAT,
}

FILE_UNREADABLE = "Filen kunde inte läsas. Spara den som CSV (UTF-8) eller XLSX och försök igen."
FILE_EMPTY = "Filen innehåller inga deltagarrader."
FILE_TOO_LARGE = "Filen har fler än {max} rader. Dela upp den."
MISSING_COLUMNS = "Kolumnen ”{name}” saknas i rubrikraden (rad 1)."
NO_AGE_COLUMN = "Rubrikraden (rad 1) ska ha kolumnen ”födelseår” eller ”ålder”."
UNKNOWN_COLUMN = "Okänd kolumn ”{name}” i rubrikraden (rad 1)."
ROW = "Rad {row}: {message}"
UNKNOWN_INSATS = "insatsen ”{value}” finns inte hos förbundet."
BAD_GENDER = "okänt kön ”{value}” (skriv kvinna, man eller lämna tomt)."
BAD_DATE = "{label} ”{value}” är inte ett datum (skriv ÅÅÅÅ-MM-DD)."
NO_START = "startdatum saknas."
END_BEFORE_START = "slutdatum {end} är före startdatum {start}."
BAD_AGE = "{label} ”{value}” är inte ett heltal."
NO_AGE = "födelseår eller ålder saknas."
AGE_OUTSIDE = "åldern {age} år ligger utanför insatsens åldersgrupper ({bands})."
BAD_REASON = "okänd avslutsorsak ”{value}”. Lägg till den bland förbundets avslutsorsaker först."
REASON_WITHOUT_END = "avslutsorsak är angiven men slutdatum saknas."
BAD_SOURCE = "okänd remittent ”{value}” (skriv AF, FK, Region, en medlemskommun eller Annat)."


class ParticipantFileError(Exception):
    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass
class InsatsCounts:
    """What the file says about one insats in the period (JSON-serialisable)."""

    insats_id: int
    name: str
    deltagare: list[int] = field(default_factory=lambda: [0, 0, 0])  # kvinnor, män, okänt
    nya: list[int] = field(default_factory=lambda: [0, 0, 0])
    avslutade: list[int] = field(default_factory=lambda: [0, 0, 0])
    ages: dict[str, list[int]] = field(default_factory=dict)  # "16-29" -> [k, m, okänt]
    referrals: dict[str, int] = field(default_factory=dict)  # source or "kommun:<member pk>"
    exits: dict[str, list[int]] = field(default_factory=dict)  # reason or "cat:<pk>" -> [n,k,m]


@dataclass
class ParsedFile:
    period_start: datetime.date
    period_end: datetime.date
    rows: int
    insatser: list[InsatsCounts]

    def as_json(self) -> dict:
        return {
            "period_start": self.period_start.isoformat(),
            "period_end": self.period_end.isoformat(),
            "rows": self.rows,
            "insatser": [asdict(c) for c in self.insatser],
        }

    @classmethod
    def from_json(cls, data: dict) -> ParsedFile:
        return cls(
            period_start=datetime.date.fromisoformat(data["period_start"]),
            period_end=datetime.date.fromisoformat(data["period_end"]),
            rows=data["rows"],
            insatser=[InsatsCounts(**c) for c in data["insatser"]],
        )


# --- Reading --------------------------------------------------------------------------------


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_rows(raw: bytes, filename: str = "") -> list[list[str]]:
    """The file's rows as text cells (XLSX by its zip signature or name, else CSV with ``;``,
    ``,`` or tab, UTF-8 with or without BOM, or Windows-1252)."""
    if raw[:2] == b"PK" or filename.lower().endswith(".xlsx"):
        try:
            from openpyxl import load_workbook

            workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            sheet = workbook.worksheets[0]
            rows = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            workbook.close()
            return rows
        except Exception as error:  # openpyxl raises many kinds for a broken file
            raise ParticipantFileError([FILE_UNREADABLE]) from error
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise ParticipantFileError([FILE_UNREADABLE])
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    return [[unescape_cell(c) for c in row] for row in reader]


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date(value: str, label: str) -> datetime.date | None | str:
    if not value:
        return None
    text = value[:10] if re.match(r"^\d{4}-\d{2}-\d{2}[ T]", value) else value
    if _DATE.match(text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
    return BAD_DATE.format(label=label, value=value)


def _norm(value: str) -> str:
    return " ".join(value.casefold().split())


class _Lookups:
    def __init__(self, forbund: Forbund):
        insatser = list(Insats.objects.filter(forbund=forbund).prefetch_related("years"))
        self.insatser: dict[str, Insats] = {}
        for insats in insatser:
            self.insatser[_norm(insats.name)] = insats
            for record in insats.years.all():
                self.insatser.setdefault(_norm(record.name), insats)
        self.bands = {i.pk: i.age_band_list for i in insatser}
        self.reasons: dict[str, str] = {}
        for reason in ExitReason:
            self.reasons[_norm(reason.label)] = reason.value
            self.reasons[_norm(reason.value.replace("_", " "))] = reason.value
        for category in ExitCategory.objects.filter(forbund=forbund):
            self.reasons[_norm(category.name)] = f"cat:{category.pk}"
        self.sources: dict[str, str] = {key: value.value for key, value in SOURCES.items()}
        for member in forbund.members.all():
            if member.kind == MemberKind.KOMMUN:
                key = f"kommun:{member.pk}"
                self.sources[_norm(member.name)] = key
                short = re.sub(r"s? (kommun|stad)$", "", _norm(member.name))
                self.sources.setdefault(short, key)


def _band_key(bands: list[tuple[int, int]], age: int) -> str | None:
    for low, high in bands:
        if low <= age <= high:
            return f"{low}-{high}"
    return None


def parse_participant_file(
    *, forbund: Forbund, raw: bytes, period_start: datetime.date, period_end: datetime.date,
    filename: str = "",
) -> ParsedFile:  # fmt: skip
    """Every row checked and counted into the period; ``ParticipantFileError`` lists each bad
    row by its number (the header is row 1)."""
    rows = read_rows(raw, filename)
    while rows and not any(rows[-1]):
        rows.pop()
    if len(rows) < 2:
        raise ParticipantFileError([FILE_EMPTY])
    if len(rows) > MAX_ROWS + 1:
        raise ParticipantFileError([FILE_TOO_LARGE.format(max=MAX_ROWS)])
    header = [_norm(c) for c in rows[0]]
    errors = [UNKNOWN_COLUMN.format(name=c) for c in header if c and c not in COLUMNS]
    index = {COLUMNS[c]: i for i, c in enumerate(header) if c in COLUMNS}
    errors += [
        MISSING_COLUMNS.format(name=n if n != "kon" else "kön") for n in REQUIRED if n not in index
    ]
    if "fodelsear" not in index and "alder" not in index:
        errors.append(NO_AGE_COLUMN)
    if errors:
        raise ParticipantFileError(errors)

    lookups = _Lookups(forbund)
    counts: dict[int, InsatsCounts] = {}
    count = 0
    for number, row in enumerate(rows[1:], start=2):
        if not any(row):
            continue
        count += 1
        problem = _count_row(row, index, lookups, counts, period_start, period_end)
        if problem:
            errors.append(ROW.format(row=number, message=problem))
            if len(errors) >= 50:
                errors.append("Fler fel finns; rätta dessa först.")
                break
    if errors:
        raise ParticipantFileError(errors)
    return ParsedFile(period_start, period_end, count, list(counts.values()))


def _count_row(row, index, lookups: _Lookups, counts, period_start, period_end) -> str | None:
    def cell(name: str) -> str:
        i = index.get(name)
        return row[i].strip() if i is not None and i < len(row) else ""

    insats = lookups.insatser.get(_norm(cell("insats")))
    if insats is None:
        return UNKNOWN_INSATS.format(value=cell("insats"))
    gender = GENDERS.get(_norm(cell("kon")))
    if gender is None:
        return BAD_GENDER.format(value=cell("kon"))
    start = _date(cell("startdatum"), "startdatum")
    end = _date(cell("slutdatum"), "slutdatum")
    for value in (start, end):
        if isinstance(value, str):
            return value
    if start is None:
        return NO_START
    if end is not None and end < start:
        return END_BEFORE_START.format(end=end.isoformat(), start=start.isoformat())
    if cell("alder"):
        if not cell("alder").isdigit():
            return BAD_AGE.format(label="ålder", value=cell("alder"))
        age = int(cell("alder"))
    elif cell("fodelsear"):
        if not re.fullmatch(r"\d{4}", cell("fodelsear")):
            return BAD_AGE.format(label="födelseår", value=cell("fodelsear"))
        age = period_end.year - int(cell("fodelsear"))
    else:
        return NO_AGE
    bands = lookups.bands[insats.pk]
    band = _band_key(bands, age)
    if band is None:
        labels = ", ".join(f"{low}–{high}" for low, high in bands)
        return AGE_OUTSIDE.format(age=age, bands=labels)
    reason_text = cell("avslutsorsak")
    reason = None
    if reason_text:
        reason = lookups.reasons.get(_norm(reason_text))
        if reason is None:
            return BAD_REASON.format(value=reason_text)
        if end is None:
            return REASON_WITHOUT_END
    source = None
    if cell("remittent"):
        source = lookups.sources.get(_norm(cell("remittent")))
        if source is None:
            return BAD_SOURCE.format(value=cell("remittent"))

    # In the period: started by its end and not ended before its start.
    if start > period_end or (end is not None and end < period_start):
        return None
    c = counts.get(insats.pk)
    if c is None:
        c = counts[insats.pk] = InsatsCounts(insats.pk, insats.name)
    c.deltagare[gender] += 1
    if start >= period_start:
        c.nya[gender] += 1
    c.ages.setdefault(band, [0, 0, 0])[gender] += 1
    if source:
        c.referrals[source] = c.referrals.get(source, 0) + 1
    if end is not None and end <= period_end:
        c.avslutade[gender] += 1
        if reason:
            exit = c.exits.setdefault(reason, [0, 0, 0])
            exit[0] += 1
            if gender < 2:
                exit[1 + gender] += 1
    return None


# --- Preview and saving ---------------------------------------------------------------------


@dataclass
class PreviewRow:
    name: str
    exists: bool
    before: list[int | None]  # deltagare, kvinnor, män, okänt, nya, avslutade
    after: list[int]

    @property
    def changes(self) -> bool:
        return self.before != self.after

    @property
    def cells(self) -> list[tuple[int | None, int]]:
        return list(zip(self.before, self.after, strict=True))


LABELS = ["Deltagare", "Kvinnor", "Män", "Uppgift saknas", "Nya", "Avslutade"]


def _after(c: InsatsCounts) -> list[int]:
    return [sum(c.deltagare), *c.deltagare, sum(c.nya), sum(c.avslutade)]


def preview(forbund: Forbund, parsed: ParsedFile) -> list[PreviewRow]:
    existing = {
        o.insats_id: o
        for o in ParticipantOutcome.objects.filter(
            insats__forbund=forbund,
            period_start=parsed.period_start,
            period_end=parsed.period_end,
        )
    }
    rows = []
    for c in parsed.insatser:
        o = existing.get(c.insats_id)
        before = (
            [
                o.deltagare,
                o.deltagare_kvinnor,
                o.deltagare_man,
                o.deltagare_okant,
                o.nya,
                o.avslutade,
            ]
            if o
            else [None] * 6
        )
        rows.append(PreviewRow(c.name, o is not None, before, _after(c)))
    return rows


def _gender_values(values: list[int]) -> tuple[int, int, int | None]:
    return values[0], values[1], values[2] or None


@transaction.atomic
def apply_import(forbund: Forbund, parsed: ParsedFile) -> int:
    """Replace the period's counts of each insats in the file with the file's; the insatser must
    still be the förbund's. Returns how many records were written."""
    insatser = {i.pk: i for i in Insats.objects.filter(forbund=forbund)}
    categories = None
    written = 0
    for c in parsed.insatser:
        insats = insatser.get(c.insats_id)
        if insats is None:
            raise ParticipantFileError([UNKNOWN_INSATS.format(value=c.name)])
        k, m, okant = _gender_values(c.deltagare)
        nk, nm, _ = _gender_values(c.nya)
        ak, am, _ = _gender_values(c.avslutade)
        outcome = ParticipantOutcome.objects.select_for_update().filter(
            insats=insats, period_start=parsed.period_start, period_end=parsed.period_end
        ).first() or ParticipantOutcome(
            insats=insats, period_start=parsed.period_start, period_end=parsed.period_end,
            source="Import av deltagarfil",
        )  # fmt: skip
        values = {
            "deltagare": sum(c.deltagare), "deltagare_kvinnor": k, "deltagare_man": m,
            "deltagare_okant": okant, "nya": sum(c.nya), "nya_kvinnor": nk, "nya_man": nm,
            "avslutade": sum(c.avslutade), "avslutade_kvinnor": ak, "avslutade_man": am,
        }  # fmt: skip
        for name, value in values.items():
            setattr(outcome, name, value)
        if outcome.pk:
            outcome.version += 1
        outcome.full_clean(validate_unique=False, validate_constraints=False)
        outcome.save()
        categories = categories if categories is not None else _categories(forbund)
        _sync_children(outcome, c, categories)
        written += 1
    return written


def _categories(forbund: Forbund) -> dict[int, ExitCategory]:
    return {e.pk: e for e in ExitCategory.objects.filter(forbund=forbund)}


def _wanted_children(outcome, c: InsatsCounts, categories) -> dict:
    """Model -> {key: unsaved row} of what the file says."""
    ages = {}
    for band, v in c.ages.items():
        low, high = (int(x) for x in band.split("-"))
        ages[low] = AgeBandCount(
            outcome=outcome, age_from=low, age_to=high, kvinnor=v[0], man=v[1], okant=v[2] or None
        )
    referrals = {}
    for key, n in c.referrals.items():
        member_id = int(key.split(":")[1]) if key.startswith("kommun:") else None
        source = ReferralSource.KOMMUN if member_id else key
        referrals[(source, member_id)] = ReferralCount(
            outcome=outcome, source=source, member_id=member_id, count=n
        )
    exits = {}
    for key, values in c.exits.items():
        exit = _exit(outcome, key, values, categories)
        exits[(exit.reason, exit.category_id)] = exit
    return {AgeBandCount: ages, ReferralCount: referrals, ExitCount: exits}


CHILD_KEYS = {
    AgeBandCount: (lambda r: r.age_from, ["age_to", "kvinnor", "man", "okant"]),
    ReferralCount: (lambda r: (r.source, r.member_id), ["count"]),
    ExitCount: (lambda r: (r.reason, r.category_id), ["count", "kvinnor", "man"]),
}


def _sync_children(outcome, c: InsatsCounts, categories) -> None:
    """Make the outcome's age bands, referrals and exits exactly the file's: unchanged rows are
    left alone, changed ones updated, others created or deleted (all with history)."""
    related = {AgeBandCount: "age_bands", ReferralCount: "referrals", ExitCount: "exits"}
    for model, wanted in _wanted_children(outcome, c, categories).items():
        key_of, fields = CHILD_KEYS[model]
        existing = {key_of(row): row for row in getattr(outcome, related[model]).all()}
        changed = []
        for key, row in existing.items():
            new = wanted.pop(key, None)
            if new is None:
                row.delete()
            elif any(getattr(row, f) != getattr(new, f) for f in fields):
                for f in fields:
                    setattr(row, f, getattr(new, f))
                changed.append(row)
        if changed:
            bulk_update_with_history(changed, model, fields)
        if wanted:
            bulk_create_with_history(list(wanted.values()), model)


def _exit(outcome, key: str, values: list[int], categories: dict) -> ExitCount:
    n, k, m = values
    if key.startswith("cat:"):
        category = categories[int(key.split(":")[1])]
        return ExitCount(
            outcome=outcome, category=category, reason=category.national_reason, count=n,
            kvinnor=k, man=m,
        )  # fmt: skip
    return ExitCount(outcome=outcome, reason=key, count=n, kvinnor=k, man=m)
