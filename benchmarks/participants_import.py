"""Import a synthetic participant file of --rows rows (default 2 000) and print the timings.

    python benchmarks/participants_import.py [--rows 2000] [--repeat 5] [--xlsx]

Runs on its own SQLite database (a temporary file) with the demo data. The file has one row per
participant of Södra Vätterbygden's insatser (random gender, birth year, dates, avslutsorsak and
remittent, fixed seed). Each repetition parses, previews and saves the file, as the import page
does after the user confirms; the median of each step and of the whole is printed. The target
(issue 12) is a 2 000-row file in under 2 s.
"""

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 2.0


def setup_django(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "finsam.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


def synthetic_rows(forbund, count: int) -> list[list[str]]:
    from interventions.models import ExitReason

    rng = random.Random(12)
    insatser = list(forbund.insatser.filter(kind="individ").values_list("name", flat=True))
    reasons = [r.label for r in ExitReason]
    sources = ["AF", "FK", "Region", "Annat", *forbund.members.filter(kind="kommun").values_list(
        "name", flat=True
    )]  # fmt: skip
    rows = []
    for _ in range(count):
        start = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        ended = rng.random() < 0.4
        end = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if ended else ""
        rows.append(
            [
                rng.choice(insatser),
                rng.choice(["kvinna", "man", ""]),
                str(rng.randint(1962, 2006)),  # 19–63 years old in 2025
                start,
                end,
                rng.choice(reasons) if ended else "",
                rng.choice(sources),
            ]
        )
    return rows


HEADER = ["insats", "kön", "födelseår", "startdatum", "slutdatum", "avslutsorsak", "remittent"]


def as_csv(rows) -> bytes:
    return "\n".join(";".join(row) for row in [HEADER, *rows]).encode("utf-8")


def as_xlsx(rows) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--xlsx", action="store_true", help="an XLSX file instead of CSV")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        setup_django(Path(folder) / "bench.sqlite3")
        import datetime

        from finsam.models import Forbund
        from interventions import participant_import as pi

        forbund = Forbund.objects.get(slug="sodra-vatterbygden")
        rows = synthetic_rows(forbund, args.rows)
        raw = as_xlsx(rows) if args.xlsx else as_csv(rows)
        period = {
            "period_start": datetime.date(2025, 1, 1),
            "period_end": datetime.date(2025, 12, 31),
        }
        timings = {"parse": [], "preview": [], "save": [], "total": []}
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            parsed = pi.parse_participant_file(forbund=forbund, raw=raw, **period)
            t1 = time.perf_counter()
            pi.preview(forbund, parsed)
            t2 = time.perf_counter()
            written = pi.apply_import(forbund, parsed)
            t3 = time.perf_counter()
            for name, value in zip(timings, (t1 - t0, t2 - t1, t3 - t2, t3 - t0), strict=True):
                timings[name].append(value)
        kind = "XLSX" if args.xlsx else "CSV"
        print(f"{kind} file: {args.rows} rows, {len(raw)} bytes, {written} insatser written")
        for name, values in timings.items():
            print(f"  {name:8s} median {statistics.median(values):.3f} s  max {max(values):.3f} s")
        total = statistics.median(timings["total"])
        verdict = "OK" if total < TARGET_SECONDS else "TOO SLOW"
        print(f"Median total {total:.3f} s (target < {TARGET_SECONDS:.0f} s): {verdict}")
        return 0 if total < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
