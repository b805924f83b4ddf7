"""Write the demo SIE 4 file of Södra Vätterbygden 2024 (demo/sodra-vatterbygden-2024.se).

    python scripts/make_demo_sie.py

As Jönköpings kommun's ekonomiavdelning would export the förbund's bookkeeping: Kommun-Bas
accounts, the insatser as projekt (dimension 6) on one kostnadsställe (dimension 1), #IB/#UB/#RES
for 2024 and 2023 (-1), #IB -1 for the 2022 year-end, #PSALDO per month of both years (also per
projekt) and the 2024 vouchers (each result account and projekt booked monthly against the bank
account, a twelfth each, the remainder in December; each balance account's change at year-end),
in code page 437. The amounts are those of the published Årsredovisning 2024 (the
same öre as reports/demo.py); the accounts and their split are this file's choice. The script
checks that every year balances before writing.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

D = Decimal
OUT = Path(__file__).resolve().parent.parent / "demo" / "sodra-vatterbygden-2024.se"

ACCOUNTS = {
    "1510": "Kundfordringar",
    "1630": "Skattekonto",
    "1650": "Fordran Moms",
    "1710": "Förutbetalda hyror",
    "1790": "Övriga interimfordringar",
    "1930": "Bank",
    "2010": "Eget kapital",
    "2440": "Leverantörsskulder",
    "2510": "Skatteskulder",
    "2650": "Moms redovisningskonto",
    "2710": "Personalskatt",
    "2730": "Avräkning lagstadgade sociala avgifter",
    "2920": "Upplupna semesterlöner",
    "2940": "Beräknade upplupna lagstadgade sociala avgifter",
    "2990": "Övriga interimsskulder",
    "3410": "Försäljning av verksamhet, Samordningsförbundet Finnveden",
    "3490": "Övriga försäljningar",
    "3521": "Driftbidrag Försäkringskassan",
    "3531": "Driftbidrag Region Jönköpings län",
    "3541": "Driftbidrag Habo kommun",
    "3542": "Driftbidrag Jönköpings kommun",
    "3543": "Driftbidrag Mullsjö kommun",
    "3544": "Driftbidrag Vaggeryds kommun",
    "3590": "Erhållna bidrag personal",
    "3990": "Övriga ersättningar och intäkter",
    "3999": "Öres- och kronutjämning",
    "4630": "Köp av verksamhet, insatser",
    "4640": "Övriga verksamhetskostnader, insatser",
    "4690": "Projektgemensamma kostnader",
    "5010": "Månadslön",
    "5210": "Arvoden förtroendevalda",
    "5410": "Arbetsgivaravgifter",
    "5610": "Pensionskostnader",
    "6110": "Kontorsmaterial",
    "6310": "Lokalhyra",
    "6420": "Revision",
    "6440": "Ekonomitjänster",
    "6550": "Konsulttjänster kansli",
    "6570": "Kurser och konferenser",
    "6910": "Information",
    "8410": "Ränteintäkter",
}
OBJECTS = {
    "7101": "Enter",
    "7102": "NOVA",
    "7103": "Funktionsnedsatta i arbete (FIA)",
    "7104": "IT-spåret",
    "7105": "Verksamhetsutvecklare",
    "7106": "Samverkansmodell",
}
KST = "8420"  # kostnadsställe: the förbund

# Result accounts: (account, projekt or None) → (2024, 2023), as in the bookkeeping's sign
# convention of the statements (income and cost magnitudes); the file gets debet/kredit signs.
INCOME = {
    "3521": (5574000, 4446000),
    "3541": (204100, 161300),
    "3542": (2238400, 1786000),
    "3543": (116000, 92600),
    "3544": (228500, 183100),
    "3531": (2787000, 2223000),
    "3410": (544171, D("475188.05")),
    "3490": (69393, 195054),
    "3590": (596, D("27394.49")),
    "3990": (1921, 107),
    "8410": (170927, D("147945.49")),
    "3999": (-13, -7),
}
COSTS = {
    ("4630", "7101"): (3000000, 2100000),
    ("4640", "7101"): (163365, 134328),
    ("4630", "7102"): (4281965, 3335991),
    ("4630", "7103"): (579243, 649385),
    ("4630", "7104"): (562500, 562500),
    ("4640", "7105"): (41951, 108188),
    ("4630", "7106"): (480000, 432000),
    ("4690", None): (63733, 58000),
    ("6570", None): (274836, 289141),
    ("6110", None): (20000, 18000),
    ("6310", None): (180000, 175000),
    ("6550", None): (59546, 29840),
    ("5010", None): (1300000, 1210000),
    ("5410", None): (420000, 391000),
    ("5610", None): (D("181754.48"), D("168023.02")),
    ("6910", None): (25620, 22685),
    ("5210", None): (D("46895.10"), 5600),
    ("6420", None): (28250, 0),
    ("6440", None): (109580, D("105423.49")),
}
# Balance accounts: (UB 2024, UB 2023 = IB 2024, IB 2023 = the 2022 year-end); assets positive,
# liabilities and equity as magnitudes (the file gets kredit signs).
ASSETS = {
    "1510": (237426, 101524, 300000),
    "1630": (61342, 89782, 80000),
    "1650": (57296, 8366, 50000),
    "1710": (5340, 5253, 5000),
    "1790": (76979, 17800, D("45790.02")),
    "1930": (D("4216760.96"), D("3783275.48"), D("3353526.49")),
}
LIABILITIES = {
    "2440": (1957741, 790342, 900000),
    "2510": (65788, 60432, 55000),
    "2650": (0, 0, 0),
    "2710": (28376, 24864, 22000),
    "2730": (32455, D("28805.45"), 25000),
    "2920": (D("58086.49"), 36199, 30000),
    "2940": (D("18251.02"), 11374, 9500),
    "2990": (99089, 774383, 455793),
}
# Eget kapital: the opening balance of each year; the year's result is not yet booked to it.
EQUITY = {"2010": (D("2279601.03"), D("2337023.51"))}


def _amount(value) -> str:
    return f"{D(value):.2f}"


def _quote(text: str) -> str:
    return '"' + text.replace('"', '\\"') + '"'


def build() -> list[str]:
    ub0, ub1, ib0, ib1 = {}, {}, {}, {}
    for account, (closing, previous, older) in ASSETS.items():
        ub0[account], ub1[account], ib0[account], ib1[account] = map(
            D, (closing, previous, previous, older)
        )
    for account, (closing, previous, older) in LIABILITIES.items():
        ub0[account], ub1[account], ib0[account], ib1[account] = (
            -D(closing),
            -D(previous),
            -D(previous),
            -D(older),
        )
    for account, (opening, previous_opening) in EQUITY.items():
        ib0[account] = ub0[account] = -D(opening)
        ib1[account] = ub1[account] = -D(previous_opening)
    res0, res1 = {}, {}
    for account, (now, before) in INCOME.items():
        res0[account], res1[account] = -D(now), -D(before)
    for (account, _), (now, before) in COSTS.items():
        res0[account] = res0.get(account, D(0)) + D(now)
        res1[account] = res1.get(account, D(0)) + D(before)
    for name, ub, res, ib in (("2024", ub0, res0, ib0), ("2023", ub1, res1, ib1)):
        assert sum(ub.values()) + sum(res.values()) == 0, name
        assert sum(ib.values()) == 0, name

    lines = [
        "#FLAGGA 0",
        "#FORMAT PC8",
        "#SIETYP 4",
        '#PROGRAM "Raindance Ekonomi" 2024.2',
        "#GEN 20250128 ekonomiavdelningen",
        '#FNAMN "Samordningsförbundet Södra Vätterbygden"',
        '#ADRESS "Ekonomiavdelningen, Jönköpings kommun" "Box 1002" "551 11 Jönköping" ""',
        "#RAR 0 20240101 20241231",
        "#RAR -1 20230101 20231231",
        '#KPTYP "KOMMUN-BAS 2019"',
        "#VALUTA SEK",
    ]
    for account, name in ACCOUNTS.items():
        kind = {"1": "T", "2": "S", "3": "I", "8": "I"}.get(account[0], "K")
        lines += [f"#KONTO {account} {_quote(name)}", f"#KTYP {account} {kind}"]
    lines += [
        '#DIM 1 "Kostnadsställe"',
        '#DIM 6 "Projekt"',
        f'#OBJEKT 1 "{KST}" "Samordningsförbundet Södra Vätterbygden"',
    ]
    lines += [f'#OBJEKT 6 "{number}" {_quote(name)}' for number, name in OBJECTS.items()]
    for year, ib in ((0, ib0), (-1, ib1)):
        lines += [f"#IB {year} {a} {_amount(v)}" for a, v in sorted(ib.items())]
    for year, ub in ((0, ub0), (-1, ub1)):
        lines += [f"#UB {year} {a} {_amount(v)}" for a, v in sorted(ub.items())]
    for year, res in ((0, res0), (-1, res1)):
        lines += [f"#RES {year} {a} {_amount(v)}" for a, v in sorted(res.items())]
    lines += _psaldo(0, "2024", ub0, ib0) + _psaldo(-1, "2023", ub1, ib1)
    lines += _vouchers(ub0, ib0)
    return lines


def _months(amount: Decimal) -> list[Decimal]:
    """Twelve monthly parts: amount / 12 to the öre, the remainder in December."""
    share = (amount / 12).quantize(D("0.01"))
    return [share] * 11 + [amount - 11 * share]


def _result_rows(index: int) -> list[tuple[str, str | None, Decimal, str]]:
    """(account, projekt, amount with the file's sign, voucher text) of one year."""
    rows = []
    for account, amounts in INCOME.items():
        rows.append((account, None, -D(amounts[index]), ACCOUNTS[account]))
    for (account, projekt), amounts in COSTS.items():
        rows.append((account, projekt, D(amounts[index]), OBJECTS.get(projekt, ACCOUNTS[account])))
    return [row for row in rows if row[2] != 0]


def _psaldo(year: int, calendar_year: str, ub: dict, ib: dict) -> list[str]:
    """#PSALDO per month: each result account's movement (all objects, and per projekt), the
    bank's monthly movement and the other balance accounts' change in December."""
    totals: dict[tuple[str, str, str], Decimal] = {}

    def add(period, account, objects, amount):
        key = (period, account, objects)
        totals[key] = totals.get(key, D(0)) + amount

    for account, projekt, amount, _ in _result_rows(0 if year == 0 else 1):
        for month, part in enumerate(_months(amount), start=1):
            period = f"{calendar_year}{month:02d}"
            add(period, account, "{}", part)
            if projekt:
                add(period, account, f'{{6 "{projekt}"}}', part)
            add(period, "1930", "{}", -part)
    december = f"{calendar_year}12"
    for account in sorted(ub):
        change = ub[account] - ib[account]
        if account != "1930" and change:
            add(december, account, "{}", change)
            add(december, "1930", "{}", -change)
    return [
        f"#PSALDO {year} {period} {account} {objects} {_amount(amount)}"
        for (period, account, objects), amount in sorted(totals.items())
    ]


def _vouchers(ub0: dict, ib0: dict) -> list[str]:
    """The 2024 vouchers: each result row monthly against the bank, then the balance changes."""
    lines = []
    number = 0
    for account, projekt, amount, text in _result_rows(0):
        for month, part in enumerate(_months(amount), start=1):
            number += 1
            day = {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}.get(month, 31)
            objects = f'{{1 "{KST}" 6 "{projekt}"}}' if projekt else f'{{1 "{KST}"}}'
            lines += [
                f"#VER A {number} 2024{month:02d}{day} {_quote(text)} 20250110",
                "{",
                f"\t#TRANS {account} {objects} {_amount(part)}",
                f"\t#TRANS 1930 {{}} {_amount(-part)}",
                "}",
            ]
    for account in sorted(ub0):
        change = ub0[account] - ib0[account]
        if account == "1930" or change == 0:
            continue
        number += 1
        lines += [
            f'#VER B {number} 20241231 "Periodisering {ACCOUNTS[account]}" 20250115',
            "{",
            f"\t#TRANS {account} {{}} {_amount(change)}",
            f"\t#TRANS 1930 {{}} {_amount(-change)}",
            "}",
        ]
    return lines


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(("\r\n".join(build()) + "\r\n").encode("cp437"))
    print(f"Skrev {OUT}")


if __name__ == "__main__":
    main()
