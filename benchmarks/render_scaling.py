"""Render cost against page count: the app's PDF path against plain WeasyPrint on the same HTML.

    python benchmarks/render_scaling.py [--pages 20 80 320] [--repeat 3]

For each target page count it builds a synthetic Verksamhetsplan (the real template and print
stylesheet, about 2.9 insatser per page) on a temporary SQLite database with the demo data, and
renders it ``--repeat`` times along:
- plain: ``weasyprint.HTML(string=html).write_pdf(stylesheets=[report.css])`` – no PDF/A, no tags;
- app: ``reports.rendering.html_to_pdf`` – PDF/A-3b, tagged, shared fonts and stylesheet;
and, for the app path, layout (``HTML.render``) and PDF writing (``write_pdf``) timed apart.
Prints medians, s/page, app ÷ plain, and the growth exponent k of t ∝ pages^k between sizes.
"""

import argparse
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.render_reports import setup_django  # noqa: E402

INSATSER_PER_PAGE = 235 / 82


def synthetic_html(insatser: int) -> str:
    from finsam.models import Forbund
    from reports.rendering import report_html
    from reports.verksamhetsplan import TEMPLATE, verksamhetsplan_context

    context = dict(verksamhetsplan_context(Forbund.objects.get(slug="sodra-vatterbygden"), 2020))
    context["insatser"] = [
        {
            "name": f"Insats {number}",
            "malgrupp": "Personer i förvärvsaktiv ålder som behöver samordnade insatser. " * 4,
            "goals": [
                f"Mål {goal}: minst {goal * 10} % av deltagarna ska nå målet."
                for goal in range(1, 7)
            ],
        }
        for number in range(1, insatser + 1)
    ]
    return report_html(TEMPLATE, context)


def plain(html: str) -> int:
    from django.conf import settings
    from weasyprint import CSS, HTML

    from reports.rendering import PRINT_CSS

    document = HTML(string=html, base_url=str(settings.BASE_DIR)).render(
        stylesheets=[CSS(filename=str(PRINT_CSS))]
    )
    document.write_pdf()
    return len(document.pages)


def app_stages(html: str) -> tuple[int, float, float]:
    """Pages, layout seconds, PDF writing seconds of the app's path."""
    from django.conf import settings
    from weasyprint import HTML

    from reports import rendering

    start = time.perf_counter()
    document = HTML(string=html, base_url=str(settings.BASE_DIR)).render(
        stylesheets=[rendering._stylesheet()], font_config=rendering._font_config()
    )
    layout = time.perf_counter() - start
    start = time.perf_counter()
    document.write_pdf(pdf_variant=rendering.PDF_VARIANT, pdf_tags=True)
    return len(document.pages), layout, time.perf_counter() - start


def median_time(function, html: str, repeat: int) -> tuple[float, int]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(html)
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[20, 80, 320])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        setup_django(Path(folder) / "bench.sqlite3")
        from reports.rendering import html_to_pdf

        html_to_pdf(synthetic_html(3))  # fonts and stylesheet prepared, as in a running worker
        for target in args.pages:
            html = synthetic_html(max(1, round(target * INSATSER_PER_PAGE)))
            plain_s, pages = median_time(plain, html, args.repeat)
            app_s, _ = median_time(lambda h: html_to_pdf(h).pages, html, args.repeat)
            stages = [app_stages(html) for _ in range(args.repeat)]
            layout = statistics.median(s[1] for s in stages)
            writing = statistics.median(s[2] for s in stages)
            rows.append((target, pages, plain_s, app_s, layout, writing))
    print(
        f"{'target':>6} {'pages':>5} {'plain s':>8} {'app s':>8} {'s/page':>7} "
        f"{'app÷plain':>9} {'layout s':>8} {'write s':>8}"
    )
    for target, pages, plain_s, app_s, layout, writing in rows:
        print(
            f"{target:6d} {pages:5d} {plain_s:8.2f} {app_s:8.2f} {app_s / pages:7.3f} "
            f"{app_s / plain_s:9.2f} {layout:8.2f} {writing:8.2f}"
        )
    print("\ngrowth exponent k (t ∝ pages^k) between consecutive sizes:")
    for before, after in zip(rows, rows[1:], strict=False):
        ratio = math.log(after[1] / before[1])
        k = {
            name: math.log(after[i] / before[i]) / ratio
            for name, i in (("plain", 2), ("app", 3), ("layout", 4), ("write", 5))
        }
        print(
            f"  {before[1]:4d} → {after[1]:4d} pages: "
            + "  ".join(f"{name} {value:.2f}" for name, value in k.items())
        )


if __name__ == "__main__":
    main()
