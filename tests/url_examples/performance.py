from finsam.models import Forbund
from tests.url_examples.reports import _document_kwargs


def kwargs_for(name: str, forbund: Forbund) -> dict:
    """Arguments for this app's URL pattern ``name`` (the documents' pages it serves)."""
    if name == "perf-document-version-pdf":
        return _document_kwargs("report-document-version-pdf", forbund)
    return _document_kwargs("report-document-detail", forbund)
