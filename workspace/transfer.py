"""Export and import of everything of one förbund, as a versioned JSON document.

The format is documented in docs/data-format.md. Rows are referred to by export-local numbers
(``ref``), not database ids, so a förbund moves between installations and an export of an imported
förbund is identical to the original export. Import validates every row like a form would and
writes in one transaction: a bad document is rejected with a message naming the bad field and
nothing is written.
"""

import base64
import datetime
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import DatabaseError, models, transaction

from finsam import ownership
from finsam.models import Forbund, Membership
from finsam.purge import purging
from finsam.transfer_hooks import (  # noqa: F401  (the apps register their checks there)
    INTEGRITY_CHECKS,
    VERIFIERS,
    ImportRejected,
    register_integrity_check,
    register_verifier,
)

FORMAT = "finsam-rapport/forbund"
VERSION = 3
# Version 2 added the statements' fields (fixed assets, långfristiga skulder, ansvarsförbindelser,
# prognos balanskrav, balance-sheet columns, tkr tables) and reports.periodhistory; a version-1
# document reads unchanged, every new field taking its default. Version 3 added the budget as
# totals (budget_intakter/_kostnader), the prognos as a budget deviation, the equity layout and
# the supplementary notes (reports.supplementarynote, reports.supplementarynoterow); version 1
# and 2 documents read unchanged.
READABLE_VERSIONS = (1, 2, 3)

NOT_A_DOCUMENT = (
    "Filen är inte en export från Finsam Rapport (fältet ”format” saknas eller är fel)."
)
UNSUPPORTED_VERSION = (
    "Exportformatets version {version} stöds inte (den här installationen läser {supported})."
)
SLUG_EXISTS = (
    "Förbundet ”{slug}” finns redan i den här installationen. Välj att ersätta det "
    "(--replace) om du vill skriva över det."
)


# Limits of an import file (``check_limits``): a file beyond them is refused before anything is read
# into the database.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_DEPTH = 40
MAX_ROWS = 500_000
MAX_STRING = 50 * 1024 * 1024
TOO_LARGE = "Filen är för stor ({size} byte); högst {limit} byte kan importeras."
TOO_DEEP = "Filen är för djupt nästlad (mer än {limit} nivåer); det är ingen export härifrån."
TOO_MANY_ROWS = "Filen har för många rader (mer än {limit})."
STRING_TOO_LONG = "{where}: texten är för lång (mer än {limit} tecken)."
ONE_FORBUND = "Exporten ska innehålla exakt ett förbund (finsam.forbund har {count} rader)."
FOREIGN_MEMBERSHIP = (
    "{where}: behörigheten gäller ett annat förbund än filens; en export får bara ge "
    "behörigheter i sitt eget förbund."
)
FOREIGN_USER = (
    "{where}: användaren ”{username}” finns redan här med behörighet i ett annat förbund "
    "({others}); en import får inte ge en befintlig användare i ett annat förbund nya "
    "behörigheter. Lägg till behörigheten i appen i stället."
)
PRIVILEGED_USER = (
    "{where}: användaren ”{username}” är administratör i den här installationen; en import "
    "får inte ge den behörigheter."
)
NOT_A_NUMBER = "{where}: ska vara ett tal skrivet som text eller heltal, inte {kind}."
NOT_AN_INTEGER = "{where}: ska vara ett heltal, inte {kind}."
NOT_A_BOOLEAN = "{where}: ska vara true eller false, inte {kind}."
NOT_TEXT = "{where}: ska vara text, inte {kind}."
JSON_KINDS = {bool: "sant/falskt", float: "ett decimaltal", int: "ett heltal", str: "text"}

# --- Model order and field encoding ------------------------------------------------------------


def _label(model: type[models.Model]) -> str:
    return model._meta.label_lower


def _is_user(model) -> bool:
    return _label(model) == settings.AUTH_USER_MODEL.lower()


