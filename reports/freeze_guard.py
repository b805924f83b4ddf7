"""What the models of an approved report call before a write, and what they raise.

The frozen models (``reports.models``) and the freeze rules (``reports.freeze``, which query those
models) would otherwise import each other. Both import this module instead: the models ``check``
a guard by name; the freeze rules ``install`` their guards here when they are imported
(``ReportsConfig.ready`` imports them).
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured, PermissionDenied

FROZEN_MESSAGE = "Rapporten är godkänd och kan inte ändras. Återöppna den för att göra ändringar."
BUDGET_FROZEN_MESSAGE = (
    "Budgeten ingår i en godkänd verksamhetsplan och kan inte ändras. Återöppna "
    "verksamhetsplanen för att göra ändringar."
)
VERSION_IMMUTABLE_MESSAGE = (
    "En godkänd version kan inte ändras eller tas bort; den kan bara återöppnas, en gång."
)


class ReportFrozen(PermissionDenied):
    """A change to an approved document (or its budget) was refused. A ``PermissionDenied``, so
    a view that does not catch it still answers 403, never 500."""

    title = "Godkänd – kan inte ändras"

    def __init__(self, message: str = FROZEN_MESSAGE):
        super().__init__(message)
        self.message = message


# The guards by name: "instance" (one row saved or deleted), "queryset" (bulk update/delete),
# "version_save" and "version_queryset" (an approved version itself).
GUARD_NAMES = ("instance", "queryset", "version_save", "version_queryset")
_GUARDS: dict[str, Callable] = {}


def install(**guards: Callable) -> None:
    unknown = set(guards) - set(GUARD_NAMES)
    if unknown:
        raise ImproperlyConfigured(f"Unknown freeze guards: {sorted(unknown)}")
    _GUARDS.update(guards)


def check(name: str, *args, **kwargs) -> None:
    """Run the named guard; it raises ``ReportFrozen`` when the write is refused. Refuses to run
    unguarded: a write before the freeze rules are installed is a configuration error."""
    guard = _GUARDS.get(name)
    if guard is None:
        raise ImproperlyConfigured(f"The freeze guard {name!r} is not installed (reports.freeze).")
    guard(*args, **kwargs)
