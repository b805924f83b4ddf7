"""Swedish wording shared by pages, messages and reports."""


def join_swedish(items: list[str]) -> str:
    """``["A", "B", "C"]`` → ``"A, B och C"``; one item as it is; none → ``""``."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def period_wording(text: str) -> str:
    """A sentence about the year's figures as a Delårsrapport says it: "årets" → "periodens"
    ("Årets resultat" → "Periodens resultat", "vid årets början" → "vid periodens början"; an
    interim period starts at the year's start)."""
    return text.replace("Årets ", "Periodens ").replace("årets ", "periodens ")