def models_in_order() -> list[type[models.Model]]:
    """Owned models, each after the models it refers to (the förbund first)."""
    remaining = set(ownership.owned_models())
    ordered: list[type[models.Model]] = []
    while remaining:
        ready = sorted(
            (
                model
                for model in remaining
                if all(
                    dependency not in remaining or dependency is model
                    for dependency in _dependencies(model)
                )
            ),
            key=_label,
        )
        if not ready:
            raise RuntimeError("Cyclic references between owned models: " + str(remaining))
        # An approved version freezes its document's rows: it is imported after everything
        # that does not depend on it, so that the import never writes into a frozen report.
        unfreezing = [model for model in ready if _label(model) not in FREEZING_MODELS]
        ready = unfreezing or ready
        ordered += ready
        remaining -= set(ready)
    return ordered


FREEZING_MODELS = {"reports.approvedversion"}


def _dependencies(model) -> list[type[models.Model]]:
    return [field.related_model for field in _relations(model)]


def _relations(model) -> list[models.Field]:
    return [
        field
        for field in model._meta.get_fields()
        if (field.many_to_one or field.one_to_one or field.many_to_many)
        and field.concrete
        and not field.auto_created
    ]


def _data_fields(model) -> list[models.Field]:
    return [field for field in model._meta.concrete_fields if not field.primary_key]


