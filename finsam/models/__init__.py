from finsam.models.board import BoardMember, BoardRole
from finsam.models.budget import Budget, BudgetKind, BudgetLine, BudgetSection, CostCategory
from finsam.models.driftbidrag import ContributionOffer, Driftbidrag, DriftbidragBasis
from finsam.models.membership_log import MembershipPeriod
from finsam.models.organisation import (
    FiscalYear,
    Forbund,
    KommunSplitRule,
    Member,
    MemberKind,
    Membership,
    Population,
    Role,
)

__all__ = [
    "BoardMember",
    "BoardRole",
    "Budget",
    "BudgetKind",
    "BudgetLine",
    "BudgetSection",
    "ContributionOffer",
    "CostCategory",
    "Driftbidrag",
    "DriftbidragBasis",
    "FiscalYear",
    "Forbund",
    "KommunSplitRule",
    "Member",
    "MemberKind",
    "Membership",
    "MembershipPeriod",
    "Population",
    "Role",
]
