"""Bar charts for the reports as inline SVG: vector graphics in the PDF, no JavaScript, and the
figures they show also printed in a table next to them (the chart's text alternative)."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from finsam.money import format_amount

WIDTH = 460
BAR = 9
GAP = 7
LABEL_WIDTH = 150
COLOURS = ("#1d4e89", "#d97a2b")  # dark blue and orange: distinguishable in grey print too


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int | Decimal | None, ...]


def bar_chart(
    title: str, categories: list[str], series: list[Series], unit: str = ""
) -> SafeString:
    """Horizontal grouped bars: one group per category, one bar per series, with a legend. A
    category whose every value is unknown (``None``) is left out: unknown is not zero."""
    known = [i for i in range(len(categories)) if any(s.values[i] is not None for s in series)]
    if len(known) < len(categories):
        categories = [categories[i] for i in known]
        series = [Series(s.name, tuple(s.values[i] for i in known)) for s in series]
    if not categories:
        return mark_safe("")
    largest = max((float(v or 0) for s in series for v in s.values), default=0) or 1
    plot = WIDTH - LABEL_WIDTH - 60
    group = len(series) * BAR + GAP
    legend_height = 18
    height = legend_height + len(categories) * group + 6
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}">',
        f"<title>{escape(title)}</title>",
    ]
    x = LABEL_WIDTH
    for index, one in enumerate(series):
        colour = COLOURS[index % len(COLOURS)]
        parts.append(f'<rect x="{x}" y="3" width="9" height="9" fill="{colour}"/>')
        parts.append(f'<text x="{x + 13}" y="11" font-size="8">{escape(one.name)}</text>')
        x += 13 + 6 * len(one.name) + 14
    for row, category in enumerate(categories):
        top = legend_height + row * group
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{top + group / 2}" font-size="8" '
            f'text-anchor="end">{escape(category[:34])}</text>'
        )
        for index, one in enumerate(series):
            value = one.values[row]
            length = plot * float(value or 0) / largest
            y = top + index * BAR
            colour = COLOURS[index % len(COLOURS)]
            parts.append(
                f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR - 1}" '
                f'fill="{colour}"/>'
            )
            label = "" if value is None else format_amount(Decimal(value)) + unit
            parts.append(
                f'<text x="{LABEL_WIDTH + length + 3:.1f}" y="{y + BAR - 2}" '
                f'font-size="7">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # every text above is escaped


def participants_by_gender(participants) -> SafeString:
    rows = participants.rows
    return bar_chart(
        f"Deltagare per insats och kön {participants.year}",
        [row.label for row in rows],
        [
            Series("Kvinnor", tuple(row.kvinnor for row in rows)),
            Series("Män", tuple(row.man for row in rows)),
        ],
    )


EXIT_GROUPS = [
    ("arbete", "Arbete"),
    ("studier", "Studier"),
    ("arb_rehab", "Arbetslivsinriktad rehabilitering"),
    ("sjukdom", "Sjukdom"),
    ("annat", "Annat"),
]


def exit_reasons(participants) -> SafeString:
    totals = participants.totals
    if not totals.avslutade:
        return mark_safe("")
    title = f"Avslutsorsaker {participants.year}, alla insatser"
    if participants.partly_unknown:
        title += " med kända avslutsorsaker"
    return bar_chart(
        title,
        [label for _, label in EXIT_GROUPS],
        [Series("Avslutade", tuple(getattr(totals, key) for key, _ in EXIT_GROUPS))],
    )


def five_year_result(overview) -> SafeString:
    years = [y for y in overview.years if y.intakter is not None]
    return bar_chart(
        "Intäkter och kostnader de senaste fem åren (tkr)",
        [str(y.year) for y in years],
        [
            Series("Intäkter", tuple(round(y.intakter / 1000) for y in years)),
            Series("Kostnader", tuple(round(y.kostnader / 1000) for y in years)),
        ],
        unit=" tkr",
    )
