"""The SIE reader on the shared corpus of real files, on small hand-written files for each check
of the validation log, and on arbitrary bytes (Hypothesis): never a traceback."""

import contextlib
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from hypothesis import given, settings
from hypothesis import strategies as st

from sie import reader

_no_exit = contextlib.nullcontext

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "sie-corpus"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/sie-corpus")
FILES = sorted(p for p in CORPUS.glob("*") if p.suffix.lower() in (".se", ".si"))

# The corpus's broken files: three are HTML error pages ("404 Not Found"), two contain a voucher
# whose rows sum to 12.00 − 10.00 = 2.00, one the deliberately unbalanced voucher B 1.
REJECTED = {
    "BokSald.SE",
    "ObjSald.SE",
    "PerSald.SE",
    "TRANSAK.SE",
    "testWrite.se",
    "testWrite1.se",
    "transaktioner_ovnbolag-bad-balance.se",
}
# (SIE type, accounts, #IB/#UB/#RES records, vouchers) of a few files, counted with grep:
# grep -c '^#KONTO', grep -cE '^#(IB|UB|RES) ', grep -c '^#VER'.
COUNTS = {
    "transaktioner_ovnbolag.se": ("4", 567, 221, 163),
    "Sie4.se": ("4", 291, 71, 70),
    "BL0001_typ1.SE": ("1", 117, 134, 0),
    "MAMUT_SIE4_EXPORT.SE": ("4", 412, 50, 168),
    "SIE4_Exempelfil_med_underdim.SE": ("4", 530, 223, 295),
}


def test_the_corpus_is_there():
    assert len(FILES) == 56  # ls ../shared/sie-corpus: 57 entries, one README.md


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_corpus_file_is_read_or_rejected(path):
    sie = reader.read(path)
    assert sie.ok == (path.name not in REJECTED), [str(m) for m in sie.errors]
    if path.name in COUNTS:
        sietyp, accounts, balances, vouchers = COUNTS[path.name]
        assert (sie.sietyp, len(sie.accounts), sie.balance_count, sie.vouchers) == (
            sietyp,
            accounts,
            balances,
            vouchers,
        )


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_check_sie_exits_0_or_1(path, capsys):
    with pytest.raises(SystemExit) if path.name in REJECTED else _no_exit() as exited:
        call_command("check_sie", str(path))
    out = capsys.readouterr().out
    if path.name in REJECTED:
        assert exited.value.code == 1
        assert out.rstrip().endswith("Filen avvisas.")
    else:
        assert out.rstrip().endswith("Filen kan läsas.")


def test_check_sie_as_a_process():
    """The exit status and the printed log as a shell sees them."""
    for name, status in (("transaktioner_ovnbolag-bad-balance.se", 1), ("Sie4.se", 0)):
        result = subprocess.run(
            [sys.executable, "manage.py", "check_sie", str(CORPUS / name)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "DEBUG": "1"},
        )
        assert result.returncode == status, result.stderr
        assert "Traceback" not in result.stderr
    assert (
        "rad 3905"
        in subprocess.run(
            [
                sys.executable,
                "manage.py",
                "check_sie",
                str(CORPUS / "transaktioner_ovnbolag-bad-balance.se"),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "DEBUG": "1"},
        ).stdout
    )


def test_the_unbalanced_voucher_is_named_with_its_line():
    sie = reader.read(CORPUS / "transaktioner_ovnbolag-bad-balance.se")
    # Line 3905: #VER B 1 20110107; its rows −12 899,00 + 100,00 + 28,00 = −12 771,00.
    assert [str(m) for m in sie.errors] == [
        "Fel: rad 3905: Verifikation B 1 balanserar inte: debet och kredit skiljer −12 771,00 kr."
    ]


def test_ksumma_is_verified():
    for name in ("Sie1.se", "Norstedts_Bokslut_SIE_1.se", "Bokslut_Norstedts_SIE_4E.se"):
        assert reader.read(CORPUS / name).ksumma_verified is True


def test_utf8_file_is_read_with_a_warning():
    sie = reader.read(CORPUS / "SIE4_Exempelfil_med_underdim.SE")
    assert sie.encoding == "utf-8"
    assert any("UTF-8" in m.text for m in sie.warnings)


