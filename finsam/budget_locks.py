"""Whether a year's budget may still change. The budget is core data, but what freezes it (an
approved Verksamhetsplan) is known only to a layer above (``reports``). That layer registers a
``BudgetLock`` here when it starts, and the budget pages ask this module: no import runs upward."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class BudgetLock:
    """``is_locked(fiscal_year_id)`` tells; ``guard(fiscal_year_id)`` raises a
    ``PermissionDenied`` (403 with ``message``) when locked."""

    is_locked: Callable[[int | None], bool]
    guard: Callable[[int | None], None]
    message: str


LOCKS: list[BudgetLock] = []


def register(lock: BudgetLock) -> None:
    if lock not in LOCKS:
        LOCKS.append(lock)


def budget_locked(fiscal_year_id: int | None) -> BudgetLock | None:
    """The first lock that holds the year's budget, or None."""
    return next((lock for lock in LOCKS if lock.is_locked(fiscal_year_id)), None)


def guard_budget(fiscal_year_id: int | None) -> None:
    for lock in LOCKS:
        lock.guard(fiscal_year_id)
