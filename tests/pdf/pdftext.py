"""Text of a rendered PDF, page by page, for assertions."""

import io

from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def pages_lines(pdf: bytes) -> list[list[str]]:
    """Each page's text lines, whitespace collapsed (a heading is one line, or two when long)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [
        [" ".join(line.split()) for line in page.extract_text().splitlines() if line.strip()]
        for page in reader.pages
    ]
