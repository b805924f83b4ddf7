"""The validation log and contents of a read SIE file as Swedish text lines (command and page)."""

from __future__ import annotations

from sie.reader import ENCODING_NAMES, SieFile


def summary_lines(sie: SieFile) -> list[str]:
    program = " ".join(x for x in (sie.program, sie.program_version) if x) or "–"
    lines = [
        f"Fil: {sie.name or '–'}",
        f"SIE-typ: {sie.sietyp or '–'}, teckenkodning: {ENCODING_NAMES.get(sie.encoding)}",
        f"Program: {program}, skapad: {sie.gen:%Y-%m-%d}" if sie.gen else f"Program: {program}",
        f"Företag: {sie.fnamn or '–'} {sie.orgnr}".rstrip(),
    ]
    for index in sorted(sie.rar, reverse=True):
        start, end = sie.rar[index]
        lines.append(f"Räkenskapsår {index}: {start:%Y-%m-%d}–{end:%Y-%m-%d}")
    lines.append(
        f"Konton: {len(sie.accounts)}, saldon (#IB/#UB/#RES): {sie.balance_count}, "
        f"periodsaldon: {len(sie.psaldo)}, objekt: {len(sie.objects)}, "
        f"verifikationer: {sie.vouchers}, transaktioner: {sie.transactions}"
    )
    if sie.ksumma is not None:
        lines.append(
            "Kontrollsumma (#KSUMMA): " + ("stämmer" if sie.ksumma_verified else "stämmer inte")
        )
    lines.append(f"{len(sie.errors)} fel, {len(sie.warnings)} varningar")
    lines += [str(message) for message in sie.log]
    if sie.suppressed:
        lines.append(f"… och {sie.suppressed} meddelanden till.")
    return lines
