"""Render the demo reports and a synthetic long report repeatedly; print pages and timings.

    python benchmarks/render_reports.py [--repeat 5]

Runs on its own SQLite database (a temporary file) with the demo data. For each document it
renders ``--repeat`` times along two paths in the same process:
- naive: a new WeasyPrint FontConfiguration and a freshly parsed stylesheet for every render;
- prepared: the shared font configuration and pre-parsed stylesheet of reports/rendering.py.
It prints pages, median seconds and seconds per page for both, and the ratio prepared/naive.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "finsam.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


def documents() -> dict[str, str]:
    """Name → HTML of every document to render."""
    from finsam.models import Forbund
    from reports.rendering import report_html
    from reports.verksamhetsplan import TEMPLATE, verksamhetsplan_context

    sodra = Forbund.objects.get(slug="sodra-vatterbygden")
    context = verksamhetsplan_context(sodra, 2020)
    docs = {"verksamhetsplan sodra-vatterbygden 2020": report_html(TEMPLATE, context)}
    docs.update(_report_documents())
    synthetic = dict(context)
    synthetic["insatser"] = [
        {
            "name": f"Insats {number}",
            "malgrupp": "Personer i förvärvsaktiv ålder som behöver samordnade insatser. " * 4,
            "goals": [
                f"Mål {goal}: minst {goal * 10} % av deltagarna ska nå målet."
                for goal in range(1, 7)
            ],
        }
        for number in range(1, 236)
    ]
    docs["synthetic long report"] = report_html(TEMPLATE, synthetic)
    return docs


def _report_documents() -> dict[str, str]:
    """The Årsredovisning and Delårsrapport documents, once the reports app renders them."""
    try:
        from reports.documents import benchmark_documents
    except ImportError:
        return {}
    return benchmark_documents()


def measure(html: str, repeat: int, prepared: bool) -> tuple[int, list[float]]:
    from reports.rendering import html_to_pdf

    times, pages = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        pages = html_to_pdf(html, prepared=prepared).pages
        times.append(time.perf_counter() - start)
    return pages, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        setup_django(Path(folder) / "bench.sqlite3")
        docs = documents()
        print(
            f"{'document':42} {'pages':>5} {'path':>9} {'median s':>9} {'s/page':>7} {'ratio':>6}"
        )
        for name, html in docs.items():
            medians = {}
            for prepared in (False, True):
                pages, times = measure(html, args.repeat, prepared)
                medians[prepared] = statistics.median(times)
                label = "prepared" if prepared else "naive"
                ratio = f"{medians[True] / medians[False]:.2f}" if prepared else ""
                print(
                    f"{name:42} {pages:5d} {label:>9} {medians[prepared]:9.3f} "
                    f"{medians[prepared] / pages:7.3f} {ratio:>6}"
                )


if __name__ == "__main__":
    main()
