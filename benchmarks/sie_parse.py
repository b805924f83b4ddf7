"""Parse speed and peak memory of the SIE reader (``sie.reader``) on a large SIE 4 file.

    python benchmarks/sie_parse.py [--transactions 100000] [--keep FILE]

Writes a synthetic SIE 4E file (CP437, a Kommun-Bas chart, vouchers of two to five #TRANS rows,
some with a projekt object) with the given number of #TRANS lines to a temporary file, then runs
``python benchmarks/sie_parse.py --parse FILE`` under ``/usr/bin/time -v`` and prints the
reader's counts, the elapsed wall-clock time and the maximum resident set size. The targets
(issue 14) are under 2 s and under 200 MB for 100 000 #TRANS lines.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACCOUNTS = [
    ("1510", "Kundfordringar"),
    ("1930", "Bank"),
    ("2440", "Leverantörsskulder"),
    ("3540", "Bidrag från kommuner"),
    ("4610", "Köp av huvudverksamhet"),
    ("5110", "Månadslön"),
    ("6420", "Revision"),
    ("8410", "Ränteintäkter"),
]


def write_file(path: Path, transactions: int, seed: int = 14) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="cp437", newline="\r\n") as out:
        out.write('#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#PROGRAM "Benchmark" 1.0\n#GEN 20250115\n')
        out.write('#FNAMN "Samordningsförbundet Prov"\n#RAR 0 20240101 20241231\n')
        out.write('#DIM 6 "Projekt"\n#OBJEKT 6 "7101" "Enter"\n#OBJEKT 6 "7102" "NOVA"\n')
        for number, name in ACCOUNTS:
            out.write(f'#KONTO {number} "{name}"\n')
        written = 0
        voucher = 0
        while written < transactions:
            voucher += 1
            rows = min(rng.randint(2, 5), transactions - written)
            rows = max(rows, 2) if transactions - written >= 2 else 1
            amounts = [Decimal(rng.randint(1, 10_000_000)) / 100 for _ in range(rows - 1)]
            amounts.append(-sum(amounts, Decimal(0)))
            day = 1 + voucher % 28
            month = 1 + voucher % 12
            out.write(f'#VER A {voucher} 2024{month:02d}{day:02d} "Verifikation {voucher}"\n{{\n')
            for amount in amounts:
                account = rng.choice(ACCOUNTS)[0]
                objects = '{6 "7101"}' if account == "4610" else "{}"
                out.write(f"\t#TRANS {account} {objects} {amount:.2f}\n")
            out.write("}\n")
            written += rows


def parse(path: str) -> None:
    sys.path.insert(0, str(ROOT))
    from sie import reader

    started = time.perf_counter()
    sie = reader.read(path)
    elapsed = time.perf_counter() - started
    print(
        f"konton {len(sie.accounts)}, verifikationer {sie.vouchers}, transaktioner "
        f"{sie.transactions}, fel {len(sie.errors)}, varningar {len(sie.warnings)}, "
        f"läsning {elapsed:.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--transactions", type=int, default=100_000)
    parser.add_argument("--keep", help="write the generated file here and keep it")
    parser.add_argument("--parse", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.parse:
        parse(args.parse)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "benchmark.se"
        write_file(path, args.transactions)
        size = os.path.getsize(path)
        command = ["/usr/bin/time", "-v", sys.executable, __file__, "--parse", str(path)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        print(f"file: {args.transactions} #TRANS lines, {size / 1e6:.1f} MB")
        print(result.stdout.strip())
        wall = re.search(r"Elapsed \(wall clock\) time.*: (.*)", result.stderr)
        user = re.search(r"User time \(seconds\): (.*)", result.stderr)
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
        if result.returncode or not wall or not rss:
            print(result.stderr, file=sys.stderr)
            sys.exit(1)
        print(f"process wall clock (incl. Python start-up): {wall.group(1)}")
        print(f"process CPU time (user): {user.group(1)} s")
        print(f"peak memory (max RSS): {int(rss.group(1)) / 1024:.1f} MB")


if __name__ == "__main__":
    main()
