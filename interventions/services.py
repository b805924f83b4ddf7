"""Writes of insatser, outcomes, goals and indicators. Each runs in one transaction, so nothing is
saved partially."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction

from finsam.csvsafe import escape_cell, unescape_cell
from finsam.forms_fields import CountField
from finsam.models import Forbund
from finsam.versioning import lock_current_version, save_versioned_form
from interventions.forms import OutcomeForm, parse_percent
from interventions.models import (
    YEAR_FIELDS,
    AgeBandCount,
    ExitCategory,
    ExitCount,
    IndicatorResult,
    Insats,
    InsatsFinancing,
    InsatsYear,
    MemberBreakdown,
    ParticipantOutcome,
    ReferralCount,
    SocioeconomicSetting,
)

# --- Outcomes ----------------------------------------------------------------------------------


def _sync(queryset, key: str, values: dict, make) -> None:
    """Make the rows of ``queryset`` match ``values`` ({key value: fields}): update changed rows,
    create new ones, delete the others. Rows are saved one by one so their history is kept."""
    existing = {getattr(row, key): row for row in queryset}
    for key_value, fields in values.items():
        row = existing.pop(key_value, None)
        if row is None:
            make(key_value, fields).save()
        elif any(getattr(row, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(row, name, value)
            row.save()
    for row in existing.values():
        row.delete()


@transaction.atomic
def outcome_save(
    *, insats: Insats, form: OutcomeForm, outcome: ParticipantOutcome | None = None
) -> ParticipantOutcome:
    """Save an outcome record with its avslutsorsaker, referrals, age bands and per-kommun
    figures, unless someone saved the record since the form was shown."""
    if outcome is None:
        outcome = ParticipantOutcome(insats=insats)
    else:
        lock_current_version(
            outcome, form.cleaned_data.get("seen_version"), ["period_start", "deltagare"]
        )
    for name, value in form.record_values().items():
        setattr(outcome, name, "" if value is None and name == "source" else value)
    outcome.save()

    outcome_children_save(
        outcome=outcome,
        exits=form.exit_values(),
        referrals=form.referral_values(),
        ages=form.age_values(),
        members={member.pk: values for member, values in form.member_values().items()},
        categories=form.category_values(),
    )
    return outcome


def outcome_children_save(
    *,
    outcome: ParticipantOutcome,
    exits: dict[str, tuple[int, int | None, int | None]],
    referrals: dict[str, int],
    ages: dict[tuple[int, int], tuple[int | None, int | None, int | None]],
    members: dict[int, tuple[int, int | None, int | None]],
    categories: dict[int, tuple[int, int | None, int | None]] | None = None,
) -> None:
    """Make the record's avslutsorsaker, referrals, age bands and per-member figures exactly
    these (keys absent here are removed). ``categories`` are the förbund's own avslutsorsaker
    (pk -> counts); ``None`` leaves those rows as they are."""
    if categories is not None:
        national = dict(
            ExitCategory.objects.filter(pk__in=categories).values_list("pk", "national_reason")
        )
        _sync(
            outcome.exits.filter(category__isnull=False),
            "category_id",
            {
                pk: {"count": count, "kvinnor": kvinnor, "man": man, "reason": national[pk]}
                for pk, (count, kvinnor, man) in categories.items()
            },
            lambda pk, fields: ExitCount(outcome=outcome, category_id=pk, **fields),
        )
    _sync(
        outcome.exits.filter(category__isnull=True),
        "reason",
        {
            reason: {"count": count, "kvinnor": kvinnor, "man": man}
            for reason, (count, kvinnor, man) in exits.items()
        },
        lambda reason, fields: ExitCount(outcome=outcome, reason=reason, **fields),
    )
    _sync(  # per-kommun referrals (from a participant file) are kept as they are
        outcome.referrals.filter(member__isnull=True),
        "source",
        {source: {"count": count} for source, count in referrals.items()},
        lambda source, fields: ReferralCount(outcome=outcome, source=source, **fields),
    )
    _sync(
        outcome.age_bands.all(),
        "age_from",
        {
            low: {"age_to": high, "kvinnor": kvinnor, "man": man, "okant": okant}
            for (low, high), (kvinnor, man, okant) in ages.items()
        },
        lambda low, fields: AgeBandCount(outcome=outcome, age_from=low, **fields),
    )
    _sync(
        outcome.member_breakdown.all(),
        "member_id",
        {
            member_id: {"deltagare": total, "kvinnor": kvinnor, "man": man}
            for member_id, (total, kvinnor, man) in members.items()
        },
        lambda member_id, fields: MemberBreakdown(outcome=outcome, member_id=member_id, **fields),
    )


# --- Economy and settings ----------------------------------------------------------------------


@transaction.atomic
def financing_save(*, insats: Insats, year: int, form: forms.ModelForm) -> InsatsFinancing:
    form.instance.insats = insats
    form.instance.year = year
    return save_versioned_form(form)


@transaction.atomic
def socioeconomic_setting_save(
    *, forbund: Forbund, year: int, form: forms.ModelForm
) -> SocioeconomicSetting:
    form.instance.forbund = forbund
    form.instance.year = year
    return save_versioned_form(form)


# --- Indicator import --------------------------------------------------------------------------

IMPORT_COLUMNS = {
    "insats": "insats",
    "mätperiod": "period_year",
    "fråga": "question",
    "svarande": "respondents",
    "andel positiva": "share_positive",
    "svarande kvinnor": "respondents_kvinnor",
    "andel positiva kvinnor": "share_positive_kvinnor",
    "svarande män": "respondents_man",
    "andel positiva män": "share_positive_man",
}
IMPORT_HEADER = ";".join(name.capitalize() for name in IMPORT_COLUMNS)
REQUIRED_COLUMNS = ("insats", "mätperiod", "fråga", "svarande")

IMPORT_ENCODING = "Filen kunde inte läsas som text. Spara den som CSV (UTF-8 eller Windows)."
IMPORT_EMPTY = "Filen innehåller inga rader med resultat."
IMPORT_MISSING_COLUMNS = "Rubrikraden saknar kolumnerna: {columns}."
IMPORT_ROW = "Rad {row}: {message}"
IMPORT_UNKNOWN_INSATS = "Insatsen ”{name}” finns inte i förbundet."
IMPORT_PERIOD = "Mätperioden ”{value}” ska vara ett år, t.ex. 2024 eller ”nov 2023 – okt 2024”."
IMPORT_QUESTION_MISSING = "Frågan saknas."
IMPORT_DUPLICATE = "Samma insats, mätperiod och fråga finns redan på rad {row}."
IMPORT_SHARE_WITHOUT_RESPONDENTS = "Andelen för {who} har inget antal svarande."
IMPORT_NUL = "Filen innehåller ogiltiga tecken (NUL) och är ingen CSV-fil. Spara den som CSV igen."
IMPORT_UNREADABLE = "Filen kunde inte läsas som CSV: {error}"
IMPORT_QUESTION_TOO_LONG = "Frågan är för lång ({length} tecken; högst {limit})."
QUESTION_MAX_LENGTH = IndicatorResult._meta.get_field("question").max_length


class IndicatorImportError(Exception):
    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise IndicatorImportError([IMPORT_ENCODING])


def _period_year(value: str) -> int:
    years = re.findall(r"\b(20\d\d)\b", value)
    if not years:
        raise ValidationError(IMPORT_PERIOD.format(value=value))
    return int(years[-1])


def _parse_row(row: dict[str, str], insatser: dict[str, Insats]) -> dict:
    values: dict = {}
    name = row.get("insats", "").strip()
    insats = insatser.get(name.casefold())
    if insats is None:
        raise ValidationError(IMPORT_UNKNOWN_INSATS.format(name=name))
    values["insats"] = insats
    values["period_year"] = _period_year(row.get("mätperiod", ""))
    question = row.get("fråga", "").strip()
    if not question:
        raise ValidationError(IMPORT_QUESTION_MISSING)
    if len(question) > QUESTION_MAX_LENGTH:
        raise ValidationError(
            IMPORT_QUESTION_TOO_LONG.format(length=len(question), limit=QUESTION_MAX_LENGTH)
        )
    values["question"] = question
    for column, field in IMPORT_COLUMNS.items():
        if field in ("insats", "period_year", "question"):
            continue
        text = (row.get(column) or "").strip()
        try:
            if field.startswith("share_"):
                values[field] = parse_percent(text) if text else None
            else:
                values[field] = CountField(required=field == "respondents").clean(text)
        except ValidationError as error:
            raise ValidationError(f"{column.capitalize()}: {error.messages[0]}") from error
    for who, share, respondents in (
        ("kvinnor", "share_positive_kvinnor", "respondents_kvinnor"),
        ("män", "share_positive_man", "respondents_man"),
    ):
        if values[share] is not None and values[respondents] is None:
            raise ValidationError(IMPORT_SHARE_WITHOUT_RESPONDENTS.format(who=who))
    return values


def indicator_rows_from_csv(*, forbund: Forbund, raw: bytes) -> list[dict]:
    """The file's results, validated; ``IndicatorImportError`` lists every bad row."""
    text = _decode(raw)
    if "\x00" in text:
        raise IndicatorImportError([IMPORT_NUL])
    first_line = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if ";" in first_line else ("\t" if "\t" in first_line else ",")
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        rows = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as error:
        raise IndicatorImportError([IMPORT_UNREADABLE.format(error=error)]) from None
    if len(rows) < 2:
        raise IndicatorImportError([IMPORT_EMPTY])
    header = [cell.strip().casefold() for cell in rows[0]]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise IndicatorImportError(
            [IMPORT_MISSING_COLUMNS.format(columns=", ".join(c.capitalize() for c in missing))]
        )
    insatser = {insats.name.casefold(): insats for insats in forbund.insatser.all()}
    errors, parsed, seen = [], [], {}
    for line_number, cells in enumerate(rows[1:], start=2):
        row = {
            column: unescape_cell(cells[i]) if i < len(cells) else ""
            for i, column in enumerate(header)
        }
        try:
            values = _parse_row(row, insatser)
        except ValidationError as error:
            for message in error.messages:
                errors.append(IMPORT_ROW.format(row=line_number, message=message))
            continue
        key = (values["insats"].pk, values["period_year"], values["question"])
        if key in seen:
            errors.append(
                IMPORT_ROW.format(row=line_number, message=IMPORT_DUPLICATE.format(row=seen[key]))
            )
            continue
        seen[key] = line_number
        parsed.append(values)
    if errors:
        raise IndicatorImportError(errors)
    return parsed


