"""The outline of insjoriket-delarsrapport-2018.txt built through the general structure: the
subsections of its förvaltningsberättelse (section key, title, text, data block) and the texts of
its insatser, each text as the seed prints it (page breaks joined, the footnote ¹ as "[^…]",
the insatser's own sub-headings in bold; tables and charts are the data blocks). The texts are
in the four modules imported here (each under the 600-line limit)."""

from reports import (
    demo_insjoriket_forvaltning,
    demo_insjoriket_hushallning,
    demo_insjoriket_insatser,
    demo_insjoriket_insatser_2,
)

INSJORIKET_2018_ORGANISATION = (
    "Samordningsförbundet bildades 1 juli 2006 utifrån ett initiativ av förbundets medlemmar."
)
# (section, title, text, data block) in order
INSJORIKET_2018_SUBSECTIONS: list[tuple[str, str, str, str]] = [
    *demo_insjoriket_forvaltning.SUBSECTIONS,
    *demo_insjoriket_hushallning.SUBSECTIONS,
]
# insats name → its text in the Delårsrapport (printed in its chapter)
INSJORIKET_2018_INSATS_TEXTS: dict[str, str] = {
    **demo_insjoriket_insatser.INSATS_TEXTS,
    **demo_insjoriket_insatser_2.INSATS_TEXTS,
}
