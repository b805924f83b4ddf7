import datetime
from decimal import Decimal

import pytest

from finsam.money import round_kr, to_tkr
from reports.models import ReportKind, ReportPeriod


def period_of(slug: str, kind: str, year: int, end: datetime.date | None = None) -> ReportPeriod:
    periods = ReportPeriod.objects.filter(
        fiscal_year__forbund__slug=slug, fiscal_year__year=year, kind=kind
    )
    if end is not None:
        periods = periods.filter(end=end)
    return periods.get()


@pytest.fixture
def seeded_data(demo_data):
    return demo_data


@pytest.fixture
def finnveden_2020(seeded_data) -> ReportPeriod:
    return period_of("finnveden", ReportKind.ARSREDOVISNING, 2020)


@pytest.fixture
def finnveden_2019(seeded_data) -> ReportPeriod:
    return period_of("finnveden", ReportKind.ARSREDOVISNING, 2019)


@pytest.fixture
def sodra_2024(seeded_data) -> ReportPeriod:
    return period_of("sodra-vatterbygden", ReportKind.ARSREDOVISNING, 2024)


@pytest.fixture
def sodra_2023(seeded_data) -> ReportPeriod:
    return period_of("sodra-vatterbygden", ReportKind.ARSREDOVISNING, 2023)


@pytest.fixture
def insjoriket_2018(seeded_data) -> ReportPeriod:
    return period_of("insjoriket", ReportKind.DELARSRAPPORT, 2018, datetime.date(2018, 8, 31))


def kr(value: Decimal | None) -> int | None:
    """A computed amount as the seeds print it: rounded to whole kronor."""
    return None if value is None else int(round_kr(value))


def tkr(value: Decimal | None) -> int | None:
    return None if value is None else int(to_tkr(value))


def printed(table, key: str) -> tuple:
    """A statement row's values rounded to kronor, as printed."""
    return tuple(kr(v) for v in table.row(key).values)
