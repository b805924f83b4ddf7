"""static/js/sheet.js shows the server's amount messages at the field as it is left: the texts
must be the server's, word for word (finsam/money.py)."""

from pathlib import Path

from finsam import money

SHEET_JS = Path(__file__).resolve().parent.parent / "static" / "js" / "sheet.js"


def test_the_browser_shows_the_servers_amount_messages_word_for_word():
    script = SHEET_JS.read_text(encoding="utf-8")
    for message in (
        money.OGILTIGA_TECKEN,
        money.PUNKT_I_BELOPP,
        money.FLERA_DECIMALKOMMAN,
        money.DECIMALKOMMA_PLACERING,
        money.FEL_TUSENTALSGRUPPERING,
        money.FEL_PLACERAT_TECKEN,
        money.decimals_message(2),
        money.BELOPP_FOR_STORT,
    ):
        assert f'"{message}"' in script, message
