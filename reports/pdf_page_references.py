"""Keep pydyf's list of page references instead of building it anew on every read.

pydyf 0.13's ``PDF.page_references`` is a property that builds a tuple of every page's reference
each time it is read, and WeasyPrint 70's tagging (``pdf_tags=True``, which the archival reports
use) reads it once per tagged element (``weasyprint/pdf/tags.py``). Writing a tagged PDF
therefore grew as elements × pages: a 138-page report read it 20 691 times, 2.9 million tuple
items, the largest part of what grew faster than layout (``benchmarks/README.md``). Pages are
only ever appended to ``pages['Kids']`` (``PDF.add_page``), so the tuple is kept per page count:
the references read are the same, built once per page added.
"""

from __future__ import annotations

import pydyf

_CACHE_ATTRIBUTE = "_finsam_page_references"


def install() -> None:
    """Replace the property once per process (idempotent)."""
    current = pydyf.PDF.page_references
    if getattr(current.fget, "kept_per_page_count", False):
        return
    build = current.fget

    def page_references(self) -> tuple[bytes, ...]:
        count = len(self.pages["Kids"])
        kept = self.__dict__.get(_CACHE_ATTRIBUTE)
        if kept is None or kept[0] != count:
            kept = (count, build(self))
            self.__dict__[_CACHE_ATTRIBUTE] = kept
        return kept[1]

    page_references.kept_per_page_count = True
    page_references.built_by = build
    pydyf.PDF.page_references = property(page_references, doc=current.__doc__)
