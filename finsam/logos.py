"""The förbund's logo (printed on the reports' covers) and accent colour: uploads are checked,
size-limited and sanitised before they are stored.

- PNG: the file must be a PNG that Pillow can decode, at most ``MAX_PIXELS`` on each side; it is
  decoded and written again, which drops every ancillary chunk (text, metadata, colour profiles).
- SVG: parsed as XML without a DOCTYPE (no entities, no external references), and rebuilt from
  a whitelist of drawing elements and presentation attributes: no scripts, event handlers,
  foreign objects, embedded images, style sheets, animations or links to anything outside the
  file.
"""

from __future__ import annotations

import base64
import io
import re
import xml.etree.ElementTree as ET

MAX_BYTES = 300 * 1024
MAX_PIXELS = 3000
PNG = "image/png"
SVG = "image/svg+xml"
DEFAULT_ACCENT = "#1d4e89"

TOO_LARGE = "Logotypen är för stor: högst {limit} kB, filen är {size} kB."
NOT_AN_IMAGE = "Logotypen ska vara en SVG- eller PNG-fil."
BAD_PNG = "PNG-filen kunde inte läsas. Spara den på nytt och ladda upp den igen."
PNG_TOO_BIG = "Bilden är för stor: högst {limit} × {limit} bildpunkter, den är {width} × {height}."
BAD_SVG = "SVG-filen kunde inte läsas: {reason}."
SVG_DOCTYPE = "SVG-filen får inte innehålla någon DOCTYPE eller några entiteter."
SVG_EMPTY = "SVG-filen innehåller ingen bild som kan visas."
BAD_COLOUR = "Ange färgen som #RRGGBB, t.ex. #1d4e89."

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ALLOWED_ELEMENTS = {
    "svg",
    "g",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "defs",
    "title",
    "desc",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
    "mask",
    "symbol",
    "use",
}
ALLOWED_ATTRIBUTES = {
    "id", "class", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "width",
    "height", "d", "points", "viewBox", "preserveAspectRatio", "transform", "fill",
    "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
    "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity",
    "clip-path", "clip-rule", "mask", "offset", "stop-color", "stop-opacity",
    "gradientUnits", "gradientTransform", "spreadMethod", "fx", "fy", "font-family",
    "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline",
    "letter-spacing", "visibility", "display", "version", "href",
}  # fmt: skip
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# Paint and reference values may point only inside the file: url(#id).
_URL = re.compile(r"url\(\s*(?!#)", re.IGNORECASE)


class LogoError(ValueError):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def clean_colour(value: str) -> str:
    value = (value or "").strip()
    if not value:
        return DEFAULT_ACCENT
    if not _COLOUR.match(value):
        raise LogoError(BAD_COLOUR)
    return value.lower()


def clean_logo(data: bytes, filename: str = "") -> tuple[bytes, str]:
    """(sanitised bytes, content type) of an uploaded logo; raises LogoError (Swedish)."""
    if len(data) > MAX_BYTES:
        raise LogoError(TOO_LARGE.format(limit=MAX_BYTES // 1024, size=(len(data) + 1023) // 1024))
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _clean_png(data), PNG
    head = data[:1024].lstrip().lower()
    if head.startswith(b"<?xml") or head.startswith(b"<svg") or b"<svg" in head:
        return _clean_svg(data), SVG
    raise LogoError(NOT_AN_IMAGE)


def _clean_png(data: bytes) -> bytes:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width > MAX_PIXELS or height > MAX_PIXELS:
                raise LogoError(PNG_TOO_BIG.format(limit=MAX_PIXELS, width=width, height=height))
            image.load()
            out = io.BytesIO()
            image.convert("RGBA").save(out, format="PNG", optimize=True)
    except LogoError:
        raise
    except Exception:  # noqa: BLE001 – any decoding failure is a bad file for the user
        raise LogoError(BAD_PNG) from None
    return out.getvalue()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag


def _clean_svg(data: bytes) -> bytes:
    upper = data.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise LogoError(SVG_DOCTYPE)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise LogoError(BAD_SVG.format(reason=str(error))) from None
    if root.tag not in (f"{{{SVG_NS}}}svg", "svg"):
        raise LogoError(NOT_AN_IMAGE)
    clean = _copy(root)
    if clean is None or not len(clean):
        raise LogoError(SVG_EMPTY)
    ET.register_namespace("", SVG_NS)
    return ET.tostring(clean, encoding="utf-8", xml_declaration=False)


def _copy(element: ET.Element) -> ET.Element | None:
    name = _local(element.tag)
    if name not in ALLOWED_ELEMENTS:
        return None
    out = ET.Element(f"{{{SVG_NS}}}{name}")
    for key, value in element.attrib.items():
        attribute = _local(key)
        if attribute not in ALLOWED_ATTRIBUTES or attribute.lower().startswith("on"):
            continue
        if attribute == "href" and not value.startswith("#"):
            continue
        if _URL.search(value) or "javascript:" in value.lower():
            continue
        out.set(attribute, value)
    out.text = element.text if name in ("text", "tspan", "title", "desc") else None
    for child in element:
        copied = _copy(child)
        if copied is not None:
            copied.tail = child.tail if name in ("text", "tspan") else None
            out.append(copied)
    return out


def data_url(data: bytes | memoryview | None, content_type: str) -> str:
    """The stored logo as a data: URL (the only kind the PDF renderer fetches besides the
    app's static files); "" without one."""
    if not data or content_type not in (PNG, SVG):
        return ""
    return f"data:{content_type};base64,{base64.b64encode(bytes(data)).decode('ascii')}"


def accent_css_url(colour: str) -> str:
    """The accent colour as a data: stylesheet for the PDF: the cover's förbund name and rule
    and the chapter headings. "" for the default colour (report.css has it)."""
    if not colour or colour == DEFAULT_ACCENT or not _COLOUR.match(colour):
        return ""
    css = (
        f".cover .forbund {{ color: {colour}; }} "
        f".cover {{ border-top: 4pt solid {colour}; }} "
        f"h2 {{ color: {colour}; }}"
    )
    return "data:text/css;base64," + base64.b64encode(css.encode("ascii")).decode("ascii")