def _encode(field: models.Field, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


# --- Export -------------------------------------------------------------------------------------


def export_forbund(forbund: Forbund) -> dict:
    refs: dict[tuple[type, int], int] = {}
    users: dict[str, dict] = {}
    sections = []
    for model in models_in_order():
        rows = []
        for number, obj in enumerate(ownership.rows_of(model, forbund).order_by("pk"), start=1):
            refs[(model, obj.pk)] = number
            fields = {}
            for field in _data_fields(model):
                value = getattr(obj, field.attname)
                if field.is_relation:
                    fields[field.name] = _encode_relation(field, value, refs, users)
                else:
                    fields[field.name] = _encode(field, value)
            for field in model._meta.many_to_many:
                fields[field.name] = sorted(
                    refs[(field.related_model, pk)]
                    for pk in getattr(obj, field.name).values_list("pk", flat=True)
                )
            rows.append({"ref": number, "fields": fields})
        sections.append({"model": _label(model), "rows": rows})
    return {
        "format": FORMAT,
        "version": VERSION,
        "forbund": forbund.slug,
        "users": [users[name] for name in sorted(users)],
        "objects": sections,
    }


def _encode_relation(field, value, refs, users) -> Any:
    if value is None:
        return None
    target = field.related_model
    if _is_user(target):
        user = get_user_model()._default_manager.get(pk=value)
        users[user.get_username()] = {
            "username": user.get_username(),
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
        }
        return user.get_username()
    key = (target, value)
    if key not in refs:
        raise ValueError(f"{field.model._meta.label}.{field.name} points outside the förbund")
    return refs[key]


# --- Import -------------------------------------------------------------------------------------


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ImportRejected(message)


def _where(label: str, index: int, field: str | None = None) -> str:
    return f"{label}[{index}]" + (f".{field}" if field else "")


def import_forbund(document: Any, *, replace: bool = False) -> Forbund:
    """Create the förbund of an export document. All or nothing."""
    _require(isinstance(document, dict) and document.get("format") == FORMAT, NOT_A_DOCUMENT)
    version = document.get("version")
    _require(
        type(version) is int and version in READABLE_VERSIONS,
        UNSUPPORTED_VERSION.format(
            version=version, supported=", ".join(str(v) for v in READABLE_VERSIONS)
        ),
    )
    _require(isinstance(document.get("objects"), list), "Fältet ”objects” saknas eller är fel.")
    _require(isinstance(document.get("users", []), list), "Fältet ”users” ska vara en lista.")
    slug = document.get("forbund")
    _require(isinstance(slug, str) and slug, "Fältet ”forbund” (förbundets kortnamn) saknas.")
    check_limits(document)
    try:
        with transaction.atomic(), purging():
            existing = Forbund.objects.filter(slug=slug).first()
            if existing is not None:
                _require(replace, SLUG_EXISTS.format(slug=slug))
                delete_forbund(existing)
            _import_users(document.get("users", []))
            # Approved documents arrive with their versions: restored as they were, frozen after.
            forbund = _import_objects(document["objects"])
            _require(
                forbund is not None and forbund.slug == slug,
                "Exporten innehåller inget förbund med kortnamnet i fältet ”forbund”.",
            )
            for verify in VERIFIERS:
                verify(forbund)
            return forbund
    except DatabaseError as error:
        raise ImportRejected(f"Databasen vägrade spara exporten: {error}") from error


@transaction.atomic
def delete_forbund(forbund: Forbund) -> None:
    """Delete every row of the förbund, referring rows first (members are protected).

    Approved reports are frozen (database triggers and model guards, ``reports.freeze``); a
    whole förbund is deleted as maintenance, with the freeze lifted for this transaction."""
    with purging(forbund):
        for model in reversed(models_in_order()):
            ownership.rows_of(model, forbund).delete()


def _import_users(rows: list) -> None:
    User = get_user_model()
    for index, row in enumerate(rows):
        where = _where("users", index)
        _require(isinstance(row, dict), f"{where}: ska vara ett objekt.")
        username = row.get("username")
        _require(isinstance(username, str) and username.strip(), f"{where}.username: saknas.")
        user = User._default_manager.filter(username=username).first()
        if user is None:
            user = User(
                username=username,
                first_name=row.get("first_name") or "",
                last_name=row.get("last_name") or "",
                email=row.get("email") or "",
            )
            user.set_unusable_password()
            _validated_save(user, where, exclude=["password"])


def _validated_save(obj: models.Model, where: str, exclude: list[str] | None = None) -> None:
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as error:
        messages = []
        for field, errors in error.message_dict.items():
            name = "" if field == "__all__" else f".{field}"
            messages.append(f"{where}{name}: {' '.join(errors)}")
        raise ImportRejected(" ".join(messages)) from error
    try:
        with transaction.atomic():
            obj.save()
    except DatabaseError as error:
        raise ImportRejected(f"{where}: databasen vägrade spara raden ({error}).") from error


def _import_objects(sections: list) -> Forbund | None:
    by_label = {_label(model): model for model in ownership.owned_models()}
    order = {_label(model): index for index, model in enumerate(models_in_order())}
    new_pks: dict[tuple[type, int], int] = {}
    forbund = None
    seen: set[str] = set()
    checked = []
    for index, section in enumerate(sections):
        where = _where("objects", index)
        _require(isinstance(section, dict), f"{where}: ska vara ett objekt.")
        label = section.get("model")
        _require(isinstance(label, str) and label in by_label, f"{where}.model: okänd modell.")
        _require(label not in seen, f"{where}.model: {label} förekommer två gånger.")
        seen.add(label)
        rows = section.get("rows")
        _require(isinstance(rows, list), f"{where}.rows: ska vara en lista.")
        checked.append((label, rows))
    forbund_rows = next((rows for label, rows in checked if label == "finsam.forbund"), [])
    _require(len(forbund_rows) == 1, ONE_FORBUND.format(count=len(forbund_rows)))
    # Each model after the ones it refers to, whatever order the file lists them in.
    for label, rows in sorted(checked, key=lambda item: order[item[0]]):
        model = by_label[label]
        for row_index, row in enumerate(rows):
            obj = _build(model, row, _where(label, row_index), new_pks)
            if model is Forbund:
                forbund = obj
            elif model is Membership:
                _check_membership(obj, forbund, _where(label, row_index))
    return forbund


def _check_membership(membership: Membership, forbund: Forbund, where: str) -> None:
    """A file gives roles only in its own förbund, and never to an existing user of another
    förbund (or an administrator) – an import cannot promote someone elsewhere."""
    _require(membership.forbund_id == forbund.pk, FOREIGN_MEMBERSHIP.format(where=where))
    user = membership.user
    username = user.get_username()
    _require(
        not (user.is_staff or user.is_superuser),
        PRIVILEGED_USER.format(where=where, username=username),
    )
    others = sorted(
        Membership.objects.filter(user=user)
        .exclude(forbund=forbund)
        .values_list("forbund__name", flat=True)
    )
    _require(
        not others,
        FOREIGN_USER.format(where=where, username=username, others=", ".join(others)),
    )


def _json_kind(value: Any) -> str:
    return JSON_KINDS.get(type(value), type(value).__name__)


def check_limits(document: Any) -> None:
    """Nesting depth, number of rows and length of strings, before anything is written."""
    stack = [(document, 1)]
    rows = 0
    while stack:
        value, depth = stack.pop()
        _require(depth <= MAX_DEPTH, TOO_DEEP.format(limit=MAX_DEPTH))
        if isinstance(value, dict):
            rows += 1
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, str):
            _require(
                len(value) <= MAX_STRING, STRING_TOO_LONG.format(where="filen", limit=MAX_STRING)
            )
    _require(rows <= MAX_ROWS, TOO_MANY_ROWS.format(limit=MAX_ROWS))