@transaction.atomic
def indicator_import_csv(*, forbund: Forbund, raw: bytes) -> ImportResult:
    """Import indicator results from a CSV file of the indicator table's columns: all rows or
    none. A result already entered for the same insats, mätperiod and fråga is updated."""
    created = updated = 0
    for values in indicator_rows_from_csv(forbund=forbund, raw=raw):
        key = {k: values.pop(k) for k in ("insats", "period_year", "question")}
        result = IndicatorResult.objects.filter(**key).first()
        if result is None:
            IndicatorResult.objects.create(**key, **values)
            created += 1
        elif any(getattr(result, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(result, name, value)
            result.version += 1
            result.save()
            updated += 1
    return ImportResult(created=created, updated=updated)


def share_text(value: Decimal | None) -> str:
    """A ratio as the CSV file writes it: 0.62 -> '62', 0.625 -> '62,5'."""
    if value is None:
        return ""
    return format((value * 100).normalize(), "f").replace(".", ",")


def count_text(value: int | None) -> str:
    return "" if value is None else str(value)


def indicator_csv(results) -> str:
    """The indicator table as CSV, in the columns the import reads."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([name.capitalize() for name in IMPORT_COLUMNS])
    for r in results:
        writer.writerow(
            escape_cell(cell)
            for cell in [
                r.insats.name,
                r.period_label,
                r.question,
                count_text(r.respondents),
                share_text(r.share_positive),
                count_text(r.respondents_kvinnor),
                share_text(r.share_positive_kvinnor),
                count_text(r.respondents_man),
                share_text(r.share_positive_man),
            ]
        )
    return out.getvalue()


# --- Year-scoped details -----------------------------------------------------------------------


def _first_reported_year(insats: Insats) -> int | None:
    """The earliest year the insats has figures for (or starts in)."""
    years = set(insats.outcomes.values_list("period_end__year", flat=True))
    years |= set(insats.financing.values_list("year", flat=True))
    years |= set(insats.goals.values_list("year", flat=True))
    years |= set(insats.indicators.values_list("period_year", flat=True))
    if insats.start_date:
        years.add(insats.start_date.year)
    return min(years) if years else None


@transaction.atomic
def insats_year_save(
    *, insats: Insats, year: int, values: dict, previous: dict | None = None
) -> InsatsYear:
    """Set the insats' name, ansvar, period, målgrupp or bemanning from ``year`` on. Earlier
    years keep what they printed: before the first change, the details as they were
    (``previous``, default the insats' fields) become the record of its first reported year.
    The insats' own fields then follow the latest year's record."""
    unknown = set(values) - set(YEAR_FIELDS)
    if unknown:
        raise ValueError(f"not year-scoped fields: {sorted(unknown)}")
    insats = Insats.objects.select_for_update().get(pk=insats.pk)
    before = previous or {name: getattr(insats, name) for name in YEAR_FIELDS}
    if not insats.years.exists():
        first = _first_reported_year(insats)
        if first is not None and first < year:
            InsatsYear.objects.create(insats=insats, year=first, **before)
    record = insats.years.filter(year__lte=year).order_by("-year").first()
    base = {name: getattr(record, name) for name in YEAR_FIELDS} if record else before
    record, _ = InsatsYear.objects.update_or_create(
        insats=insats, year=year, defaults={**base, **values}
    )
    record.full_clean()
    latest = insats.years.order_by("-year").first()
    current = {name: getattr(latest, name) for name in YEAR_FIELDS}
    if any(getattr(insats, name) != value for name, value in current.items()):
        for name, value in current.items():
            setattr(insats, name, value)
        insats.version += 1
        insats.full_clean()
        insats.save()
    return record
