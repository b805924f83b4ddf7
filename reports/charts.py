"""Bar charts for the reports as inline SVG: vector graphics in the PDF, no JavaScript, and the
figures they show also printed in a table next to them (the chart's text alternative)."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from finsam.money import format_amount

# One SVG user unit is one point (the chart's width and height are given in pt), so the font
# sizes below are point sizes: the title 9 pt, the labels 7.5 pt (at least 7 pt in print).
WIDTH = 460
BAR = 10
GAP = 7
LABEL_WIDTH = 150
TITLE_SIZE = 9
LABEL_SIZE = 7.5
FONT = "Liberation Sans, DejaVu Sans, Arial, sans-serif"  # the body font of report.css
COLOURS = ("#1d4e89", "#d97a2b")  # dark blue and orange: distinguishable in grey print too


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int | Decimal | None, ...]
    # Printed beside each bar instead of the bare value (what the table beside the chart does
    # not show, e.g. a share); None: the value with the chart's unit.
    labels: tuple[str, ...] | None = None


def share(part: int | Decimal | None, whole: int | Decimal | None) -> str:
    """ "77 %": ``part`` of ``whole`` in whole per cent, rounded half up; "" when unknown."""
    if part is None or not whole:
        return ""
    percent = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal(1), ROUND_HALF_UP)
    return f"{percent} %"


def bar_chart(
    title: str, categories: list[str], series: list[Series], unit: str = ""
) -> SafeString:
    """Horizontal grouped bars: a title, one group per category, one bar per series, a legend.
    Text is in the body font, at least 7 pt. A category whose every value is unknown (``None``)
    is left out: unknown is not zero."""
    known = [i for i in range(len(categories)) if any(s.values[i] is not None for s in series)]
    if len(known) < len(categories):
        categories = [categories[i] for i in known]
        series = [
            Series(
                s.name,
                tuple(s.values[i] for i in known),
                None if s.labels is None else tuple(s.labels[i] for i in known),
            )
            for s in series
        ]
    if not categories:
        return mark_safe("")
    largest = max((float(v or 0) for s in series for v in s.values), default=0) or 1
    plot = WIDTH - LABEL_WIDTH - 95
    group = len(series) * BAR + GAP
    title_height = TITLE_SIZE + 6
    legend_height = 16
    top_of_bars = title_height + legend_height
    height = top_of_bars + len(categories) * group + 6
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}pt" height="{height}pt" '
        f'font-family="{FONT}">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="{TITLE_SIZE}" font-size="{TITLE_SIZE}" font-weight="bold">'
        f"{escape(title)}</text>",
    ]
    x = LABEL_WIDTH
    legend_y = title_height + 3
    for index, one in enumerate(series):
        colour = COLOURS[index % len(COLOURS)]
        parts.append(f'<rect x="{x}" y="{legend_y}" width="9" height="9" fill="{colour}"/>')
        parts.append(
            f'<text x="{x + 13}" y="{legend_y + 8}" font-size="{LABEL_SIZE}">'
            f"{escape(one.name)}</text>"
        )
        x += 13 + 5 * len(one.name) + 16
    for row, category in enumerate(categories):
        top = top_of_bars + row * group
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{top + group / 2}" font-size="{LABEL_SIZE}" '
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
            if one.labels is not None:
                label = one.labels[row]
            else:
                label = "" if value is None else format_amount(Decimal(value)) + unit
            parts.append(
                f'<text x="{LABEL_WIDTH + length + 3:.1f}" y="{y + BAR - 2}" '
                f'font-size="{LABEL_SIZE}">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # every text above is escaped


def _labelled(value, part_of) -> str:
    if value is None:
        return ""
    percent = share(value, part_of)
    amount = format_amount(Decimal(value))
    return f"{amount} ({percent})" if percent else amount


def participants_by_gender(participants) -> SafeString:
    """Kvinnor and män per insats; each bar also gives its share of the insats's participants
    with known gender (the table gives the counts only)."""
    rows = participants.rows

    def known(row) -> int:
        return (row.kvinnor or 0) + (row.man or 0)

    return bar_chart(
        f"Deltagare per insats och kön {participants.year} (andel av insatsens deltagare)",
        [row.label for row in rows],
        [
            Series(
                "Kvinnor",
                tuple(row.kvinnor for row in rows),
                tuple(_labelled(row.kvinnor, known(row)) for row in rows),
            ),
            Series(
                "Män",
                tuple(row.man for row in rows),
                tuple(_labelled(row.man, known(row)) for row in rows),
            ),
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
    """Exits by reason, each with its share of all who ended (the table gives the counts)."""
    totals = participants.totals
    if not totals.avslutade:
        return mark_safe("")
    values = tuple(getattr(totals, key) for key, _ in EXIT_GROUPS)
    title = f"Avslutsorsaker {participants.year}, alla insatser"
    if participants.partly_unknown:
        title += " med kända avslutsorsaker"
    title += f" (andel av {format_amount(Decimal(totals.avslutade))} avslutade)"
    return bar_chart(
        title,
        [label for _, label in EXIT_GROUPS],
        [
            Series(
                "Avslutade",
                values,
                tuple(_labelled(value, totals.avslutade) for value in values),
            )
        ],
    )


def five_year_result(overview) -> SafeString:
    """Intäkter and kostnader over five years; each year's cost bar also gives the costs' share
    of the income (the table gives the amounts)."""
    years = [y for y in overview.years if y.intakter is not None]
    income = tuple(round(y.intakter / 1000) for y in years)
    costs = tuple(round(y.kostnader / 1000) for y in years)
    return bar_chart(
        "Intäkter och kostnader de senaste fem åren (tkr; kostnaderna i % av intäkterna)",
        [str(y.year) for y in years],
        [
            Series("Intäkter", income),
            Series(
                "Kostnader",
                costs,
                tuple(
                    f"{format_amount(Decimal(c))} tkr ({share(y.kostnader, y.intakter)})"
                    for c, y in zip(costs, years, strict=True)
                ),
            ),
        ],
        unit=" tkr",
    )
