"""The models of the reports: one module per kind of row (re-exported here, so ``from reports.models
import X`` works for every model)."""

from reports.models.base import (  # noqa: F401
    FrozenGuardMixin,
    FrozenQuerySet,
    amount_field,
    optional_amount,
)
from reports.models.decision import BoardDecision  # noqa: F401 – the board's decision
from reports.models.documents import (  # noqa: F401
    ApprovedVersion,
    ApprovedVersionQuerySet,
    ReportDocument,
    ReportText,
)
from reports.models.history import (  # noqa: F401
    PeriodHistory,
    YearHistory,
)
from reports.models.kinds import (  # noqa: F401
    DocumentKind,
    DocumentStatus,
)
from reports.models.notes import (  # noqa: F401 – supplementary notes (e.g. net figures)
    SupplementaryNote,
    SupplementaryNoteRow,
)
from reports.models.outline import DocumentSubsection  # noqa: F401 – the förbund's outline
from reports.models.periods import (  # noqa: F401
    BALANCE_KINDS,
    COST_KINDS,
    INCOME_KINDS,
    MONTHS,
    OPERATING_COST_KINDS,
    RESULT_KINDS,
    SPECIFIABLE_KINDS,
    TABLE_CHOICES,
    TABLE_KEYS,
    BalanceColumns,
    DriftComparison,
    EquityLayout,
    FigureLine,
    Layout,
    LineKind,
    PeriodFigures,
    ReportKind,
    ReportPeriod,
    StatementOrder,
)

# Signing, signed copies and attachments (issue 17) live in their own module.
from reports.models.signing import (  # noqa: F401
    AttachmentKind,
    DocumentAttachment,
    Signature,
    SignatureMethod,
    SignedCopy,
    SignedCopySource,
    SigningAccount,
)
