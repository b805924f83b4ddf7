"""Demo data of this app: Södra Vätterbygden's account mapping (sie/demo/*.csv), which maps every
account of the demo SIE file sie/demo/sodra-vatterbygden-2024.se (scripts/make_demo_sie.py)."""

from __future__ import annotations

from pathlib import Path

from finsam.models import Forbund
from sie import mapping

DEMO_DIR = Path(__file__).resolve().parent / "demo"
SODRA_SIE = DEMO_DIR / "sodra-vatterbygden-2024.se"
SODRA_MAPPING = DEMO_DIR / "sodra-vatterbygden-mapping.csv"


def load(forbund_by_slug: dict[str, Forbund]) -> None:
    """Idempotent: the mapping is replaced by the file's."""
    forbund = forbund_by_slug["sodra-vatterbygden"]
    rules = mapping.parse_csv(
        SODRA_MAPPING.read_text(encoding="utf-8"), {m.name for m in forbund.members.all()}
    )
    mapping.save_rules(forbund, rules)
