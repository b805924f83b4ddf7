"""No lost updates: every edit form carries the version the user saw.

A save is refused when someone else saved in between; the row is locked while versions are
compared, so of two concurrent saves based on the same version exactly one succeeds.
"""

from django import forms
from django.db import models, transaction

STALE_VERSION_MESSAGE = (
    "Någon annan har sparat ändringar här sedan du öppnade sidan, så dina ändringar sparades "
    "inte. Nu sparat: {current}. Ladda om sidan och gör om dina ändringar."
)

MISSING_VERSION_MESSAGE = (
    "Sidan skickade inte med vilken version av uppgifterna du utgick från, så ändringen "
    "sparades inte (den kunde ha skrivit över någon annans). Ladda om sidan och gör om ändringen."
)


class VersionedModel(models.Model):
    version = models.PositiveIntegerField("version", default=1, editable=False)

    class Meta:
        abstract = True


class StaleVersionError(Exception):
    def __init__(self, current: models.Model, message: str):
        super().__init__(message)
        self.current = current
        self.message = message


class VersionedFormMixin(forms.Form):
    """Adds the hidden ``seen_version`` field; the form must be a ModelForm of a VersionedModel."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = self.instance.version


def describe(instance: models.Model, field_names: list[str]) -> str:
    """'Namn: Gislaveds kommun, Ordning: 4' – the saved values the user did not see."""
    parts = []
    for name in field_names:
        field = instance._meta.get_field(name)
        display = getattr(instance, f"get_{name}_display", None)
        value = display() if display else getattr(instance, name)
        label = str(field.verbose_name).capitalize()
        parts.append(f"{label}: {'–' if value is None else value}")
    return ", ".join(parts) or str(instance)


def lock_current_version(instance: models.Model, seen_version: int | None, fields: list[str]):
    """Lock the row; raise StaleVersionError unless it still has the version the user saw.

    The lock is mandatory: a save that does not say which version it saw (``None``) is refused.
    Call inside a transaction; bumps ``instance.version`` so the caller's save records the change.
    """
    current = type(instance)._default_manager.select_for_update().get(pk=instance.pk)
    if seen_version is None:
        raise StaleVersionError(current, MISSING_VERSION_MESSAGE)
    if current.version != seen_version:
        raise StaleVersionError(
            current, STALE_VERSION_MESSAGE.format(current=describe(current, fields))
        )
    instance.version = current.version + 1
    return current


@transaction.atomic
def save_versioned_form(form: forms.ModelForm):
    """Save a ModelForm of a VersionedModel unless its row changed since the form was shown."""
    instance = form.instance
    if instance.pk:
        fields = [name for name in form.changed_data if name != "seen_version"] or [
            name for name in form.fields if name != "seen_version"
        ]
        fields = [name for name in fields if name in {f.name for f in instance._meta.fields}]
        lock_current_version(instance, form.cleaned_data.get("seen_version"), fields)
    return form.save()
