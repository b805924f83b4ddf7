"""Driftbidrag arithmetic: the statutory 50/25/25 split, the kommuner's exact-sum split, and
which member's offer limits the total. Pure functions on Decimals; the ORM stays in selectors."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from typing import Generic, TypeVar

Key = TypeVar("Key")

STATE_SHARE = Decimal("0.50")
REGION_SHARE = Decimal("0.25")
KOMMUNER_SHARE = Decimal("0.25")


def split_exact(
    total: Decimal, weights: Mapping[Key, Decimal | int], unit: Decimal
) -> dict[Key, Decimal]:
    """Split ``total`` by ``weights`` into multiples of ``unit`` that add up to ``total`` exactly.

    Largest-remainder method: every part is first rounded down to the unit, the units left over go
    to the parts with the largest remainders, and a rest smaller than one unit (when the total is
    not a multiple of the unit) goes to the part with the largest remaining remainder.
    """
    if unit <= 0:
        raise ValueError("Avrundningsenheten måste vara större än noll.")
    weight_sum = sum(Decimal(w) for w in weights.values())
    if not weights or weight_sum <= 0:
        raise ValueError("Fördelningen saknar underlag (summan av andelarna är noll).")
    exact = {key: total * Decimal(w) / weight_sum for key, w in weights.items()}
    parts = {
        key: (value / unit).to_integral_value(ROUND_DOWN) * unit for key, value in exact.items()
    }
    remainders = {key: exact[key] - parts[key] for key in exact}
    leftover = total - sum(parts.values())
    # Ties go to the key listed first, so the result never depends on dict ordering of equal values.
    order = sorted(exact, key=lambda key: -remainders[key])
    index = 0
    while leftover >= unit:
        key = order[index % len(order)]
        parts[key] += unit
        remainders[key] -= unit
        leftover -= unit
        index += 1
    if leftover:
        key = max(order, key=lambda k: remainders[k])
        parts[key] += leftover
    return parts


@dataclass(frozen=True)
class StatutorySplit(Generic[Key]):
    total: Decimal
    state: Decimal
    region: Decimal
    kommuner: dict[Key, Decimal]

    @property
    def kommuner_total(self) -> Decimal:
        return sum(self.kommuner.values(), Decimal("0"))


def split_statutory(
    total: Decimal, kommun_weights: Mapping[Key, Decimal | int], unit: Decimal
) -> StatutorySplit[Key]:
    """50 % to the state, 25 % to the region, 25 % to the kommuner split by their weights."""
    state = total * STATE_SHARE
    region = total * REGION_SHARE
    kommuner_total = total - state - region
    return StatutorySplit(
        total=total,
        state=state,
        region=region,
        kommuner=split_exact(kommuner_total, kommun_weights, unit),
    )


@dataclass(frozen=True)
class Offer:
    """A member's answer: an amount, or an increase in percent over its previous payment."""

    previous_amount: Decimal
    accepted_amount: Decimal | None = None
    accepted_increase_percent: Decimal | None = None

    @property
    def accepted(self) -> Decimal:
        if self.accepted_amount is not None:
            return self.accepted_amount
        if self.accepted_increase_percent is None:
            raise ValueError("Beskedet saknar både belopp och procentuell ökning.")
        return self.previous_amount * (1 + self.accepted_increase_percent / 100)


@dataclass(frozen=True)
class BindingResult(Generic[Key]):
    total: Decimal
    binding_member: Key
    ceilings: dict[Key, Decimal]


def binding_total(
    offers: Mapping[Key, Offer], shares: Mapping[Key, Decimal], unit: Decimal
) -> BindingResult[Key]:
    """The largest total every member can pay given the fixed shares, and who limits it.

    A member with share s that accepts to pay A allows a total of at most A / s; the total is the
    smallest such ceiling, rounded down so that each quarter of it is a whole number of ``unit``.
    """
    ceilings = {
        key: offer.accepted / shares[key] for key, offer in offers.items() if shares.get(key)
    }
    if not ceilings:
        raise ValueError("Inga besked från medlemmar med andel i finansieringen.")
    binding = min(ceilings, key=lambda key: ceilings[key])
    step = unit * 4
    total = (ceilings[binding] / step).to_integral_value(ROUND_DOWN) * step
    return BindingResult(total=total, binding_member=binding, ceilings=ceilings)


def kommun_shares(
    kommun_weights: Mapping[Key, Decimal | int],
) -> dict[Key, Decimal]:
    """Each kommun's share of the whole total (its part of the kommuner's 25 %)."""
    weight_sum = sum(Decimal(w) for w in kommun_weights.values())
    return {key: KOMMUNER_SHARE * Decimal(w) / weight_sum for key, w in kommun_weights.items()}


def roll_forward(opening: Decimal, columns: Sequence[tuple[Decimal, Decimal]]) -> list[Decimal]:
    """Balanserat resultat carried through budget columns of (income without it, costs).

    Returns the closing balance of each column; each column opens with the previous closing.
    """
    closings = []
    balance = opening
    for income, costs in columns:
        balance = balance + income - costs
        closings.append(balance)
    return closings
