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
from finsam.models import Forbund
from finsam.purge import purging

FORMAT = "finsam-rapport/forbund"
VERSION = 2
# Version 2 added the statements' fields (fixed assets, långfristiga skulder, ansvarsförbindelser,
# prognos balanskrav, balance-sheet columns, tkr tables) and reports.periodhistory; a version-1
# document reads unchanged, every new field taking its default.
READABLE_VERSIONS = (1, 2)

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


class ImportRejected(Exception):
    """The document cannot be imported; ``message`` says where and why (Swedish)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


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
        ordered += ready
        remaining -= set(ready)
    return ordered


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
        version in READABLE_VERSIONS,
        UNSUPPORTED_VERSION.format(
            version=version, supported=", ".join(str(v) for v in READABLE_VERSIONS)
        ),
    )
    _require(isinstance(document.get("objects"), list), "Fältet ”objects” saknas eller är fel.")
    _require(isinstance(document.get("users", []), list), "Fältet ”users” ska vara en lista.")
    slug = document.get("forbund")
    _require(isinstance(slug, str) and slug, "Fältet ”forbund” (förbundets kortnamn) saknas.")
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
            return forbund
    except DatabaseError as error:
        raise ImportRejected(f"Databasen vägrade spara exporten: {error}") from error


@transaction.atomic
def delete_forbund(forbund: Forbund) -> None:
    """Delete every row of the förbund, referring rows first (members are protected).

    Approved reports are frozen (database triggers and model guards, ``reports.freeze``); a
    whole förbund is deleted as maintenance, with the freeze lifted for this transaction."""
    with purging():
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
    last_position = -1
    for index, section in enumerate(sections):
        where = _where("objects", index)
        _require(isinstance(section, dict), f"{where}: ska vara ett objekt.")
        label = section.get("model")
        _require(label in by_label, f"{where}.model: okänd modell {label!r}.")
        _require(order[label] > last_position, f"{where}.model: {label} står i fel ordning.")
        last_position = order[label]
        rows = section.get("rows")
        _require(isinstance(rows, list), f"{where}.rows: ska vara en lista.")
        model = by_label[label]
        for row_index, row in enumerate(rows):
            obj = _build(model, row, _where(label, row_index), new_pks)
            if model is Forbund:
                forbund = obj
    return forbund


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
    try:
        return field.to_python(value)
    except ValidationError as error:
        raise ImportRejected(f"{where}: {' '.join(error.messages)}") from None