def _build(model, row, where: str, new_pks: dict) -> models.Model:
    _require(isinstance(row, dict), f"{where}: ska vara ett objekt.")
    ref = row.get("ref")
    is_number = isinstance(ref, int) and not isinstance(ref, bool)
    _require(is_number, f"{where}.ref: ska vara ett heltal.")
    _require((model, ref) not in new_pks, f"{where}.ref: {ref} förekommer två gånger.")
    fields = row.get("fields")
    _require(isinstance(fields, dict), f"{where}.fields: ska vara ett objekt.")
    obj = model()
    many_to_many = {}
    for name, value in fields.items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            raise ImportRejected(f"{where}.{name}: okänt fält.") from None
        if field.many_to_many:
            _require(isinstance(value, list), f"{where}.{name}: ska vara en lista.")
            many_to_many[field] = [_resolve(field, item, where, new_pks) for item in value]
        elif field.is_relation:
            setattr(obj, field.attname, _resolve(field, value, where, new_pks))
        elif field.primary_key or not field.concrete:
            raise ImportRejected(f"{where}.{name}: fältet kan inte importeras.")
        else:
            setattr(obj, field.attname, _decode(field, value, f"{where}.{name}"))
    _validated_save(obj, where)
    for field, pks in many_to_many.items():
        getattr(obj, field.name).set(pks)
    new_pks[(model, ref)] = obj.pk
    return obj


def _resolve(field, value, where: str, new_pks: dict):
    if value is None:
        return None
    target = field.related_model
    if _is_user(target):
        _require(isinstance(value, str), f"{where}.{field.name}: ska vara ett användarnamn.")
        user = get_user_model()._default_manager.filter(username=value).first()
        _require(user is not None, f"{where}.{field.name}: okänd användare {value!r}.")
        return user.pk
    _require(
        isinstance(value, int) and not isinstance(value, bool) and (target, value) in new_pks,
        f"{where}.{field.name}: hänvisar till en rad som inte finns i exporten ({value!r}).",
    )
    return new_pks[(target, value)]


def _check_type(field: models.Field, value: Any, where: str) -> None:
    """Strict JSON types: money never as a float or a boolean, counts only as integers."""
    kind = _json_kind(value)
    if isinstance(field, models.BooleanField):
        _require(isinstance(value, bool), NOT_A_BOOLEAN.format(where=where, kind=kind))
    elif isinstance(field, models.DecimalField):
        _require(
            isinstance(value, str | int) and not isinstance(value, bool),
            NOT_A_NUMBER.format(where=where, kind=kind),
        )
    elif isinstance(field, models.IntegerField):
        _require(
            isinstance(value, int) and not isinstance(value, bool),
            NOT_AN_INTEGER.format(where=where, kind=kind),
        )
    elif isinstance(field, models.CharField | models.TextField):
        _require(isinstance(value, str), NOT_TEXT.format(where=where, kind=kind))


def _decode(field: models.Field, value: Any, where: str) -> Any:
    if value is None:
        return None
    if isinstance(field, models.BinaryField):
        _require(isinstance(value, str), f"{where}: ska vara base64-text.")
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            raise ImportRejected(f"{where}: ogiltig base64-text.") from None
    if isinstance(field, models.JSONField):
        return value
    if isinstance(value, dict | list):
        raise ImportRejected(f"{where}: ska vara ett enkelt värde, inte {type(value).__name__}.")
    if isinstance(field, models.DateField | models.DateTimeField):
        _require(isinstance(value, str), f"{where}: ett datum ska skrivas som text, ÅÅÅÅ-MM-DD.")
    _check_type(field, value, where)
    try:
        return field.to_python(value)
    except ValidationError as error:
        raise ImportRejected(f"{where}: {' '.join(error.messages)}") from None