MINIMAL = (
    '#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#PROGRAM "Prov" 1.0\n#GEN 20250110\n'
    '#RAR 0 20240101 20241231\n#KONTO 1930 "Bank"\n#KONTO 3010 "Försäljning"\n'
)


def read_text(text: str, encoding: str = "cp437") -> reader.SieFile:
    return reader.read(text.encode(encoding), name="prov.se")


def test_cp437_quoted_fields_and_object_lists():
    sie = read_text(
        MINIMAL
        + '#DIM 6 "Projekt"\n#OBJEKT 6 "7101" "Enter \\"ny\\""\n#IB 0 1930 100.50\n'
        + '#VER A 1 20240115 "Sålt"\n{\n#TRANS 1930 {6 "7101"} 250.00 20240115 "x"\n'
        + "#TRANS 3010 {} -250.00\n}\n#UB 0 1930 350.50\n#RES 0 3010 -250.00\n"
    )
    assert sie.ok and sie.warnings == []
    assert sie.accounts["3010"].name == "Försäljning"
    assert sie.objects[("6", "7101")] == 'Enter "ny"'
    # 100,50 + 250,00 = 350,50 = #UB.
    assert sie.ub[(0, "1930")] == Decimal("350.50")
    assert sie.trans_object_sums[("1930", "6", "7101")] == Decimal("250.00")


def test_latin1_is_detected_with_a_warning():
    sie = read_text(MINIMAL + '#KONTO 4010 "Inköp för återförsäljning"\n', "latin-1")
    assert sie.accounts["4010"].name == "Inköp för återförsäljning"
    assert [m.text for m in sie.warnings] == [
        "Filen verkar vara kodad i Latin-1 (ISO 8859-1), inte i IBM PC8 (CP437) som SIE "
        "föreskriver; den har lästs som Latin-1."
    ]


def test_missing_rar_is_an_error():
    sie = read_text(MINIMAL.replace("#RAR 0 20240101 20241231\n", ""))
    assert [m.text for m in sie.errors] == ["#RAR saknas: filen anger inte räkenskapsåret."]


def test_unknown_record_is_a_warning_with_its_line():
    sie = read_text(MINIMAL + "#HITTEPA 1 2\n#HITTEPA 3\n")
    assert sie.ok
    # MINIMAL has 8 lines; #HITTEPA is on lines 9 and 10.
    assert [str(m) for m in sie.warnings] == [
        "Varning: rad 9: Okänd post ”HITTEPA” har hoppats över (och 1 rader till)."
    ]


def test_ub_not_matching_ib_plus_vouchers_is_reported():
    sie = read_text(
        MINIMAL
        + "#IB 0 1930 100.00\n#UB 0 1930 400.00\n#RES 0 3010 -250.00\n"
        + '#VER A 1 20240115 ""\n{\n#TRANS 1930 {} 250.00\n#TRANS 3010 {} -250.00\n}\n'
    )
    # 100,00 + 250,00 = 350,00, not 400,00.
    assert [m.text for m in sie.warnings] == [
        "#UB för konto 1930 (400,00 kr) stämmer inte med #IB plus verifikationerna (350,00 kr)."
    ]


def test_truncated_voucher_and_bad_amount_are_errors():
    sie = read_text(MINIMAL + '#VER A 1 20240115 ""\n{\n#TRANS 1930 {} 12,5x\n')
    assert [str(m) for m in sie.errors] == [
        "Fel: rad 11: Beloppet ”12,5x” är inte ett tal.",
        "Fel: rad 9: Verifikation A 1 avslutas inte med ”}”; filen slutar för tidigt.",
    ]


def test_not_a_sie_file():
    sie = reader.read(b"\x00\x01\x02PK\x03\x04", name="x.zip")
    assert not sie.ok


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(data):
    sie = reader.read(data)
    assert isinstance(sie.log, list)
    assert sie.ok == (not sie.errors)


SAMPLE = (CORPUS / "transaktioner_ovnbolag.se").read_bytes() if CORPUS.is_dir() else b""


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=max(len(SAMPLE), 1)), st.binary(max_size=40))
def test_truncated_and_corrupted_real_files_never_raise(cut, tail):
    sie = reader.read(SAMPLE[:cut] + tail)
    assert sie.ok == (not sie.errors)
    for message in sie.log:
        assert message.severity in ("fel", "varning") and message.text
