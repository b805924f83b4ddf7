"""Enter a report period as a förbundssekreterare would: the period is created through
``services.report_period_create`` (which prefills driftbidrag, budget lines and opening
balances) and then its lines and figures are typed in. Used by the tests' own förbund
(``tests/reports/alvkusten.py``); the demo förbund are data files (``demo/``)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from finsam.models import (
    Forbund,
)
from reports import services
from reports.models import (
    FigureLine,
    LineKind,
    PeriodFigures,
    ReportPeriod,
    SupplementaryNote,
    SupplementaryNoteRow,
)

D = Decimal
K = LineKind


@dataclass(frozen=True)
class L:
    """One entered line: kind, label, utfall (or utgående balans), and what else it has."""

    kind: str
    label: str
    amount: Decimal | int | str
    budget: Decimal | int | str | None = None
    member: str = ""
    category: str = ""
    group: str = ""
    opening: Decimal | int | str | None = None
    children: tuple[tuple[str, Decimal | int | str], ...] = ()


@dataclass(frozen=True)
class PeriodSpec:
    slug: str
    kind: str
    year: int
    layout: str
    lines: list[L]
    figures: dict = field(default_factory=dict)
    start: datetime.date | None = None
    end: datetime.date | None = None
    # How the report is printed (``services.PRESENTATION_FIELDS``), e.g. the statements' order.
    presentation: dict = field(default_factory=dict)
    # Supplementary notes: (title, text before, rows (label, budget, amount, last year), text
    # after); the rows as the förbund printed them.
    supplementary: list[tuple[str, str, list[tuple], str]] = field(default_factory=list)


def _load_period(forbund: Forbund, spec: PeriodSpec) -> ReportPeriod:
    start, end = services.default_dates(spec.kind, spec.year)
    start, end = spec.start or start, spec.end or end
    period = ReportPeriod.objects.filter(
        fiscal_year__forbund=forbund, kind=spec.kind, start=start, end=end
    ).first()
    if period is None:
        period = services.report_period_create(
            forbund=forbund,
            kind=spec.kind,
            year=spec.year,
            start=start,
            end=end,
            layout=spec.layout,
        )
    if period.layout != spec.layout:
        period.layout = spec.layout
        period.save(update_fields=["layout"])
    changed = [name for name, value in spec.presentation.items() if getattr(period, name) != value]
    if changed:
        for name in changed:
            setattr(period, name, spec.presentation[name])
        period.save(update_fields=changed)
    members = {m.name: m for m in forbund.members.all()}
    keep: set[int] = set()
    for position, line in enumerate(spec.lines, start=1):
        defaults = {
            "position": position * 10,
            "amount": D(line.amount),
            "budget": None if line.budget is None else D(line.budget),
            "category": line.category,
            "group": line.group,
            "opening_amount": None if line.opening is None else D(line.opening),
        }
        if line.budget is None:  # keep the budget prefilled from the förbund's budget, if any
            del defaults["budget"]
        if line.kind == K.DRIFTBIDRAG:
            saved, _ = FigureLine.objects.update_or_create(
                period=period,
                kind=line.kind,
                member=members[line.member],
                defaults={**defaults, "label": line.label},
            )
        else:
            saved, _ = FigureLine.objects.update_or_create(
                period=period, kind=line.kind, label=line.label, parent=None, defaults=defaults
            )
        keep.add(saved.pk)
        for sub_position, (label, amount) in enumerate(line.children, start=1):
            child, _ = FigureLine.objects.update_or_create(
                period=period,
                parent=saved,
                label=label,
                defaults={
                    "kind": line.kind,
                    "position": position * 10 + sub_position,
                    "amount": D(amount),
                },
            )
            keep.add(child.pk)
    FigureLine.objects.filter(period=period, parent__isnull=False).exclude(pk__in=keep).delete()
    FigureLine.objects.filter(period=period).exclude(pk__in=keep).delete()
    PeriodFigures.objects.update_or_create(period=period, defaults=spec.figures)
    _load_supplementary(period, spec.supplementary)
    return period


def _load_supplementary(period: ReportPeriod, notes) -> None:
    keep = []
    for position, (title, before, rows, after) in enumerate(notes, start=1):
        note, _ = SupplementaryNote.objects.update_or_create(
            period=period,
            title=title,
            defaults={"position": position, "text_before": before, "text_after": after},
        )
        keep.append(note.pk)
        labels = []
        for row_position, (label, budget, amount, previous) in enumerate(rows, start=1):
            SupplementaryNoteRow.objects.update_or_create(
                note=note,
                label=label,
                defaults={
                    "position": row_position,
                    "budget": None if budget is None else D(budget),
                    "amount": None if amount is None else D(amount),
                    "comparison_amount": None if previous is None else D(previous),
                },
            )
            labels.append(label)
        note.rows.exclude(label__in=labels).delete()
    SupplementaryNote.objects.filter(period=period).exclude(pk__in=keep).delete()
