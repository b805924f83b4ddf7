"""Empty signature fields on the approved PDF, one per signatory, over their signature line.

The fields are added *before* the SHA-256 is taken: pyHanko appends the fields to the rendered
PDF as an incremental update, and pikepdf then writes the result as one single revision
(``flatten_revisions``). The approved bytes are therefore one revision that already carries the
fields, and every later signature (in the app or in an external e-signing service) is an
incremental update whose first revision is exactly the approved bytes. See ``docs/approval.md``.
"""

from __future__ import annotations

import io

from reports.rendering import RenderedPdf

SEAL_FIELD = "Forsegling"


def field_name(name: str, taken: set[str]) -> str:
    """The signatory's name as a PDF field name: no periods (they separate field name parts),
    made unique with " 2", " 3", ... when two signatories share a name."""
    base = " ".join(name.replace(".", " ").split()) or "Signatur"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base} {n}"
    taken.add(candidate)
    return candidate


def with_signature_fields(rendered: RenderedPdf) -> bytes:
    """The rendered PDF with one empty, visible PAdES-capable signature field per signature
    line (``rendered.signature_boxes``), as one new revision. A PDF without signature lines
    (a Verksamhetsplan) is returned unchanged."""
    if not rendered.signature_boxes:
        return rendered.pdf
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(rendered.pdf))
    taken: set[str] = set()
    for line in rendered.signature_boxes:
        x1, y1, x2, y2 = (round(value) for value in line.box)
        append_signature_field(
            writer,
            SigFieldSpec(
                sig_field_name=field_name(line.name, taken), on_page=line.page, box=(x1, y1, x2, y2)
            ),
        )
    out = io.BytesIO()
    writer.write(out)
    # pyHanko stamps the time of writing into the metadata; the approved PDF keeps the rendered
    # one, so that no click time is in the file (the decision's date is what it prints).
    return flatten_revisions(out.getvalue(), metadata_from=rendered.pdf)


def flatten_revisions(pdf: bytes, metadata_from: bytes | None = None) -> bytes:
    """The PDF rewritten as one revision (pikepdf keeps every object; PDF/A metadata stays),
    with duplicate entries of the catalog's /AF array (WeasyPrint lists each file twice)
    removed. With ``metadata_from``, the document information and XMP metadata are those of
    that PDF."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        if metadata_from is not None:
            _restore_metadata(document, metadata_from)
        associated = document.Root.get("/AF")
        if associated is not None:
            unique, seen = [], set()
            for filespec in associated:
                if filespec.objgen != (0, 0) and filespec.objgen in seen:
                    continue
                seen.add(filespec.objgen)
                unique.append(filespec)
            document.Root.AF = pikepdf.Array(unique)
        out = io.BytesIO()
        document.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()


def _restore_metadata(document, original_pdf: bytes) -> None:
    """Put the document information and the XMP stream of ``original_pdf`` into ``document``."""
    import pikepdf

    with pikepdf.open(io.BytesIO(original_pdf)) as original:
        info = {str(key): str(value) for key, value in original.docinfo.items()}
        xmp = original.Root.Metadata.read_bytes() if "/Metadata" in original.Root else None
    document.docinfo = document.make_indirect(
        pikepdf.Dictionary({key: pikepdf.String(value) for key, value in info.items()})
    )
    if xmp is not None and "/Metadata" in document.Root:
        document.Root.Metadata.write(xmp)


def signature_field_names(pdf: bytes) -> list[str]:
    """The names of the signature fields of a PDF, in document order."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = PdfFileReader(io.BytesIO(pdf))
    return [name for name, _value, _ref in enumerate_sig_fields(reader)]
