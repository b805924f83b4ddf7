"""Statements and checks computed once per data version of the förbund, then read from the cache.

``install()`` wraps the computing functions of ``reports`` and ``interventions`` (which cannot
import this app: it sits above them). A call is cached when its arguments identify stored data –
a saved ``ReportPeriod``, a ``Forbund`` with plain values – and computed directly otherwise (typed
but unsaved figures, ``PeriodData``). The key holds the förbund's data version token
(``performance.versions``), so every write makes the old entries unreachable; they expire.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import hashlib
import sys
from importlib import import_module

from django.core.cache import cache
from django.db.models import Model

from finsam import ownership
from performance import versions

TIMEOUT = 24 * 3600

# module -> functions whose result depends only on stored data of the förbund
CACHED = {
    "reports.checks": ["run_checks"],
    "reports.live": ["summary_of"],
    # The Historik: history rows are written in the same transaction as the change they record,
    # which gives the förbund its new version.
    "finsam.history": ["history_entries", "years_with_history"],
    "reports.history": ["document_history_entries", "document_kinds"],
    "reports.texts": ["text_rows"],
    "reports.statements": [
        "resultatrakning",
        "balansrakning",
        "kassaflodesanalys",
        "driftredovisning",
        "noter",
        "balanskravsutredning",
        "helarsprognos",
        "five_year_overview",
        "year_figures",
        "equity_rollforward",
        "closing_balance",
        "opening_balance",
        "result_figures",
        "budget_figures",
        "cash_flow",
        "soliditet",
        "period_data",
    ],
    # The lowest readers, shared by the statements and checks of a cold request.
    "reports.selectors": [
        "annual_cost_lines",
        "annual_reports",
        "year_histories",
        "comparison_period",
    ],
    "reports.documents": ["document_html"],
    "interventions.selectors": [
        "budget_cost_lines",
        "insats_list",
        "years_with_data",
        "insats_years",
        "latest_year_of",
        "outcomes_of",
        "insats_goals",
        "insats_economy",
        "member_breakdown_table",
        "kommun_members",
        "participant_table",
        "socioeconomic_effect",
    ],
    "interventions.checks": ["run_checks", "outcome_checks", "goal_checks", "financing_checks"],
}

_MISS = object()


def _forbund_of(value) -> int | None:
    """The förbund of a saved row of the project, through its ownership lookup."""
    if not isinstance(value, Model) or value.pk is None:
        return None
    try:
        lookup = ownership.lookup_of(type(value))
    except KeyError:
        return None
    if lookup == "pk":
        return value.pk
    *path, last = lookup.split("__")
    for name in path:
        value = getattr(value, name, None)
        if value is None:
            return None
    return getattr(value, f"{last}_id", None)


def _part(value) -> str | None:
    """The argument's part of the key, or None when the call must not be cached."""
    if value is None or isinstance(value, bool | int | str):
        return repr(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Model) and _forbund_of(value) is not None:
        return f"{value._meta.label}:{value.pk}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # a frozen filter of plain values (finsam.history.HistoryFilter)
        if not type(value).__dataclass_params__.frozen:
            return None
        fields = [_part(getattr(value, f.name)) for f in dataclasses.fields(value)]
        return None if None in fields else f"{type(value).__qualname__}({','.join(fields)})"
    return None


def cache_key(name: str, args: tuple, kwargs: dict) -> str | None:
    values = list(args) + [kwargs[k] for k in sorted(kwargs)]
    forbund_ids = {fid for fid in map(_forbund_of, values) if fid is not None}
    if len(forbund_ids) != 1:
        return None
    parts = [_part(value) for value in values]
    if None in parts:
        return None
    (forbund_id,) = forbund_ids
    raw = "|".join([name, *sorted(kwargs), *parts, versions.token(forbund_id)])
    return "memo:" + hashlib.sha256(raw.encode()).hexdigest()


def get_or_compute(key: str | None, compute):
    if key is None:
        return compute()
    result = cache.get(key, _MISS)
    if result is _MISS:
        result = compute()
        cache.set(key, result, TIMEOUT)
    return result


def versioned(func, name: str):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return get_or_compute(cache_key(name, args, kwargs), lambda: func(*args, **kwargs))

    wrapper.uncached = func
    return wrapper


def cache_functions(module_name: str, names: list[str]) -> None:
    """Cache the module's functions per data version. The apps above this one (``workspace``)
    call it for their own functions; ``install`` does it for the apps below."""
    module = import_module(module_name)
    app = module_name.split(".")[0]
    for name in names:
        func = getattr(module, name)
        if hasattr(func, "uncached"):
            continue
        wrapper = versioned(func, f"{module_name}.{name}")
        # The module and every module of its app that holds the function by name (a module split
        # into parts calls its siblings' functions through their names).
        for other_name, other in list(sys.modules.items()):
            in_app = other_name == app or other_name.startswith(app + ".")
            if in_app and getattr(other, name, None) is func:
                setattr(other, name, wrapper)


def install() -> None:
    for module_name, names in CACHED.items():
        cache_functions(module_name, names)
