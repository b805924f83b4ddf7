from interventions.models.goals import Goal, GoalStatus, GoalUnit
from interventions.models.indicators import IndicatorResult
from interventions.models.insatser import (
    DEFAULT_AGE_BANDS,
    DEFAULT_MONTHLY_SCHABLON,
    Insats,
    InsatsFinancing,
    InsatsKind,
    SocioeconomicSetting,
    parse_age_bands,
)
from interventions.models.outcomes import (
    AgeBandCount,
    ExitCount,
    ExitReason,
    MemberBreakdown,
    ParticipantOutcome,
    ReferralCount,
    ReferralSource,
)
from interventions.models.reporting import (
    YEAR_FIELDS,
    ExitCategory,
    InsatsYear,
    OrganisationCount,
    ParticipantTotal,
    StructuralPlacement,
)

__all__ = [
    "YEAR_FIELDS",
    "ExitCategory",
    "InsatsYear",
    "OrganisationCount",
    "ParticipantTotal",
    "StructuralPlacement",
    "DEFAULT_AGE_BANDS",
    "DEFAULT_MONTHLY_SCHABLON",
    "AgeBandCount",
    "ExitCount",
    "ExitReason",
    "Goal",
    "GoalStatus",
    "GoalUnit",
    "IndicatorResult",
    "Insats",
    "InsatsFinancing",
    "InsatsKind",
    "MemberBreakdown",
    "ParticipantOutcome",
    "ReferralCount",
    "ReferralSource",
    "SocioeconomicSetting",
    "parse_age_bands",
]
