"""CSV cells that a spreadsheet must not evaluate ("CSV injection"): a cell starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return is written with a leading apostrophe, which
spreadsheets show as text; reading a file back removes that apostrophe again."""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def unescape_cell(value: str) -> str:
    text = value.strip()
    if text.startswith("'") and text[1:2] and text[1:2] in FORMULA_PREFIXES:
        return text[1:]
    return text
