"""The report lines an account can map to: the values of ``rad`` in the account mapping and its
CSV (documented in ``docs/sie.md``). One entry per line; adding a line kind of
``reports.models.LineKind`` (or a single figure of ``PeriodFigures``) is one more entry here.

``sign`` turns the file's balance (debet positive, kredit negative) into the amount the product
stores: incomes, liabilities, equity and provisions are credits, stored as positive magnitudes.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist

from finsam.models import CostCategory
from reports.models import LineKind, PeriodFigures

RR = "resultaträkning"
BR = "balansräkning"
NONE = "ingen"


@dataclass(frozen=True)
class Rad:
    key: str
    description: str
    statement: str
    sign: int
    kind: str | None = None  # a FigureLine kind …
    closing_field: str | None = None  # … or PeriodFigures fields (closing, opening)
    opening_field: str | None = None
    needs_member: bool = False
    allows_insats: bool = False
    allows_sub_line: bool = False

    @property
    def is_result(self) -> bool:
        return self.statement == RR

    @property
    def is_line(self) -> bool:
        return self.kind is not None


RADER: dict[str, Rad] = {
    rad.key: rad
    for rad in (
        Rad(
            "driftbidrag",
            "Driftbidrag från en medlem (ange medlem)",
            RR,
            -1,
            kind=LineKind.DRIFTBIDRAG,
            needs_member=True,
        ),
        Rad(
            "ovrig_intakt",
            "Övrig intäkt (försäljning, bidrag, övrigt)",
            RR,
            -1,
            kind=LineKind.OVRIG_INTAKT,
        ),
        Rad(
            "finansiell_intakt",
            "Finansiell intäkt (ränta)",
            RR,
            -1,
            kind=LineKind.FINANSIELL_INTAKT,
        ),
        Rad("oresutjamning", "Öres- och kronutjämning", RR, -1, kind=LineKind.ORESUTJAMNING),
        Rad(
            "kostnad",
            "Kostnad (insats eller omkostnad)",
            RR,
            1,
            kind=LineKind.KOSTNAD,
            allows_insats=True,
            allows_sub_line=True,
        ),
        Rad(
            "personalkostnad",
            "Personalkostnad",
            RR,
            1,
            kind=LineKind.PERSONALKOSTNAD,
            allows_sub_line=True,
        ),
        Rad("avskrivning", "Avskrivning", RR, 1, kind=LineKind.AVSKRIVNING),
        Rad("finansiell_kostnad", "Finansiell kostnad", RR, 1, kind=LineKind.FINANSIELL_KOSTNAD),
        Rad("fordran", "Fordran (rad i noten över fordringar)", BR, 1, kind=LineKind.FORDRAN),
        Rad(
            "kortfristig_skuld",
            "Kortfristig skuld (rad i noten över kortfristiga skulder)",
            BR,
            -1,
            kind=LineKind.KORTFRISTIG_SKULD,
        ),
        Rad(
            "kassa_och_bank",
            "Kassa och bank",
            BR,
            1,
            closing_field="kassa_och_bank",
            opening_field="opening_kassa",
        ),
        Rad(
            "eget_kapital", "Eget kapital (ingående balans)", BR, -1, opening_field="opening_equity"
        ),
        Rad(
            "anlaggningstillgang",
            "Anläggningstillgångar",
            BR,
            1,
            closing_field="anlaggningstillgangar",
            opening_field="opening_anlaggningstillgangar",
        ),
        Rad(
            "avsattning",
            "Avsättningar",
            BR,
            -1,
            closing_field="avsattningar",
            opening_field="opening_avsattningar",
        ),
        Rad("ingen", "Ingår inte i rapporten (t.ex. avslutskonto för årets resultat)", NONE, 1),
    )
}


# Every value ``rad`` may have in the database (a constraint): the table's, and the lines that
# exist once reports has them. Which are usable is decided by ``RADER``.
RAD_KEYS = (*RADER, "jamforelsestorande", "langfristig_skuld")


def _has_figure(name: str) -> bool:
    try:
        PeriodFigures._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


# Lines that only exist once reports has them (issue 10 adds them): one entry each.
if hasattr(LineKind, "JAMFORELSESTORANDE"):
    RADER["jamforelsestorande"] = Rad(
        "jamforelsestorande",
        "Jämförelsestörande post (intäkt +, kostnad −)",
        RR,
        -1,
        kind=LineKind.JAMFORELSESTORANDE,
    )
if _has_figure("langfristiga_skulder"):
    RADER["langfristig_skuld"] = Rad(
        "langfristig_skuld",
        "Långfristiga skulder",
        BR,
        -1,
        closing_field="langfristiga_skulder",
        opening_field="opening_langfristiga_skulder",
    )
    RADER["ingen"] = RADER.pop("ingen")  # keep "not in the report" last


def rad_choices() -> list[tuple[str, str]]:
    return [(rad.key, rad.description) for rad in RADER.values()]


# Account classes → rad: the proposal a new förbund starts from. Ranges are inclusive; the
# narrowest range that contains an account wins. Driftbidrag cannot be guessed (which account is
# which member's differs per förbund), so class 3 proposes "övrig intäkt" for the user to change.
KOMMUN_BAS = [
    ("1000-1399", "anlaggningstillgang"),
    ("1500-1799", "fordran"),
    ("1900-1999", "kassa_och_bank"),
    ("2000-2099", "eget_kapital"),
    ("2200-2299", "avsattning"),
    ("2300-2399", "langfristig_skuld"),
    ("2400-2999", "kortfristig_skuld"),
    ("3000-3999", "ovrig_intakt"),
    ("4000-4999", "kostnad"),
    ("5000-5999", "personalkostnad"),
    ("6000-7999", "kostnad"),
    ("7800-7899", "avskrivning"),
    ("8400-8499", "finansiell_intakt"),
    ("8500-8599", "finansiell_kostnad"),
]
BAS = [
    ("1000-1399", "anlaggningstillgang"),
    ("1500-1799", "fordran"),
    ("1900-1999", "kassa_och_bank"),
    ("2000-2099", "eget_kapital"),
    ("2200-2299", "avsattning"),
    ("2300-2399", "langfristig_skuld"),
    ("2400-2999", "kortfristig_skuld"),
    ("3000-3999", "ovrig_intakt"),
    ("4000-4999", "kostnad"),
    ("5000-6999", "kostnad"),
    ("7000-7699", "personalkostnad"),
    ("7700-7899", "avskrivning"),
    ("8300-8399", "finansiell_intakt"),
    ("8400-8499", "finansiell_kostnad"),
]


def proposal_for(kptyp: str) -> tuple[str, list[tuple[str, str]]]:
    """The class defaults for the file's chart (#KPTYP): BAS for the companies' charts (BAS95,
    EUBAS97, BAS2014 …), Kommun-Bas otherwise. Classes whose line does not exist (yet) are left
    out: their accounts stay unmapped until the user decides."""
    chart = (kptyp or "").upper()
    if "BAS" in chart and "KOMMUN" not in chart and "K-BAS" not in chart:
        name, classes = "BAS", BAS
    else:
        name, classes = "Kommun-Bas", KOMMUN_BAS
    return name, [(konto, rad) for konto, rad in classes if rad in RADER]


def category_for(label: str) -> str:
    """A cost line's category from its name when nothing else tells it (``Kansli`` → kansli)."""
    wanted = label.strip().lower()
    for value, name in CostCategory.choices:
        if name.lower() == wanted:
            return value
    return CostCategory.OVRIGT
