"""The hooks of the export and import of a förbund (``workspace.transfer``, in the top layer):
the apps below register their checks of an imported förbund here, and raise ``ImportRejected``,
without importing the layer above."""

# Checks of the imported förbund as a whole, run before the import commits (e.g. the approved
# versions' hashes, registered by ``reports``); each raises ImportRejected. The integrity checks
# among them also run in the restore drill (``verify_restore``).
VERIFIERS: list = []
INTEGRITY_CHECKS: list = []


def register_verifier(verifier) -> None:
    """A check of every import (before it commits)."""
    if verifier not in VERIFIERS:
        VERIFIERS.append(verifier)


def register_integrity_check(check) -> None:
    """A check the restore drill runs on every förbund of a restored backup."""
    if check not in INTEGRITY_CHECKS:
        INTEGRITY_CHECKS.append(check)


class ImportRejected(Exception):
    """The document cannot be imported; ``message`` says where and why (Swedish)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
